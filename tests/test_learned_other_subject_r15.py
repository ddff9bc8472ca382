"""A learned actor that is the subject of another verb while the trigger has its own subject,
round 15 (kg.extract.events._subject_of_another_verb, SUBJECT_ACTS).

The learned role reader made a name the actor of a verb whose subject is someone else: "protest
leaders vowed not to yield until X gives in" (X made to announce a policy: the leaders vow), "X
acted again, cutting the rate that lenders charge one another" (X made to act in a charge: the
lenders charge). On the fresh and study articles it was wrong each time (fresh9 1, p9hold 1).
A name in the trigger's own subject, or one the subject stands for, still acts.

The model is replaced by a reader that makes every candidate an actor, so the tests see only the
checks around it. Every name is invented.
"""

from __future__ import annotations

import pytest

import test_learned_reach_r15

# the learned reader replaced by one that makes every candidate an actor (test_learned_reach_r15)
eager = test_learned_reach_r15.eager


@pytest.mark.parametrize("text, kind", [
    ("Farm groups promised to keep marching until the Estland cabinet meets their demands.", "PolicyAnnouncement"),
    ("Teachers vowed to strike until the Velmar cabinet agrees to their demands.", "PolicyAnnouncement"),
    ("The Norvia Central Bank acted again, cutting the rate that lenders charge one another.", "RegulatoryAction"),
    ("The Estland Reserve Bank moved again, lowering the rate that lenders charge one another.", "RegulatoryAction"),
])
def test_the_subject_of_another_verb_is_no_actor(eager, read_events, text, kind):
    assert not any(t == kind for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, event", [
    ("Velmar vowed to retaliate against the new duties.", ("TradeConflict", "Velmar", "actor")),
    ("The Estland cabinet promised to cut taxes next year.", ("PolicyAnnouncement", "cabinet", "actor")),
    ("The Velmar cabinet pledged to cut taxes on fuel.", ("PolicyAnnouncement", "cabinet", "actor")),
    ("The Norvia Central Bank acted again, cutting the rate that lenders charge one another.",
     ("PolicyAnnouncement", "Norvia Central Bank", "actor")),
])
def test_the_subject_of_the_trigger_or_its_verb_still_acts(eager, read_events, text, event):
    assert event in read_events(text)
