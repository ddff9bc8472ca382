"""Market moves told in a "with" phrase: a gerund whose movers are what "with" names ("with the
Kessel 40 and the Vendra index both losing 1.2%"), and a second index after a gerund of the
first ("with the CAC 40 trading 0.9% lower and the AEX down 0.4%"). Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def moves(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text, published=datetime.date(2024, 5, 9)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[p.entity], e.value) for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("Selling spread to Asia, with the Nikkei index and the KOSPI in Seoul both losing 1.2% by the close.",
     {("Nikkei", "-1.2%"), ("KOSPI", "-1.2%")}),
    ("Europe opened weak, with Paris's CAC 40 trading 0.9% lower and Amsterdam's AEX down 0.4%.",
     {("CAC", "-0.9%"), ("AEX", "-0.4%")}),
    ("Gold climbed, with the Hang Seng and the Straits Times Index both gaining 0.5% on the day.",
     {("Hang Seng", "+0.5%"), ("Straits Times", "+0.5%")}),
])
def test_moves_in_a_with_phrase(nlp, text, expected):
    found = moves(nlp, text)
    for name, value in expected:
        assert any(name in n and v == value for n, v in found), found


def test_a_with_phrase_about_sales_is_no_market_move(nlp):
    assert moves(nlp, "The retailer grew, with sales rising 5 percent in May.") == set()
