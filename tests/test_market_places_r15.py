"""A market named by its city in a market wrap, without the word "market" in the sentence: a
change told both in percent and in points, or with the level reached ("Varna fell 0.5 percent,
or 12.3 points, to 1,904.66", "Tirana added 0.4 percent, or 19.2 points, to close at 4,700.5"),
is an index's move; so is a place's move right after a sentence about stock markets. And "both
X's and Y's stock exchanges slid": each possessor's market moved (the parser makes X the subject
and the exchanges its conjunct). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def moves(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return {(names.get(p.entity), e.value) for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, place, value", [
    ("Tokyo's Nikkei ended down 1.2 percent, or 150.3 points, at 12,300.5. Manila fell 0.51 percent, "
     "or 30.11 points, to 6,020.68 while Jakarta was off 1.30 percent, or 60.4 points, at 4,354.66.",
     "Manila", "-0.51%"),
    ("Tokyo's Nikkei ended down 1.2 percent, or 150.3 points, at 12,300.5. Manila fell 0.51 percent, "
     "or 30.11 points, to 6,020.68 while Jakarta was off 1.30 percent, or 60.4 points, at 4,354.66.",
     "Jakarta", "-1.30%"),
    ("Later, Wellington added 0.38 percent, or 17.2 points, to close at 3,981.6.", "Wellington", "+0.38%"),
    ("On Thursday Oslo dropped 1.1 percent, or 12.5 points, to 1,120.4 in thin trade.", "Oslo", "-1.1%"),
    ("Asian markets ended mixed on Monday. Manila lost 0.8 percent and Jakarta gained 1.1 percent.", "Manila", "-0.8%"),
    ("Regional bourses were mixed. Bangkok slipped 0.7 percent after the holiday.", "Bangkok", "-0.7%"),
])
def test_a_city_moving_by_an_index_figure_is_its_market(nlp, text, place, value):
    found = moves(nlp, text)
    assert (place, value) in found, found


@pytest.mark.parametrize("text, places", [
    ("Both Kuwait's and Qatar's stock markets sank after oil prices slumped.", {"Kuwait", "Qatar"}),
    ("Both Riyadh's and Doha's bourses fell sharply on Sunday.", {"Riyadh", "Doha"}),
    ("Kuwait's and Qatar's stock exchanges slid quickly once trading opened.", {"Kuwait", "Qatar"}),
])
def test_each_possessor_of_coordinated_exchanges_moves(nlp, text, places):
    found = {p for p, _ in moves(nlp, text)}
    assert places <= found, found


@pytest.mark.parametrize("text", [
    # an economy, a ranking or jobs are no market, even after a sentence about one
    "Germany added 0.3 percent in the second quarter, the statistics office said.",
    "Stocks rose on Monday. Germany added 0.3 percent in the second quarter, the office said.",
    "Brazil fell two places in the ranking, to 45th of 60 countries.",
    "Exports grew strongly. Chile rose 2.1 percent in the first quarter.",
    "Kuwait's and Qatar's ports were closed on Monday.",
    "Both Kuwait's and Qatar's economies shrank last year.",
    "Both Riyadh's and Doha's property markets fell sharply on Sunday.",
])
def test_no_market_move_for_a_place_that_is_not_a_market(nlp, text):
    found = {p for p, _ in moves(nlp, text)}
    assert not found & {"Germany", "Brazil", "Chile", "Kuwait", "Qatar", "Riyadh", "Doha"}, found
