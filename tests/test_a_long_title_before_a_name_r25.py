"""Round 25; sentences written for these tests.

A long title before a name, "Acting Comptroller of the Currency Lena M. Okafor": the title words
are no person ("Acting Comptroller") and the title's last word is no part of the name ("Currency
Lena M. Okafor"); the speaker of a quote is the person named.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, speaker_names


@pytest.mark.parametrize("text, person", [
    ('"The bank must act," said Acting Comptroller of the Currency Lena M. Okafor.', "Lena M. Okafor"),
    ('"Reserves are ample," said Acting Comptroller of the Currency Ruth Adeyemi.', "Ruth Adeyemi"),
    ('"Prices will ease," said Acting Director of the Mint Carlos Ibarra.', "Carlos Ibarra"),
])
def test_only_the_name_is_a_person(tmp_path, text, person):
    types = article_entity_types(tmp_path, text)
    people = [n for n, t in types.items() if t == "Person"]
    assert people == [person], types
    assert speaker_names(tmp_path, text) == [person]
