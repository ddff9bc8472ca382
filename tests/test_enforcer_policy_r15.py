"""An enforcer's act read again as a policy by the learned reader, round 15
(kg.extract.events._enforcers_policy_dropped).

In an article where a regulator, prosecutor or police force acts (a fine, an order, a lawsuit, a
crackdown the patterns read as a RegulatoryAction), the learned role reader also made the same body
the actor of a PolicyAnnouncement on a nearby noun ("for breaking its disclosure rules", "add-on
plans", "called the initiative a victory", "under rules that protect ..."): the enforcement told
again, not a policy. Such a learned PolicyAnnouncement, with only enforcing bodies that act in a
RegulatoryAction as its actors and no one aimed at, is dropped. A policy the patterns read ("announced
new rules on short selling", "unveiled new disclosure rules") is kept, also beside a fine.

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Marlow Securities Commission fined Kestrel Capital $5 million on Monday for breaking its disclosure rules.",
    "The Consumer Financial Protection Bureau ordered Brightwater Bank to refund $40 million to customers. "
    "The bureau found the bank had sold add-on plans to customers who did not want them.",
    "FBI agents on Friday arrested 40 people in a crackdown on investment frauds. "
    "FBI Director Tom Alder called the initiative a victory for investors.",
    "The Federal Trade Commission sued Norwell Media for billing customers without consent, under rules that "
    "protect phone users.",
])
def test_an_enforcers_act_is_no_policy_too(read_events, text):
    assert not any(t == "PolicyAnnouncement" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, body", [
    ("The Marlow Securities Commission on Tuesday announced new rules on short selling.",
     "Marlow Securities Commission"),
    ("The Marlow Securities Commission fined Kestrel Capital on Monday. On Tuesday the commission unveiled new "
     "disclosure rules for brokers.", "Marlow Securities Commission"),
    ("The Consumer Financial Protection Bureau on Monday proposed new rules for payday lenders.",
     "Consumer Financial Protection Bureau"),
])
def test_an_enforcers_own_policy_is_kept(read_events, text, body):
    assert ("PolicyAnnouncement", body, "actor") in read_events(text)
