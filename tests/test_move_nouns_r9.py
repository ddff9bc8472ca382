"""A market move named by its noun with its figure ("the Veldran Composite's 1.7% slide on
Tuesday", "a 2 percent drop in the Ostmark 40", "a 5% gain in Harrowgate Mining's shares"), and
a country that raises or cuts interest rates through its central bank ("Corvania raised interest
rates"). Constructions found missing on fresh market reports, in phrasings written for these
tests, with negatives beside them (a firm's business figures, a drop that is only feared, a
country's other amounts)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Harrowgate Mining", "Company"),
         ("Corvania", "Place")]


def events(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role, e.value, e.date) for e in evs if e.type == etype for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("The Veldran Composite's 1.4% slide on Tuesday left it at a four-month low.",
     ("veldran-composite", "subject", "-1.4%", "2025-03-11")),
    ("A 2 percent drop in the Ostmark 40 on Tuesday hurt exporters.", ("ostmark-40", "subject", "-2%", "2025-03-11")),
    ("Traders cheered a 5% gain in Harrowgate Mining's shares on Tuesday.",
     ("harrowgate-mining", "subject", "+5%", "2025-03-11")),
])
def test_move_named_by_its_noun(nlp, text, expected):
    assert expected in events(nlp, text, "MarketMove")


@pytest.mark.parametrize("text", [
    "Harrowgate Mining's 3% drop in sales worried its lenders.",
    "A 10% drop in the Ostmark 40 would hurt exporters.",
    "The Veldran Composite's long slide has worried pension funds.",
])
def test_no_move_by_its_noun(nlp, text):
    assert events(nlp, text, "MarketMove") == set()


@pytest.mark.parametrize("text", [
    "Corvania raised interest rates on Tuesday for the first time in a decade.",
    "Stocks fell sharply on Tuesday as Corvania raised interest rates.",
    "On Tuesday Corvania raised its key interest rate by half a point.",
])
def test_country_changes_interest_rates(nlp, text):
    assert ("corvania", "actor", None, "2025-03-11") in events(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "Corvania raised its wheat output on Tuesday.",
    "Corvania raised its exports of copper last year.",
])
def test_country_changes_other_amounts(nlp, text):
    assert events(nlp, text, "PolicyAnnouncement") == set()
