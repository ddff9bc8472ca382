"""Round 22; sentences written for these tests.

"The founders of Y, A and B," and "A and B, the founders of Y,": a plural "founders" is founded by
each person named with it, as plural job nouns already were held by each ("Y executives A and B").
The names set off by commas after "of Y" are the holders even where the small model makes them
conjuncts of Y; a list with no closing comma ("the heads of A, B and C met") is a list of firms.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text", [
    "The founders of Quillfield Labs, Dara Quinn and Joe Marsh, said the first office was a rented basement.",
    "Dara Quinn and Joe Marsh, the founders of Quillfield Labs, said the first office was a rented basement.",
    "Dara Quinn and Joe Marsh, both co-founders of Quillfield Labs, told the court the books were clean.",
])
def test_each_founder_named_with_a_plural_founded_the_firm(tmp_path, text):
    founded = relation_pairs(tmp_path, text, "founded")
    assert {("Dara Quinn", "Quillfield Labs"), ("Joe Marsh", "Quillfield Labs")} <= founded, founded


def test_the_executives_of_a_firm_set_off_by_commas_hold_posts_there(tmp_path):
    held = relation_pairs(tmp_path, "The two executives of Quillfield Labs, Dara Quinn and Joe Marsh, resigned on Monday.",
                          "holdsPosition")
    assert {("Dara Quinn", "Quillfield Labs"), ("Joe Marsh", "Quillfield Labs")} <= held, held


def test_a_list_of_firms_after_heads_of_is_no_holder(tmp_path):
    held = relation_pairs(tmp_path, "The heads of Quillfield Labs, Ardent Mills and Corvel met in Geneva on Monday.",
                          "holdsPosition")
    assert not any(org == "Quillfield Labs" for _, org in held), held


def test_a_text_ending_on_the_firm_after_of_reads_without_error(tmp_path):
    # the names-after-a-comma step looked one token past the firm; a text may end there
    assert relation_pairs(tmp_path, "He praised the founders of Quillfield Labs", "founded") == set()
