"""Greeting a guest is hosting them, as welcoming is: "X greeted Y at the palace", "Y was greeted
by X", "X personally greeted Y" (a Meeting: X chairs, Y attends); greeting news, a
deal or a crowd is no meeting (kg.extract.events.HOST_VERBS)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, host, guest", [
    ("Shinzo Abe greeted Narendra Modi at the Akasaka Palace on Saturday.", "Shinzo Abe", "Narendra Modi"),
    ("Jacinda Ardern was greeted by Scott Morrison at the airport in Sydney.", "Scott Morrison", "Jacinda Ardern"),
    ("Cyril Ramaphosa personally greeted Olaf Scholz in Pretoria on Monday.", "Cyril Ramaphosa", "Olaf Scholz"),
])
def test_a_guest_greeted_attends_a_meeting_the_greeter_chairs(tmp_path, text, host, guest):
    events = event_parts(tmp_path, text, "Meeting")
    assert any(("attendee", guest) in {(r, n) for n, r in e} and any(r == "chair" and host in n for n, r in e)
               for e in events)


@pytest.mark.parametrize("text", [
    "Investors greeted Halvard Bank's results with relief on Tuesday.",
    "Shinzo Abe greeted the trade agreement as a step forward.",
])
def test_greeting_news_or_a_deal_is_no_meeting(tmp_path, text):
    assert event_parts(tmp_path, text, "Meeting") == []
