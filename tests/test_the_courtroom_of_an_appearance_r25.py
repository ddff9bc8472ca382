"""Round 25; sentences written for these tests.

A defendant who appears "in a Boston courtroom" to face charges: the town naming the courtroom is
where the act happens (its location), as the town of an unnamed jury is ("a jury in Miami
convicted X").
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, town, defendant", [
    ("Ruth Carey appeared in a Boston courtroom on Wednesday to face nine fraud charges.", "Boston", "Ruth Carey"),
    ("Lionel Varga appeared in a Chicago federal court to face bribery charges on Tuesday.", "Chicago",
     "Lionel Varga"),
    ("Dana Pruitt was arraigned in a Houston courtroom on Monday on charges of wire fraud.", "Houston",
     "Dana Pruitt"),
])
def test_the_town_of_the_courtroom_is_the_location(tmp_path, text, town, defendant):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(town, "location"), (defendant, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text, town, defendant", [
    ("A federal jury in Miami convicted Lionel Varga of money laundering on Friday.", "Miami", "Lionel Varga"),
    ("A grand jury in Denver indicted Dana Pruitt on Tuesday.", "Denver", "Dana Pruitt"),
])
def test_the_town_of_an_unnamed_jury_is_the_location(tmp_path, text, town, defendant):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(town, "location"), (defendant, "target")} <= a for a in acts), acts


def test_a_courtroom_elsewhere_in_the_sentence_places_nothing(tmp_path):
    text = "Ruth Carey, who once worked in a Boston courtroom, was charged with fraud by prosecutors on Monday."
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert not any(("Boston", "location") in a for a in acts), acts
