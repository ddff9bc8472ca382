"""Appointments whose firm is the one that names, announces or has the board (round 9, recall).

- "Tarn named X chief executive": the small model reads the name as a modifier of the title, so the
  one named was lost (with "as" it was read).
- "X was named chief executive, Tarn said", "Tarn said X would become CEO", "Tarn announced that X
  will succeed Y as CEO": a title with no firm of its own, in a clause of one firm's statement, is
  held in that firm.
- "X, who chairs Tarn's board": who chairs a firm's board heads the firm.

Phrasings are written for these tests (invented names); the near-misses are a statement about another
firm's appointment and a statement of two firms.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Kelvor Oil", "Company"),
        ("Tarn Bank", "Company"), ("Brisk Media", "Company")]


@pytest.mark.parametrize("text, person, firm", [
    ("Kelvor Oil named Vera Lind chief executive on Monday.", "vera-lind", "kelvor-oil"),
    ("Brisk Media named Omar Tass finance director last week.", "omar-tass", "brisk-media"),
    ("Tarn Bank named Ian Holt president in March.", "ian-holt", "tarn-bank"),
])
def test_the_one_a_firm_names_to_a_title_holds_it(nlp, text, person, firm):
    assert (person, "holdsPosition", firm) in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text, person, firm", [
    ("Vera Lind was named chief executive, Kelvor Oil said.", "vera-lind", "kelvor-oil"),
    ("Kelvor Oil said Vera Lind would become chief executive in May.", "vera-lind", "kelvor-oil"),
    ("Tarn Bank announced that Omar Tass will succeed Ian Holt as president.", "omar-tass", "tarn-bank"),
    ("Brisk Media said on Tuesday that Omar Tass had been appointed finance director.", "omar-tass",
     "brisk-media"),
])
def test_an_appointment_a_firm_announces_is_in_that_firm(nlp, text, person, firm):
    assert (person, "holdsPosition", firm) in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text", [
    "Vera Lind, who chairs Kelvor Oil's board, resigned on Friday.",
    "Vera Lind chairs the board of Kelvor Oil.",
])
def test_who_chairs_a_firms_board_heads_the_firm(nlp, text):
    assert ("vera-lind", "holdsPosition", "kelvor-oil") in relations(nlp, text, CAST), text


def test_a_statement_about_another_firms_appointment_gives_the_other_firm(nlp):
    rels = relations(nlp, "Kelvor Oil said rival Tarn Bank had named Vera Lind chief executive.", CAST)
    assert ("vera-lind", "holdsPosition", "tarn-bank") in rels
    assert ("vera-lind", "holdsPosition", "kelvor-oil") not in rels


def test_a_statement_of_two_firms_gives_no_firm(nlp):
    rels = relations(nlp, "Both Tarn Bank and Brisk Media said that Vera Lind would become chief executive.", CAST)
    assert not [k for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"]
