"""Two firms' names joined by "and" that the model read as one are two, also where the first ends
in a trade's word, when the second opens with a coined word of its own ("Kerrow Mining and
Talvis Resources", "Halvard Shipping and Orsk Logistics"; kg.extract.candidates._listed_names).
One name that holds two trades stays whole ("Kuwait Oil and Gas Company", "the Tarvik Mining and
Smelting Company"), and so does a partnership named for two people ("Procter and Gamble")."""

import pytest
from helpers import article_entity_types, event_parts


@pytest.mark.parametrize("text, first, second", [
    ("Kerrow Mining and Talvis Resources agreed to merge on Tuesday.", "Kerrow Mining", "Talvis Resources"),
    ("Halvard Shipping and Orsk Logistics said they would combine their fleets.", "Halvard Shipping", "Orsk Logistics"),
    ("Shares of Dunmore Steel and Quillon Chemicals fell sharply in Frankfurt.", "Dunmore Steel", "Quillon Chemicals"),
])
def test_two_firms_joined_by_and_are_two(tmp_path, text, first, second):
    types = article_entity_types(tmp_path, text)
    assert types.get(first) == "Company" and types.get(second) == "Company", types


def test_the_two_firms_merge(tmp_path):
    events = event_parts(tmp_path, "Kerrow Mining and Talvis Resources agreed to merge on Tuesday.", "Investment")
    assert any({"Kerrow Mining", "Talvis Resources"} <= {k for k, _ in e} for e in events), events


@pytest.mark.parametrize("text, name", [
    ("The Tarvik Mining and Smelting Company cut 300 jobs.", "Tarvik Mining and Smelting Company"),
    ("Procter and Gamble raised its prices again.", "Procter and Gamble"),
])
def test_one_name_with_and_inside_stays_whole(tmp_path, text, name):
    assert name in article_entity_types(tmp_path, text)
