"""A run of capitalised words that opens with a common given name and acts as a verb's subject or
object is a person's name the model missed ("Ana Ferreira won ...", "... defeating Tomas
Vaitkus"), not in a title-case headline (kg.extract.missed_names._given_name_acts)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("Ana Ferreira was elected president of Portugal on Sunday.", "Ana Ferreira"),
    ("Ana Ferreira won the presidential election in Portugal on Sunday.", "Ana Ferreira"),
    ("Lina Morales won the runoff on Sunday, defeating Tomas Vaitkus by a wide margin.", "Tomas Vaitkus"),
])
def test_a_given_name_that_acts_makes_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_a_title_case_headline_is_no_evidence(tmp_path):
    text = "Ana Ferreira Wins Portugal Vote\nThe count ended late on Sunday in Lisbon."
    assert article_entity_types(tmp_path, text).get("Ana Ferreira Wins") is None
