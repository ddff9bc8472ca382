"""A weak regulatory noun read by the learned reader, round 14 (kg.extract.events._learned, WEAK_REG_NOUNS).

"the government took a series of measures to soften the blow of new tariffs", "the bank
pressed ahead with easing measures": a weak noun ("measures", "order", "case", "action") is an
authority's action only against someone, as the patterns already read it (kg.extract.events._regulatory).
The learned role reader gave such a noun its actor alone and made a RegulatoryAction of a
government's relief or a central bank's easing; with no target it now gives none. A weak noun
with its target ("took measures against X", "imposed measures on X", "the Commission's order"
about a named firm) is still an action.

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("This month the Korvath government took a series of measures to soften the blow of the new tariffs.",
     "Korvath government"),
    ("The Veltrian cabinet has taken various measures to shield exporters from the new duties.", "Veltrian cabinet"),
    ("The Brennick government has taken a series of measures to support small firms hit by the new tariffs.",
     "Brennick government"),
])
def test_measures_without_a_target_are_no_action(read_events, text, body):
    assert not any(t == "RegulatoryAction" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, body, party", [
    ("The Marlow Securities Commission took measures against Kestrel Capital on Monday.",
     "Marlow Securities Commission", "Kestrel Capital"),
    ("The Kelso Financial Supervisory Authority imposed measures on Brightwater Bank last week.",
     "Kelso Financial Supervisory Authority", "Brightwater Bank"),
    ("According to the Veldor Trading Commission's order, Norwell Capital sold shares without registering them.",
     "Veldor Trading Commission", "Norwell Capital"),
])
def test_a_weak_noun_with_its_target_is_still_an_action(read_events, text, body, party):
    got = read_events(text)
    assert ("RegulatoryAction", body, "actor") in got
    assert ("RegulatoryAction", party, "target") in got
