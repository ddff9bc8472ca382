"""A head of state written without a country ("President Ruiz") does not take a country that the
sentence gives to another title holder ("... met Brazilian President Ana Lula"). Sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def posts(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text, published=datetime.date(2024, 5, 9)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "holdsPosition"}


@pytest.mark.parametrize("text, other, country", [
    ("President Ruiz met Brazilian President Ana Lula in Lima on Monday.", "Ruiz", "Brazil"),
    ("News of the deal came as President Delgado held talks in Bangkok with Russian President Ivan Sokol.",
     "Delgado", "Russia"),
    ("Russian President Ivan Sokol met President Delgado in Lima.", "Delgado", "Russia"),
])
def test_a_country_given_to_another_title_is_not_this_title_holders(nlp, text, other, country):
    found = posts(nlp, text)
    assert (other, country) not in found, found


def test_the_title_holder_the_country_qualifies_keeps_it(nlp):
    found = posts(nlp, "President Ruiz met Brazilian President Ana Lula in Lima on Monday.")
    assert ("Ana Lula", "Brazil") in found, found
