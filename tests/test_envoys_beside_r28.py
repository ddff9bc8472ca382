"""Unnamed envoys beside the named parties of a meeting stand for where they come from: "X and the
leaders of A and B concluded their summit" (a subject joined to the named one), "X is in talks with
Tarn officials" (the body or country before the envoys' noun) (kg.extract.events._envoys_beside)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, attendees", [
    ("Prime Minister Lena Varga and the leaders of Latvia and Estonia ended their two-day summit in Riga on Friday.",
     {"Lena Varga", "Latvia", "Estonia"}),
    ("Chancellor Otto Brandt is holding talks with European Union officials in Brussels this week.",
     {"Otto Brandt", "European Union"}),
    ("President Ruth Okafor and the finance ministers of Ghana and Togo opened a meeting in Accra on Monday.",
     {"Ruth Okafor", "Ghana", "Togo"}),
])
def test_the_envoys_homes_attend(tmp_path, text, attendees):
    events = event_parts(tmp_path, text, "Meeting")
    assert any(attendees <= {name for name, _ in e} for e in events)


@pytest.mark.parametrize("text, absent", [
    ("President Ruth Okafor met reporters in Accra after officials of Ghana complained.", "Ghana"),
    ("Chancellor Otto Brandt held talks with bankers, and European Union officials later criticised him.",
     "European Union"),
    ("President Ruth Okafor held a meeting with Ghana's leading business leaders on Monday.", "Ghana"),
])
def test_envoys_outside_the_meeting_add_no_one(tmp_path, text, absent):
    events = event_parts(tmp_path, text, "Meeting")
    assert not any(absent in {name for name, _ in e} for e in events)
