"""Market moves of several markets told in one clause ("the Veldran Composite, the Ostmark 40
and the Brellin 30 lost 3 percent", "stocks in Pellmouth and Corvash fell", "shares of X and
Y rose"): each market moves on its own, so each is its own MarketMove with the clause's figure and
day (FORMAT.md records one move per index or share). Parties of other kinds of events named in a
list stay one event. Phrasings written for these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Brellin 30", "MarketIndex"),
         ("Harrowgate Mining", "Company"), ("Dunmore Steel", "Company"), ("Pellmouth", "Place"),
         ("Corvash", "Place"), ("Estland", "Place"), ("Corvania", "Place")]


def events(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return [e for e in evs if e.type == kind]


@pytest.mark.parametrize("text, markets, value", [
    ("The Veldran Composite, the Ostmark 40 and the Brellin 30 lost more than 3 percent on Tuesday.",
     {"veldran-composite", "ostmark-40", "brellin-30"}, "-3%"),
    ("On Tuesday both the Veldran Composite and the Ostmark 40 climbed 2 percent.",
     {"veldran-composite", "ostmark-40"}, "+2%"),
    ("Shares of Harrowgate Mining and Dunmore Steel jumped 6 percent on Tuesday after the tender.",
     {"harrowgate-mining", "dunmore-steel"}, "+6%"),
])
def test_each_market_of_a_list_is_its_own_move(nlp, text, markets, value):
    found = events(nlp, text, "MarketMove")
    assert all(len(e.participants) == 1 for e in found)
    got = {e.participants[0].entity.split("/")[1]: (e.value, e.date) for e in found}
    assert set(got) == markets
    assert all(v and v.endswith(value.lstrip("+-")) and d == "2025-03-11" for v, d in got.values())


def test_markets_named_by_their_places_each_move(nlp):
    found = events(nlp, "On Tuesday stocks in Pellmouth and Corvash fell sharply.", "MarketMove")
    assert sorted(len(e.participants) for e in found) == [1, 1]
    assert {e.date for e in found} == {"2025-03-11"}


def test_the_parties_of_other_events_stay_together(nlp):
    found = events(nlp, "Estland and Corvania signed a trade agreement on Tuesday.", "Other")
    assert len(found) == 1 and len(found[0].participants) == 2


def test_one_market_stays_one_move(nlp):
    found = events(nlp, "The Veldran Composite fell 2 percent on Tuesday, and it fell again later.", "MarketMove")
    assert len(found) == 1
