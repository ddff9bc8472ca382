"""People's names with a lower-case particle before the surname ("dos", "van der", "de la") are
one name, and a surname written with the Arabic article ("al-", "el-") is the same surname
written without it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def people(nlp, text):
    ents = resolve_entities(nlp(text), Article(id="t", text=text))
    return {e.name: set(e.aliases) for e in ents if e.type == "Person"}


@pytest.mark.parametrize("text, full", [
    ("President Mateus Carlos dos Reis will step down next year after three decades in power.",
     "Mateus Carlos dos Reis"),
    ("Opposition leader Lucia Fernanda das Neves called the vote a fraud.", "Lucia Fernanda das Neves"),
    ("The motion was tabled by Senator Amelia Rocha dos Anjos on Wednesday.", "Amelia Rocha dos Anjos"),
    ("The deal was signed by Hendrik Jan van der Molen, the trade minister.", "Hendrik Jan van der Molen"),
])
def test_a_name_particle_joins_the_given_names_to_the_surname(nlp, text, full):
    assert full in people(nlp, text), people(nlp, text)


@pytest.mark.parametrize("text, full, short", [
    ("President Mateus Carlos dos Reis will step down next year. Dos Reis has ruled since 1990.",
     "Mateus Carlos dos Reis", "Dos Reis"),
    ("Trade minister Pieter van der Kolk arrived on Monday. Van der Kolk said the talks were useful.",
     "Pieter van der Kolk", "Van der Kolk"),
])
def test_the_surname_with_its_particle_is_the_same_person_later(nlp, text, full, short):
    found = people(nlp, text)
    assert list(found) == [full], found


@pytest.mark.parametrize("text, full", [
    ("Energy minister Karim al-Dabbas told reporters output would rise. \"We are ready,\" Dabbas said.",
     "Karim al-Dabbas"),
    ("Finance minister Hamad el-Sayyid met bankers on Sunday. Sayyid said the budget would balance.",
     "Hamad el-Sayyid"),
    ("Tarek al-Omrani, the oil minister, left early. Later Omrani said prices were fair.", "Tarek al-Omrani"),
])
def test_a_surname_without_its_arabic_article_is_the_same_person(nlp, text, full):
    found = people(nlp, text)
    assert list(found) == [full], found


@pytest.mark.parametrize("text", [
    # the particle is a French article before a newspaper's name, not part of a person's name
    "Prime Minister Ivo Marten told le Figaro-style weeklies nothing.",
    # two people: the second is no surname of the first
    "Minister Rosa Pinto met Paulo Dias in Luanda.",
])
def test_no_name_is_stretched_over_words_that_are_not_a_surname(nlp, text):
    found = people(nlp, text)
    assert all(len(name.split()) <= 2 for name in found), found


@pytest.mark.parametrize("text, full", [
    ("The board is run by his daughter Marta dos Reis, who also chairs the bank.", "Marta dos Reis"),
    ("The family firm passed to his son Tiago das Neves in 2015.", "Tiago das Neves"),
    ("The ministry named Paulo da Cunha, a former banker, as its adviser.", "Paulo da Cunha"),
])
def test_a_given_name_before_the_particle_belongs_to_the_name(nlp, text, full):
    assert full in people(nlp, text), people(nlp, text)
