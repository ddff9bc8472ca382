"""Taking office, round 12: who swears a holder in and where.

- "X was sworn in by Chief Justice Y": Y, who administers the oath, acts in the event (Other);
- "Chief Justice Y administered the oath of office to X": the same event told from Y's side (Y
  acts, X takes office);
- "sworn in at X Square in Y", "took the oath of office at the Z Palace in Y", "took office on
  Monday in Y": a named venue and the town an "in" phrase gives are its locations.
Near-misses: an oath administered to no one named still needs its administrator, and "took the
oath" with no place has no location; "administered the vaccine" is no swearing-in.

Sentences and names written for these tests (fictional people and places).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_P, _PL = "Person", "Place"
ENTITIES = [("Ana Sousa", _P), ("Ivo Petrak", _P), ("Nella Grant", _P), ("Liberty Square", _PL),
            ("Port Tarn", _PL), ("Corvane Palace", _PL)]


def triples(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "President Ana Sousa was sworn in by Chief Justice Ivo Petrak on Monday.",
    "Chief Justice Ivo Petrak administered the oath of office to President Ana Sousa on Monday.",
    "On Monday Judge Ivo Petrak administered the presidential oath to Ana Sousa before a large crowd.",
])
def test_who_swears_a_holder_in_acts(nlp, text):
    found = triples(nlp, text)
    assert ("Other", "Ivo Petrak", "actor") in found, found
    assert ("Other", "Ana Sousa", "subject") in found, found


@pytest.mark.parametrize("text, places", [
    ("President Ana Sousa was sworn in by Chief Justice Ivo Petrak at Liberty Square in Port Tarn on Monday.",
     {"Liberty Square", "Port Tarn"}),
    ("President Ana Sousa and her deputy Nella Grant took the oath of office at Corvane Palace in Port Tarn.",
     {"Corvane Palace", "Port Tarn"}),
    ("President Ana Sousa took office on Monday in Port Tarn after a long count.", {"Port Tarn"}),
])
def test_where_an_office_is_taken(nlp, text, places):
    found = triples(nlp, text)
    assert ("Other", "Ana Sousa", "subject") in found, found
    assert {k for t, k, r in found if r == "location"} == places, found


def test_an_oath_with_no_place_has_no_location(nlp):
    found = triples(nlp, "President Ana Sousa took the oath of office on Monday.")
    assert ("Other", "Ana Sousa", "subject") in found, found
    assert not {t for t in found if t[2] == "location"}, found


def test_a_vaccine_administered_is_no_swearing_in(nlp):
    found = triples(nlp, "Doctor Ivo Petrak administered the vaccine to Ana Sousa in Port Tarn on Monday.")
    assert not {t for t in found if t[0] == "Other"}, found
