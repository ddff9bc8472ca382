"""Round 23; sentences written for these tests.

A seat of government named by its building is where a meeting is held: "met with X at the White
House", "received X at the Kremlin", "will welcome X to the White House" (also with "at" hung on
the guest, or "to" read as a dative by the small parser). A body met at its offices ("at the
Treasury") is no venue.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _meetings(tmp_path, text):
    return event_parts(tmp_path, text, "Meeting")


@pytest.mark.parametrize("text, venue", [
    ("President Donald Trump met with Chinese Vice Premier Liu He at the White House on Friday.", "White House"),
    ("President Putin met the Turkish president Recep Erdogan at the Kremlin on Monday.", "Kremlin"),
    ("President Barack Obama will welcome Prime Minister Singh to the White House on Tuesday.", "White House"),
])
def test_a_seat_of_government_is_a_meetings_venue(tmp_path, text, venue):
    meetings = _meetings(tmp_path, text)
    assert any((venue, "location") in m for m in meetings), meetings


def test_a_body_met_at_its_offices_is_no_venue(tmp_path):
    meetings = _meetings(tmp_path, "Finance Minister Ann Hale met Tom Reyes at the Treasury on Monday.")
    assert not any(r == "location" for m in meetings for _, r in m), meetings
