"""An official saying what must be done, round 15.

"The finance minister said the country's banks must raise more capital", "X said imported cars
should also be inspected", "the president said lenders need to give the fund time": an official's
reported call for an act (a clause with "should", "must", "ought to", "need to" or "has to") is a
policy stance, and the dev annotators record it as a PolicyAnnouncement by the official (as they do
"X said the government will cut taxes"). Not a forecast ("said the economy should recover", "said
inflation must ease"), a call from someone who holds no office or sits in the opposition, a request to a body
that decides for itself ("said the central bank should lower its rate"), a duty
denied or ruled out ("said the banks should not raise fees"), nor one that hangs on a condition.

Sentences and names written for these tests (fictional people and countries).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("Finance Minister Ilse Marden said the country's banks must raise more capital.", "Ilse Marden"),
    ("Trade Minister Tomas Kerr said on Tuesday that imported cars should also be inspected.", "Tomas Kerr"),
    ("President Halvard Brenning said lenders need to give the new rescue fund time to work.", "Halvard Brenning"),
    ("Economy Minister Ilse Marden told reporters that the state railway ought to be sold.", "Ilse Marden"),
    ("Interior Minister Tomas Kerr said foreign buyers have to register every farm purchase.", "Tomas Kerr"),
])
def test_official_call_is_policy(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)


@pytest.mark.parametrize("text, speaker", [
    # a forecast: what will happen, not what anyone must do
    ("Finance Minister Ilse Marden said the economy should recover next year.", "Ilse Marden"),
    ("Finance Minister Ilse Marden said inflation should ease by the summer.", "Ilse Marden"),
    # no office: an economist's advice is no government's stance
    ("Economist Tomas Kerr said the central bank should cut rates.", "Tomas Kerr"),
    # a request to a body that decides for itself
    ("Prime Minister Tomas Kerr said the central bank should lower its main rate.", "Tomas Kerr"),
    ("Finance Minister Ilse Marden said the Central Bank of Norvania must act quickly.", "Ilse Marden"),
    # the opposition calls on the government; it makes no policy
    ("Opposition leader Tomas Kerr said the government must cut fuel taxes.", "Tomas Kerr"),
    # a duty ruled out, denied, or hung on a condition
    ("Finance Minister Ilse Marden said the banks should not raise their fees.", "Ilse Marden"),
    ("Finance Minister Ilse Marden denied that the banks must raise more capital.", "Ilse Marden"),
    ("Finance Minister Ilse Marden said the banks must raise more capital if their losses grow.", "Ilse Marden"),
])
def test_no_call_no_policy(read_events, text, speaker):
    assert ("PolicyAnnouncement", speaker, "actor") not in read_events(text)
