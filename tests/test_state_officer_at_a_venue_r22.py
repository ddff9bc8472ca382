"""Round 22; sentences written for these tests.

"Chinese Vice Premier X at the White House": a state's officer named with the country before the
title is where the "at" phrase says, not in the office it names; an office named after the holder
with "of" is still the holder's ("U.S. Attorney X of the Southern District of Y").
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, country, venue", [
    ("The president will host Chinese Vice Premier Wen Sheng at the White House on Friday for trade talks.",
     "Wen Sheng", "China", "White House"),
    ("Brazilian Foreign Minister Paula Ramos at the Kremlin on Monday signed a grain accord.",
     "Paula Ramos", "Brazil", "Kremlin"),
    ("Reporters met Japanese Finance Minister Kenji Mori at the World Bank on Tuesday.",
     "Kenji Mori", "Japan", "World Bank"),
])
def test_a_state_officer_at_a_venue_holds_the_countrys_post(tmp_path, text, person, country, venue):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, country) in held, held
    assert not any(p == person and venue in o for p, o in held), held


def test_an_office_named_after_the_holder_with_of_is_still_held(tmp_path):
    held = relation_pairs(tmp_path, "U.S. Attorney Ann Hale of the Southern District of New York charged the "
                                    "trader on Monday.", "holdsPosition")
    assert any(p == "Ann Hale" and "Southern District of New York" in o for p, o in held), held
