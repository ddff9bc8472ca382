"""Round 23; sentences written for these tests.

A leader the article has travel to a country is the guest of the leader of that country met there,
even where no nationality word ties the traveller to a country of their own: "Obama flew to Costa
Rica ... In Costa Rica, Obama will meet President Laura Chinchilla": Chinchilla hosts. With no
travel told, the subject of "met" keeps the chair.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _meetings(tmp_path, text):
    return event_parts(tmp_path, text, "Meeting")


@pytest.mark.parametrize("text, host, guest", [
    ("President Obama flew to Costa Rica on Friday. In Costa Rica, Obama will meet President Laura Chinchilla "
     "and other regional leaders.", "Laura Chinchilla", "Barack Obama"),
    ("President Obama is visiting Mexico this week. He met Mexican President Felipe Calderon in Mexico City "
     "on Thursday.", "Felipe Calderón", "Barack Obama"),
    ("Chancellor Angela Merkel traveled to Peru on Monday. In Lima, Merkel met Peruvian President Alan Garcia.",
     "Alan Garcia", "Angela Merkel"),
])
def test_the_traveller_is_the_guest(tmp_path, text, host, guest):
    meetings = _meetings(tmp_path, text)
    assert any({(host, "chair"), (guest, "attendee")} <= m for m in meetings), meetings


def test_with_no_travel_told_the_subject_keeps_the_chair(tmp_path):
    meetings = _meetings(tmp_path, "In Costa Rica, President Obama met Costa Rican President Laura Chinchilla on Friday.")
    assert any(("Barack Obama", "chair") in m for m in meetings), meetings
