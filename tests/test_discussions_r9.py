"""A discussion with parties is a meeting: "after discussions between X and Y", "X held
discussions with Y", "a discussion with Y in Z" (the parties attend; the holder chairs). A
discussion of something, or a plan under discussion, is none. Found on fresh trade-policy news;
phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Ilse Moravec", "Person"), ("Dario Quent", "Person"), ("Corvania", "Place"), ("Estrava", "Place"),
         ("Halvik", "Place")]


def meetings(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "Meeting" for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("The accord came after long discussions between Ilse Moravec and Dario Quent on Monday.",
     {("ilse-moravec", "attendee"), ("dario-quent", "attendee")}),
    ("Discussions between Corvania and Estrava took place in Halvik on Monday.",
     {("corvania", "attendee"), ("estrava", "attendee"), ("halvik", "location")}),
    ("Ilse Moravec held discussions with Dario Quent on Monday.", {("ilse-moravec", "chair"), ("dario-quent", "attendee")}),
])
def test_discussion_with_parties(nlp, text, expected):
    assert expected <= meetings(nlp, text)


@pytest.mark.parametrize("text", [
    "The fishing plan of Corvania is under discussion in Halvik.",
    "Ilse Moravec opened a discussion of the budget with no result.",
])
def test_no_discussion_meeting(nlp, text):
    assert meetings(nlp, text) == set()
