"""Round 24; sentences written for these tests.

Confronting someone (or the board or management of a firm) criticises them; opposing someone, or
someone's plan, criticises that someone. Opposing or condemning a measure aimed at a third party
neither criticises that party nor makes the opponent the measure's author.
"""

from __future__ import annotations

import pytest
from helpers import event_parts, relation_pairs


@pytest.mark.parametrize("text, critic, target", [
    ("Michael Woodford confronted Olympus on Friday.", "Michael Woodford", "Olympus"),
    ("Michael Woodford confronted the board of Olympus on Friday.", "Michael Woodford", "Olympus"),
    ("Senator Mark Hale opposed Karen Wells on Tuesday.", "Mark Hale", "Karen Wells"),
    ("Walter Hewlett opposed HP's plan to buy Compaq.", "Walter Hewlett", "HP"),
])
def test_confronting_or_opposing_someone_criticises_them(tmp_path, text, critic, target):
    assert (critic, target) in relation_pairs(tmp_path, text, "criticized")


@pytest.mark.parametrize("text, opponent, aimed_at", [
    ("Germany opposed the sanctions on Russia.", "Germany", "Russia"),
    ("Hungary criticised the sanctions against Russia on Monday.", "Hungary", "Russia"),
    ("Italy condemned the embargo on Cuba on Friday.", "Italy", "Cuba"),
])
def test_opposing_a_measure_neither_criticises_its_target_nor_authors_it(tmp_path, text, opponent, aimed_at):
    assert (opponent, aimed_at) not in relation_pairs(tmp_path, text, "criticized")
    acts = event_parts(tmp_path, text, "RegulatoryAction") + event_parts(tmp_path, text, "TradeConflict")
    assert not any((opponent, "actor") in a for a in acts), acts
