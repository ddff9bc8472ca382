"""A newspaper or broadcaster is bought and sold as a firm, round 17: "X bought the Y Post", "Y
Media agreed to be bought by X" are Investments with the outlet as their target, as with any firm.
Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, buyer, outlet", [
    ("Brask Media agreed to be bought by Halvard Holdings for $5 billion.", "Halvard Holdings", "Brask Media"),
    ("Halvard Holdings bought the Lumen Press newspaper group last year.", "Halvard Holdings", "Lumen Press"),
    ("The investment firm Tarn Capital LLC on Monday acquired Kestrel Broadcasting for $900 million.",
     "Tarn Capital LLC", "Kestrel Broadcasting"),
])
def test_an_outlet_bought_is_the_investments_target(read_events, text, buyer, outlet):
    found = read_events(text)
    assert ("Investment", buyer, "actor") in found, found
    assert ("Investment", outlet, "target") in found, found
