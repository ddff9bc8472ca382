"""A head of state's title ending in a country of two words ("the President of El Salvador",
"the Prime Minister of Sri Lanka") and the holder's name right after it: the country's last word
is no given name of the holder. A one-word place the model hangs on a name stays a given name
("Sydney" in a name). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def people(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    return {e.name for e in facts.entities if e.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("He met the President of El Salvador Ramon Vega on Friday.", "Ramon Vega"),
    ("The President of Sierra Leone Amara Conteh spoke first.", "Amara Conteh"),
    ("A call with the Prime Minister of Sri Lanka Ravi Perera followed.", "Ravi Perera"),
])
def test_the_country_ends_before_the_holders_name(nlp, text, name):
    assert name in people(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Sydney Okafor, an analyst, said the bank would wait.", "Sydney Okafor"),
    ("Economist Florence Adeyemi said rates would rise.", "Florence Adeyemi"),
])
def test_a_one_word_place_as_a_given_name_stays(nlp, text, name):
    assert name in people(nlp, text)
