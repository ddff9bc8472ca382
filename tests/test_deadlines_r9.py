"""A deadline is not an event's date: "X must pay its penalty by Nov. 2", "Y will answer the
complaint before Friday", "Z has to settle by the end of May" name the limit of an obligation or
plan, not the day anything happened (a past-tense reading made such a day one of last year).
Found on a fresh export-enforcement roundup; phrasings written for these tests, with a negative
(a planned act on a day)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Northwind Avionics", "Company"), ("Trade Control Office", "GovernmentBody")]


def dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {e.date for e in evs if e.type == "RegulatoryAction"}


@pytest.mark.parametrize("text", [
    "Northwind Avionics must pay its penalty by Nov. 2 or lose its export privileges.",
    "Northwind Avionics will pay the penalty by Friday, its lawyers said.",
    "Northwind Avionics has been told it must pay the $2 million penalty by Dec. 5.",
])
def test_deadline_is_no_date(nlp, text):
    found = dates(nlp, text)
    assert found and found <= {None}


def test_planned_act_on_a_day_keeps_it(nlp):
    assert dates(nlp, "The Trade Control Office will fine Northwind Avionics on Friday.") == {"2025-03-14"}
