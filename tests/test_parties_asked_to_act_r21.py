"""Round 21; sentences written for these tests (round 20 noted the construction as left).

"The rescue package required that Greece cut its deficit", "The trade deal requires Chile to lower
its tariffs": the party asked or required to act does not act; the learned reader's guess that it
announces the package or the tariffs is left out, as the policy finder already left it.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, party", [
    ("The rescue package required that Greece cut its budget deficit.", "Greece"),
    ("The trade deal requires Chile to lower its tariffs on cars.", "Chile"),
    ("The loan agreement obliges Ukraine to raise its gas prices.", "Ukraine"),
])
def test_a_party_required_to_act_announces_nothing(read_events, text, party):
    found = read_events(text)
    assert ("PolicyAnnouncement", party, "actor") not in found, found


def test_a_party_that_acts_still_announces(read_events):
    found = read_events("Chile lowered its tariffs on cars on Monday.")
    assert ("PolicyAnnouncement", "Chile", "actor") in found or ("TradeConflict", "Chile", "actor") in found, found
