"""Market reports: a share's move told in money ("fell $1.45 to $52.30", "closed down 35 cents")
is a market move like one told in percent, and takes the report's trading day. Every sentence is
written for these tests, with invented firms."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2024, 5, 8)
FIRMS = [("Corvane Ltd", "Company"), ("Talvik Mining", "Company"), ("Brask Foods", "Company"),
         ("Kemet Index", "MarketIndex")]


def moves(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, FIRMS)
    events = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], e.value, e.date) for e in events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, firm, value", [
    ("Corvane Ltd dropped $1.45 to $52.30 in late trading.", "corvane-ltd", "-$1.45"),
    ("Talvik Mining closed down 35 cents at $9.10.", "talvik-mining", "-35 cents"),
    ("Brask Foods rose $2.05 to $61.40 after its results beat forecasts.", "brask-foods", "+$2.05"),
    ("In London, Talvik Mining gained 12 pence.", "talvik-mining", "+12 pence"),
])
def test_a_price_change_in_money_is_a_move(nlp, text, firm, value):
    assert any(f == firm and v == value for f, v, _ in moves(nlp, text))


@pytest.mark.parametrize("text", [
    "Corvane Ltd lost $2 billion last year.",
    "Talvik Mining raised $40 million from investors.",
    "Brask Foods paid $3.50 a share in dividends.",
    "Corvane Ltd grew its revenue by $300 million.",
])
def test_money_a_firm_makes_or_spends_is_no_move(nlp, text):
    assert not moves(nlp, text)


@pytest.mark.parametrize("text", [
    "Stocks fell sharply on Monday. The Kemet Index lost 1.2 percent. Corvane Ltd dropped $1.45 to $52.30.",
    "Shares slid on Monday as bond yields climbed. Talvik Mining closed down 35 cents at $9.10.",
])
def test_a_price_change_keeps_the_reports_day(nlp, text):
    dated = {d for f, _, d in moves(nlp, text) if f in ("corvane-ltd", "talvik-mining")}
    assert dated == {"2024-05-06"}


@pytest.mark.parametrize("text, firm, value", [
    ("Shares of Corvane Ltd were marked 2.1% lower in London trading.", "corvane-ltd", "-2.1%"),
    ("Talvik Mining shares were marked up 4 percent after the results.", "talvik-mining", "+4%"),
    ("Brask Foods stock was marked 3% higher by midday.", "brask-foods", "+3%"),
])
def test_shares_marked_higher_or_lower_moved(nlp, text, firm, value):
    assert any(f == firm and v == value for f, v, _ in moves(nlp, text))


@pytest.mark.parametrize("text", [
    "The festival marked its 20th year on Monday.",
    "Corvane Ltd marked the opening of its plant with a 2% pay rise for staff.",
])
def test_marking_an_occasion_is_no_move(nlp, text):
    assert not moves(nlp, text)


def deals(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, FIRMS)
    return [e.date for e in extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
            if e.type == "Investment"]


@pytest.mark.parametrize("text", [
    "Corvane Ltd said on Tuesday it agreed to buy Talvik Mining, 27% above their Friday closing level.",
    "Corvane Ltd agreed on Tuesday to buy Brask Foods at a price 30% above its Friday close.",
    "On Tuesday Corvane Ltd agreed to buy Talvik Mining for $40 a share, above the Monday closing price.",
])
def test_a_figure_of_an_earlier_day_does_not_date_the_deal(nlp, text):
    assert deals(nlp, text) == ["2024-05-07"]


@pytest.mark.parametrize("text", [
    "Headline here\nShares of Corvane Ltd were marked 2.1% lower in London trading on Tuesday.\n"
    "Talvik Mining shares were marked up 4 percent.",
])
def test_shares_of_is_no_part_of_the_firms_name(nlp, text):
    from kg.extract.entities import resolve_entities
    names = [e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))]
    assert not any(n.lower().startswith(("shares", "stock")) for n in names), names
