"""A name a copula describes by a role only people hold ("X is the chief executive of Y", "X was a
senior economist at Y") is a person's, whether the model read it as a firm or missed it, and
holds that post. Not a firm described as the largest maker of something. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def facts(nlp, text):
    f = extract(nlp(text), Article(id="t", text=text, published=datetime.date(2024, 5, 9)))
    names = {e.key: e.name for e in f.entities}
    return ({e.name: e.type for e in f.entities},
            {(names[r.subject], names[r.object]) for r in f.relations if r.predicate == "holdsPosition"})


@pytest.mark.parametrize("text, person, body", [
    ("Ivo Brandt is the chief executive of Tarn Motors.", "Ivo Brandt", "Tarn Motors"),
    ("Ana Ruiz is the chief executive of Tarn Motors.", "Ana Ruiz", "Tarn Motors"),
    ("Ivo Brandt was the finance director of Velmar Shipping until 2020.", "Ivo Brandt", "Velmar Shipping"),
])
def test_a_name_described_by_a_role_with_a_copula_is_a_person_holding_it(nlp, text, person, body):
    types, posts = facts(nlp, text)
    assert types.get(person) == "Person", types
    assert (person, body) in posts, posts


@pytest.mark.parametrize("text, firm", [
    ("Tarn Motors is the largest carmaker in Ruritania.", "Tarn Motors"),
    ("Kessel Bank is the lender of last resort.", "Kessel Bank"),
])
def test_a_firm_described_by_a_copula_stays_a_firm(nlp, text, firm):
    assert facts(nlp, text)[0].get(firm) == "Company"
