"""A price that "registered" a move moved, as one that posted or recorded it did, round 17; and
"the Shanghai index", the common short name of the Shanghai Composite, names that index (general
knowledge in the gazetteer). Sentences written for these tests; the indexes and firms invented
but for Shanghai's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, price", [
    ("The Tarsen Composite index registered a seven percent decline a few minutes later.", "Tarsen Composite index"),
    ("Shares of Brask Foods registered a 12 percent gain after the ruling on Monday.", "Brask Foods"),
    ("On Monday the Halvik 40 index registered its sharpest fall since 2020.", "Halvik 40 index"),
])
def test_a_registered_move_is_a_market_move(read_events, text, price):
    found = read_events(text)
    assert ("MarketMove", price, "subject") in found, found


def test_a_firm_that_registered_a_loss_in_sales_made_no_market_move(read_events):
    found = read_events("Brask Foods registered a 12 percent decline in sales last year.")
    assert not any(kind == "MarketMove" for kind, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The key Shanghai index was 6 percent lower at the close on Monday.",
    "Investors sold shares and the Shanghai index fell 3 percent on Monday.",
    "On Monday the Shanghai index gained 2 percent.",
])
def test_the_shanghai_index_is_the_shanghai_composite(read_events, text):
    found = read_events(text)
    assert ("MarketMove", "Shanghai Composite", "subject") in found, found
