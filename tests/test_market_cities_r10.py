"""A capital that acts ("Beijing said", "Washington imposed") stands for its government, but in a
market report a capital is often only where a market is: "Seoul ended higher", "Manila posted
steep losses", "Madrid's IBEX index slipped". Such a city stays a place. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def types(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    found = {}
    for e in facts.entities:
        for name in {e.name, *e.aliases}:
            found[name] = e.type
    return found


@pytest.mark.parametrize("text, city", [
    ("Asian shares were mixed on Friday. Seoul ended higher, and Taipei closed lower.", "Seoul"),
    ("Asian shares were mixed on Friday. Seoul ended higher, and Taipei closed lower.", "Taipei"),
    ("Regional bourses sagged. Jakarta and Bangkok also posted heavy losses by the close.", "Jakarta"),
    ("Regional bourses sagged. Jakarta and Bangkok also posted heavy losses by the close.", "Bangkok"),
    ("Trading was thin before the holiday, and Manila recorded a sharp decline.", "Manila"),
    ("Europe opened weak. Madrid's IBEX index is off 1.4% at midday.", "Madrid"),
    ("Hanoi gave up its early gains as traders sold bank stocks.", "Hanoi"),
    ("Bangkok rose sharply, while Jakarta slipped in late trade.", "Bangkok"),
])
def test_a_capital_whose_market_moves_stays_a_place(nlp, text, city):
    found = types(nlp, text)
    assert found.get(city) == "Place", found


@pytest.mark.parametrize("text, city", [
    ("Seoul imposed new duties on steel and said it would widen them.", "Seoul"),
    ("Manila ended its ban on rice imports on Monday.", "Manila"),
    ("Jakarta declined to comment on the talks, and Jakarta later recalled its envoy.", "Jakarta"),
])
def test_a_capital_that_acts_is_still_its_government(nlp, text, city):
    found = types(nlp, text)
    assert found.get(city) == "GovernmentBody", found
