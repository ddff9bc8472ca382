"""A title written with its portfolio after "of" before a name (round 9, recall).

Government and wire releases outside the U.S. write "Chile's Minister of Mines and Energy X" and
"Minister of Fisheries of Peru X" where VOA writes "Mines Minister X". The title rules read the short
form but not the long one (a title had to end in its head word). Phrasings are written for these
tests (invented names); the near-misses put no name right after the title.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Chile", "Place"),
        ("Peru", "Place")]


@pytest.mark.parametrize("text, person, country, title", [
    ("Chile's Minister of Mines and Energy Vera Lind visited the port.", "vera-lind", "chile",
     "Minister of Mines and Energy"),
    ("The accord was signed by Minister of Fisheries of Peru Omar Tass on Friday.", "omar-tass", "peru",
     "Minister of Fisheries"),
    ("Talks were held with Peru's Deputy Minister of Trade and Tourism Ian Holt on Tuesday.", "ian-holt",
     "peru", "Deputy Minister of Trade and Tourism"),
    ("Chile's State Minister of Housing Omar Tass opened the new estate.", "omar-tass", "chile",
     "State Minister of Housing"),
])
def test_a_title_with_its_portfolio_before_a_name_is_a_post(nlp, text, person, country, title):
    rels = relations(nlp, text, CAST)
    assert rels[(person, "holdsPosition", country)].title == title


@pytest.mark.parametrize("text", [
    "Chile's Minister of Trade and Vera Lind met on Monday.",
    "Peru's Minister of Mines and other officials met Vera Lind in the capital.",
])
def test_a_name_not_right_after_the_title_does_not_hold_it(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"], text
