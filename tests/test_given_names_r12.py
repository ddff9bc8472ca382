"""Given names from beyond the U.S. census lists (South Asian, West African, Japanese, Arabic) and a
middle initial written without its stop ("Ravindra H Dholka") mark a person's name that the
model called a firm or a place. Names written for these tests."""

from __future__ import annotations

import pytest

from kg.resources import given_names
from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("Urjit Pavel backed a quarter-point cut in the key rate.", "Urjit Pavel"),
    ("Ravindra H Dholka wanted a deeper cut of half a point.", "Ravindra H Dholka"),
    ("Chetan Varde said the bank would keep rates on hold.", "Chetan Varde"),
    ("The committee heard from Kwabena Osei before the vote.", "Kwabena Osei"),
    ("Pranab Mukhar said the bank would keep rates on hold.", "Pranab Mukhar"),
])
def test_a_given_name_marks_a_person(nlp, text, person):
    assert entity_types(nlp, text).get(person) == "Person"


@pytest.mark.parametrize("name", ["rajan", "kumar", "swaminathan", "hussein"])
def test_names_as_often_surnames_are_left_out(name):
    # "Raghav Rajan" must keep its surname: a last word that is a given name makes no person
    assert name not in given_names()


@pytest.mark.parametrize("text, firm", [
    ("Shares of Raymond James rose 2 percent.", "Raymond James"),
    ("Anil K Gupta Ltd was fined by the regulator.", "Anil K Gupta Ltd"),
])
def test_firms_named_like_people_stay_firms(nlp, text, firm):
    assert entity_types(nlp, text).get(firm) == "Company"
