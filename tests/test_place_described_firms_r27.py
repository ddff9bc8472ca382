"""A firm described by its place is in that place, also when a plural description heads a list of
firms ("Korean chipmakers A and B") and when a second adjective stands between the place and the
noun ("an Iranian state-owned lender") (kg.extract.relations._listed_under_a_described_group, _locations)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firms, place", [
    ("Korean chipmakers Hanseo and Daeryun reported record orders. Exports from South Korea rose in May.",
     {"Hanseo", "Daeryun"}, "South Korea"),
    ("Indian software firms Navtek and Sarvam Systems posted higher profits. India's economy kept growing.",
     {"Navtek", "Sarvam Systems"}, "India"),
    ("Analysts compared American retailers Walden Stores, Brightmart and Cobble & Co. with rivals abroad. "
     "Shoppers in the United States spent less.",
     {"Walden Stores", "Brightmart", "Cobble & Co."}, "United States"),
])
def test_each_firm_of_a_list_after_a_plural_place_description(tmp_path, text, firms, place):
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert {(f, place) for f in firms} <= located


@pytest.mark.parametrize("text, firm, place", [
    ("The Treasury designated Persis Bank, an Iranian state-owned lender, on Friday. Iran protested the step.",
     "Persis Bank", "Iran"),
    ("Regulators fined Halvorsen Freight, a Norwegian family-owned shipper, last year. Norway said nothing.",
     "Halvorsen Freight", "Norway"),
    ("Officials blacklisted Tarvi Credit, a state-owned Iranian financial institution, in June. Iran objected.",
     "Tarvi Credit", "Iran"),
])
def test_a_second_adjective_between_the_place_and_the_noun(tmp_path, text, firm, place):
    assert (firm, place) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_plural_description_of_places_is_not_a_firm_list(tmp_path):
    text = ("German cities Hamburg and Bremen reported strong trade. Germany's exports rose, and Ostra Bank "
            "expected more.")
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert ("Ostra Bank", "Germany") not in located


def test_people_listed_after_a_plural_description_are_not_placed_as_firms(tmp_path):
    text = "Brazilian economists Ana Prado and Luis Serra expect growth in Brazil to slow."
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert not {("Ana Prado", "Brazil"), ("Luis Serra", "Brazil")} & located


@pytest.mark.parametrize("text, firm", [
    ("Officials blacklisted Tarvi Credit, a state-owned Iranian financial institution, in June.", "Tarvi Credit"),
    ("The regulator closed Marlow Trust, a small savings institution, last week.", "Marlow Trust"),
    ("Prosecutors charged Selden Price, a Swiss bank, with helping clients hide money.", "Selden Price"),
])
def test_a_name_set_off_as_a_bank_or_an_institution_is_a_firm(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text)[firm] == "Company"


def test_a_person_set_off_as_a_bank_employee_stays_a_person(tmp_path):
    text = "Prosecutors charged Dana Whitlow, a trader at a Swiss bank, with fraud."
    assert article_entity_types(tmp_path, text)["Dana Whitlow"] == "Person"


def test_a_pronoun_after_the_description_lists_no_firm(tmp_path):
    text = ("Regulators fined Tarsel Mining on Monday. Peru's agency also named four Peruvian entities it said "
            "had helped the miner hide its profits.")
    assert ("Tarsel Mining", "Peru") not in relation_pairs(tmp_path, text, "locatedIn")
