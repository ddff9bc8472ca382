"""Round 25; sentences written for these tests.

The head of a country's central bank named in lower case: "Brazil's central bank chief X" (the
parser hangs the country on X, so the body was not found and X was given the country), and "the
governor of Kenya's central bank, X," (the parser hangs X on the bank, so nobody held the title).
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, bank", [
    ("Brazil's central bank chief Roberto Campos Neto said rates would stay high.", "Roberto Campos Neto",
     "Central Bank of Brazil"),
    ("Kenya's central bank governor Patrick Njoroge said inflation would ease.", "Patrick Njoroge",
     "Central Bank of Kenya"),
    ("The governor of Kenya's central bank, Patrick Njoroge, said on Monday that inflation would ease.",
     "Patrick Njoroge", "Central Bank of Kenya"),
    ("The head of Nigeria's central bank, Godwin Emefiele, said the naira would recover.", "Godwin Emefiele",
     "Central Bank of Nigeria"),
])
def test_the_head_holds_a_post_at_the_bank(tmp_path, text, person, bank):
    pairs = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, bank) in pairs, pairs


def test_the_bank_head_holds_no_post_in_the_country(tmp_path):
    text = "Kenya's central bank governor Patrick Njoroge said inflation would ease."
    assert ("Patrick Njoroge", "Kenya") not in relation_pairs(tmp_path, text, "holdsPosition")
