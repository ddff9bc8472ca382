"""Round 23; sentences written for these tests.

An acronym the small model leaves untagged right after a lower-case description, with no
parentheses, names the body described and takes the description's type: "Brazil's antitrust
regulator CADE approved ...", "the state election commission ENEC said ...", "the market watchdog
KSC fined ...". An acronym followed by another capitalised word is part of a longer name, and a
plain word in capitals ("OK") after a verb is none.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


def _types(tmp_path, text):
    return article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text, acronym", [
    ("Brazil's antitrust regulator CADE approved the merger of Velda Motors and Kestrel Holdings.", "CADE"),
    ("The market watchdog KSC fined Velda Motors $2 million on Monday.", "KSC"),
    ("The country's competition regulator ANCV opened a probe into Velda Motors.", "ANCV"),
])
def test_an_acronym_after_a_description_names_the_body(tmp_path, text, acronym):
    assert _types(tmp_path, text).get(acronym) == "GovernmentBody"


def test_a_word_in_capitals_after_a_verb_is_no_name(tmp_path):
    assert "OK" not in _types(tmp_path, "He said the economy was OK in May.")
