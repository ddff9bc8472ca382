"""Round 24; sentences written for these tests.

An "it" that joins an international body after a country was named stands for that country
("policy towards China since it joined the WTO in 2001"), the country named last before it; with
two countries side by side ("trade between Chile and Peru") it stands for none.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, country, body", [
    ("The report reviews U.S. trade policy towards China since it joined the WTO in 2001.", "China",
     "World Trade Organization"),
    ("Russia's economy grew fast after it joined the WTO in 2012.", "Russia", "World Trade Organization"),
    ("Exports from Vietnam rose after it joined ASEAN in 1995.", "Vietnam", "ASEAN"),
])
def test_it_is_the_country_named_last(tmp_path, text, country, body):
    assert (country, body) in relation_pairs(tmp_path, text, "memberOf")


def test_two_countries_side_by_side_leave_it_open(tmp_path):
    assert relation_pairs(tmp_path, "Trade between Chile and Peru grew after it joined APEC.", "memberOf") == set()
