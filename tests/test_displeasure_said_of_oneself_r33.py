"""Displeasure a speaker says it feels is the speaker's criticism of whom it is aimed at: "the
ministry said it was deeply disappointed with Y's decision", "Z said they were angry at Y"
(kg.extract.events._displeasure reads the speaker of "said it was ..."), and "disappointed in"
aims it as "disappointed with" does."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("The Korvanian Foreign Ministry said it was deeply disappointed with the Tarsen decision to close the border.",
     "Korvanian Foreign Ministry", "Tarsen"),
    ("Japan said it was disappointed in the European Union's decision on steel quotas.", "Japan", "European Union"),
    ("Canada is disappointed in Mexico's decision to raise the duties, officials said.", "Canada", "Mexico"),
])
def test_displeasure_the_speaker_feels_is_its_criticism(tmp_path, text, critic, target):
    events = event_parts(tmp_path, text, "Criticism")
    assert any({(critic, "actor"), (target, "target")} <= e for e in events), events


def test_disappointment_in_a_result_is_no_criticism(tmp_path):
    text = "The ministry said it was disappointed in the weak export figures."
    assert event_parts(tmp_path, text, "Criticism") == []
