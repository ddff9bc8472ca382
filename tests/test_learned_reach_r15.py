"""How far the learned role reader may reach, and the role it gives a guilty plea, round 15
(kg.extract.events._learned, LEARNED_MAX_PATH).

On fresh articles the learned reader gave roles to names six or seven dependency arcs from its
trigger ("X spoke before leaving A for B once the talks closed with B asking that its tariffs be
dropped": A made a side of a tariff quarrel or the one announcing it; "stocks fell as the Board's
two-day meeting opened, which is seen ending with a rate hike": the Board made to announce it); none of
them were right. A learned party now lies at most five arcs from its trigger.
The dev annotators give one who pleads guilty the role "subject", as the patterns do; the reader
said "actor" ("X agreed to plead guilty"): it now says "subject".

The model is replaced by a reader that gives every candidate a role, so the tests see only the
checks around it. Every name is invented.
"""

from __future__ import annotations

import pytest

from kg.extract import events


class _EveryRole:
    """A stand-in for the learned reader: every candidate is an actor, surely."""

    def roles(self, cands, threshold):
        return [(c, "actor", 1.0) for c in cands]


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setattr(events, "shipped_model", lambda: _EveryRole())


@pytest.mark.parametrize("text, far", [
    ("Envoy Lise Brandt spoke to the press before leaving Norvia for Estland after the talks ended with "
     "Estland demanding that tariffs on its fish be dropped first.", "Norvia"),
    ("Envoy Lise Brandt met the press before leaving Norvia for Estland after the meeting ended with "
     "Estland demanding that tariffs on its cars be dropped first.", "Norvia"),
    ("Envoy Anna Pelk met the press before leaving Norvia for Estland after the meeting ended with "
     "Estland demanding that tariffs on its steel be dropped first.", "Norvia"),
])
def test_a_name_far_from_the_trigger_gets_no_learned_role(eager, read_events, text, far):
    assert not any(name == far for t, name, _ in read_events(text) if t in ("TradeConflict", "PolicyAnnouncement"))


@pytest.mark.parametrize("text, near", [
    ("Estland imposed tariffs on fish from Norvia.", "Norvia"),
    ("Estland put tariffs on wine from Norvia.", "Norvia"),
    ("Estland announced tariffs on wine from Norvia.", "Norvia"),
])
def test_a_name_near_the_trigger_still_gets_one(eager, read_events, text, near):
    assert any(name == near for t, name, _ in read_events(text) if t == "TradeConflict")


@pytest.mark.parametrize("text, firm", [
    ("Brask Steel agreed to plead guilty to fixing prices.", "Brask Steel"),
    ("Orlen Freight agreed on Monday to plead guilty for rigging bids.", "Orlen Freight"),
    ("Velta Shipping agreed to plead guilty to bribing officials.", "Velta Shipping"),
])
def test_who_pleads_guilty_is_the_subject(eager, read_events, text, firm):
    found = {role for t, name, role in read_events(text) if t == "Other" and name == firm}
    assert "subject" in found and "actor" not in found
