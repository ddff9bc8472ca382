"""Where a firm or a place is, told by a description written before its name: "the Russian oil
company, X," and "a Russian business, the X Group," (a firm named after a description of where it
is from is a firm, and there), "Brazil's northeastern state of X", "Georgia's breakaway regions of
A and B", "Peru's main port, X" (a part of a country named after the country's possessive)
(kg.extract.relations._locations, _parts_of_countries; kg.extract.entity_types._placed_by_a_demonym)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("Norway exports gas. The Norwegian shipping company, Halvorsen, ordered six tankers.", "Halvorsen", "Norway"),
    ("Chile mines copper. Last month a Chilean business, the Arauco Mining Group, bought the smelter.",
     "Arauco Mining Group", "Chile"),
    ("Peru mines silver. The Peruvian mining firm, Ocoña, closed a shaft in May.", "Ocoña", "Peru"),
])
def test_a_firm_named_after_a_description_of_its_country_is_there(tmp_path, text, firm, country):
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_name_after_a_firms_description_is_a_firm(tmp_path):
    text = "Norway exports gas. The Norwegian shipping company, Halvorsen, ordered six tankers."
    assert article_entity_types(tmp_path, text).get("Halvorsen") == "Company"


@pytest.mark.parametrize("text, pairs", [
    ("She grew up in Mexico's southern state of Chiapas.", {("Chiapas", "Mexico")}),
    ("Troops left Moldova's breakaway regions of Transnistria and Gagauzia last year.",
     {("Transnistria", "Moldova"), ("Gagauzia", "Moldova")}),
    ("Dockers struck in Peru's main port, Callao, on Monday.", {("Callao", "Peru")}),
    ("Brazil's largest cities, Sao Paulo and Rio de Janeiro, voted against the plan.",
     {("Sao Paulo", "Brazil"), ("Rio de Janeiro", "Brazil")}),
])
def test_a_part_named_after_a_countrys_possessive_is_in_it(tmp_path, text, pairs):
    assert pairs <= relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, pair", [
    ("Mexico's president, Ana Ruiz, visited Chiapas.", ("Ana Ruiz", "Mexico")),
    ("Peru's main rival, Chile, complained about the port.", ("Chile", "Peru")),
])
def test_a_possessive_before_no_part_of_a_country_places_nothing(tmp_path, text, pair):
    assert pair not in relation_pairs(tmp_path, text, "locatedIn")
