"""An act that another one answers came before it: in "X unveiled its plan on Tuesday in
response to Y's tariffs" or "X raised duties on Friday in retaliation for Y's sanctions", the
tariffs and sanctions are not Tuesday's or Friday's (a cue inside their own phrase still dates
them). Found on fresh trade-war news, where the answered tariffs took the answer's day.
Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Corvania", "Place"), ("Estrava", "Place")]


def dated(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(e.type, p.entity.split("/")[1], p.role, e.date) for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "Markets were calm. Estrava unveiled its duties on Monday in response to Corvanian tariffs on its steel.",
    "Markets were calm. Estrava announced new levies on Monday in response to Corvania's tariffs on its wine.",
    "Markets were calm. Estrava put levies on wine on Monday in retaliation for Corvanian tariffs on its cars.",
])
def test_answered_tariffs_are_not_of_the_answers_day(nlp, text):
    found = dated(nlp, text)
    assert not any(t == "TradeConflict" and k == "corvania" and d == "2025-03-10" for t, k, _, d in found)

