"""A name set off beside a title only people hold is a person's, also where the model took it for
a place: "the bank's president, Takamune Okihara, says" (kg.extract.entity_types, GPE/LOC/FAC
labels weighed with _said_of_a_person); the person then holds the post. Known places stay places."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, person", [
    ("The bank's president, Takamune Okihara, says creditors want a bailout.", "Takamune Okihara"),
    ("The president of the bank, Takamune Okihara, spoke on Friday.", "Takamune Okihara"),
    ("The company's chairman, Sadao Hirokawa, resigned on Monday.", "Sadao Hirokawa"),
])
def test_a_name_beside_a_persons_title_is_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_the_person_holds_the_post(tmp_path):
    text = "Tarsen's main lender is Orwell Bank. The bank's president, Takamune Okihara, said losses grew."
    assert ("Takamune Okihara", "Orwell Bank") in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_known_place_beside_a_title_stays_a_place(tmp_path):
    assert article_entity_types(tmp_path, "The mayor of the capital, Buenos Aires, resigned.").get("Buenos Aires") == "Place"
