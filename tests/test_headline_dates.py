"""Dates of headline and lead events now that a line break ends a sentence: the rules count the
writer's sentences (the headline, then the body's), not the parser's, and a dateline's date dates
no event. Articles written for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from kg.extract.dates import body_units, dateline_cues
from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2024, 10, 17)


def events(nlp, text, entities, published=THURSDAY):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return extract_events(doc, table, Article(id="t", text=text, published=published))


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


def targets(event):
    return {p.entity.split("/")[1] for p in event.participants if p.role in ("target", "subject")}


@dataclass
class Part:
    """A sentence as the parser gives it: its text and where it starts."""

    text: str
    start_char: int


def parts(text: str, cuts: list[str]) -> list[Part]:
    """The parser's sentences, cut before each of `cuts` (strings that start a part)."""
    starts = sorted({0, *(text.index(c) for c in cuts)})
    return [Part(text[a:b], a) for a, b in zip(starts, starts[1:] + [len(text)])]


@pytest.mark.parametrize("text, cuts, units", [
    # the parser cuts after "Inc." and before the bracket: one sentence of the writer
    ("Harbor Regulator Fines Tarn\nThe regulator fined Tarn Shipping Inc. (Tarn) for late filings. Tarn will pay.\n",
     ["The regulator", "(Tarn)", "Tarn will"], [0, 1, 1, 2]),
    # a part after a colon, in lower case, continues its sentence; a new line starts one
    ("Budget Passes\nThe vote was close: lawmakers passed it 51 to 49.\nThe mayor signed it.\n",
     ["The vote", "lawmakers", "The mayor"], [0, 1, 1, 2]),
    # a part after one with no full stop continues it, unless a paragraph ends there
    ("Rates Cut\nThe bank cut rates, its governor said\nShares rose, traders said Ms Lund Said It Again. Bonds fell.\n",
     ["The bank", "Shares", "Ms Lund", "Bonds"], [0, 1, 2, 2, 3]),
    # a headline cut by the parser is one unit (no full stop ends its first part)
    ("Stocks Slide As Bonds Rally In Lisbon\nThe index fell 2%.\n", ["Bonds Rally", "The index"], [0, 0, 1]),
    # a text without a headline: its body starts at once
    ("Stocks slid. Bonds rallied. The index fell 2%.", ["Bonds", "The index"], [1, 2, 3]),
    ("Stocks slid on Monday.\nBonds rallied.\n", ["Bonds"], [1, 2]),
])
def test_body_units_count_the_writers_sentences(text, cuts, units):
    assert body_units(parts(text, cuts), text) == units


def test_body_units_of_a_parse(nlp):
    text = "Harbor Regulator Fines Tarn\nThe regulator fined Tarn.\nTarn will pay. It had warned.\n"
    sents = list(nlp(text).sents)
    assert body_units(sents, text) == [0, 1, 2, 3]


@pytest.mark.parametrize("text", [
    "Port Authority Fines Corvo Freight\nThe port authority fined Corvo Freight on Tuesday for unsafe loading.\n",
    "Port Authority Penalises Corvo Freight Over Loading\nOn Tuesday the port authority imposed a fine on Corvo "
    "Freight for unsafe loading.\n",
    "Corvo Freight Fined\nCorvo Freight was fined by the port authority on Tuesday, the authority said in a "
    "statement.\n",
])
def test_a_headline_event_takes_the_day_its_lead_names(nlp, text):
    evs = events(nlp, text, [("Port Authority", "GovernmentBody"), ("Corvo Freight", "Company")])
    fines = [e for e in of_type(evs, "RegulatoryAction") if "corvo-freight" in targets(e)]
    assert fines and all(e.date == "2024-10-15" for e in fines)


@pytest.mark.parametrize("text", [
    # the second sentence of the lead, the parser cutting the first after "Inc."
    "Lumen Bank Exits Deal\nLumen Bank said it had ended talks to buy Corvo Freight Inc. (Corvo) for $2 billion. "
    "The port authority had fined Corvo Freight for unsafe loading.\n",
    "Lumen Bank Exits Deal\nLumen Bank walked away from its plan to buy Corvo Freight. The port authority had "
    "fined Corvo Freight over unsafe loading.\n",
    "Lumen Bank Drops Bid\nLumen Bank dropped its bid for Corvo Freight, citing costs. Separately, the port "
    "authority fined Corvo Freight for unsafe loading.\n",
])
def test_an_undated_event_of_the_lead_takes_the_publication_date(nlp, text):
    evs = events(nlp, text, [("Port Authority", "GovernmentBody"), ("Corvo Freight", "Company"),
                             ("Lumen Bank", "Company")])
    fines = [e for e in of_type(evs, "RegulatoryAction") if "corvo-freight" in targets(e)]
    assert fines and all(e.date == THURSDAY.isoformat() for e in fines)


def test_an_undated_event_after_the_lead_takes_no_date(nlp):
    text = ("Lumen Bank Exits Deal\nLumen Bank walked away from its plan to buy a rival.\nAnalysts had expected "
            "the move.\nThe shares were calm.\nThe port authority had fined Corvo Freight over unsafe loading.\n")
    evs = events(nlp, text, [("Port Authority", "GovernmentBody"), ("Corvo Freight", "Company"),
                             ("Lumen Bank", "Company")])
    fines = [e for e in of_type(evs, "RegulatoryAction") if "corvo-freight" in targets(e)]
    assert fines and all(e.date is None for e in fines)


@pytest.mark.parametrize("text, filed", [
    ("Bank Cuts Rates\nPORTO, Oct 16 (Tagus Wire) - The Douro Central Bank cut its main rate on Thursday.\n",
     "2024-10-16"),
    ("Bank Cuts Rates\nPorto, October 16, 2024 (TW) - The Douro Central Bank on Thursday lowered its main rate.\n",
     "2024-10-16"),
    ("Bank Cuts Rates\nPORTO, 16 October 2024 -- The Douro Central Bank cut its main rate by a quarter point "
     "on Thursday.\n", "2024-10-16"),
])
def test_a_datelines_date_dates_no_event(nlp, text, filed):
    assert [c.iso for c in dateline_cues(text, THURSDAY)] == [filed]
    evs = events(nlp, text, [("Douro Central Bank", "GovernmentBody")])
    cuts = of_type(evs, "PolicyAnnouncement")
    assert cuts and all(e.date == "2024-10-17" for e in cuts)


@pytest.mark.parametrize("text", [
    "Stocks rose on March 4 - a Monday - as banks gained.",
    "The bank said on May 2 - its third statement - that rates would hold.",
    "Shares Fell 3% on May 2\nTraders sold.",
])
def test_a_date_inside_a_sentence_is_no_dateline(text):
    assert dateline_cues(text, THURSDAY) == []
