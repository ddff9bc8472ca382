"""Round 21; sentences written for these tests (round 20 noted the construction as lost).

"Japan will lend $2 billion to Vietnam": a state lends, funds and invests, so a country is an
Investment's actor where a finder reads it as the one who gives the money (it was dropped, the
borrower kept).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lender, borrower", [
    ("Japan will lend $2 billion to Vietnam to build roads.", "Japan", "Vietnam"),
    ("China lent $5 billion to Venezuela last year.", "China", "Venezuela"),
    ("Germany agreed on Monday to lend 3 billion euros to Greece.", "Germany", "Greece"),
])
def test_a_country_lends(read_events, text, lender, borrower):
    found = read_events(text)
    assert ("Investment", lender, "actor") in found, found
    assert ("Investment", borrower, "target") in found, found


def test_a_country_named_as_a_firms_home_does_not_invest(read_events):
    found = read_events("Japan's Orvel Corp. agreed to buy Kelso Mills for $2 billion.")
    assert ("Investment", "Japan", "actor") not in found, found
