"""Round 19, from probe articles opened for study; sentences written for these tests.

- "Commerce Secretary X", "Attorney General Y", "Secretary of State Z" in an article that names no
  department: a cabinet post of the country the article is about (the annotators record the
  country). Not a press secretary, nor a party's general secretary.
- "New Zealand Prime Minister-elect X": the parser heads the title on "elect"; the country before
  it is still where the post is held.
"""

from __future__ import annotations

import pytest
from helpers import entity_types, relation_pairs


def _posts(tmp_path, text):
    return relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, person, country", [
    ("The United States also set quotas on steel, Commerce Secretary Tom Varga told reporters.",
     "Tom Varga", "United States"),
    ("The fraud cost victims in the United States $2 billion, Attorney General Ada Lind told a news conference.",
     "Ada Lind", "United States"),
    ("Secretary of State Rui Vale said on Monday that the United States would not lift the sanctions.",
     "Rui Vale", "United States"),
    ("The United States charged the bank, Assistant Attorney General Ken Oda said.", "Ken Oda", "United States"),
])
def test_a_cabinet_post_with_no_department_named_is_the_countrys(tmp_path, text, person, country):
    assert (person, country) in _posts(tmp_path, text)


@pytest.mark.parametrize("text, person", [
    ("White House Press Secretary Ada Lind said the United States would act.", "Ada Lind"),
    ("The party's General Secretary Tom Varga spoke in China on Friday.", "Tom Varga"),
])
def test_other_secretaries_are_not_cabinet_posts(tmp_path, text, person):
    assert not any(p == person and place in ("United States", "China") for p, place in _posts(tmp_path, text))


@pytest.mark.parametrize("text, person, country", [
    ("Voters wanted change. New Zealand Prime Minister-elect Ana Ruiz says they voted for change.", "Ana Ruiz",
     "New Zealand"),
    ("Votes were tallied. Costa Rica President-elect Lena Varga thanked voters.", "Lena Varga", "Costa Rica"),
    ("Markets rose. U.S. President-elect Tom Varga met bankers on Monday.", "Tom Varga", "United States"),
    ("Votes were counted. South Korea President-elect Ken Oda thanked voters.", "Ken Oda", "South Korea"),
])
def test_a_country_before_an_elect_title_holds_the_post(tmp_path, text, person, country):
    assert (person, country) in _posts(tmp_path, text)


@pytest.mark.parametrize("headline, words", [
    ("Brazil President-Elect Promises Reform", "Promises Reform"),
    ("Peru Prime Minister-Elect Pledges Tax Cuts", "Pledges Tax Cuts"),
    ("Chile President-Elect Warns Miners", "Warns Miners"),
])
def test_a_headlines_verb_after_an_elect_title_is_no_name(nlp, headline, words):
    types = entity_types(nlp, headline + "\nThe vote was held on Sunday.")
    assert words not in types, types
