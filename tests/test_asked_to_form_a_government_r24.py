"""Round 24; sentences written for these tests.

A head of state asking, inviting or tasking someone to form a government gives them the task of
leading it: an Other event, the head of state acting, the leader-designate its subject. Failing to
form one, or forming a committee, is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, asker, leader", [
    ("President Karl Berger asked the economist Petra Haas to form a new government on Sunday.",
     "Karl Berger", "Petra Haas"),
    ("Petra Haas was invited by King Harald to form a cabinet on Tuesday.", "Harald", "Petra Haas"),
    ("On Monday, President Ana Costa tasked Luis Prado with forming a government.", "Ana Costa", "Luis Prado"),
])
def test_the_leader_asked_to_form_a_government(tmp_path, text, asker, leader):
    others = event_parts(tmp_path, text, "Other")
    assert any({(asker, "actor"), (leader, "subject")} <= e for e in others), others


@pytest.mark.parametrize("text", [
    "Luis Prado failed to form a government after the vote.",
    "President Ana Costa asked Luis Prado to form a committee on water.",
])
def test_no_government_given(tmp_path, text):
    assert not any(("Luis Prado", "subject") in e for e in event_parts(tmp_path, text, "Other"))
