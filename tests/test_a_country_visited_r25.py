"""Round 25; sentences written for these tests.

A visit to a country written with the verb ("X visited Kenya", "when X visits Peru next week") is a
meeting there, as its noun is ("a visit to Kenya"). A visit only planned or asked for, or told of
as what makes someone the first to do it, is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, visitor, country", [
    ("Chinese Foreign Minister Wang Yi visited Kenya on Monday.", "Wang Yi", "Kenya"),
    ("Trade topped the agenda when Indian Prime Minister Narendra Modi visited Egypt in June.", "Narendra Modi",
     "Egypt"),
    ("German Chancellor Olaf Scholz visits Brazil this week to discuss trade.", "Olaf Scholz", "Brazil"),
])
def test_the_visitor_attends_a_meeting_in_the_country(tmp_path, text, visitor, country):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(visitor, "attendee"), (country, "location")} <= m for m in meetings), meetings


@pytest.mark.parametrize("text", [
    "Chinese Foreign Minister Wang Yi plans to visit Kenya next year.",
    "Kenyan President William Ruto urged investors to visit Kenya.",
    "Wang Yi was the first Chinese foreign minister to visit Kenya.",
    "Chinese Foreign Minister Wang Yi did not visit Kenya.",
])
def test_a_visit_not_made_is_no_meeting(tmp_path, text):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert not any(("Kenya", "location") in m for m in meetings), meetings
