"""Talks suspended were held, as talks ended or resumed were: "X and Y have suspended their
free-trade talks" is a meeting of X and Y (kg.extract.events JOIN_VERBS, _called_off); talks
postponed or called off were not."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, sides", [
    ("Chile and Peru have suspended their free-trade talks in three areas.", {"Chile", "Peru"}),
    ("On Friday Canada and Mexico suspended trade talks after a dispute over steel.", {"Canada", "Mexico"}),
])
def test_talks_suspended_were_held(tmp_path, text, sides):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(s, "attendee") for s in sides} <= e for e in meetings), meetings


@pytest.mark.parametrize("text", [
    "Chile and Peru postponed their free-trade talks until June.",
    "Chile and Peru called off their free-trade talks.",
])
def test_talks_postponed_or_called_off_were_not(tmp_path, text):
    assert event_parts(tmp_path, text, "Meeting") == []
