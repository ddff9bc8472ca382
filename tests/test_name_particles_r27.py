"""A person's name runs on over a lower-case particle to the surname after it ("wa", "bint" as well
as "dos", "von", "bin"), also when the model took that one surname for a place
(kg.extract.candidates._surnames_after_particles)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, person", [
    ("Kenya's Finance Minister Njoroge wa Kamau presented the budget in Nairobi.", "Njoroge wa Kamau"),
    ("Malawian President Chikondi wa Banda opened the summit on Monday.", "Chikondi wa Banda"),
    ("The envoy met Princess Noura bint Faisal in Riyadh on Sunday.", "Noura bint Faisal"),
])
def test_the_particle_keeps_the_name_whole(tmp_path, text, person):
    types = article_entity_types(tmp_path, text)
    assert types.get(person) == "Person"
    assert not any(name != person and name in person for name in types)


def test_the_whole_name_holds_the_post(tmp_path):
    text = "Malawian President Chikondi wa Banda opened the summit on Monday."
    assert ("Chikondi wa Banda", "Malawi") in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_place_after_a_lower_case_word_that_is_no_particle_stays_a_place(tmp_path):
    text = "President Chikondi Banda flew to Lusaka on Monday."
    types = article_entity_types(tmp_path, text)
    assert types.get("Lusaka") == "Place"
