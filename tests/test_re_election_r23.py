"""Round 23; sentences written for these tests.

"re-elected", "re-elect" and "re-election" are one word each (the tokenizer cut them at the
hyphen, and the parse of "was re-elected chancellor" named no election): whoever is re-elected,
or wins re-election, has won an election. Seeking re-election is no win.
"""

from __future__ import annotations

import pytest
from helpers import event_parts

from kg.nlp import load_pipeline


def _elections(tmp_path, text):
    return event_parts(tmp_path, text, "Other")


def test_re_election_words_are_one_token_each():
    doc = load_pipeline()("He was re-elected in May and seeks re-election; voters re-elect him.")
    assert {"re-elected", "re-election", "re-elect"} <= {t.text for t in doc}


@pytest.mark.parametrize("text", [
    "Angela Merkel was re-elected chancellor on Wednesday.",
    "Voters re-elected Angela Merkel on Sunday.",
    "Angela Merkel won re-election on Sunday.",
])
def test_whoever_is_re_elected_has_won_an_election(tmp_path, text):
    events = _elections(tmp_path, text)
    assert any(("Angela Merkel", "subject") in e for e in events), events


def test_seeking_re_election_is_no_win(tmp_path):
    assert not _elections(tmp_path, "Angela Merkel is seeking re-election next year.")
