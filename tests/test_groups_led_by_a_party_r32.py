"""The one who leads a group of parties stands for it in what the group does: "a consortium led by
X agreed to buy Y", "a group of investors led by X bought a stake in Y", "other banks, led by X,
agreed to provide $2 billion to aid Y" (kg.extract.events._group_leaders). A group led by no one
named acts for no one."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, leader, target", [
    ("A consortium led by Tarvik Capital agreed to buy Orsk Shipping for $2 billion.", "Tarvik Capital", "Orsk Shipping"),
    ("A group of investors led by Halden Partners bought a 20 percent stake in Norland Airlines.",
     "Halden Partners", "Norland Airlines"),
    ("Several Austrian lenders, led by the state-owned Kontrollbank, agreed to provide four billion euros "
     "to aid Hypo Tirol Bank.", "Kontrollbank", "Hypo Tirol Bank"),
])
def test_the_leader_of_a_group_acts_for_it(tmp_path, text, leader, target):
    events = event_parts(tmp_path, text, "Investment")
    assert any({(leader, "actor"), (target, "target")} <= e for e in events), events


def test_a_group_led_by_no_one_named_acts_for_no_one(tmp_path):
    events = event_parts(tmp_path, "A consortium of Asian investors agreed to buy Orsk Shipping for $2 billion.",
                         "Investment")
    assert not any(role == "actor" for e in events for _, role in e), events
