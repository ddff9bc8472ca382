"""Round 23; sentences written for these tests.

A name followed by a post only a person holds, in apposition ("X, chairman of Y,", "X, president
of Y,", "X, the firm's founder,"), is a person's, whatever the small model guessed (it reads some
unfamiliar names as places); a place's own description ("X, the capital of Y") leaves it a place.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


def _types(tmp_path, text):
    return article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text, person", [
    ("Win Bischoff, chairman of Citi Europe and a British citizen, will serve as chief executive for now.",
     "Win Bischoff"),
    ("Win Bischoff, president of Citi Europe, will run the bank for now.", "Win Bischoff"),
    ("Win Bischoff, the bank's founder, will run it for now.", "Win Bischoff"),
])
def test_a_post_in_apposition_makes_a_person(tmp_path, text, person):
    assert _types(tmp_path, text).get(person) == "Person"


def test_a_place_described_as_a_capital_stays_a_place(tmp_path):
    assert _types(tmp_path, "Paris, the capital of France, hosted the talks on Monday.").get("Paris") == "Place"
