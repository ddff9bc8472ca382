"""Round 19, from probe articles opened for study; sentences written for these tests.

- "Tarn Holdings A/S of Denmark": a legal form written with a slash is one word of the firm's name
  (it was cut into "Tarn Holdings A" and a firm "S of Denmark"), and the name ends at it.
- "X is a unit of Y, which is a subsidiary of Z": Z owns Y too (the parent of the first pair is
  the child of the second).
- "Chad A. Readler", "Jordan B. Hale": a place's name with a middle initial and a surname after
  it is a person's given name.
- "The company's U.S. headquarters are in Austin": the town after "in" places the firm, not the
  country qualifying "headquarters".
"""

from __future__ import annotations

import pytest
from helpers import entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("Tarn Foods Inc. is a subsidiary of Tarn Holdings A/S of Denmark.", "Tarn Holdings A/S", "Denmark"),
    ("The shipper Brask Line A/S of Norway bought two tankers on Monday.", "Brask Line A/S", "Norway"),
    ("Feld Pharma Inc. is owned by Feld Group A/S of Denmark, the company said.", "Feld Group A/S", "Denmark"),
])
def test_a_slashed_legal_form_ends_the_firms_name(tmp_path, nlp, text, firm, country):
    types = entity_types(nlp, text)
    assert types.get(firm) == "Company", types
    assert not any(name.startswith("S of") for name in types), types
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, parent, child", [
    ("Brask Inc. is a unit of Feld Holdings Inc., which is a subsidiary of Feld Group Inc.",
     "Feld Group Inc.", "Feld Holdings Inc."),
    ("Oran Dairy Ltd. is a subsidiary of Vell Foods Ltd., which is a unit of Marrow Capital LLC.",
     "Marrow Capital LLC", "Vell Foods Ltd."),
    ("Kestra Bank is a division of Lumen Financial Corp., which is a subsidiary of Aldor Holdings Corp.",
     "Aldor Holdings Corp.", "Lumen Financial Corp."),
])
def test_the_parent_in_a_chain_of_subsidiaries_is_owned_too(tmp_path, text, parent, child):
    assert (parent, child) in relation_pairs(tmp_path, text, "owns")


@pytest.mark.parametrize("text, person, place", [
    ('"We will act," said Acting Assistant Attorney General Chad A. Readler of the Justice Department.',
     "Chad A. Readler", "Chad"),
    ("Jordan B. Hale, a lawyer for the bank, declined to comment.", "Jordan B. Hale", "Jordan"),
    ("The case was brought by Georgia K. Lind, a prosecutor in Ohio.", "Georgia K. Lind", "Georgia"),
])
def test_a_place_name_with_a_middle_initial_is_a_persons_name(nlp, text, person, place):
    types = entity_types(nlp, text)
    assert types.get(person) == "Person", types
    assert place not in types, types


@pytest.mark.parametrize("text, firm, town", [
    ("Tarn Inc. makes snacks. The company's U.S. headquarters are in Austin, Texas.", "Tarn Inc.", "Austin"),
    ("Vell Foods Ltd. sells cheese. The company's China headquarters is in Shanghai.", "Vell Foods Ltd.", "Shanghai"),
    ("Brask Motors Inc. builds trucks. The company's Canada headquarters are in Toronto.", "Brask Motors Inc.",
     "Toronto"),
])
def test_a_headquarters_said_to_be_in_a_town_places_the_firm_there(tmp_path, text, firm, town):
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert (firm, town) in located, located
