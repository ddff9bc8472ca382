"""Round 24; sentences written for these tests.

A government easing, relaxing or waiving a control it keeps does part of it away, as lifting it
does: a PolicyAnnouncement of that government aimed at whom the control was on. Easing money (the
central bank's operations) is read as before.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, state, target", [
    ("The United States eased sanctions on Cuba on Tuesday.", "United States", "Cuba"),
    ("The United States eased some sanctions against Cuba on Tuesday.", "United States", "Cuba"),
    ("Japan relaxed its sanctions on North Korea on Friday.", "Japan", "North Korea"),
])
def test_easing_sanctions_is_a_policy_aimed_at_their_target(tmp_path, text, state, target):
    policies = event_parts(tmp_path, text, "PolicyAnnouncement")
    assert any({(state, "actor"), (target, "target")} <= p for p in policies), policies


def test_easing_money_is_still_the_central_banks_policy(tmp_path):
    policies = event_parts(tmp_path, "The Fed eased monetary policy on Wednesday.", "PolicyAnnouncement")
    assert any(("Federal Reserve", "actor") in p for p in policies), policies
