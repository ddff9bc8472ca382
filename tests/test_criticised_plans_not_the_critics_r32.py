"""What a critic criticises is not the critic's own policy: "X expressed skepticism about Y's
plans" gives X's criticism of Y, and no policy announcement of X's read from "plans" by the
learned role reader (kg.extract.events._criticised_acts_dropped)."""

import pytest
from helpers import typed_events


@pytest.mark.parametrize("text, critic, target", [
    ("The State Department on Tuesday expressed skepticism about the nationalization plans of Bolivian "
     "President Ana Quiroga.", "U.S. Department of State", "Ana Quiroga"),
    ("The European Commission voiced misgivings about Hungary's plans to tax foreign banks.", "European Commission",
     "Hungary"),
])
def test_the_critic_announces_nothing_of_what_it_criticises(tmp_path, text, critic, target):
    events = typed_events(tmp_path, text)
    assert any(t == "Criticism" and {(critic, "actor"), (target, "target")} <= parts for t, parts in events), events
    assert not any(t == "PolicyAnnouncement" and (critic, "actor") in parts for t, parts in events), events


def test_a_plan_of_ones_own_is_still_announced(tmp_path):
    events = typed_events(tmp_path, "The European Commission announced plans to tax digital services on Tuesday.")
    assert any(t == "PolicyAnnouncement" and ("European Commission", "actor") in parts for t, parts in events), events
