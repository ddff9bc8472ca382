"""Round 24; sentences written for these tests.

An international body taking a country in ("accepted X as a member", "X was admitted to the
EU", "welcomed X as a member") makes the country its member, as "X joined Y" does. Accepting a
country's proposal, or welcoming its decision, does not.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, country, body", [
    ("The World Trade Organization accepted Russia as a member on Friday.", "Russia", "World Trade Organization"),
    ("Croatia was admitted to the European Union in 2013.", "Croatia", "European Union"),
    ("NATO welcomed Finland as a member on Tuesday.", "Finland", "NATO"),
])
def test_the_country_taken_in_is_a_member(tmp_path, text, country, body):
    assert (country, body) in relation_pairs(tmp_path, text, "memberOf")


@pytest.mark.parametrize("text", [
    "The European Union welcomed the decision by Serbia.",
    "The World Trade Organization accepted Russia's proposal on Friday.",
])
def test_accepting_a_proposal_is_no_membership(tmp_path, text):
    assert relation_pairs(tmp_path, text, "memberOf") == set()
