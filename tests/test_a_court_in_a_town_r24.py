"""Round 24; sentences written for these tests.

An unnamed judge, court or prosecution "in" a town acts there: the town is where the act happens
(its location), not a state acting against the defendant. A named body keeps acting, and
regulators in a capital still stand for its government.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, town, defendant", [
    ("A federal judge in Boston sentenced Dana Pruitt to five years in prison on Wednesday.", "Boston", "Dana Pruitt"),
    ("Prosecutors in Milan charged Marco Bellini with fraud on Friday.", "Milan", "Marco Bellini"),
    ("A court in Seoul convicted Park Min-jun of bribery on Tuesday.", "Seoul", "Park Min-jun"),
])
def test_the_town_of_an_unnamed_court_is_where_it_acts(tmp_path, text, town, defendant):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(town, "location"), (defendant, "target")} <= a for a in acts), acts
    assert not any((town, "actor") in a for a in acts), acts


def test_a_named_court_still_acts(tmp_path):
    text = "The Supreme Court of India in New Delhi fined Orion Air on Monday."
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any(("Supreme Court of India", "actor") in a for a in acts), acts
