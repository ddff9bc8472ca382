"""A meeting that is the purpose of a trip: "X is in Lisbon to meet with Y", "X flew to Oslo on
Monday to meet Y", "X visited Porto to meet Y". The one who travelled is a guest (attendee), not the
host; the trip's end is where the meeting is; a host at home there chairs ("travelled to Oslo to
meet the Norwegian prime minister"). A plain "X met Y" keeps X in the chair. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def meetings(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return [{(names.get(p.entity), p.role) for p in e.participants} for e in facts.events if e.type == "Meeting"]


@pytest.mark.parametrize("text, place", [
    ("Estlandic Finance Minister Ana Sousa is in Lisbon to meet with central bank governor Tor Vik.", "Lisbon"),
    ("Estlandic Finance Minister Ana Sousa flew to Lisbon on Monday to meet central bank governor Tor Vik.", "Lisbon"),
    ("Estlandic Finance Minister Ana Sousa arrived in Porto on Tuesday to meet with central bank governor "
     "Tor Vik and other officials.", "Porto"),
    ("Estlandic Finance Minister Ana Sousa visited Lisbon to meet central bank governor Tor Vik.", "Lisbon"),
])
def test_who_travelled_to_meet_is_a_guest(nlp, text, place):
    found = meetings(nlp, text)
    assert any({("Ana Sousa", "attendee"), ("Tor Vik", "attendee"), (place, "location")} <= m for m in found), found
    assert not any(("Ana Sousa", "chair") in m for m in found), found


@pytest.mark.parametrize("text", [
    "Portuguese Finance Minister Ana Sousa travelled to Oslo to meet Norwegian Prime Minister Tor Vik.",
    "Portuguese Finance Minister Ana Sousa is in Oslo to meet with Norwegian Prime Minister Tor Vik and other officials.",
])
def test_the_host_at_home_chairs(nlp, text):
    found = meetings(nlp, text)
    assert any({("Ana Sousa", "attendee"), ("Tor Vik", "chair"), ("Oslo", "location")} <= m for m in found), found


@pytest.mark.parametrize("text", [
    # no trip: the subject who meets keeps the chair
    "Estlandic Finance Minister Ana Sousa met central bank governor Tor Vik in Lisbon on Monday.",
    "Estlandic Finance Minister Ana Sousa met with central bank governor Tor Vik at her office.",
])
def test_a_plain_meeting_keeps_its_chair(nlp, text):
    found = meetings(nlp, text)
    assert any(("Ana Sousa", "chair") in m for m in found), found


def test_a_trip_to_meet_a_deadline_is_no_meeting(nlp):
    assert meetings(nlp, "Estlandic Finance Minister Ana Sousa went to court in Lisbon to meet the deadline.") == []
