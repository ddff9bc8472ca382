"""A firm announcing its own course is a PolicyAnnouncement with the firm as its actor: "announced
a pay cut", "unveiled plans to hire 400 weavers", "pledged a restructuring", "announced it will not
put more money into X" (a clause with "will" or "would" after the verb; what it names is the target).
A plan to give up a business is an Other event of its own (tests/test_event_recall8_deals_policy.py),
and a cut of prices no announcement of the firm (kg.extract.events._firm_plan_announced)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Pellworth Airways announced a twelve percent pay cut for its senior pilots.", "Pellworth Airways"),
    ("Brenholt Textiles unveiled plans to hire 400 weavers for its mills in Lancashire.", "Brenholt Textiles"),
    ("Kestrava Bank pledged a sweeping restructuring after the losses came to light.", "Kestrava Bank"),
    ("Ondria Logistics announced layoffs at its largest depot on Tuesday.", "Ondria Logistics"),
])
def test_a_firm_announcing_its_plan_is_the_actor(tmp_path, text, firm):
    assert any((firm, "actor") in e for e in event_parts(tmp_path, text, "PolicyAnnouncement"))


def test_what_a_firm_says_it_will_do_names_its_target(tmp_path):
    text = "Marlow Chemicals announced it would raise its prices for Tarvik Plastics from next year."
    events = event_parts(tmp_path, text, "PolicyAnnouncement")
    assert any({("Marlow Chemicals", "actor"), ("Tarvik Plastics", "target")} <= e for e in events)


@pytest.mark.parametrize("text", [
    "Pellworth Airways will announce a pay cut next week.",
    "Analysts expect Brenholt Textiles to unveil plans to close two mills.",
    "Kestrava Bank announced record profits for the year.",
    "Ondria Logistics announced that its chief executive had died.",
    "Marlow Chemicals announced plans last month to buy Tarvik Plastics.",
    "Kestrava Bank announced that it will file for bankruptcy protection.",
    "Brenholt Textiles announced plans to close two of its mills.",
    "Pellworth Airways announced a fare cut on its domestic routes.",
    "Marlow Chemicals announced that the regulator would not object to its new plant.",
])
def test_plans_to_come_other_news_and_plans_of_other_events_are_no_announcement_of_a_firm(tmp_path, text):
    assert event_parts(tmp_path, text, "PolicyAnnouncement") == []
