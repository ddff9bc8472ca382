"""A deal or talks that "fell apart" or "fell through" failed; no share price or index moved
(kg.extract.events._falls_apart, for the patterns and the learned reader alike). A price that
fell through a level still moved."""

import pytest
from helpers import typed_events


@pytest.mark.parametrize("text", [
    "The merger between Tarragon Mills and Belcourt Foods fell apart on Monday.",
    "Talks between Osprey Airlines and Northgate Aviation fell through last week.",
    "The joint venture of Kestrel Mining and Arlo Metals fell apart after a year.",
])
def test_a_plan_that_falls_apart_moves_no_price(tmp_path, text):
    assert all(kind != "MarketMove" for kind, _ in typed_events(tmp_path, text))


@pytest.mark.parametrize("text, mover", [
    ("The Tarragon index fell through 9,000 points on Monday.", "Tarragon index"),
    ("Shares of Belcourt Foods fell 6 percent after the merger fell apart.", "Belcourt Foods"),
])
def test_a_price_that_falls_still_moves(tmp_path, text, mover):
    assert any(kind == "MarketMove" and (mover, "subject") in parts for kind, parts in typed_events(tmp_path, text))
