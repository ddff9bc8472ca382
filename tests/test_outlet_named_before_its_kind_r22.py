"""Round 22; sentences written for these tests.

"Wired magazine editor X", "Fortune magazine once called her ...": the capitalised words right before
a lowercase kind of outlet (magazine, newspaper, weekly) name that outlet, which the small model
leaves untagged or calls a firm; not a nationality or a day ("a British magazine", "a Sunday paper").
"""

from __future__ import annotations

import pytest
from helpers import article_facts, relation_pairs


def _types(tmp_path, text):
    facts, _ = article_facts(tmp_path, text)
    return {e["name"]: e["type"] for e in facts["entities"]}


@pytest.mark.parametrize("text, outlet", [
    ("Quarry magazine editor Lena Voss calls the merger a turning point for the trade.", "Quarry"),
    ("Ledger magazine once called her the most powerful banker in Europe.", "Ledger"),
    ("Omar Haddad, a columnist at Harbor Gazette newspaper, broke the story in May.", "Harbor Gazette"),
])
def test_the_words_before_a_kind_of_outlet_name_it(tmp_path, text, outlet):
    assert _types(tmp_path, text).get(outlet) == "MediaOutlet"


def test_the_editor_of_an_outlet_so_named_holds_a_post_there(tmp_path):
    held = relation_pairs(tmp_path, "Quarry magazine editor Lena Voss calls the merger a turning point.",
                          "holdsPosition")
    assert ("Lena Voss", "Quarry") in held, held


def test_a_nationality_or_a_day_before_the_kind_is_no_outlet(tmp_path):
    assert not _types(tmp_path, "A British magazine and a Sunday newspaper ran the story first.")
