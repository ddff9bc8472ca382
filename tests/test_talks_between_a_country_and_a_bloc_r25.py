"""Round 25; sentences written for these tests.

A country and a trade bloc holding, resuming or concluding talks are the two sides of a meeting,
as two countries are ("India and the European Union held talks"); one country alone holding talks
with nobody named meets no one.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, sides", [
    ("India and the European Union held talks on a free trade agreement in January.", {"India", "European Union"}),
    ("Mexico and the European Union resumed trade talks on Monday.", {"Mexico", "European Union"}),
    ("Kenya and the African Union concluded talks on the crisis on Friday.", {"Kenya", "African Union"}),
])
def test_both_sides_attend(tmp_path, text, sides):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(s, "attendee") for s in sides} <= m for m in meetings), meetings


def test_one_country_alone_meets_no_one(tmp_path):
    assert not event_parts(tmp_path, "India resumed talks on Monday.", "Meeting")
