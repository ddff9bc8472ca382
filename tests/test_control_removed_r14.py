"""A government doing away with a control it keeps on a market, round 14.

A removal verb ("lift", "scrap", "abolish", "remove", "abandon", "drop", "end", "axe", "give up",
"phase out", ...) whose object is a control (controls, a cap, a peg, a ban, curbs, restrictions,
limits, quotas, a ceiling, a subsidy) is a PolicyAnnouncement by the government, central bank or
official who removes it: "X said it is lifting all controls on the peso", "the central bank gave up
its exchange-rate cap", "the minister scrapped the fuel subsidy". Not a firm's own cap, a removal
denied, only hoped for or guessed at, nor a passive with no one named.

Sentences and names written for these tests (fictional people and firms; countries by name).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("Chile said on Wednesday that it is lifting all controls on the peso from next month.", "Chile"),
    ("The Central Bank of Chile ended its two-year-old cap on the peso, sending the currency soaring.",
     "Central Bank of Chile"),
    ("Peru's central bank unexpectedly gave up its three-year-old cap on Thursday.", "Central Reserve Bank of Peru"),
    ("Finance Minister Tomas Rell scrapped the fuel subsidy in May.", "Tomas Rell"),
    ("Portugal abandoned the peg to the dollar last year.", "Portugal"),
    ("The Peruvian government will phase out export quotas on rice.", "Peruvian government"),
])
def test_control_removed(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "Kestrel Foods lifted its cap on bonuses after a strong year.",
    "Analyst Mark Dunn said investors hoped the Central Bank of Chile would soon remove the cap.",
    "The ban on exports was lifted on Monday.",
    "Chile did not lift its currency controls.",
    "Chile may scrap the fuel subsidy next year, analysts said.",
])
def test_no_control_removed(read_events, text):
    assert not any(t == "PolicyAnnouncement" for t, _, _ in read_events(text))
