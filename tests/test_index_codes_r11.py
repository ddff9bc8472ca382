"""An index written by its letters alone, where another body shares the letters ("the CAC" is
also China's internet regulator), is the index when a market report moves it: the subject of a
verb of the market's day with a figure. Elsewhere the letters keep their usual reading.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.gazetteer import load_gazetteer
from kg.models import Article


def linked(nlp, text):
    return {(e.gazetteer_id or "").rsplit("/", 1)[-1]: e.type
            for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text", [
    "Across Europe losses deepened: the CAC dropped 0.9% to 4,105 in late trade.",
    "The CAC closed 1.2 percent higher while the DAX fell.",
    "European shares slid, and the CAC shed 41 points by the close.",
])
def test_index_letters_in_a_market_report_are_the_index(nlp, text):
    assert linked(nlp, text).get("cac-40") == "MarketIndex"


@pytest.mark.parametrize("text", [
    "Regulators at the CAC said the app broke data rules.",
    "The CAC fined the platform 5 million yuan on Friday.",
])
def test_the_same_letters_elsewhere_keep_their_reading(nlp, text):
    assert "cac-40" not in linked(nlp, text)


def test_letters_shared_by_two_indexes_name_none():
    gaz = load_gazetteer()
    assert gaz.index_of_code("CAC").label == "CAC 40"
    assert gaz.index_of_code("FTSE") is None  # FTSE 100 and FTSE 250
