"""Round 23; sentences written for these tests.

Unnamed authorities of a place that order or rule act for the place ("regulators in Norway
ordered X to raise capital", "authorities in Peru ordered X to halt work"); people of a place who
are no authorities act for nobody.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _actions(tmp_path, text):
    return event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, place, target", [
    ("Regulators in Norway ordered Parla Bank to raise more capital.", "Norway", "Parla Bank"),
    ("Authorities in Peru ordered Velda Mining to halt work at the mine on Monday.", "Peru", "Velda Mining"),
    ("Regulators in Chile ordered Kestrel Shipping Ltd. to stop selling bonds last week.", "Chile",
     "Kestrel Shipping Ltd."),
])
def test_authorities_of_a_place_act_for_it(tmp_path, text, place, target):
    actions = _actions(tmp_path, text)
    assert any({(place, "actor"), (target, "target")} <= a for a in actions), actions


def test_people_of_a_place_who_are_no_authorities_act_for_nobody(tmp_path):
    actions = _actions(tmp_path, "Analysts in Norway ordered more shares of Parla Bank.")
    assert not any(("Norway", "actor") in a for a in actions), actions
