"""Round 24; sentences written for these tests.

Saying one is unhappy, angry or disappointed with someone, or at what they did ("the tariffs
imposed by Y", "the deal struck by Y"), criticises them, as voicing anger at them does. Denied
displeasure, or displeasure at a thing with no one behind it, is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("Jeremy Corbyn said he was unhappy with Boris Johnson.", "Jeremy Corbyn", "Boris Johnson"),
    ("Jeremy Corbyn said he was unhappy with the deal struck by Boris Johnson.", "Jeremy Corbyn", "Boris Johnson"),
    ("Mexico is angry at the tariffs imposed by the United States.", "Mexico", "United States"),
    ("Chancellor Olaf Brandt was furious with President Ana Costa on Monday.", "Olaf Brandt", "Ana Costa"),
])
def test_displeasure_with_someone_criticises_them(tmp_path, text, critic, target):
    criticism = event_parts(tmp_path, text, "Criticism")
    assert any({(critic, "actor"), (target, "target")} <= c for c in criticism), criticism


@pytest.mark.parametrize("text", [
    "Boris Johnson said he was not unhappy with Jeremy Corbyn.",
    "Investors in Orion Air were disappointed with the results.",
])
def test_no_one_criticised(tmp_path, text):
    assert event_parts(tmp_path, text, "Criticism") == []
