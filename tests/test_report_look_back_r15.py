"""A market report's look back at an earlier session: when a price already given for the report's
day gets a second figure on a day before it ("The Veltra index fell 0.4%. The index tumbled 1.8%
during Monday's session."), that is a look back, and the closing figures of other prices told after
it still have the report's day, not the day of the look back. Near-misses: a move that names no
price already given that day (a new narrative day, "On Monday, the Ostmark 40 rose 2%") still sets
the day of the figures after it, and a later day (the narrative moving forward) does too.
The figure given for the report's day is not dated by a mention of the same price on the day of
the look back either. Sentences and names written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Pellham 100", "MarketIndex"),
         ("Bank of Corvania", "GovernmentBody")]


def move_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], e.value): e.date for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("look_back", [
    "The index slumped 212.4 points, or 1.9 percent, in Monday's session.",
    "The Veldran Composite had tumbled 2.3 percent on Monday.",
    "The Veldran Composite lost 1.8 percent in Monday's trading.",
    "On Monday the Veldran Composite dropped 1.9 percent.",
])
def test_figures_after_a_look_back_keep_the_report_day(nlp, look_back):
    text = ("Stocks slid for a second day on Tuesday as worries about prices grew. "
            "The Veldran Composite fell 41.2, or 0.4 percent, to 10,890.5. " + look_back +
            " Broader indicators were also lower. The Ostmark 40 fell 0.2 percent to 1,402.6, "
            "and the Pellham 100 lost 0.5 percent.")
    found = move_dates(nlp, text)
    # the figure given for the report's day keeps it (another mention of the index on Monday
    # does not date it), and so do the figures after the look back
    assert found.get(("veldran-composite", "-0.4%")) == "2025-03-11", found
    assert found.get(("ostmark-40", "-0.2%")) == "2025-03-11", found
    assert found.get(("pellham-100", "-0.5%")) == "2025-03-11", found


def test_a_new_price_on_an_earlier_day_still_sets_the_day(nlp):
    # no price given for the report's day is looked back at: the narrative is on Monday
    text = ("Stocks slid for a second day on Tuesday as worries about prices grew. "
            "On Monday, the Ostmark 40 had risen 2 percent. The Pellham 100 also gained 1.5 percent.")
    found = move_dates(nlp, text)
    assert found.get(("pellham-100", "+1.5%")) != "2025-03-11", found


def test_a_later_day_still_sets_the_day(nlp):
    text = ("Stocks rose sharply on Monday as banks rallied. The Veldran Composite rose 1.2 percent to 10,890.5. "
            "On Tuesday, the Veldran Composite gained 0.3 percent. The Ostmark 40 added 0.6 percent.")
    found = move_dates(nlp, text)
    assert found.get(("ostmark-40", "+0.6%")) == "2025-03-11", found
