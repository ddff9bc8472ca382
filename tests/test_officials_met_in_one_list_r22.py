"""Round 22; sentences written for these tests.

"X met with Premier L and Finance Minister W": an official met in one list with a politician whose
country the gazetteer knows serves that country, not the other country the story is about; a list of
subjects ("President L and Prime Minister W held talks") is two sides.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, official, country, other", [
    ("U.S. envoy Dana Whitfield met with Premier Li Keqiang and Finance Minister Wen Bo in Beijing. The United "
     "States wants a stronger yuan. The United States and China will meet again.", "Wen Bo", "China",
     "United States"),
    ("Norway's Prime Minister Tom Hale held talks with President Vladimir Putin and Energy Minister Ivan Sorokin in "
     "Moscow. Norway buys Russian gas. Norway and Russia share a border.", "Ivan Sorokin", "Russia", "Norway"),
    ("German Chancellor Anna Weber met Prime Minister Narendra Modi and Trade Minister Ravi Kumar in Delhi. "
     "Germany wants more trade. Germany and India will sign a pact.", "Ravi Kumar", "India", "Germany"),
])
def test_an_official_met_beside_a_known_leader_serves_the_leaders_country(tmp_path, text, official, country, other):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (official, country) in held, held
    assert (official, other) not in held, held


def test_coordinated_subjects_are_two_sides(tmp_path):
    held = relation_pairs(tmp_path, "President Xi Jinping and Prime Minister Tom Hale held talks. Norway and China "
                                    "signed a deal. Norway will cut tariffs.", "holdsPosition")
    assert ("Tom Hale", "China") not in held, held
