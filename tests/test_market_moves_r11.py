"""Market moves of several markets told in one clause ("the Veldran Composite, the Ostmark 40
and the Brellin 30 lost 3 percent", "stocks in Pellmouth and Corvash fell", "shares of X and
Y rose"): each market moves on its own, so each is its own MarketMove with the clause's figure and
day (FORMAT.md records one move per index or share). Parties of other kinds of events named in a
list stay one event. And a move told without a verb in a "with" phrase whose figure is hedged
("with the X up over 300 points", "with the Y down nearly 2 percent"), with or without a comma
before "with"; a "with" that compares ("compared with") tells no move. And the points an index
reached ("fell to 9,900 points", "surged above 5,000 points") are its level, not its change. And
verbs of a blow to a price ("smashed X's share price by 80%", "hammered", "battered"). Phrasings written for these
tests, with negatives beside them."""

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


@pytest.mark.parametrize("text, market, value", [
    ("Stocks rallied on Tuesday with the Veldran Composite up over 300 points.", "veldran-composite", "+300 points"),
    ("Stocks rallied on Tuesday, with the Veldran Composite up more than 3 percent.", "veldran-composite", "+3%"),
    ("Markets slid late in the session on Tuesday with the Ostmark 40 down nearly 2 percent.", "ostmark-40", "-2%"),
    ("Trading was heavy, with Harrowgate Mining shares off almost 6 percent by the close on Tuesday.",
     "harrowgate-mining", "-6%"),
])
def test_a_hedged_figure_in_a_with_phrase(nlp, text, market, value):
    found = {(e.participants[0].entity.split("/")[1], e.value, e.date) for e in events(nlp, text, "MarketMove")}
    assert (market, value, "2025-03-11") in found


@pytest.mark.parametrize("text", [
    "Stocks fell on Tuesday, compared with the Veldran Composite up 3 percent a year earlier.",
    "Exports fell on Tuesday in line with the Veldran Composite up 3 percent last year.",
])
def test_a_with_that_compares_tells_no_move(nlp, text):
    assert not events(nlp, text, "MarketMove")


@pytest.mark.parametrize("text, value", [
    ("On Tuesday the Veldran Composite fell to 9,900.26 points, a drop of 41.5 points on the day.", "-41.5 points"),
    ("The Veldran Composite surged above 5,000 points on Tuesday.", None),
    ("The Ostmark 40 climbed past 12,000 points on Tuesday for the first time.", None),
    ("The Veldran Composite dropped to just under 8,000 points on Tuesday.", None),
])
def test_the_level_reached_is_no_change(nlp, text, value):
    found = events(nlp, text, "MarketMove")
    assert found and {e.value for e in found} == {value}


@pytest.mark.parametrize("text, value", [
    ("The Veldran Composite rose 52 points to 9,944 points on Tuesday.", "+52 points"),
    ("The Ostmark 40 lost up to 300 points on Tuesday.", "-300 points"),
    ("The Ostmark 40 fell nearly 300 points on Tuesday.", "-300 points"),
])
def test_a_change_in_points_stays(nlp, text, value):
    assert {e.value for e in events(nlp, text, "MarketMove")} == {value}


@pytest.mark.parametrize("text, market, value", [
    ("The scandal smashed Harrowgate Mining's share price by 80% on Tuesday.", "harrowgate-mining", "-80%"),
    ("Weak demand hammered Dunmore Steel shares by 12 percent on Tuesday.", "dunmore-steel", "-12%"),
    ("The news battered shares of Harrowgate Mining by 9 percent on Tuesday.", "harrowgate-mining", "-9%"),
])
def test_a_blow_to_a_share_price(nlp, text, market, value):
    found = {(e.participants[0].entity.split("/")[1], e.value) for e in events(nlp, text, "MarketMove")}
    assert (market, value) in found


@pytest.mark.parametrize("text", [
    "The storm hammered Pellmouth on Tuesday.",
    "Harrowgate Mining smashed its sales record on Tuesday.",
    "The flood battered Dunmore Steel's plant on Tuesday.",
])
def test_a_blow_to_no_price_is_no_move(nlp, text):
    assert not events(nlp, text, "MarketMove")
