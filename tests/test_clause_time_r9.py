"""Clauses that share the time of the clause they hang on: a gerund with no subject of its own
after "after", "before" or "while" ("X told reporters on Monday after meeting Y": the meeting is on
Monday), and a present participle describing a noun ("executed warrants on Friday targeting X").
Unlike "after the bank raised rates" (a clause with its own subject and time), which stays
undated. Found on fresh news and press releases; phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Ilse Moravec", "Person"), ("Dario Quent", "Person"), ("Trade Control Office", "GovernmentBody"),
         ("Northwind Avionics", "Company"), ("Bank of Estrava", "GovernmentBody"), ("Veldran Composite", "MarketIndex")]


def dated(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], e.date) for e in evs if e.type == etype for p in e.participants}


@pytest.mark.parametrize("text", [
    "Ilse Moravec told reporters on Monday after meeting with Dario Quent at his office.",
    "Ilse Moravec spoke on Monday after meeting Dario Quent for two hours.",
    "On Monday, after meeting with Dario Quent in the capital, Ilse Moravec flew home.",
])
def test_gerund_after_the_main_clause_shares_its_day(nlp, text):
    assert ("dario-quent", "2025-03-10") in dated(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Agents on Monday executed warrants targeting Northwind Avionics and Dario Quent.",
    "On Monday federal agents executed search warrants targeting Northwind Avionics.",
    "Police on Monday carried out raids targeting Northwind Avionics in three cities.",
])
def test_participle_on_a_noun_shares_the_clause_day(nlp, text):
    assert ("northwind-avionics", "2025-03-10") in dated(nlp, text, "RegulatoryAction")


def test_finite_after_clause_keeps_its_own_time(nlp):
    text = "The Veldran Composite fell 2 percent on Monday after the Bank of Estrava raised interest rates."
    assert ("bank-of-estrava", "2025-03-10") not in dated(nlp, text, "PolicyAnnouncement")
