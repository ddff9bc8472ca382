"""Round 19, from a judged audit article; sentences written for these tests.

"The move prompted China to respond with its own tariffs": "its" names the one made to act (the
object of "prompted", the subject of "respond"), not the last body the text named (a ministry
whose spokesman spoke before had taken the tariffs).
"""

from __future__ import annotations

import pytest

LEAD = "Markets rose.\nChinese Foreign Ministry spokesman Lu Kang said talks would go on. "


@pytest.mark.parametrize("text, country", [
    ("That move prompted China to respond with its own tariffs on U.S. goods.", "China"),
    ("The decision led China to raise its own tariffs on American soybeans.", "China"),
    ("The dispute caused China to impose its own duties on U.S. cars.", "China"),
    ("The tariffs forced China to raise its own duties on U.S. cars.", "China"),
])
def test_its_names_the_one_made_to_act(read_events, text, country):
    found = read_events(LEAD + text)
    assert ("TradeConflict", country, "actor") in found, found
    assert not any(name == "Ministry of Foreign Affairs of China" for _, name, _ in found), found
