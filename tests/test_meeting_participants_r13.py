"""Meetings in paraphrase, round 13: a meeting a person holds.

"X held (convened, chaired) a meeting", "X is due to hold an urgent Cabinet meeting", "X convened a
meeting of the Security Council": the person who holds the meeting chairs it, even with no other
party named (kg.extract.events._meeting_holders; a body holding a meeting nowhere named is still no
event). A body named as the meeting's owner does not chair the meeting a person holds: "a meeting of
the Council" attends it, "a Cabinet meeting" (the kind of meeting) is left out. Phrasings written
for these tests (fictional names; no sentence comes from an article), with near-misses: a meeting
cancelled, called off, not held or only advised ("should hold"), and "hold" in another sense ("held
the record", "held a majority", "held onto power").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Valdorian President Ilse Brennan held an emergency cabinet meeting on Tuesday to discuss the floods.",
    "President Ilse Brennan is due to hold an urgent Cabinet meeting at 3 p.m. to weigh a flood response.",
    "Valdorian Prime Minister Ilse Brennan convened a Cabinet meeting that evening to rule on the export order.",
    "Valdorian President Ilse Brennan will hold a special session with her ministers on Friday.",
    "Prime Minister Ilse Brennan held a meeting of the National Security Council on Sunday after the attack.",
    "Prime Minister Ilse Brennan convened an urgent meeting of her economic team on Sunday.",
    "Prime Minister Ilse Brennan is expected to hold a Cabinet meeting on Monday to approve the budget.",
])
def test_who_holds_a_meeting_chairs_it(read_events, text):
    got = read_events(text)
    assert ("Meeting", "Ilse Brennan", "chair") in got
    assert ("Meeting", "Ilse Brennan", "attendee") not in got
    assert not any(role == "chair" for t, name, role in got if t == "Meeting" and name != "Ilse Brennan")


@pytest.mark.parametrize("text", [
    "Valdorian President Ilse Brennan cancelled the cabinet meeting planned for Tuesday.",
    "Valdorian President Ilse Brennan called off the emergency meeting on Tuesday.",
    "Valdorian President Ilse Brennan did not hold a cabinet meeting on Tuesday.",
    "Valdorian President Ilse Brennan held the record for the longest meeting on Tuesday, aides joked.",
    "Valdorian President Ilse Brennan held a majority in the legislature after Tuesday's session.",
    "Valdorian President Ilse Brennan held onto power on Tuesday.",
])
def test_no_meeting_held(read_events, text):
    got = read_events(text)
    assert not any(t == "Meeting" and name == "Ilse Brennan" for t, name, _ in got)
