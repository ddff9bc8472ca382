"""A title ending "-elect" ("President-elect", "Prime Minister-elect") is followed by its
holder's name, which the model leaves out after the hyphen; and a portfolio word before
"Representative" or "Negotiator" ("Trade Representative X") is part of a title, no
entity. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("President-elect Ana Ruiz of Varnia named her cabinet on Monday.", "Ana Ruiz"),
    ("Governor-elect Tomas Quill said he would cut taxes.", "Tomas Quill"),
    ("Voters cheered as Prime Minister-elect Ilse Varga reached the square.", "Ilse Varga"),
])
def test_the_name_after_an_elect_title_is_a_person(nlp, text, person):
    assert entity_types(nlp, text).get(person) == "Person", entity_types(nlp, text)


def test_an_elect_title_without_a_name_gives_no_person(nlp):
    assert entity_types(nlp, "The president-elect said little about the budget.") == {}


@pytest.mark.parametrize("text, person", [
    ("Trade Representative Noor Patel signed for the United States.", "Noor Patel"),
    ("Trade Representative Omar Sayed told reporters the deal was ready.", "Omar Sayed"),
    ("Trade Negotiator Lena Hart said talks would resume.", "Lena Hart"),
])
def test_a_portfolio_before_representative_or_envoy_is_part_of_the_title(nlp, text, person):
    found = entity_types(nlp, text)
    assert person in found and not {"Trade", "Climate"} & set(found), found
