"""Round 21; sentences written for these tests.

'"We will not accept this," the minister, Tom Hale, told reporters': the speaker is the person the
subject's apposition names, not another holder of the title named before.
"""

from __future__ import annotations

import pytest
from helpers import article_facts

BEFORE = "Finance Minister Ivo Sand said on Monday the plan was dead. "


@pytest.mark.parametrize("text, speaker, words", [
    (BEFORE + '"We will not accept this," the minister, Tom Hale, told reporters.', "Tom Hale", "We will not accept"),
    (BEFORE + '"Talks are over," the spokesman, Mark Dune, said on Tuesday.', "Mark Dune", "Talks are over"),
    (BEFORE + 'The trade minister, Ana Ruiz, said: "We will appeal."', "Ana Ruiz", "We will appeal"),
])
def test_the_apposition_names_the_speaker(tmp_path, text, speaker, words):
    facts, names = article_facts(tmp_path, text)
    said = {(names[q["speaker"]], q["text"][:len(words)]) for q in facts["quotes"]}
    assert (speaker, words) in said, said
