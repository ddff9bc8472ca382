"""Round 19, from a probe article opened for study; sentences written for these tests.

"The bank missed several chances to raise rates", "X passed up an opportunity to buy Y": what a
chance let go by was for did not happen, so it is no event (it had become a rate decision, dated
by the missed chance's time, and merged with the bank's real decision). A chance seized is no
regulatory seizure either.
"""

from __future__ import annotations

import pytest

LEAD = "Markets rose.\nThe Federal Reserve is the central bank of the United States. "


@pytest.mark.parametrize("text", [
    "Some economists say the central bank missed several chances to raise interest rates last year.",
    "The bank passed up a chance to cut rates in March.",
    "The Federal Reserve squandered an opportunity to lower interest rates in the spring.",
])
def test_a_rate_change_whose_chance_was_missed_is_no_decision(read_events, text):
    found = read_events(LEAD + text)
    assert not any(kind == "PolicyAnnouncement" for kind, _, _ in found), found


@pytest.mark.parametrize("text, firm", [
    ("Tarn Corp. missed an opportunity to buy Brask Ltd. last year.", "Tarn Corp."),
    ("Feld Group passed up a chance to acquire Oran Dairy Inc. in 2019.", "Feld Group"),
    ("Vell Foods Ltd. lost the chance to purchase Marrow Mills Inc. in May.", "Vell Foods Ltd."),
])
def test_a_deal_whose_chance_was_missed_is_no_investment(read_events, text, firm):
    found = read_events("Markets rose.\n" + text)
    assert not any(kind == "Investment" for kind, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The bank seized the chance to cut rates in March.",
    "The Federal Reserve seized the opportunity to lower rates on Wednesday.",
    "The central bank seized its chance to cut interest rates in May.",
])
def test_a_chance_seized_is_no_seizure(read_events, text):
    found = read_events(LEAD + text)
    assert not any(kind == "RegulatoryAction" for kind, _, _ in found), found
