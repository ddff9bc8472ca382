"""A person first written with initials and a surname ("K. Raman, chief economist at X,") and
later by the surname alone ("said Raman") is one person, as a full name and its surname are
(kg.extract.aliases.join_person_names); two people who share the surname leave it unjoined."""

import pytest
from helpers import article_entity_types, speaker_names


@pytest.mark.parametrize("text, full, bare", [
    ('K. Raman, chief economist at Deccan Securities, said the rupee would steady. "The worst is over," said Raman.',
     "K. Raman", "Raman"),
    ('T. Adeyemi, an analyst at Niger Delta Capital, expects a rate rise. "Prices are still climbing," said Adeyemi.',
     "T. Adeyemi", "Adeyemi"),
    ("M. Ferreira, head of research at Banco Tejo, sees slower growth. Ferreira added that exports would suffer.",
     "M. Ferreira", "Ferreira"),
])
def test_a_surname_after_initials_joins_the_person(tmp_path, text, full, bare):
    people = [n for n, t in article_entity_types(tmp_path, text).items() if t == "Person"]
    assert people == [full], people


def test_the_quote_goes_to_the_person_with_initials(tmp_path):
    text = 'K. Raman, chief economist at Deccan Securities, spoke on Monday. "We expect a cut," said Raman.'
    assert speaker_names(tmp_path, text) == ["K. Raman"]


def test_two_people_sharing_a_surname_stay_apart(tmp_path):
    types = article_entity_types(tmp_path, "A. Lund and B. Lund run the firm together. Lund said sales rose.")
    assert {"A. Lund", "B. Lund"} <= set(types), types
