"""Meeting places, round 12: the small parser often hangs a meeting's "in PLACE" phrase not on the
meeting verb but on the guest ("X met with Y in C") or on the span of time the meeting lasts or
falls on ("the board met for three days in C", "X met on Friday in C"); the phrase still places
the meeting. Near-misses: a place that takes part is no venue, and an "in" phrase on a thing
(not a guest, not a time) places nothing.

Sentences and names written for these tests (fictional people and bodies).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_G, _P, _PL = "GovernmentBody", "Person", "Place"
ENTITIES = [("Rates Board", _G), ("Ana Sousa", _P), ("Ivo Petrak", _P), ("Nella Grant", _P),
            ("Port Tarn", _PL), ("Varnia", _PL), ("Estland", _PL)]


def triples(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text, place", [
    ("Trade envoy Ana Sousa met on Friday with Finance Minister Ivo Petrak in Port Tarn.", "Port Tarn"),
    ("Ana Sousa met with her counterpart Ivo Petrak in Varnia, officials said.", "Varnia"),
    ("Ana Sousa met Ivo Petrak on Thursday in Port Tarn, aides said.", "Port Tarn"),
])
def test_an_in_phrase_on_the_guest_or_the_day_places_the_meeting(nlp, text, place):
    found = triples(nlp, text)
    assert ("Meeting", "Ivo Petrak", "attendee") in found, found
    assert ("Meeting", place, "location") in found, found


def test_an_in_phrase_on_a_span_of_time_places_a_bodys_meeting(nlp):
    found = triples(nlp, "The Rates Board met for three days in Port Tarn before it left rates alone.")
    assert ("Meeting", "Rates Board", "chair") in found, found
    assert ("Meeting", "Port Tarn", "location") in found, found


@pytest.mark.parametrize("text", [
    "Ana Sousa met with Ivo Petrak to discuss the stake in Varnia's mining firm.",
    "Ana Sousa met with Ivo Petrak about investments in Estland.",
])
def test_an_in_phrase_on_a_thing_places_nothing(nlp, text):
    found = triples(nlp, text)
    assert ("Meeting", "Ivo Petrak", "attendee") in found, found
    assert not {t for t in found if t[2] == "location"}, found
