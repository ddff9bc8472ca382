"""Talks "with" a group named by a noun take the sides listed after it ("is in talks with its
creditors, including X", "opened negotiations with several buyers, among them Y") as attendees
(kg.extract.events._meeting_noun)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, side, listed", [
    ("Brenna Steel is in talks with its lenders, including Halden Bank.", "Brenna Steel", "Halden Bank"),
    ("The Ostro Group is in negotiations with its creditors, including the Kerrow Bank.", "Ostro Group", "Kerrow Bank"),
    ("Talvis Airlines remains in talks with several investors, including Verma Capital.", "Talvis Airlines",
     "Verma Capital"),
])
def test_sides_listed_after_the_with_noun_attend_the_talks(tmp_path, text, side, listed):
    assert any({(side, "attendee"), (listed, "attendee")} <= m for m in event_parts(tmp_path, text, "Meeting"))


def test_a_list_not_after_the_talks_is_no_side(tmp_path):
    text = "Brenna Steel, whose lenders include Halden Bank, cut its output."
    assert event_parts(tmp_path, text, "Meeting") == []
