"""A market report whose headline tells a move and whose lead names no day, written the day after
its session, names that session's day a few sentences on ("Trading in Asia was thin on
Wednesday", "shares elsewhere were also off sharply Thursday"): the lead's closing figures take that day, not the publication day. Near-misses: a lead
with a day of its own keeps it, and a day named only far into the story leaves the publication day.
Sentences and names written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Pellham 100", "MarketIndex")]


def move_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {p.entity.split("/")[1]: e.date for e in evs if e.type == "MarketMove" and e.value for p in e.participants}


@pytest.mark.parametrize("text, index, expected", [
    ("Shares Slide Again as Growth Fears Mount\nTraders fretted about weak factory figures.\n"
     "The Veldran Composite lost 212 points, or 2.1 percent, to 9,870.\n"
     "Markets are down about 15 percent this year.\nTrading in Asia was thin on Wednesday.",
     "veldran-composite", "2025-06-11"),
    ("Stocks Fall Sharply in Ostria\nThe Ostmark 40 fell 3 percent to 1,402.\n"
     "Bank shares led the decline. Exporters also lost ground.\n"
     "In neighboring countries, shares were also off sharply Thursday.",
     "ostmark-40", "2025-06-12"),
    ("Markets Rally on Rate Hopes\nThe Pellham 100 rose 1.5 percent to 7,210.\n"
     "Traders bet on lower borrowing costs.\nEuropean bourses were mixed Thursday.",
     "pellham-100", "2025-06-12"),
])
def test_the_report_takes_the_session_named_a_few_sentences_on(nlp, text, index, expected):
    found = move_dates(nlp, text)
    assert found.get(index) == expected, found


@pytest.mark.parametrize("text, index, expected", [
    ("Markets Rally on Rate Hopes\nThe Pellham 100 rose 1.5 percent to 7,210 on Friday.\n"
     "Traders bet on lower borrowing costs.\nEuropean bourses Thursday also climbed.",
     "pellham-100", "2025-06-13"),
    ("Markets Rally on Rate Hopes\nThe Pellham 100 rose 1.5 percent to 7,210.\n"
     "Traders bet on lower borrowing costs. Banks gained. Miners rose. Retailers were flat.\n"
     "Bond yields eased. The currency held steady.\nEuropean bourses Thursday also climbed.",
     "pellham-100", "2025-06-13"),
])
def test_the_publication_day_stays(nlp, text, index, expected):
    found = move_dates(nlp, text)
    assert found.get(index) == expected, found
