"""The country written after a town ("in Vienna, Austria") places what happens there; the parser
may read it as the subject of the clause after it, and the learned reader then made it act,
round 17. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("Oil ministers from eleven member nations met in Vienna, Austria to approve the cut.", "Austria"),
    ("Trade ministers gathered in Geneva, Switzerland to approve the new rules.", "Switzerland"),
    ("Central bankers met in Basel, Switzerland to announce tighter capital rules.", "Switzerland"),
])
def test_the_country_after_a_town_does_not_act(read_events, text, country):
    found = read_events(text)
    assert not any(who == country and role in ("actor", "target", "chair", "attendee") for _, who, role in found), found


def test_a_country_named_on_its_own_may_act(read_events):
    found = read_events("On Monday Austria announced a new tax on banks.")
    assert ("PolicyAnnouncement", "Austria", "actor") in found, found
