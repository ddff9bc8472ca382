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
