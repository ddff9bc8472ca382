"""The names in an election the learned role reader marks as its target, round 14.

The annotators give an election (an "Other" event on "election", "polls", "runoff", ...) no target:
the candidates and parties that run in it are its subjects ("X faces a tough election against the
Y party"), whoever calls or holds it acts ("the speaker called a snap election"), a place is where
it is held. A name the reader already gives a subject's role keeps it.

Sentences and names written for these tests (fictional people, parties and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, role", [
    ("Ms. Hana Krell faces a difficult election against the Harbor Party next month.", "Hana Krell", "subject"),
    ("Mr. Tomas Kerr faces a hard election against the Willow Party this autumn.", "Tomas Kerr", "subject"),
    ("Parliament speaker Anil Doss called a snap election for the Upper House.", "Anil Doss", "actor"),
])
def test_election_role(read_events, text, name, role):
    events = read_events(text)
    assert ("Other", name, role) in events
    assert ("Other", name, "target") not in events


@pytest.mark.parametrize("text, name, role", [
    ("Senator Ellis Varga lost the presidential election in 2016 to Petra Holm.", "Ellis Varga", "subject"),
    ("Mr. Idris Falk won a runoff election against Nora Stead last year.", "Nora Stead", "subject"),
])
def test_election_subjects_kept(read_events, text, name, role):
    assert ("Other", name, role) in read_events(text)


def test_no_election_target(read_events):
    for text in ("Ms. Hana Krell faces a difficult election against the Harbor Party next month.",
                 "Parliament speaker Anil Doss called a snap election for the Upper House.",
                 "Mr. Tomas Kerr faces a hard election against the Willow Party this autumn."):
        assert not any(t == "Other" and r == "target" for t, _, r in read_events(text))
