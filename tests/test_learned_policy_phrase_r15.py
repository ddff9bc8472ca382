"""A learned policy whose actor is only the subject of a verb holding the policy word in a phrase,
round 15 (kg.extract.events._policy_in_a_phrase).

On fresh articles the learned role reader made the subject of a clause the actor of a
PolicyAnnouncement named in a phrase of that clause ("X has lifted the economy with tax cuts", "X stressed
the matter of scrapping tariffs", "X agreed to a plan to cut discharges" in a settlement): three
wrong of three, in three articles. What X does there is the clause's verb; a verb that makes a policy
public or makes one ("X announced plans for tax cuts", "X unveiled a plan", "X proposed tax breaks")
still gives X the policy.

The model is replaced by a reader that makes every candidate of a policy its actor, so the tests see
only the checks around it. Every name is invented.
"""

from __future__ import annotations

import pytest

from kg.extract import events


class _EveryActor:
    """A stand-in for the learned reader: every candidate of a policy is its actor, surely."""

    def roles(self, cands, threshold):
        return [(c, "actor", 1.0) for c in cands if c.event_type == "PolicyAnnouncement"]


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setattr(events, "shipped_model", lambda: _EveryActor())


@pytest.mark.parametrize("text", [
    "Finance Minister Jan Orlov won voters over with new tax breaks last year.",
    "The Estland Port Authority agreed to a costly plan to curb waste in the harbor.",
    "The Velmar cabinet has helped the economy with tax cuts.",
])
def test_the_subject_of_a_verb_holding_the_policy_in_a_phrase_is_no_actor(eager, read_events, text):
    assert not any(t == "PolicyAnnouncement" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, actor", [
    ("The Velmar cabinet announced plans for tax cuts on Monday.", "cabinet"),
    ("The Norvia Water Board unveiled a plan to curb waste in the river.", "Norvia Water Board"),
    ("Finance Minister Jan Orlov proposed new tax breaks last year.", "Jan Orlov"),
])
def test_who_announces_or_makes_the_policy_still_acts(eager, read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)
