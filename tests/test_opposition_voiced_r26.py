"""Opposition or displeasure voiced at an act named by its doer's nationality or name before the
noun ("the American action", "the U.S. decision", "the Canadian quotas") is criticism of the doer
(kg.extract.events._displeasure, _act_owners)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("The United States capped imports of cotton shirts. The Indian Commerce Ministry expressed "
     "strong displeasure with the American action.", "Indian Commerce Ministry", "United States"),
    ("Washington raised duties on Brazilian steel. Brazil's foreign ministry voiced firm opposition "
     "to the U.S. decision.", "Brazil's foreign ministry", "United States"),
    ("Mexico's economy ministry registered its objection to the Canadian quotas on steel. Canada "
     "said the quotas were lawful.", "Mexico's economy ministry", "Canada"),
])
def test_opposition_to_an_act_criticises_its_doer(tmp_path, text, critic, target):
    assert any({(critic, "actor"), (target, "target")} <= parts for parts in event_parts(tmp_path, text, "Criticism"))


@pytest.mark.parametrize("text", [
    "Dairy farmers voiced opposition to the plan.",  # no doer of the plan is named
    "The European Union expressed opposition to sanctions in general.",  # no one's act
])
def test_opposition_with_no_doer_is_no_criticism(tmp_path, text):
    assert event_parts(tmp_path, text, "Criticism") == []
