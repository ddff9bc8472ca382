"""A name set off by a firm's description whose article is a possessive ("X, the country's
second-largest retailer,", "Y, Spain's biggest bakery chain,") is a firm's, whatever the model
called it, and is found where the model skipped it; a region called a country's biggest producer
of something stays a place (kg.extract.entity_types.described_as_firm,
kg.extract.missed_names.skipped_names)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, firm", [
    ("Its main rival, Sorveda, the country's second-largest retailer, opened forty stores.", "Sorveda"),
    ("Pelloro, Portugal's biggest bakery chain, raised its bread prices in May.", "Pelloro"),
    ("Quintavo, the region's oldest brewer, was sold to a private equity fund.", "Quintavo"),
    ("Analysts expect Dralmin, the nation's largest mobile operator, to cut more jobs.", "Dralmin"),
])
def test_a_name_described_as_a_firm_after_a_possessive_is_a_company(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_a_name_the_model_skipped_before_a_firms_description_is_found(tmp_path):
    text = "Vintor, the state-owned power company, cut supplies to three mines."
    assert article_entity_types(tmp_path, text).get("Vintor") == "Company"


@pytest.mark.parametrize("text, place", [
    ("Kerala, India's largest producer of rubber, was hit by floods.", "Kerala"),
    ("Sabah, the country's biggest exporter of palm oil, expects a good harvest.", "Sabah"),
])
def test_a_region_called_a_countrys_biggest_producer_is_not_made_a_firm(tmp_path, text, place):
    assert article_entity_types(tmp_path, text).get(place) not in ("Company", None)


def test_a_person_described_by_a_firms_possessive_stays_a_person(tmp_path):
    text = "Lena Marsk, the company's founder, stepped down on Monday."
    assert article_entity_types(tmp_path, text).get("Lena Marsk") == "Person"
