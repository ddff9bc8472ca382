"""A move told in a relative clause on the firm ("X, whose stock price leapt 12 percent in early
trading"): the shares are the antecedent's, and the move is read with its figure (the learned
reader alone found it, without one, or not at all). Not a firm's business figures ("whose sales
fell"). Found on fresh business news; phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Northwind Avionics", "Company"), ("Quenby Optics", "Company")]


def moves(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], e.value) for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("Traders cheered Quenby Optics, whose stock price climbed by nearly 12 percent in early trading.",
     ("quenby-optics", "+12%")),
    ("Analysts pointed to Quenby Optics, whose share price rose 6 percent after the report.", ("quenby-optics", "+6%")),
    ("Buyers shunned Northwind Avionics, whose stock slid 4 percent in late trading.", ("northwind-avionics", "-4%")),
])
def test_move_in_a_whose_clause(nlp, text, expected):
    assert expected in moves(nlp, text)


def test_business_figures_in_a_whose_clause(nlp):
    assert moves(nlp, "Northwind Avionics, whose sales fell 3 percent last year, said it would cut jobs.") == set()
