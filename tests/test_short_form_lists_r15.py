"""Targets listed with a bracketed short form after each name, round 15.

Charging documents and agency releases define a short form for each firm they list:
'sanctioned Acme Shipping Co. ("Acme"), Beta Maritime Ltd. ("Beta"), and Gamma Inc. ("Gamma")'.
The small parser loses the list after the first bracket (and often ends the sentence at "Co."),
so only the first firm was a target. Each later name of the list is a target too, also when a
firm's legal suffix stands outside its name ("Kestrin Partners LLC", "Acme Metals, Inc.") or the
entity table knows a firm only by its short form (a name in capitals: 'TALLO HOLDINGS, LLC
("Tallo")'). A name that runs on into a clause of its own ('..., Fenwick Trust said') is no
member.

Sentences and names written for these tests (fictional firms and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, targets", [
    ('The Treasury Department on Monday sanctioned Valtrona Shipping Co. ("Valtrona"), Pelmark Maritime Ltd. '
     '("Pelmark"), and Ostrava Bunkering Inc. ("Ostrava").',
     ["Valtrona Shipping Co.", "Pelmark Maritime Ltd.", "Ostrava Bunkering Inc."]),
    ("Federal prosecutors on Friday indicted Marrowby Freight Ltd. (“Marrowby”), Tessaline Metals, Inc. "
     "(“Tessaline”), and Corvane Logistics (“Corvane”) for evading export controls.",
     ["Marrowby Freight Ltd.", "Tessaline Metals", "Corvane Logistics"]),
    ('The Securities and Exchange Commission charged Orvella Trading Corp. ("Orvella"), Desmont Holdings Ltd. '
     '("Desmont") and Kestrin Partners LLC ("Kestrin") with fraud on Monday.',
     ["Orvella Trading Corp.", "Desmont Holdings Ltd.", "Kestrin Partners"]),
])
def test_every_listed_firm_is_a_target(read_events, text, targets):
    found = {n for t, n, r in read_events(text) if t == "RegulatoryAction" and r == "target"}
    for name in targets:
        assert any(f and (f == name or f.startswith(name)) for f in found), (name, found)


@pytest.mark.parametrize("text, speaker", [
    ('The regulator on Monday fined Dunmore Savings Bank ("Dunmore"), Fenwick Trust said in a statement.',
     "Fenwick Trust"),
    ('The Treasury Department on Monday sanctioned Valtrona Shipping Co. ("Valtrona"), Pelmark Maritime Ltd. '
     'reported on Tuesday.', "Pelmark Maritime Ltd."),
])
def test_a_name_that_runs_on_is_no_member(read_events, text, speaker):
    assert ("RegulatoryAction", speaker, "target") not in read_events(text)
