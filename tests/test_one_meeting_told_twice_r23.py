"""Round 23; sentences written for these tests.

In a story of one meeting, the meeting is one event however often it is named: the place and day
told with an earlier mention ("the leaders wrapped up their summit in Oslo on Thursday ... X, who
hosted the summit, said"), whose parties are not named there, are the meeting's. A town named after
a resort or city noun is the venue, not the sea or region that qualifies it ("at the Black Sea
resort of Sochi"). A story of two meetings is left alone.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _meetings(tmp_path, text, published="2021-06-11"):
    facts, names = article_facts(tmp_path, text, published=published)
    return [(e.get("date"), {(names[p["entity"]], p["role"]) for p in e["participants"]})
            for e in facts["events"] if e["type"] == "Meeting"]


@pytest.mark.parametrize("text, place", [
    ("Five northern economies wrapped up their summit in Oslo on Thursday. Norwegian Prime Minister Erna Solberg, "
     "who hosted the one-day summit, said trade would grow.", "Oslo"),
    ("The talks in Lisbon ended on Thursday without a deal. Prime Minister Antonio Costa, who hosted the talks, "
     "met President Emmanuel Macron twice.", "Lisbon"),
])
def test_the_place_and_day_told_before_are_the_meetings(tmp_path, text, place):
    meetings = _meetings(tmp_path, text)
    assert len(meetings) == 1, meetings
    date, parts = meetings[0]
    assert (place, "location") in parts and date == "2021-06-10", meetings


def test_the_town_after_a_resort_noun_is_the_venue(tmp_path):
    meetings = _meetings(tmp_path, "Mike Pompeo met Sergey Lavrov on Tuesday at the Black Sea resort of Sochi.")
    assert any(("Sochi", "location") in parts and ("Black Sea", "location") not in parts for _, parts in meetings), meetings


def test_a_story_of_two_meetings_is_left_alone(tmp_path):
    text = ("Ministers held talks in Oslo on Thursday. President Emmanuel Macron met Chancellor Olaf Scholz on "
            "Friday. Prime Minister Antonio Costa met King Felipe on Saturday.")
    meetings = _meetings(tmp_path, text)
    assert not any(("Oslo", "location") in parts for _, parts in meetings), meetings
