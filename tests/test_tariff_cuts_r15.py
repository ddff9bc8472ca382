"""Tariffs cut or taken away are no trade conflict, round 15 (kg.extract.events._tariff_lowered).

"X lowered import duties on goods from Y", "X is willing to cut tariffs on Y goods to zero", "a
deal removing nearly all tariffs", "tariff cuts", "a reduction in duties", "reduced tariffs": the
dev annotators record a trade deal or an opening there (an Other or a PolicyAnnouncement), never
a TradeConflict with the partner as its target. Both the patterns (_trade) and the learned role
reader read such a tariff noun as no TradeConflict. A tariff imposed, raised or threatened is still
one ("imposed tariffs on steel from Y", "raised duties on Y cars").

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Late last month Norland also lowered import duties on 16 product groups from Valdmark.",
    "President Ana Kovel of Norland said Norland is willing to cut tariffs on Valdmark goods to zero.",
    "Norland scrapped tariffs on Valdmark cars in March.",
    "The pact brings a reduction in duties on wine from Valdmark.",
])
def test_tariffs_cut_or_removed_are_no_trade_conflict(read_events, text):
    assert not any(t == "TradeConflict" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, target", [
    ("Norland imposed tariffs on steel from Valdmark on Monday.", "Valdmark"),
    ("Last week Norland raised import duties on 16 product groups from Valdmark.", "Valdmark"),
    ("Norland threatened new tariffs on cars from Valdmark, its ministry said.", "Valdmark"),
])
def test_tariffs_imposed_or_raised_are_still_a_trade_conflict(read_events, text, target):
    assert ("TradeConflict", target, "target") in read_events(text)
