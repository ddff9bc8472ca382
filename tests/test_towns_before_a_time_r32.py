"""A town written with its country ("in Lindau, Germany") is in that country, also where the
clause's time follows the pair at once ("met in Lindau, Germany last week", "in Tampere, Finland
on Monday"); a list of places, or a country that opens the next clause, places nothing
(kg.extract.relations._lone_appositive)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, town, country", [
    ("The finance ministers met in Lindau, Germany last week to discuss the budget.", "Lindau", "Germany"),
    ("Negotiators from both sides gathered in Tampere, Finland on Monday.", "Tampere", "Finland"),
    ("The two leaders opened a trade fair in Arusha, Tanzania in March.", "Arusha", "Tanzania"),
    ("Farm talks collapsed in Durban, South Africa this week after a dispute over quotas.", "Durban", "South Africa"),
])
def test_a_town_and_its_country_before_the_time(tmp_path, text, town, country):
    assert (town, country) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text", [
    "The envoys visited Lindau, Bergen and Tampere last week.",
    "In Lyon, France announced new tariffs on steel on Monday.",
])
def test_a_list_or_a_clauses_subject_places_nothing(tmp_path, text):
    pairs = relation_pairs(tmp_path, text, "locatedIn")
    assert ("Lindau", "Bergen") not in pairs and ("Lyon", "France") not in pairs
