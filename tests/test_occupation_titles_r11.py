"""An occupation written as a title before a name ("Stockbroker X, from Y, says", "Trader X sold")
is no part of the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def people(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text)) if e.type == "Person"}


@pytest.mark.parametrize("text, person", [
    ("Stockbroker Nell Hart, from a London brokerage, says investors are nervous.", "Nell Hart"),
    ("Trader Ivo Sand sold his shares on Friday.", "Ivo Sand"),
    ("Columnist Mara Quist wrote that the plan had failed.", "Mara Quist"),
])
def test_an_occupation_before_a_name_is_no_part_of_it(nlp, text, person):
    assert people(nlp, text) == {person}


def test_a_firm_named_with_an_occupation_word_keeps_it(nlp):
    text = "Shares of Interactive Brokers rose on Monday."
    found = {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}
    assert "Interactive Brokers" in found


@pytest.mark.parametrize("text, designation", [
    ("The order finds that Trader C. and Trader D. entered bids they meant to cancel.", "Trader C."),
    ("According to the order, Trader B, a Zurich-based employee, placed the orders.", "Trader B"),
])
def test_a_releases_designation_keeps_its_occupation(nlp, text, designation):
    found = people(nlp, text)
    assert designation in found and designation.split()[1] not in found
