"""Round 24; sentences written for these tests.

Talks or a meeting between two leaders that no one is said to hold are hosted by the leader at
home where they take place, the other is the guest; held on neutral ground, both attend. The
"between" phrase is read in its words, the parser sometimes hanging one name on the other.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, host, guest", [
    ("Talks between German Chancellor Olaf Brandt and French President Claire Dumas took place in Paris on "
     "Monday.", "Claire Dumas", "Olaf Brandt"),
    ("A meeting between Japanese Prime Minister Kenji Sato and Indian Prime Minister Ravi Mehta was held in "
     "New Delhi on Monday.", "Ravi Mehta", "Kenji Sato"),
    ("Talks between Spanish Prime Minister Pablo Ruiz and Italian Prime Minister Marco Neri took place in Madrid "
     "on Friday.", "Pablo Ruiz", "Marco Neri"),
])
def test_the_leader_at_home_hosts(tmp_path, text, host, guest):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(host, "chair"), (guest, "attendee")} <= m for m in meetings), meetings


def test_on_neutral_ground_both_attend(tmp_path):
    text = ("Talks between German Chancellor Olaf Brandt and French President Claire Dumas took place in "
            "Brussels on Monday.")
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({("Olaf Brandt", "attendee"), ("Claire Dumas", "attendee")} <= m for m in meetings), meetings
