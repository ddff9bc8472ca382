"""Letting in only so much of another country's goods is a trade measure against it, as a ban is:
"X imposed quotas on Y textiles", "X placed new limits on imports of Y shoes", "X set curbs on
imports of Y steel" (a quota always, a limit or curb when it is on imports); a trade bloc acts as
a country does (kg.extract.events._import_ban, _limits_imports)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actor, target", [
    ("Vietnam sells cheap shirts abroad. Mexico imposed quotas on Vietnamese shirts in May.", "Mexico", "Vietnam"),
    ("India makes cheap steel pipes. Canada placed new limits on imports of Indian steel pipes.", "Canada", "India"),
    ("Turkey exports a lot of wheat flour. The European Union imposed import curbs on Turkish wheat flour.",
     "European Union", "Turkey"),
])
def test_a_limit_on_a_countrys_goods_is_a_trade_conflict(tmp_path, text, actor, target):
    assert {(actor, "actor"), (target, "target")} in event_parts(tmp_path, text, "TradeConflict")


@pytest.mark.parametrize("text", [
    "India and Canada signed a fisheries pact. Canada set limits on fishing in its northern waters.",
    "India and Canada signed a loan deal. The bank placed limits on lending to Indian firms.",
])
def test_limits_on_other_things_are_no_trade_conflict(tmp_path, text):
    assert event_parts(tmp_path, text, "TradeConflict") == []
