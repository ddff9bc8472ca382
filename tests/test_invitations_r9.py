"""A visit made at someone's invitation is a meeting that person hosts: "X paid an official visit
to Z at the invitation of Y", "X arrived in Z on Sunday at the invitation of Y", "X ended a visit
to Z at Y's invitation" (Y chairs, X attends, Z is the place). Found on fresh diplomatic news;
phrasings written for these tests, with negatives (an invitation of no one named, a refused one)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Ilse Moravec", "Person"), ("Dario Quent", "Person"), ("Halvik", "Place"), ("Corvania", "Place")]


def meetings(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "Meeting" for p in e.participants}


@pytest.mark.parametrize("text, place", [
    ("Ilse Moravec paid a state visit to Corvania at the invitation of Dario Quent.", "corvania"),
    ("Ilse Moravec arrived in Halvik on Sunday at the invitation of Dario Quent.", "halvik"),
    ("Ilse Moravec flew home on Sunday, ending a three-day visit to Corvania at the invitation of Dario Quent.",
     "corvania"),
])
def test_visit_at_an_invitation(nlp, text, place):
    assert {("dario-quent", "chair"), ("ilse-moravec", "attendee"), (place, "location")} <= meetings(nlp, text)


@pytest.mark.parametrize("text", [
    "Ilse Moravec spoke in Halvik at the invitation of the organisers.",
    "Ilse Moravec did not travel to Corvania at the invitation of Dario Quent.",
])
def test_no_hosted_visit(nlp, text):
    assert meetings(nlp, text) == set()
