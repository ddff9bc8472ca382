"""Round 21, from probe articles opened for study; sentences written for these tests.

In a story of one summit, the heads of state and government it says spoke are at it: "Leaders of
the Group of Seven met in Hiroshima ... Canadian Prime Minister X said the talks were useful." A
person with no such title (an economist, a spokesman) is not taken to be there, nor is anyone in a
story that tells no summit.
"""

from __future__ import annotations

import pytest

SUMMIT = "Leaders of the Group of Seven held a summit in Hiroshima on Saturday. "


@pytest.mark.parametrize("text, leader", [
    (SUMMIT + "Canadian Prime Minister Ivo Sand said the talks had been useful.", "Ivo Sand"),
    (SUMMIT + "French President Ana Ruiz told reporters that the group agreed on Ukraine.", "Ana Ruiz"),
    ("The African Union summit opened in Addis Ababa on Sunday. Kenyan President Tom Hale said Africa needed "
     "more trade.", "Tom Hale"),
])
def test_a_leader_heard_in_a_summit_story_attends(read_events, text, leader):
    found = read_events(text)
    assert ("Meeting", leader, "attendee") in found or ("Meeting", leader, "chair") in found, found


@pytest.mark.parametrize("text, person", [
    (SUMMIT + "Economist Mark Dune said the talks had been useful.", "Mark Dune"),
    ("Canadian Prime Minister Ivo Sand said the budget would balance. Orvel Corp. shares rose 3 percent.",
     "Ivo Sand"),
    (SUMMIT + "Former French President Ana Ruiz said the group had lost its way.", "Ana Ruiz"),
])
def test_no_attendee_without_a_leaders_title_or_a_summit(read_events, text, person):
    found = read_events(text)
    assert ("Meeting", person, "attendee") not in found, found
