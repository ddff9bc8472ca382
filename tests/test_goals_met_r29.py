"""Meeting a need or a goal is no meeting, whoever owns it: "to meet its own needs", "met the
bank's targets", "meet their deadlines" (kg.extract.events._met, GOALS_MET); the possessive of
the goal was read as the party met."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text", [
    "Ostrava Mining will file a complaint at the World Trade Organization. Norway says the quotas were set to meet its own needs.",
    "The Ostland Finance Ministry said Halvard Bank met the central bank's capital targets last year.",
    "Dunmore Paper hired 200 workers to meet the Commerce Department's deadlines for the new mill.",
])
def test_a_goal_met_is_no_meeting(tmp_path, text):
    assert event_parts(tmp_path, text, "Meeting") == []


def test_a_party_met_is_still_a_meeting(tmp_path):
    text = "The Ostland Finance Ministry met Halvard Bank on Monday to discuss its capital."
    assert any(("Halvard Bank", "attendee") in e for e in event_parts(tmp_path, text, "Meeting"))
