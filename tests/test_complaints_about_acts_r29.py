"""Complaining about an act is criticising whoever did it: "Y has complained about the move",
"Y complained to the WTO about X's duties", "Y protested the measure" (the act named by its noun
alone is the latest one of its kind told before it) (kg.extract.events._criticised_plans,
PROTEST_VERBS, REFERRED_ACTS)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("Chile raised duties on imported dairy products. Argentina has complained about the move.",
     "Argentina", "Chile"),
    ("Peru has complained to the World Trade Organization about Ecuador's new tariffs on textiles.",
     "Peru", "Ecuador"),
    ("Norway imposed new curbs on salmon imports last week. Iceland protested the measure on Monday.",
     "Iceland", "Norway"),
])
def test_a_complaint_about_an_act_criticises_its_author(tmp_path, text, critic, target):
    assert any({(critic, "actor"), (target, "target")} <= e for e in event_parts(tmp_path, text, "Criticism"))


@pytest.mark.parametrize("text", [
    "Argentina complained about the weather during the harvest.",
    "Chile raised duties on imported dairy products. Farmers in Chile complained about rising costs.",
])
def test_a_complaint_about_no_act_criticises_no_one(tmp_path, text):
    assert event_parts(tmp_path, text, "Criticism") == []
