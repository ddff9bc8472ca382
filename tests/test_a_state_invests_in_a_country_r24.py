"""Round 24; sentences written for these tests.

A state (or its government) that invests money "in" a country funds that country: the country is
the Investment's target, as a country lent to is. A firm investing "in" a country builds or buys
there: the country is where the investment is made.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, investor, country", [
    ("Saudi Arabia invested $10 billion in Egypt last year.", "Saudi Arabia", "Egypt"),
    ("Japan said on Monday it would invest $5 billion in India.", "Japan", "India"),
    ("China's government has invested heavily in Zambia since 2010.", "Chinese government", "Zambia"),
])
def test_a_state_investing_in_a_country_funds_it(tmp_path, text, investor, country):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(investor, "actor"), (country, "target")} <= d for d in deals), deals


def test_a_firm_investing_in_a_country_invests_there(tmp_path):
    deals = event_parts(tmp_path, "Lyra Capital invested $300 million in Brazil on Monday.", "Investment")
    assert any({("Lyra Capital", "actor"), ("Brazil", "location")} <= d for d in deals), deals
    assert not any(("Brazil", "target") in d for d in deals), deals


def test_a_state_investing_in_a_firm_buys_into_the_firm(tmp_path):
    deals = event_parts(tmp_path, "Saudi Arabia invested $2 billion in Tessel Robotics on Monday.", "Investment")
    assert any({("Saudi Arabia", "actor"), ("Tessel Robotics", "target")} <= d for d in deals), deals
