"""An act named by an infinitive on a noun ("an agreement to acquire Y", "a deal to buy Y", "a
decision to raise rates") shares the time of the clause that tells of the noun ("On Monday, X
announced that it had come to an agreement to acquire Y": the deal is Monday's), and is done by
the one who makes the deal ("X struck a deal to buy Y", which the parser may read as a relative
clause). Found on fresh business news; phrasings written for these tests, with a negative (a time
of the act's own)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Northwind Avionics", "Company"), ("Quenby Optics", "Company"), ("Bank of Estrava", "GovernmentBody")]


def events(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role, e.date) for e in evs if e.type == etype for p in e.participants}


@pytest.mark.parametrize("text", [
    "On Monday, Northwind Avionics said it had struck a deal to buy Quenby Optics.",
    "Northwind Avionics announced on Monday that it had come to an agreement to acquire Quenby Optics.",
    "On Monday, Northwind Avionics confirmed that it had signed a contract to purchase Quenby Optics.",
])
def test_deal_told_on_a_day(nlp, text):
    found = events(nlp, text, "Investment")
    assert ("quenby-optics", "target", "2025-03-10") in found
    assert ("northwind-avionics", "actor", "2025-03-10") in found


def test_decision_told_on_a_day(nlp):
    text = "On Monday, the Bank of Estrava revealed that it had made a decision to raise interest rates."
    assert ("bank-of-estrava", "actor", "2025-03-10") in events(nlp, text, "PolicyAnnouncement")


def test_act_with_a_time_of_its_own(nlp):
    text = "On Monday, Northwind Avionics said it had struck a deal in 2019 to buy Quenby Optics."
    assert ("quenby-optics", "target", "2025-03-10") not in events(nlp, text, "Investment")
