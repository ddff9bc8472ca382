"""In a market report, an index named by its place ("the Kessel stock index", "the market index in
Varnia") or a place alone moving by a figure ("Tokyo was down 3 percent") is that place's market:
the move is not the index named before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
import datetime

from kg.models import Article


def moves(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return {(names.get(p.entity), e.value) for e in facts.events if e.type == "MarketMove" for p in e.participants}


LEAD = "Wall Street fell on Tuesday as the Dow Jones Industrial Average lost 300 points. "


@pytest.mark.parametrize("text, place, value", [
    (LEAD + "The Santiago stock index lost eight percent.", "Santiago", "-8%"),
    (LEAD + "Losses spread abroad, and the market index in Madrid was down 2.5 percent.", "Madrid", "-2.5%"),
    (LEAD + "Stock markets elsewhere were hit as well: Milan was off 3 percent on the day.", "Milan", "-3%"),
    (LEAD + "In Asia, where stocks had opened weak, Seoul dropped 3.1 percent.", "Seoul", "-3.1%"),
])
def test_a_place_or_its_index_moves_as_that_place(nlp, text, place, value):
    found = moves(nlp, text)
    assert (place, value) in found, found
    assert ("Dow Jones Industrial Average", value) not in found, found


@pytest.mark.parametrize("text", [
    # an economy that grows is no market move, and a sentence not about markets says nothing of one
    LEAD + "Germany grew 0.3 percent in the first quarter, data showed.",
    LEAD + "Exports fell and Brazil lost 2 percent of its jobs in a year.",
])
def test_a_place_that_grows_or_loses_something_else_is_no_market(nlp, text):
    found = moves(nlp, text)
    assert not {name for name, _ in found} & {"Germany", "Brazil"}, found
