"""Round 20, from a probe article opened for study; sentences written for these tests.

"X agreed to provide $4 billion in loans to Y": the sum stands where the loan would ("provided a
loan to Y"), so the subject of the giving verb lends, as it does when the loan is the object.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lender, borrower", [
    ("The Asian Development Bank agreed to provide $4 billion in loans to Sri Lanka on Tuesday.",
     "Asian Development Bank", "Sri Lanka"),
    ("The World Bank approved 700 million dollars in loans to Nepal last week.", "World Bank", "Nepal"),
    ("The International Monetary Fund has offered an additional twelve-thousand-million dollars in loans to Turkey.",
     "International Monetary Fund", "Turkey"),
])
def test_who_gives_a_sum_in_loans_lends_it(read_events, text, lender, borrower):
    found = read_events(text)
    assert ("Investment", lender, "actor") in found, found
    assert ("Investment", borrower, "target") in found, found


@pytest.mark.parametrize("text, holder", [
    ("The World Bank holds $4 billion in loans to Sri Lanka.", "World Bank"),
    ("The Asian Development Bank needs $4 billion in loans to Sri Lanka repaid.", "Asian Development Bank"),
    ("The World Bank did not provide $4 billion in grants to Nepal.", "World Bank"),
])
def test_holding_a_sum_in_loans_is_no_lending(read_events, text, holder):
    found = read_events(text)
    assert ("Investment", holder, "actor") not in found, found
