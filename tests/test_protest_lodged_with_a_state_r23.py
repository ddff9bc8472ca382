"""Round 23; sentences written for these tests.

A protest lodged with, sent to or made against someone criticises them: "Japan lodged a protest
with South Korea", "China sent a formal protest to Japan", "Japan's protest to China". Crowds'
protests, or a protest staged at a place, name no critic.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _criticisms(tmp_path, text):
    return event_parts(tmp_path, text, "Criticism")


@pytest.mark.parametrize("text, critic, target", [
    ("Japan lodged a protest with South Korea over the ruling.", "Japan", "South Korea"),
    ("China sent a formal protest to Japan on Monday.", "China", "Japan"),
    ("Japan's protest to China was rejected on Tuesday.", "Japan", "China"),
])
def test_a_protest_lodged_with_a_state_criticises_it(tmp_path, text, critic, target):
    events = _criticisms(tmp_path, text)
    assert any({(critic, "actor"), (target, "target")} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "Thousands joined protests against the government in Hong Kong.",
    "Workers staged a protest at Velda Motors' plant on Monday.",
])
def test_crowds_protests_name_no_critic(tmp_path, text):
    assert not _criticisms(tmp_path, text)
