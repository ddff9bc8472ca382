"""Round 18: a town that names a gathering does not act, and a holder's surname after a title's
field stays with the holder. Sentences written for these tests, every person invented.

- "The Geneva summit will adopt an action plan", "The Oslo conference approved a budget": the town
  only says where; a body that meets there ("the summit of the G20") may act.
- "... said Assistant Secretary of Commerce for Export Administration Thea D. Rozman Kendler": the last
  surname the model left outside the name is the holder's.
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, town", [
    ("The Geneva summit will adopt an action plan on Saturday, officials said.", "Geneva"),
    ("The Oslo conference approved a budget on Monday.", "Oslo"),
    ("The Lima talks produced a new agreement on Friday, diplomats said.", "Lima"),
])
def test_a_town_naming_a_gathering_does_not_act(read_events, text, town):
    found = read_events(text)
    assert not any(name == town and role == "actor" for _, name, role in found), found


def test_the_body_that_meets_may_act(read_events):
    found = read_events("The Washington summit of the Group of 20 will adopt an action plan on Saturday.")
    assert ("PolicyAnnouncement", "Group of 20", "actor") in found, found


@pytest.mark.parametrize("text, person", [
    ("“We will act,” said Assistant Secretary of Commerce for Export Administration Thea D. Rozman Kendler.",
     "Thea D. Rozman Kendler"),
    ("“We will not wait,” said Assistant Secretary of Commerce for Export Administration Maria L. Santos Ferreira.",
     "Maria L. Santos Ferreira"),
    ("“The rules are clear,” said Under Secretary of Commerce for Industry and Security Tom J. Reed Vance.",
     "Tom J. Reed Vance"),
])
def test_a_holders_last_surname_after_a_titles_field_is_the_holders(nlp, text, person):
    types = entity_types(nlp, text)
    assert types.get(person) == "Person", types
