"""Round 21, from a probe article opened for study; sentences written for these tests.

"Hosting the summit at Camp David, President X ...": a named place after "at" is where a meeting
took place, as an "in" phrase is; a named venue's own "in" phrase places it too.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("Hosting the summit at the Camp David retreat near Washington, President Ana Ruiz pressed her guests on "
     "trade.", "Camp David"),
    ("President Ana Ruiz hosted the talks at Chequers on Friday with Prime Minister Ivo Sand.", "Chequers"),
    ("President Ana Ruiz held talks with Prime Minister Ivo Sand at the Orchid Hotel in Lima on Monday.", "Lima"),
])
def test_a_named_venue_places_the_meeting(read_events, text, place):
    found = read_events(text)
    assert ("Meeting", place, "location") in found, found


def test_a_place_in_another_phrase_is_no_venue(read_events):
    found = read_events("President Ana Ruiz hosted the talks on Friday with Prime Minister Ivo Sand, a former "
                        "banker at Lisbon.")
    assert ("Meeting", "Lisbon", "location") not in found, found
