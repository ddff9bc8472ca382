"""Round 20, from a probe article opened for study; sentences written for these tests.

"The loan agreement requires that X cut its deficit", "the lenders insist that X raise taxes": what
an agreement or a party requires of a government is no policy the government announced, even
where the parser reads the bare verb of the "that" clause as a past tense.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("The loan agreement requires that Peru cut its deficit to 2 percent of output.", "Peru"),
    ("The creditors insist that Ecuador cut its fuel subsidies before any payout.", "Ecuador"),
    ("The bailout terms require that Latvia cut its budget deficit by a fifth.", "Latvia"),
])
def test_a_required_act_is_no_policy_of_the_one_required(read_events, text, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", country, "actor") not in found, found


@pytest.mark.parametrize("text, actor", [
    ("Peru cut its fuel subsidies on Monday, as the loan agreement requires.", "Peru"),
    ("The government of Ecuador raised fuel taxes on Friday.", "Ecuador"),
    ("Latvia cut its budget deficit by a fifth last month.", "Latvia"),
])
def test_an_act_done_is_still_a_policy(read_events, text, actor):
    found = read_events(text)
    assert any(kind == "PolicyAnnouncement" and role == "actor" for kind, _, role in found), found
