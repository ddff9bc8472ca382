"""A state that files a case at the trade body, named before the noun ("filed a WTO case against
X"), or requests the consultations that open a trade dispute ("requested WTO dispute settlement
consultations with X"), is in a trade conflict with the other state; such consultations are no
meeting, and the case is the state's trade conflict, not a regulatory action (kg.extract.events._trade_case,
_trade_dispute_consultations)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("Australia has sought World Trade Organization dispute settlement consultations with Indonesia over its "
     "nickel export curbs.", "Australia", "Indonesia"),
    ("Canada requested WTO consultations with the United States on its lumber duties.", "Canada", "United States"),
    ("The European Union filed a WTO case against China over its export limits on rare earths.", "European Union",
     "China"),
])
def test_a_wto_case_or_consultation_request_is_a_trade_conflict(tmp_path, text, plaintiff, defendant):
    assert any({(plaintiff, "actor"), (defendant, "target")} <= p for p in event_parts(tmp_path, text, "TradeConflict"))


def test_wto_dispute_consultations_are_no_meeting(tmp_path):
    text = "Canada requested WTO consultations with the United States on its lumber duties."
    assert event_parts(tmp_path, text, "Meeting") == []


def test_talks_at_the_wto_are_still_a_meeting(tmp_path):
    text = "Trade ministers from Canada and Mexico held talks at the WTO headquarters in Geneva on Monday."
    assert event_parts(tmp_path, text, "TradeConflict") == []


@pytest.mark.parametrize("text", [
    "Brazil launched a trade case against the United States at the WTO over cotton subsidies.",
    "The United States brought a trade complaint against Mexico at the WTO.",
])
def test_a_states_trade_case_is_no_regulatory_action(tmp_path, text):
    assert event_parts(tmp_path, text, "RegulatoryAction") == []


def test_a_wto_ruling_is_still_the_bodys_regulatory_action(tmp_path):
    text = "A World Trade Organization panel ruled against the United States in the steel case on Monday."
    assert any(("World Trade Organization", "actor") in p for p in event_parts(tmp_path, text, "RegulatoryAction"))
