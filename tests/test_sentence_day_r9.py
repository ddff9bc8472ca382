"""A sentence that tells how several prices moved tells one trading day: an undated move in it
("Shares in Z fell 2.7 percent, with the Y index ending at 19,650") takes the day of a move dated
in the same sentence, unless its clause has a time of its own ("a day after Y rose"). Found on
fresh market reports (the index named beside a market's fall was left undated). Phrasings
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Halvik", "Place")]
LEAD = ("Markets were calm early in the week. Traders watched the currency closely. "
        "The Ostmark 40 closed 3 percent lower on Tuesday at 6,105. ")


def move_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {p.entity.split("/")[1]: e.date for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("sentence", [
    "Shares in Halvik fell 2.7 percent, with the Veldran Composite ending at 19,651.",
    "Stocks in Halvik dropped 2.5 percent, with the Veldran Composite finishing at 19,651.",
    "In Halvik, shares fell 2.7 percent, with the Veldran Composite ending the session at 19,651.",
])
def test_index_beside_a_dated_move_shares_its_day(nlp, sentence):
    assert move_dates(nlp, LEAD + sentence).get("veldran-composite") == "2025-03-11"
