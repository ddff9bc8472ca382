"""Round 24; sentences written for these tests.

A visit to a country ("made a state visit to Japan", "a team from the IMF completed a two-day
visit to Argentina", "during a state visit to China", "X's visit to Kenya") is a meeting the
visitor attends in that country, a body visiting as a guest too; the talks held during it are an
event of their own, and the one-meeting story still dates and places them. A visit only planned,
or to a firm's plant, is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, visitor, country", [
    ("Chancellor Olaf Brandt made a state visit to Japan on Wednesday.", "Olaf Brandt", "Japan"),
    ("A team from the International Monetary Fund completed a two-day visit to Argentina this week.",
     "International Monetary Fund", "Argentina"),
    ("President Rodrigo Duterte made the declaration Thursday during a state visit to China.",
     "Rodrigo Duterte", "China"),
    ("President Ana Costa's visit to Kenya ended on Friday.", "Ana Costa", "Kenya"),
])
def test_the_visitor_attends_a_meeting_in_the_country(tmp_path, text, visitor, country):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(visitor, "attendee"), (country, "location")} <= m for m in meetings), meetings


@pytest.mark.parametrize("text", [
    "President Ana Costa will pay a visit to Kenya next month.",
    "Chancellor Olaf Brandt made a visit to the Siemens plant on Monday.",
])
def test_a_planned_visit_or_one_to_a_plant_is_no_meeting(tmp_path, text):
    assert event_parts(tmp_path, text, "Meeting") == []


def test_the_talks_during_the_visit_keep_their_own_place_and_day(tmp_path):
    text = ("Foreign ministers Anna Lind and Pavel Orlov held talks on Tuesday at the resort of Sochi. "
            "It is Lind's first visit to Russia as foreign minister.")
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({("Pavel Orlov", "attendee"), ("Sochi", "location")} <= m or
               {("Anna Lind", "attendee"), ("Sochi", "location")} <= m for m in meetings), meetings
    assert any({("Anna Lind", "attendee"), ("Russia", "location")} <= m for m in meetings), meetings
