"""Firms put on an export or sanctions list told in the passive ("X, which was put on the
export blacklist on Monday", "X was added to the list by the department"), by the noun of adding ("the
ministry's addition of X to the list", "added 30 firms to the list, including the additions of X
and Y in May"), and with the list hung on the object ("added 30 firms to the Entity List").
Constructions found missing on fresh export-control news, in phrasings written for these tests,
with negatives (an addition to a board, an addition of staff)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Trade Control Office", "GovernmentBody"), ("Northwind Avionics", "Company"), ("Quenby Optics", "Company")]


def actions(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], p.role, e.date) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text", [
    "Inspectors found that Northwind Avionics, which was put on the export blacklist on Monday, sold radar parts abroad.",
    "The Trade Control Office's addition of Northwind Avionics to the Entity List on Monday angered its customers.",
    "The Trade Control Office has added dozens of firms to the Entity List this year, including the addition of "
    "Northwind Avionics on Monday.",
])
def test_firm_put_on_a_list(nlp, text):
    assert ("northwind-avionics", "target", "2025-03-10") in actions(nlp, text)


def test_actor_of_the_noun_of_adding(nlp):
    text = "The Trade Control Office's addition of Northwind Avionics to the Entity List on Monday angered its customers."
    assert ("trade-control-office", "actor", "2025-03-10") in actions(nlp, text)


@pytest.mark.parametrize("text", [
    "The addition of Northwind Avionics to the supplier panel pleased Quenby Optics.",
    "Quenby Optics announced the addition of 200 engineers on Monday.",
    "Northwind Avionics was added to the index of regional stocks on Monday.",
])
def test_no_listing(nlp, text):
    assert actions(nlp, text) == set()
