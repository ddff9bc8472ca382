"""Meeting hosts, round 12: "Peruvian President X met with Chilean President Y in Santiago": the
side at home where the meeting takes place (the place is its country or its country's capital,
and the person's own phrase ties them to that country by a nationality word or a possessive)
hosts (chairs) the meeting, and the side from elsewhere attends, whoever is the subject of "met".
Near-misses keep the subject as chair: the subject is at home, neither side's country is
written, or the meeting place is in a third country.

Sentences and names written for these tests (fictional people; real countries and capitals).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_P, _PL = "Person", "Place"
ENTITIES = [("Ana Sousa", _P), ("Ivo Petrak", _P), ("Santiago", _PL), ("Lima", _PL), ("Chile", _PL),
            ("Peru", _PL), ("Madrid", _PL)]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {table.get(p.entity).name: p.role for e in evs if e.type == "Meeting" for p in e.participants}


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Sousa met with Chilean President Ivo Petrak in Santiago on Monday.",
    "Peru's Prime Minister Ana Sousa met Chilean leader Ivo Petrak in Chile to discuss copper exports.",
    "On a visit, Peruvian Foreign Minister Ana Sousa met on Friday with Chile's President Ivo Petrak in Santiago.",
])
def test_the_side_at_home_hosts_the_meeting(nlp, text):
    found = roles(nlp, text)
    assert found.get("Ivo Petrak") == "chair", found
    assert found.get("Ana Sousa") == "attendee", found


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Sousa met with Chilean President Ivo Petrak in Lima on Monday.",
    "President Ana Sousa met with President Ivo Petrak in Santiago on Monday.",
    "Peruvian President Ana Sousa met with Chilean President Ivo Petrak in Madrid on Monday.",
])
def test_otherwise_the_subject_of_met_chairs(nlp, text):
    found = roles(nlp, text)
    assert found.get("Ana Sousa") == "chair", found
    assert found.get("Ivo Petrak") == "attendee", found
