"""Round 25; sentences written for these tests.

A firm's town and state set off after its name, as releases write them ("Westbrook Savings Bank,
Tulsa, Oklahoma, was closed"): the firm is in the town, the town in the state. U.S. states are
places, and a city named after one ("Oklahoma City", "Kansas City") stays one place.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, town, state", [
    ("Westbrook Savings Bank, Tulsa, Oklahoma, was closed on Friday by state regulators.",
     "Westbrook Savings Bank", "Tulsa", "Oklahoma"),
    ("Dorrance Grain Inc., Wichita, Kansas, agreed to pay a civil penalty of $80,000.",
     "Dorrance Grain Inc.", "Wichita", "Kansas"),
    ("Pioneer Valley Bank, Billings, Montana, will assume the deposits of the failed bank.",
     "Pioneer Valley Bank", "Billings", "Montana"),
])
def test_the_firm_is_in_the_town_and_the_town_in_the_state(tmp_path, text, firm, town, state):
    pairs = relation_pairs(tmp_path, text, "locatedIn")
    assert {(firm, town), (town, state)} <= pairs, pairs


def test_a_list_of_places_after_a_firm_locates_nothing(tmp_path):
    text = "Apple, Paris, London and Berlin were named in the report."
    assert not any(a == "Apple" for a, _ in relation_pairs(tmp_path, text, "locatedIn"))


@pytest.mark.parametrize("text, place", [
    ("The agency's district office in Oklahoma City handled the case.", "Oklahoma City"),
    ("Officials in Kansas City said the plant would reopen.", "Kansas City"),
    ("Farmers in Nebraska and Wyoming lost crops to the drought.", "Wyoming"),
])
def test_states_and_the_cities_named_after_them_are_places(tmp_path, text, place):
    types = article_entity_types(tmp_path, text)
    assert types.get(place) == "Place", types
