"""A party's name that ends in a known party's name ("the Social" + "Democratic Party", "the New
Democratic Party") is another party, not the known one: the gazetteer's "Democratic Party" matched
inside it and left "Social" or "National" behind as a firm. A bare or possessive "Democratic
Party" stays the known one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, party", [
    ("The Social Democratic Party won 30 seats.", "Social Democratic Party"),
    ("Kofi Mensah leads the National Democratic Party.", "National Democratic Party"),
    ("Maria Lopes joined the New Democratic Party in 2010.", "New Democratic Party"),
    ("The Free Democratic Party left the coalition on Sunday.", "Free Democratic Party"),
    ("Social Democratic Party leader Ana Vos resigned.", "Social Democratic Party"),
])
def test_a_longer_party_name_is_kept_whole(nlp, text, party):
    found = entity_types(nlp, text)
    assert found.get(party) == "PoliticalParty", found
    assert "Democratic Party" not in found and not {"Social", "National", "New", "Free"} & set(found)


@pytest.mark.parametrize("text", [
    "Democratic Party leaders said they would oppose the bill.",
    "The Democratic Party won the House.",
    "Senator Lee's Democratic Party lost seats in the vote.",
])
def test_the_known_party_alone_stays(nlp, text):
    assert entity_types(nlp, text).get("Democratic Party") == "PoliticalParty"
