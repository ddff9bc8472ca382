"""A firm named for people follows the word for its trade ("building materials maker Tom Arden"),
but some makers are people: "movie maker X", "policy maker X", "film maker X" name a person.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, name", [
    ("Among those who lost money was movie maker Rolf Brenner, his lawyer said.", "Rolf Brenner"),
    ("Veteran policy maker Ana Ruiz said rates would hold.", "Ana Ruiz"),
    ("Film maker Tomas Berg won the prize in Venice.", "Tomas Berg"),
])
def test_a_maker_of_films_or_policy_is_a_person(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "Person"


@pytest.mark.parametrize("text, name", [
    ("Building materials maker Tom Arden raised prices.", "Tom Arden"),
])
def test_a_maker_of_goods_named_for_people_is_a_firm(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "Company"
