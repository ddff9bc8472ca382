"""Round 23; sentences written for these tests.

"the corporation", "the chain" and "the broker" refer back to the firm named before, as "the
company" does: "Home Depot doubled profits. But the corporation's stock fell", "Velda Stores Inc.
... The chain's shares fell", "Kestrel Securities ... The broker's shares rose". A person named
before is never taken up by them.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _moves(tmp_path, text):
    return event_parts(tmp_path, text, "MarketMove")


@pytest.mark.parametrize("text, firm", [
    ("Home Depot doubled profits during his tenure. But the corporation's stock fell seven percent.", "Home Depot"),
    ("Velda Stores Inc. opened 40 shops last year. The chain's shares fell 5 percent on Monday.", "Velda Stores Inc."),
    ("Kestrel Securities Ltd. reported record fees. The broker's shares rose 3 percent on Friday.",
     "Kestrel Securities Ltd."),
])
def test_the_corporation_refers_back_to_the_firm(tmp_path, text, firm):
    moves = _moves(tmp_path, text)
    assert any((firm, "subject") in m for m in moves), moves


def test_a_person_is_never_taken_up_by_the_corporation(tmp_path):
    moves = _moves(tmp_path, "Tom Reyes spoke on Monday. The corporation's stock fell seven percent.")
    assert not any(("Tom Reyes", "subject") in m for m in moves), moves
