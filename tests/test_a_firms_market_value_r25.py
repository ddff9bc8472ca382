"""Round 25; sentences written for these tests.

A firm said to lose or add market value moves on the market like its shares: "X lost $6 billion
of its market value", "X lost a third of its value", "X added $2 billion to its market value". A
firm losing customers or money in a quarter has not moved on the market.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text", [
    "Brantwell Pharmaceuticals Inc. lost $9 billion of its market value on Tuesday after the trial failed.",
    "Brantwell Pharmaceuticals Inc. lost nearly half of its value last week.",
    "Brantwell Pharmaceuticals Inc. has lost a quarter of its market value since January.",
    "Brantwell Pharmaceuticals Inc. added $2 billion to its market value on Friday.",
])
def test_a_firms_market_value_moves_it(tmp_path, text):
    moves = event_parts(tmp_path, text, "MarketMove")
    assert any(("Brantwell Pharmaceuticals Inc.", "subject") in m for m in moves), moves


@pytest.mark.parametrize("text", [
    "Brantwell Pharmaceuticals Inc. lost a third of its customers last year.",
    "Brantwell Pharmaceuticals Inc. lost $40 million in the second quarter.",
])
def test_business_losses_are_no_market_move(tmp_path, text):
    assert not event_parts(tmp_path, text, "MarketMove")
