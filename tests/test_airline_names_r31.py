"""A capitalised "Air" right before a place the model tags alone is an airline's name ("Air
France", "Air India", "Air New Zealand"), a firm, with no mention of the place; "fresh air in
France" names the country (kg.extract.missed_names.airline_names)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, airline, place", [
    ("Engineers at Air France found faulty sensors on two older jets.", "Air France", "France"),
    ("Air India said on Monday it would lease twelve more aircraft.", "Air India", "India"),
    ("Shares of Air New Zealand rose after the carrier raised its profit forecast.", "Air New Zealand", "New Zealand"),
])
def test_air_before_a_place_names_an_airline(tmp_path, text, airline, place):
    types = article_entity_types(tmp_path, text)
    assert types.get(airline) == "Company"
    assert place not in types


def test_air_in_lower_case_before_a_place_names_the_place(tmp_path):
    assert article_entity_types(tmp_path, "Smog made the air in Chile unhealthy last winter.").get("Chile") == "Place"
