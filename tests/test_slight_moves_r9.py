"""A small move of an index said without a figure ("was down a fraction", "closed slightly
higher", "ended marginally lower") is still a market move; not a price or a rate that is
slightly higher. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def movers(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text, published=datetime.date(2024, 5, 9)))
    names = {e.key: e.name for e in facts.entities}
    return {names[p.entity] for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, index", [
    ("The Dow gave up 1%, and the Nasdaq Composite was off a fraction by late afternoon.", "Nasdaq"),
    ("After a quiet session the FTSE 100 closed slightly higher.", "FTSE 100"),
    ("Tokyo's Nikkei 225 ended marginally lower after the holiday.", "Nikkei 225"),
])
def test_a_small_move_without_a_figure_is_a_move(nlp, text, index):
    assert any(index in name for name in movers(nlp, text)), movers(nlp, text)


@pytest.mark.parametrize("text", [
    "Inflation was slightly higher in April than in March.",
    "Mortgage rates were marginally lower last week.",
])
def test_a_slightly_higher_rate_is_no_market_move(nlp, text):
    assert movers(nlp, text) == set()
