"""A market report's closing figures keep the day its lead named even after an aside on a month
past ("The bank's last hike, in June, ..."): a month named in between is coarser than the report's
day and does not set the figures' date. Found on fresh market reports, where the closing figures
after such an aside were dated to the month of the aside. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Bank of Corvania", "GovernmentBody")]


def move_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {p.entity.split("/")[1]: e.date for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("aside", [
    "The Bank of Corvania's last hike, in June, lifted its main rate to 4 percent.",
    "In January the Bank of Corvania raised its main rate to 4 percent.",
    "The Bank of Corvania had cut its main rate by half a point in December.",
])
def test_closing_figures_after_an_aside_on_a_past_month(nlp, aside):
    text = ("Stocks fell sharply on Tuesday as traders waited for the central bank's decision. " + aside +
            " The Veldran Composite fell 0.8 percent, closing at 4,410.2. The Ostmark 40 lost 1.2 percent.")
    found = move_dates(nlp, text)
    assert found.get("veldran-composite") == "2025-03-11"
    assert found.get("ostmark-40") == "2025-03-11"


def test_a_day_named_in_between_still_sets_the_day(nlp):
    text = ("Stocks fell sharply on Tuesday as traders waited for the central bank's decision. "
            "On Monday the Bank of Corvania raised its main rate to 4 percent. "
            "The Veldran Composite fell 0.8 percent, closing at 4,410.2.")
    assert move_dates(nlp, text).get("veldran-composite") == "2025-03-10"
