"""Round 24; sentences written for these tests.

A deal told as an infinitive on a request noun ("X's bid to buy Y", "the application by X to
acquire Y", "X's plan to take over Y") is made by whoever owns the request, not by the subject of
the clause around it (the regulator that cleared or rejected it). An authority approving such a
request acts on the firms in it, as when it approves "the merger".
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, buyer, bought, authority", [
    ("The Justice Department on Wednesday cleared Orion Air's bid to buy Vega Airlines.",
     "Orion Air", "Vega Airlines", "U.S. Department of Justice"),
    ("The Federal Reserve on Thursday approved the application by Harbor Bancorp to acquire Lakeview Trust.",
     "Harbor Bancorp", "Lakeview Trust", "Federal Reserve"),
    ("The European Commission rejected Helix Corp's plan to take over Dorado Systems on Friday.",
     "Helix Corp", "Dorado Systems", "European Commission"),
])
def test_the_buyer_is_the_owner_of_the_request(tmp_path, text, buyer, bought, authority):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(buyer, "actor"), (bought, "target")} <= d for d in deals), deals
    assert not any((authority, "actor") in d for d in deals), deals


@pytest.mark.parametrize("text, authority, firm", [
    ("The Federal Reserve on Thursday approved the application by Harbor Bancorp to acquire Lakeview Trust.",
     "Federal Reserve", "Harbor Bancorp"),
    ("The FCC on Tuesday approved Comet Broadcasting Inc.'s request to buy Nova Media.",
     "Federal Communications Commission", "Comet Broadcasting Inc."),
    ("The Federal Trade Commission on Monday approved a proposal by Alder Foods to purchase Birch Farms.",
     "Federal Trade Commission", "Alder Foods"),
])
def test_approving_the_request_acts_on_the_firm(tmp_path, text, authority, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(authority, "actor"), (firm, "target")} <= a for a in acts), acts


def test_a_plan_with_no_owner_keeps_the_clause_subject(tmp_path):
    deals = event_parts(tmp_path, "Tarvo Group unveiled a plan on Monday to buy Kestrel Mining.", "Investment")
    assert any({("Tarvo Group", "actor"), ("Kestrel Mining", "target")} <= d for d in deals), deals


@pytest.mark.parametrize("text, authority, firm", [
    ("The Federal Reserve on Thursday announced its approval of the merger of Alder Bank and Birch Financial.",
     "Federal Reserve", "Alder Bank"),
    ("The Federal Reserve on Thursday announced its approval of the application by Harbor Bancorp to acquire "
     "Lakeview Trust.", "Federal Reserve", "Harbor Bancorp"),
    ("The FCC's approval of Comet Broadcasting Inc.'s purchase of Nova Media came on Tuesday.",
     "Federal Communications Commission", "Comet Broadcasting Inc."),
])
def test_an_approval_told_as_a_noun_acts_on_the_firm(tmp_path, text, authority, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(authority, "actor"), (firm, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text", [
    "Comet Broadcasting Inc. sought the FCC's approval of its purchase of Nova Media on Tuesday.",
    "The FCC has not given its approval for the purchase of Nova Media by Comet Broadcasting Inc.",
])
def test_approval_sought_or_not_given_is_no_act(tmp_path, text):
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
