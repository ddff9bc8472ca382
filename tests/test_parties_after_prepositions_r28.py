"""A common given name and a surname that is no given name, written as the object of a preposition
that names a party to an act ("against", "with", "by", "for", "from", "to"), is a person the model
missed (kg.extract.missed_names._given_name_acts)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("The state attorney general has brought civil charges against Ana Ruiz, the fund's former manager, "
     "who denies wrongdoing.", "Ana Ruiz"),
    ("Regulators said on Monday they had reached a settlement with Tomas Vaitkus over the trades in his account.",
     "Tomas Vaitkus"),
    ("The contract was signed by Ana Ferreira and two other officials of the city government last year.",
     "Ana Ferreira"),
])
def test_a_given_name_and_surname_after_a_party_preposition_is_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_a_place_opening_like_a_given_name_stays_a_place(tmp_path):
    text = "Protesters marched from Santa Monica to the port on Sunday, police said in a statement."
    assert article_entity_types(tmp_path, text).get("Santa Monica") == "Place"
