"""Round 24; sentences written for these tests.

A broadcast script's speaker line in capitals gives the floor to the person whose name has every
word of it, the parts of a hyphenated name included ("JEAN-CLAUDE JUNCKER: “…”", "MARIE-ANNE
DUVAL: “…”"). A label that fits no one, or two people, gives it to no one.
"""

from __future__ import annotations

import pytest
from helpers import speaker_names


@pytest.mark.parametrize("text, speaker", [
    ("Luxembourg's Prime Minister, Jean-Claude Juncker, announced the agreement on Tuesday.\n"
     "JEAN-CLAUDE JUNCKER: “After a meeting of fourteen hours, we have reached a far-reaching agreement.”",
     "Jean-Claude Juncker"),
    ("Finance Minister Marie-Anne Duval spoke in Paris on Monday.\n"
     "MARIE-ANNE DUVAL: “The budget will be balanced by next year.”", "Marie-Anne Duval"),
    ("Trade Minister Hans-Peter Kroll met reporters on Friday.\n"
     "HANS-PETER KROLL: “Our exports to Asia grew faster than we planned.”", "Hans-Peter Kroll"),
])
def test_a_hyphenated_name_in_capitals_is_the_speaker(tmp_path, text, speaker):
    assert speaker_names(tmp_path, text) == [speaker]


def test_a_label_that_fits_no_one_gives_no_speaker(tmp_path):
    text = ("Finance Minister Marie-Anne Duval spoke in Paris on Monday.\n"
            "JEAN-LUC BRUN: “The budget will be balanced by next year.”")
    assert "Marie-Anne Duval" not in speaker_names(tmp_path, text)
