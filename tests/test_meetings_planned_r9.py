"""Meetings told through a raising head ("X is expected to meet Y", "X is scheduled to meet Y",
"X is due to meet Y": X meets Y) and a body's members coming together to deliberate ("the
Corvanian Senate's members convened on Monday to consider the bill": the body holds the
meeting). Constructions found missing on fresh news text, in phrasings written for these tests,
with negatives beside them (a target met, a crowd gathering, members gathering for no business)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Ilse Moravec", "Person"), ("Dario Quent", "Person"), ("Halvik", "Place"),
         ("Corvanian Senate", "GovernmentBody"), ("Bank of Estrava", "GovernmentBody")]


def meetings(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role, e.date) for e in evs if e.type == "Meeting" for p in e.participants}


@pytest.mark.parametrize("text, day", [
    ("Ilse Moravec is scheduled to meet Dario Quent on Friday.", "2025-03-14"),
    ("Ilse Moravec is expected to meet with Dario Quent in Halvik on Friday.", "2025-03-14"),
    ("Ilse Moravec is due to meet Dario Quent on Friday to settle the border row.", "2025-03-14"),
])
def test_meeting_under_a_raising_head(nlp, text, day):
    found = meetings(nlp, text)
    assert ("ilse-moravec", "chair", day) in found
    assert ("dario-quent", "attendee", day) in found


@pytest.mark.parametrize("text", [
    "Ilse Moravec is expected to meet her sales target this year.",
    "Ilse Moravec is scheduled to meet the press on Friday.",
])
def test_no_meeting_under_a_raising_head(nlp, text):
    assert meetings(nlp, text) == set()


@pytest.mark.parametrize("text, body", [
    ("In Halvik, Bank of Estrava policymakers gathered on Tuesday to start reviewing their rate policy.", "bank-of-estrava"),
    ("Members of the Corvanian Senate convened on Tuesday to consider the budget bill.", "corvanian-senate"),
    ("Corvanian Senate members assembled on Tuesday to debate the new tax code.", "corvanian-senate"),
])
def test_members_of_a_body_convene(nlp, text, body):
    assert (body, "chair", "2025-03-11") in meetings(nlp, text)


@pytest.mark.parametrize("text", [
    "Bank of Estrava officials gathered on Tuesday to watch the final.",
    "Protesters gathered outside the Corvanian Senate on Tuesday to discuss the bill.",
    "Bank of Estrava policymakers gathered dust while inflation rose.",
])
def test_no_body_convening(nlp, text):
    assert meetings(nlp, text) == set()
