"""A regulatory action told without its actor, round 14 (kg.extract.events._the_articles_enforcer).

News and press releases often tell the act in the passive or from the target's side and name the
enforcing body elsewhere: "X was fined $5 million on Monday ... the Commission said", "X settled
by paying a $40 million penalty. The Office of Thrift Oversight says ...", "X has been hit
with $12 million in civil penalties, officials said". With no actor in its own clause, the action
was done by the article's enforcing body: a regulator, a prosecutor's office or police force, or a
justice, commerce, treasury or finance ministry, the one named most often (or the two named
equally often). Not: a body that enforces nothing (a central bank setting rates, a foreign
ministry, an electoral commission, a court), nor three or more bodies named equally often (no one
is plain), nor an action whose clause names its actor.

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, target", [
    ("Brightwater Energy was fined $5 million on Monday for misleading investors about its reserves. "
     "The Marlow Securities Commission said the firm had hidden losses from shareholders for three years.",
     "Marlow Securities Commission", "Brightwater Energy"),
    ("Tallow Bank, the farm lender, settled on Tuesday by paying a $40 million penalty. "
     "The Office of Thrift Oversight says senior managers at the lender invented profits for years.",
     "Office of Thrift Oversight", "Tallow Bank"),
    ("Norwell Holdings has been hit with $12 million in civil penalties for opening fake accounts, "
     "officials said Thursday. The Consumer Credit Bureau said the bank would also repay its customers.",
     "Consumer Credit Bureau", "Norwell Holdings"),
    ("Quarrel Motors was fined a record $80 million on Friday after admitting it paid bribes abroad. "
     "The Kelso Justice Department said the payments ran for a decade.",
     "Kelso Justice Department", "Quarrel Motors"),
])
def test_the_articles_enforcer_acts(read_events, text, body, target):
    got = read_events(text)
    assert ("RegulatoryAction", target, "target") in got
    assert ("RegulatoryAction", body, "actor") in got


@pytest.mark.parametrize("text, body", [
    ("Brightwater Energy was fined $5 million on Monday for misleading investors. "
     "The Marlow Central Bank left its main interest rate unchanged on the same day.", "Marlow Central Bank"),
    ("Brightwater Energy was fined $5 million on Monday for misleading investors. "
     "The Marlow Foreign Ministry said relations with its neighbours were good.", "Marlow Foreign Ministry"),
    ("Brightwater Energy was fined $5 million on Monday for misleading investors. "
     "The Marlow Electoral Commission said the vote would go ahead in May.", "Marlow Electoral Commission"),
])
def test_no_enforcing_body_no_actor(read_events, text, body):
    got = read_events(text)
    assert ("RegulatoryAction", "Brightwater Energy", "target") in got
    assert not any(r == "actor" for t, _, r in got if t == "RegulatoryAction")


def test_no_plain_enforcer_among_three(read_events):
    got = read_events(
        "Brightwater Energy was fined $5 million on Monday for misleading investors. The Marlow Securities "
        "Commission, the Consumer Credit Bureau and the Office of Thrift Oversight each opened reviews of other firms.")
    assert not any(r == "actor" for t, _, r in got if t == "RegulatoryAction")


def test_a_named_actor_stays_alone(read_events):
    got = read_events(
        "The Consumer Credit Bureau fined Brightwater Energy $5 million on Monday. The Marlow Securities "
        "Commission said it was studying the case and the Marlow Securities Commission may act later.")
    assert ("RegulatoryAction", "Consumer Credit Bureau", "actor") in got
    assert ("RegulatoryAction", "Marlow Securities Commission", "actor") not in got
