"""A post given by a verb whose own argument is the organisation (round 12, paraphrase robustness).

When the title after "as", "to" or the verb has no "of"/"at" of its own, the organisation is the
verb's argument: the object of "join" ("X joined Tarn as CFO", "X, who joined Tarn as general
counsel"), the subject of an active verb of appointing, hiring or promoting ("Tarn appointed X
chief economist", "Tarn tapped X as CEO", "Tarn promoted X to CEO", "the board of Tarn elected X
chairman") or its "by" agent when passive ("X was hired by Tarn as chief economist"); and "was
promoted to CEO of Tarn". Not: a title with its own "of" ("appointed X as head of the review"), a
person or a group not named as the organisation, nor a clause that does not assert it.

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Ana Pratt", "Person"), ("Quillon Motors", "Company"), ("Lisa Darrow", "Person")]
HOLDS = ("ana-pratt", "holdsPosition", "quillon-motors")


@pytest.mark.parametrize("text, title", [
    ("Ana Pratt joined Quillon Motors as chief financial officer in 2021.", "chief financial officer"),
    ("Ana Pratt, who joined Quillon Motors as general counsel in 2018, backed the plan.", "general counsel"),
    ("Ana Pratt will join Quillon Motors as chief executive next month.", "chief executive"),
    ("Quillon Motors appointed Ana Pratt chief financial officer last year.", "chief financial officer"),
    ("Quillon Motors tapped Ana Pratt as chief executive after a long search.", "chief executive"),
    ("Ana Pratt was hired by Quillon Motors as chief economist.", "chief economist"),
    ("Quillon Motors promoted Ana Pratt to chief executive in 2022.", "chief executive"),
    ("Ana Pratt was promoted to chief executive of Quillon Motors in 2022.", "chief executive"),
    ("The board of Quillon Motors elected Ana Pratt chairman in 2022.", "chairman"),
])
def test_post_at_the_verbs_own_organisation(nlp, text, title):
    rels = relations(nlp, text, CAST)
    assert HOLDS in rels
    assert rels[HOLDS].title == title


@pytest.mark.parametrize("text", [
    "Quillon Motors named Ana Pratt in a lawsuit on Monday.",
    "Ana Pratt joined Quillon Motors' critics as a witness.",
    "Lisa Darrow, a director of Quillon Motors, appointed Ana Pratt as her adviser.",
    "Quillon Motors could hire Ana Pratt as chief executive, a person close to the talks said.",
    "Quillon Motors did not promote Ana Pratt to chief executive.",
    "Ana Pratt, who joined Quillon Motors last year, backed the plan.",
])
def test_no_post_from_a_near_miss(nlp, text):
    assert HOLDS not in relations(nlp, text, CAST)
