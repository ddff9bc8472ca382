"""Round 24; sentences written for these tests.

A trade measure on a trade bloc's goods aims at the bloc as it would at a country: "tariffs on EU
goods", "steel from the European Union, Canada and Mexico", "duties on wine from the European Union".
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, bloc", [
    ("The United States imposed tariffs on EU goods on Friday.", "European Union"),
    ("The United States imposed tariffs on steel from the European Union, Canada and Mexico on Friday.",
     "European Union"),
    ("China imposed duties on wine from the European Union on Monday.", "European Union"),
])
def test_the_bloc_is_the_target(tmp_path, text, bloc):
    measures = event_parts(tmp_path, text, "TradeConflict")
    assert any((bloc, "target") in m for m in measures), measures
