"""Two meeting constructions, round 17. Sentences written for these tests; the people invented.

- "X and other top officials met": a named member with an unnamed group holds a meeting (X
  attends), as "the leaders met" does.
- "X and Y met and signed deals in Z": the verb joined to the meeting tells the same visit's place.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person", [
    ("Norway's Prime Minister Ada Lind and other top officials met on Monday to discuss the budget.", "Ada Lind"),
    ("Chile's President Tomas Reiner and senior ministers met for two days to plan the reforms.", "Tomas Reiner"),
    ("Peru's President Ines Varga and other regional leaders met last week to discuss water rights.", "Ines Varga"),
])
def test_a_named_person_and_an_unnamed_group_meet(read_events, text, person):
    found = read_events(text)
    assert ("Meeting", person, "attendee") in found, found


def test_a_person_alone_does_not_meet_a_target(read_events):
    found = read_events("Norway's Prime Minister Ada Lind met her deficit target last year.")
    assert not any(kind == "Meeting" for kind, _, _ in found), found


@pytest.mark.parametrize("text, place", [
    ("Norway's Prime Minister Ada Lind and Peru's President Ines Varga met and signed trade agreements in "
     "Lima on Wednesday.", "Lima"),
    ("Chile's President Tomas Reiner met Peru's President Ines Varga and signed a water pact in Arica.", "Arica"),
    ("Chile's President Tomas Reiner met Peru's President Ines Varga on Monday and opened a new bridge in "
     "Tacna.", "Tacna"),
])
def test_a_verb_joined_to_the_meeting_places_it(read_events, text, place):
    found = read_events(text)
    assert ("Meeting", place, "location") in found, found
