"""A firm's results told by what they turned into ("X swung to a loss", "X tumbled into the red",
"X returned to profit") are its results (an Other event, the firm acting), not a move of its
shares; a price that falls to a low is still a market move (kg.extract.events._turned_to_a_result)."""

import pytest
from helpers import event_parts, typed_events


@pytest.mark.parametrize("text, firm", [
    ("Zenor Networks has tumbled into the red, its first loss in a decade.", "Zenor Networks"),
    ("Kelbor Motors swung to a loss in the third quarter.", "Kelbor Motors"),
    ("Orvan Mining slipped into the red in the first half.", "Orvan Mining"),
    ("Brisa Air returned to profit last year after three years of losses.", "Brisa Air"),
])
def test_results_turned_into_a_loss_or_profit_are_the_firms_results(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "Other")
    assert event_parts(tmp_path, text, "MarketMove") == []


def test_shares_falling_to_a_low_are_still_a_market_move(tmp_path):
    text = "Shares of Kelbor Motors fell to a record low on Friday."
    assert [t for t, _ in typed_events(tmp_path, text)] == ["MarketMove"]
