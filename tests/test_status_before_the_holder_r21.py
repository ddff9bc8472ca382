"""Round 21; sentences written for these tests.

"Former French President X", "former Tarn Bank chairman X": a word of time before the nationality
or the holder that precedes a title is the title's, so the position is recorded as former (or
outgoing), as "the former chairman of Tarn Bank" already was.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.models import Article


def positions(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text))
    return {(r.subject.split("/")[-1], r.title, r.status) for r in facts.relations if r.predicate == "holdsPosition"}


@pytest.mark.parametrize("text, person, status", [
    ("Markets fell. Former French President Ana Ruiz said the group had lost its way.", "ana-ruiz", "former"),
    ("The talks were led by former Kenyan President Tom Hale on Monday.", "tom-hale", "former"),
    ("Outgoing German Chancellor Olga Brandt spoke in Berlin.", "olga-brandt", "outgoing"),
    ("Then-Chilean President Mark Dune signed the accord.", "mark-dune", "former"),
])
def test_a_word_of_time_before_the_holder_is_the_titles(nlp, text, person, status):
    found = positions(nlp, text)
    assert any(p == person and s == status for p, _, s in found), found


def test_a_title_without_one_stays_current(nlp):
    found = positions(nlp, "French President Ana Ruiz said the group had lost its way.")
    assert ("ana-ruiz", "President", None) in found, found
