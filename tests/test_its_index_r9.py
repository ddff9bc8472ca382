"""A country that halts or freezes trading "when its main index fell" is the market that
moved: "its" refers back to the country the sentence is about. Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def movers(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text, published=datetime.date(2024, 5, 9)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[p.entity], e.value) for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, place, value", [
    ("Argentina froze share dealing as its main stock index tumbled 11 percent.", "Argentina", "-11%"),
    ("Chile halted trading when its benchmark index dropped 8 percent.", "Chile", "-8%"),
    ("Peru stopped all trading on Monday after its leading stock index sank 6 percent.", "Peru", "-6%"),
])
def test_its_index_is_the_countrys(nlp, text, place, value):
    assert (place, value) in movers(nlp, text), movers(nlp, text)
