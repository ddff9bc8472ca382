"""Meetings in paraphrase, round 13: a meeting a person holds, a phone call, talks between countries.

- "X held (convened, chaired) a meeting", "X is due to hold an urgent Cabinet meeting", "X convened
  a meeting of the Security Council": the person who holds the meeting chairs it, even with no other
  party named (kg.extract.events._meeting_holders; a body holding a meeting nowhere named is still no
  event). A body named as the meeting's owner does not chair the meeting a person holds: "a meeting
  of the Council" attends it, "a Cabinet meeting" (the kind of meeting) is left out. Not: a meeting
  cancelled, called off, not held or only advised ("should hold"), "hold" in another sense ("held
  the record", "held a majority", "held onto power").
- a phone call is a meeting at a distance (see the tests below).
- two countries are the two sides of talks they hold (see the tests below).
Phrasings written for these tests (fictional names; no sentence comes from an article).
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


# A call is a meeting at a distance (kg.extract.events._phone_call, _phoned): "X and Y spoke by
# phone" (both sides attend), "X spoke with Y by phone" (the phrase hung on Y), "X phoned
# (telephoned, called) Y" (X chairs, Y attends), "X had a phone conversation with Y", "in a
# telephone conversation, X and Y discussed ...". Not: "called Y a liar / the best partner /
# dishonest" (what Y is called), "called for Y to resign", a call not made ("has not phoned",
# "will call"), talking to reporters by phone.
@pytest.mark.parametrize("text", [
    "Valdorian President Ilse Brennan and Norvanian Prime Minister Tomas Varga spoke by phone on Tuesday.",
    "Ilse Brennan and Tomas Varga, the Norvanian prime minister, spoke on the phone on Tuesday and agreed to keep "
    "talking.",
    "The two leaders, President Ilse Brennan and Prime Minister Tomas Varga, talked by telephone on Tuesday.",
    "Valdorian President Ilse Brennan spoke with Norvanian Prime Minister Tomas Varga by phone on Tuesday.",
    "Valdorian President Ilse Brennan phoned Norvanian Prime Minister Tomas Varga on Tuesday about the dispute.",
    "President Ilse Brennan called Prime Minister Tomas Varga on Tuesday to discuss the border dispute.",
    "Valdorian President Ilse Brennan telephoned Norvanian Prime Minister Tomas Varga on Tuesday.",
    "Valdorian President Ilse Brennan had a phone conversation with Norvanian Prime Minister Tomas Varga on Tuesday.",
    "In a telephone conversation on Tuesday, President Ilse Brennan and Prime Minister Tomas Varga discussed the "
    "tariff dispute.",
])
def test_a_phone_call_is_a_meeting(read_events, text):
    got = read_events(text)
    assert {name for t, name, _ in got if t == "Meeting"} >= {"Ilse Brennan", "Tomas Varga"}


@pytest.mark.parametrize("text", [
    "Valdorian President Ilse Brennan called Norvanian Prime Minister Tomas Varga's remarks a disgrace.",
    "Valdorian President Ilse Brennan called Norvanian Prime Minister Tomas Varga the best partner her country had.",
    "Valdorian President Ilse Brennan called Norvanian Prime Minister Tomas Varga dishonest.",
    "Valdorian President Ilse Brennan called Norvanian Prime Minister Tomas Varga a traitor to his party.",
    "Valdorian President Ilse Brennan will call Norvanian Prime Minister Tomas Varga next week.",
    "Valdorian President Ilse Brennan has not phoned Norvanian Prime Minister Tomas Varga since the election.",
    "Valdorian President Ilse Brennan called for Norvanian Prime Minister Tomas Varga to resign.",
    "Valdorian President Ilse Brennan and Norvanian Prime Minister Tomas Varga spoke to reporters by phone on Tuesday.",
    "Valdorian President Ilse Brennan, speaking by phone, said Norvanian Prime Minister Tomas Varga was wrong.",
])
def test_no_call_between_them(read_events, text):
    got = read_events(text)
    assert not {"Ilse Brennan", "Tomas Varga"} <= {name for t, name, _ in got if t == "Meeting"}


# Two countries are the two sides of talks they hold (kg.extract.events._meeting_noun, SIDE_TALK_NOUNS):
# "X and Y held talks", "X held talks with Y", "X and Y wrapped up three days of talks", "X and Y
# resumed negotiations", "Xian and Yian negotiators held talks" (countries the article names). Not:
# talks refused, planned ("will hold"), only possible ("could hold") or not held; nor the place
# the talks were held in.
@pytest.mark.parametrize("text", [
    "Varnia and Kaldonia held talks in Kelso on Monday.",
    "Varnia held talks with Kaldonia in Kelso on Monday.",
    "Varnia and Kaldonia wrapped up three days of talks in Kelso on Monday.",
    "Varnia and Kaldonia ended their latest round of talks on Monday without a deal.",
    "Varnia and Kaldonia resumed trade negotiations in Kelso on Monday.",
    "Varnia and Kaldonia have quarrelled over steel for years. Varnian and Kaldonian negotiators held talks in "
    "Kelso on Monday.",
])
def test_two_countries_are_the_sides_of_talks(read_events, text):
    got = read_events(text)
    sides = {name for t, name, _ in got if t == "Meeting"}
    assert {"Varnia", "Kaldonia"} <= sides
    assert "Kelso" not in {name for t, name, role in got if t == "Meeting" and role != "location"}


@pytest.mark.parametrize("text", [
    "Varnia refused to hold talks with Kaldonia on Monday.",
    "Varnia declined to hold talks with Kaldonia on Monday.",
    "Varnia and Kaldonia will hold talks in Kelso next month.",
    "Varnia and Kaldonia could hold talks in Kelso next month.",
    "Varnia and Kaldonia did not hold talks in Kelso on Monday.",
])
def test_no_talks_between_the_countries(read_events, text):
    got = read_events(text)
    assert not {"Varnia", "Kaldonia"} <= {name for t, name, _ in got if t == "Meeting"}
