"""Whose post a title before a name is, when a demonym stands before it (round 9, precision).

- "Russian Economy Minister X and Colombia's Trade Minister Y": X is Russia's minister; the bare-title
  rule used to give X the country named nearest after the name as well (Colombia).
- "Jailed Venezuelan opposition leader X": a title qualified by a common noun ("opposition leader",
  "union chief") is held in what the noun names, not in the demonym's country.

Phrasings are written for these tests (invented names); the near-misses keep the posts they should.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Russia", "Place"),
        ("Colombia", "Place"), ("Peru", "Place"), ("Chile", "Place")]


@pytest.mark.parametrize("text, person, own, other", [
    ("Russian Economy Minister Vera Lind and Colombia's Trade Minister Omar Tass signed the pact in Lima.",
     "vera-lind", "russia", "colombia"),
    ("Peruvian Mining Minister Ian Holt and Chile's Energy Minister Vera Lind toured the site.",
     "ian-holt", "peru", "chile"),
    ("On Friday Chilean Labour Minister Omar Tass and Peru's Finance Minister Ian Holt met.",
     "omar-tass", "chile", "peru"),
])
def test_a_demonym_title_is_not_the_next_countrys_too(nlp, text, person, own, other):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", own) in rels, text
    assert (person, "holdsPosition", other) not in rels, text


@pytest.mark.parametrize("text, person", [
    ("Jailed Peruvian opposition leader Vera Lind urged supporters to keep marching.", "vera-lind"),
    ("Chilean union chief Omar Tass called a strike at the copper mines.", "omar-tass"),
    ("Russian rebel commander Ian Holt was seen near the border.", "ian-holt"),
])
def test_a_title_qualified_by_a_common_noun_is_no_post_of_the_country(nlp, text, person):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == person and k[1] == "holdsPosition"], text


@pytest.mark.parametrize("text, person, country", [
    ("Chilean trade minister Omar Tass flew to Lima.", "omar-tass", "chile"),
    ("Peruvian President Ian Holt spoke first.", "ian-holt", "peru"),
])
def test_a_demonym_before_a_state_title_still_gives_the_country(nlp, text, person, country):
    assert (person, "holdsPosition", country) in relations(nlp, text, CAST)
