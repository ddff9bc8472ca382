"""Round 24; sentences written for these tests.

A bid for a firm reads however the parser hangs it: a sum offered "for" the firm (read as a dative
too), a deal or a price offered to the firm's shareholders ("offered Y shareholders a deal"), and
a bidder acting "through" its own company, which bids with it. A deal offered to one's own workers
buys no one.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, bidders, firm", [
    ("Chevron offered Unocal shareholders a deal worth 17 billion dollars.", {"Chevron"}, "Unocal"),
    ("Investor Kirk Kerkorian has offered 4.5 billion dollars for Chrysler through his investment company, Tracinda.",
     {"Kirk Kerkorian", "Tracinda"}, "Chrysler"),
    ("Tarvo Group offered Kestrel Mining Ltd.'s shareholders a deal worth 2 billion dollars.", {"Tarvo Group"},
     "Kestrel Mining Ltd."),
])
def test_the_bidder_invests_in_the_firm(tmp_path, text, bidders, firm):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(b, "actor") for b in bidders} | {(firm, "target")} <= d for d in deals), deals


def test_a_deal_for_ones_workers_buys_no_one(tmp_path):
    assert event_parts(tmp_path, "Chevron offered its workers a deal on pensions.", "Investment") == []
