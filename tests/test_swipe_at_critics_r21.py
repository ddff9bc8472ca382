"""Round 21, from a probe article opened for study; sentences written for these tests.

"X took a swipe at critics of the China-Africa relationship": a critique aimed at unnamed critics
(or opponents, detractors, sceptics) of something aims at them, not at what they criticise.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, bystander", [
    ("Zimbabwe's President Ana Ruiz took a swipe at critics of the China-Africa relationship.", "Africa"),
    ("Prime Minister Ivo Sand took a jab at opponents of the Canada-Mexico trade pact on Monday.", "Mexico"),
    ("Senator Tom Hale launched an attack on detractors of Orvel Corp. during the hearing.", "Orvel Corp."),
])
def test_a_critique_of_critics_does_not_aim_at_what_they_criticise(read_events, text, bystander):
    found = read_events(text)
    assert ("Criticism", bystander, "target") not in found, found


@pytest.mark.parametrize("text, critic, target", [
    ("Prime Minister Ivo Sand took a swipe at Orvel Corp. on Monday.", "Ivo Sand", "Orvel Corp."),
    ("Senator Tom Hale launched a scathing attack on Brenta Holdings during the hearing.", "Tom Hale",
     "Brenta Holdings"),
])
def test_a_critique_of_a_named_party_still_aims_at_it(read_events, text, critic, target):
    found = read_events(text)
    assert ("Criticism", critic, "actor") in found, found
    assert ("Criticism", target, "target") in found, found
