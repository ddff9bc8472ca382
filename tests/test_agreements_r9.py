"""Governments bound by an agreement, told in ways the engine missed: reaching one through a
preposition ("X and Y have come to an agreement", "X arrived at a deal with Y"), plural agreement
nouns ("X has signed trade treaties with Y and Z"), and a participle on the agreement ("the accord
signed between X and Y in April"). Found on fresh trade-policy news; phrasings written for these
tests, with negatives (coming to a meeting, a firm's contract)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Corvania", "Place"), ("Estrava", "Place"), ("Halvik", "Place"), ("Northwind Avionics", "Company")]


def signers(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {p.entity.split("/")[1] for e in evs if e.type == "Other" for p in e.participants if p.role == "actor"}


@pytest.mark.parametrize("text", [
    "Late on Monday Corvania and Estrava came to an agreement on fishing quotas.",
    "Corvania arrived at a deal with Estrava after two days of talks.",
    "In a joint statement, Corvania said it had signed customs treaties with Estrava.",
    "The accord signed between Corvania and Estrava in January eased border checks.",
])
def test_governments_bound_by_an_agreement(nlp, text):
    assert {"corvania", "estrava"} <= signers(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvania came to the summit in Halvik on Monday.",
    "The contract signed by Northwind Avionics in January was cancelled.",
])
def test_no_agreement_between_governments(nlp, text):
    assert signers(nlp, text) == set()
