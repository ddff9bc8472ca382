"""Round 24; sentences written for these tests.

A pronoun opening the next sentence ("\"...,\" he said") takes up the subject of the sentence
before's main clause, not the subject of a clause set before it ("As he entered the hall,
President X said ...": X, not the "he" of the opening clause).
"""

from __future__ import annotations

import pytest
from helpers import speaker_names


@pytest.mark.parametrize("text, speaker", [
    ("British Prime Minister Tom Reed said the meeting was useful. As he entered the hall, President Luis Prado "
     "said much work remains. \"This crisis has not ended,\" he said.", "Luis Prado"),
    ("Chancellor Olaf Brandt praised the deal. When he arrived in Rome, Prime Minister Marco Neri said talks would "
     "go on. \"We are close to an agreement,\" he said.", "Marco Neri"),
    ("Governor Tomas Lund spoke first. After he left the stage, Finance Minister Erik Holm said prices were "
     "stable. \"Inflation is under control,\" he said.", "Erik Holm"),
])
def test_the_pronoun_takes_up_the_main_clause_subject(tmp_path, text, speaker):
    assert speaker_names(tmp_path, text) == [speaker]


def test_with_no_clause_before_the_first_subject_still_speaks(tmp_path):
    text = "President Luis Prado met Prime Minister Tom Reed on Monday. \"We agreed on trade,\" he said."
    assert speaker_names(tmp_path, text) == ["Luis Prado"]
