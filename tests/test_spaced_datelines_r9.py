"""A reprinted dateline in title case set off by a spaced dash or colon ("Port Halvik - Shares
fell ...", "Rostova : Stocks rose ...") says where the story was filed: the place named only there
is no party to the events of the lead. Found on fresh reprinted market reports, where the filing
city became the subject of the day's move. Phrasings written for these tests, with negatives (a
place that is a party, a speaker's line)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Port Halvik", "Place"), ("Rostova", "Place"), ("Veldran Composite", "MarketIndex")]


def parties(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {p.entity.split("/")[1] for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "Rostova - Stocks tumbled on Tuesday, with the Veldran Composite losing 2 percent.",
    "Port Halvik - Stocks rose on Tuesday, with the Veldran Composite adding 2 percent.",
    "Port Halvik - Shares fell 2 percent on Tuesday as the Veldran Composite hit a low.",
])
def test_place_of_a_spaced_dateline_is_no_party(nlp, text):
    found = parties(nlp, text)
    assert "veldran-composite" in found
    assert not found & {"port-halvik", "rostova"}


def test_place_in_the_sentence_is_still_a_party(nlp):
    assert "rostova" in parties(nlp, "Stocks in Rostova fell 3 percent on Tuesday.")
