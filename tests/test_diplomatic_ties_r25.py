"""Round 25; sentences written for these tests.

States breaking off or restoring relations: those who act are actors, the state named after
"with" the target (an Other event). A firm cutting ties with a supplier is no act of state.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actors, target", [
    ("Kenya and Uganda cut diplomatic ties with Somalia on Thursday.", {"Kenya", "Uganda"}, "Somalia"),
    ("Argentina severed relations with Venezuela last month.", {"Argentina"}, "Venezuela"),
    ("Chile restored diplomatic relations with its northern neighbour, Bolivia, in 2023.", {"Chile"}, "Bolivia"),
])
def test_the_states_act_on_the_partner(tmp_path, text, actors, target):
    acts = event_parts(tmp_path, text, "Other")
    assert any({(a, "actor") for a in actors} | {(target, "target")} <= e for e in acts), acts


def test_a_firm_cutting_ties_is_no_act_of_state(tmp_path):
    text = "Orlan Foods cut ties with its supplier Dextra Farms last month."
    assert not any(("Dextra Farms", "target") in e for e in event_parts(tmp_path, text, "Other"))


def test_relations_that_only_might_end_are_no_event(tmp_path):
    text = "Kenya could cut diplomatic ties with Somalia if the talks fail."
    assert not event_parts(tmp_path, text, "Other")
