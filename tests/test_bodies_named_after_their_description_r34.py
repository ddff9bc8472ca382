"""A body first described and then named, set off by commas ("the head of Lima's largest think
tank, the Andes Institute,"): the post, the purchase or the place belongs to the body named, not to
the place whose possessive opens the description (kg.extract.relations.named_after_description).
A capital's possessive before a firm noun ("Oslo's biggest lender") is the city, not its
country's government (kg.extract.entity_types.acts_as_agent)."""

import pytest
from helpers import article_entity_types, event_parts, relation_pairs


@pytest.mark.parametrize("text, person, body, place", [
    ("Ravi Menon, the head of Chennai's oldest policy group, the Coromandel Institute, says demand is weak.",
     "Ravi Menon", "Coromandel Institute", "Chennai"),
    ("Hilde Sorensen, chief strategist at Bergen's biggest lender, Fjordbank, expects two more cuts.",
     "Hilde Sorensen", "Fjordbank", "Bergen"),
    ("Claire Dubois, the director of Lyon's largest engineering group, Rhone Industries, said orders fell.",
     "Claire Dubois", "Rhone Industries", "Lyon"),
])
def test_the_post_is_at_the_body_named_after_its_description(tmp_path, text, person, body, place):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, body) in held
    assert (person, place) not in held


@pytest.mark.parametrize("text, city, firm", [
    ("Hilde Sorensen, chief strategist at Oslo's biggest lender, Fjordbank, expects two more cuts.", "Oslo", "Fjordbank"),
    ("Analysts at Seoul's top carmaker, Hanbit Motors, said exports would slow.", "Seoul", "Hanbit Motors"),
    ("Madrid's second-largest insurer, Iberseguros, said claims rose.", "Madrid", "Iberseguros"),
])
def test_a_capitals_firm_is_in_the_city_not_the_government(tmp_path, text, city, firm):
    types = article_entity_types(tmp_path, text)
    assert types.get(city) == "Place", types
    assert not any(t == "GovernmentBody" for t in types.values()), types
    assert (firm, city) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_capital_that_acts_is_still_its_government(tmp_path):
    types = article_entity_types(tmp_path, "Beijing's crackdown on tutoring firms hit shares.")
    assert "GovernmentBody" in types.values(), types


@pytest.mark.parametrize("text, buyer, bought", [
    ("The takeover of the Danish shipping company, Kvist Lines, by Japan's Sora Group closed last year.",
     "Sora Group", "Kvist Lines"),
    ("The purchase of a small Texas refiner, Lone Star Petroleum, by Harlan Energy was completed in May.",
     "Harlan Energy", "Lone Star Petroleum"),
    ("The acquisition of the Belgian chipmaker, Voltis Semiconductors, by Meridian Holdings was cleared on Monday.",
     "Meridian Holdings", "Voltis Semiconductors"),
])
def test_a_purchase_of_a_described_firm_buys_the_firm_named_after_it(tmp_path, text, buyer, bought):
    assert any({(buyer, "actor"), (bought, "target")} <= parts for parts in event_parts(tmp_path, text, "Investment"))


def test_a_description_with_no_name_after_it_gives_no_target(tmp_path):
    parts = event_parts(tmp_path, "The takeover of a Danish shipping company by Sora Group closed last year.", "Investment")
    assert all(r != "target" for p in parts for _, r in p), parts
