"""Round 25; sentences written for these tests.

A state taking another to the World Trade Organization is in a trade conflict with it: "filed a
case at the WTO against X", "a complaint with the WTO against X", "challenged X at the WTO", "took
X to the WTO". A complaint before a court is no trade conflict.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actors, target", [
    ("Australia filed a case at the World Trade Organization against Indonesia over its beef quotas.",
     {"Australia"}, "Indonesia"),
    ("Thailand and Vietnam lodged a complaint with the WTO against the Philippines over rice tariffs on Monday.",
     {"Thailand", "Vietnam"}, "Philippines"),
    ("Canada challenged South Korea at the World Trade Organization over its pork rules.", {"Canada"}, "South Korea"),
    ("Peru took Ecuador to the WTO over its import fees in 2015.", {"Peru"}, "Ecuador"),
])
def test_the_state_bringing_the_case_acts(tmp_path, text, actors, target):
    fights = event_parts(tmp_path, text, "TradeConflict")
    assert any({(a, "actor") for a in actors} | {(target, "target")} <= f for f in fights), fights


def test_a_complaint_in_court_is_no_trade_conflict(tmp_path):
    text = "Canada filed a complaint against Norvik Shipping in a federal court in Ottawa."
    assert not event_parts(tmp_path, text, "TradeConflict")
