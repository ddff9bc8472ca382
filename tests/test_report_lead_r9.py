"""A market report's lead day may come after a broadcast's summary paragraph: "Share prices in the
region closed sharply lower. Officials tried to calm investors. Our reporter has more." then
"Stocks in Z fell 3 percent Wednesday ..." sets the day of the closing figures that follow, also
those more than three sentences on. Found on fresh broadcast market reports; phrasings written for
these tests."""

from __future__ import annotations

from datetime import date

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2025, 3, 13)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Halvik", "Place"),
         ("Ilse Moravec", "Person")]
SUMMARY = ("Share prices across the region closed sharply lower. Officials tried to calm investors, saying "
           "growth remains strong. Ilse Moravec reports from Halvik.\n")


def move_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=THURSDAY))
    return {p.entity.split("/")[1]: e.date for e in evs if e.type == "MarketMove" for p in e.participants}


def test_lead_day_after_a_summary_paragraph(nlp):
    text = SUMMARY + (
        "Stocks in Halvik fell sharply Wednesday, with the Veldran Composite closing 3 percent lower.\n"
        "Analysts blamed worries about the banks. Several lenders reported losses. Traders expect more selling. "
        "Some funds moved into bonds.\n"
        "The Ostmark 40 fell 1.5 percent.")
    found = move_dates(nlp, text)
    assert found.get("veldran-composite") == "2025-03-12"
    assert found.get("ostmark-40") == "2025-03-12"


def test_lead_day_after_a_summary_paragraph_with_a_plunge(nlp):
    text = SUMMARY + (
        "Investors dumped stocks Wednesday, and the Veldran Composite plunged 4 percent.\n"
        "Analysts blamed worries about the banks. Several lenders reported losses. Traders expect more selling. "
        "Some funds moved into bonds.\n"
        "The Ostmark 40 dropped 2.5 percent.")
    assert move_dates(nlp, text).get("ostmark-40") == "2025-03-12"


def test_another_day_named_later_still_moves_the_narrative(nlp):
    # the day named holds for the sentences just after it (a move told well after it is back on
    # the report's day: tests/test_event_dates_r10.py)
    text = SUMMARY + (
        "Stocks in Halvik fell sharply Wednesday, with the Veldran Composite closing 3 percent lower.\n"
        "Several lenders reported losses. On Tuesday, markets had been calm. "
        "The Ostmark 40 fell 1.5 percent.")
    assert move_dates(nlp, text).get("ostmark-40") != "2025-03-12"


def test_lead_day_after_a_summary_paragraph_with_a_market_tumble(nlp):
    text = SUMMARY + (
        "Markets in Halvik tumbled Wednesday as the Veldran Composite shed 4 percent.\n"
        "Analysts blamed worries about the banks. Several lenders reported losses. Traders expect more selling. "
        "Some funds moved into bonds.\n"
        "The Ostmark 40 slid 2 percent.")
    assert move_dates(nlp, text).get("ostmark-40") == "2025-03-12"
