"""A policy word that only names a forum, round 14.

"flew to X for tariff talks", "a statement after its monthly rate meeting", "the minutes of its last
policy meeting": a policy word ("tariff", "rate", "policy") that modifies a meeting noun, or the
people or body that make policy ("policy makers", "the policy committee"), names where policy is
talked about, not a policy act, so the learned role reader's PolicyAnnouncement on it is dropped.
A rate act told in the same words ("announced its third rate hike", "cut its policy rate", "its
second rate increase") is still one.

Sentences and names written for these tests (fictional people, banks and countries).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Norvanian Finance Minister Lara Voss flew to Velmora for tariff talks on Monday.",
    "The Central Bank of Norvania issued a statement after its monthly rate meeting on Thursday.",
    "The Central Bank of Norvania published the minutes of its last policy meeting on Friday.",
])
def test_forum_is_no_policy(read_events, text):
    assert not any(t == "PolicyAnnouncement" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "The Central Bank of Norvania announced on Tuesday a second rate hike in three months.",
    "The Central Bank of Norvania cut its policy rate to a record low.",
    "The Central Bank of Norvania raised its benchmark rate on Thursday, its second rate increase this year.",
])
def test_rate_act_kept(read_events, text):
    assert ("PolicyAnnouncement", "Central Bank of Norvania", "actor") in read_events(text)
