"""Round 19, from a probe article opened for study; sentences written for these tests.

"The commission approved the merger of X and Y", "a government panel cleared the sale of X's unit
to Y", "the takeover of Y was approved by the ministry": an authority that lets a deal go ahead
acts on the firms in it (a RegulatoryAction, as the annotators read it), not a policy of its own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, firms", [
    ("The Federal Communications Commission approved the merger of Tarn Corp. and Brask Inc. on Tuesday.",
     "Federal Communications Commission", {"Tarn Corp.", "Brask Inc."}),
    ("A U.S. government panel cleared the sale of Tarn Corp.'s computer unit to Brask Ltd. on Wednesday.",
     "U.S. government panel", {"Tarn Corp.", "Brask Ltd."}),
    ("The takeover of Brask Ltd. by Tarn Corp. was approved by the Competition Commission on Monday.",
     "Competition Commission", {"Tarn Corp.", "Brask Ltd."}),
])
def test_an_authority_clearing_a_deal_acts_on_its_firms(read_events, text, body, firms):
    found = read_events(text)
    assert ("RegulatoryAction", body, "actor") in found, found
    assert {("RegulatoryAction", firm, "target") for firm in firms} <= found, found
    assert ("PolicyAnnouncement", body, "actor") not in found, found


@pytest.mark.parametrize("text", [
    "The Senate approved the budget on Tuesday.",
    "Shareholders of Tarn Corp. approved the merger with Brask Inc. on Friday.",
    "The ministry did not approve the sale of Brask Ltd. to Tarn Corp.",
])
def test_no_regulatory_act_without_an_authority_clearing_a_deal(read_events, text):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" for kind, _, _ in found), found
