"""Words that name no actor: a currency written with capitals ("the Kessel Peso", "the
Nigerian Naira") that is only bought or sold, not the subject of a move, and a plural
honorific standing alone ("Drs. Marra and Quist"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def names(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, currency", [
    ("Savers rushed to sell the Argentine Peso as inflation passed 100 percent.", "Argentine Peso"),
    ("Traders dumped the South African Rand after the vote.", "South African Rand"),
    ("Banks in Manila hoarded the Philippine Peso ahead of the holiday.", "Philippine Peso"),
])
def test_a_currency_is_no_entity(nlp, text, currency):
    assert currency not in names(nlp, text), names(nlp, text)


def test_a_firm_named_with_a_currency_word_stays(nlp):
    assert "Dollar General" in names(nlp, "Shares of Dollar General rose 4 percent after its results.")


@pytest.mark.parametrize("text, currency", [
    # a currency that moves is the subject of a market move, which FORMAT.md names as such
    ("The South African Rand rallied after the vote.", "South African Rand"),
    ("Traders said the Mexican Peso climbed 1 percent.", "Mexican Peso"),
    ("The Colombian Peso slid to a record low on Friday.", "Colombian Peso"),
])
def test_a_currency_that_moves_stays(nlp, text, currency):
    assert currency in names(nlp, text), names(nlp, text)


@pytest.mark.parametrize("text", [
    "The SEC alleges that Drs. Marra and Quist were investigators in the trial.",
    "The complaint names Messrs. Holt and Varga as the traders who placed the orders.",
    "The complaint says Drs. Ilse Brandt and Omar Sayed traded ahead of the news.",
])
def test_a_plural_honorific_is_no_person(nlp, text):
    found = names(nlp, text)
    assert not found & {"Drs", "Messrs"}, found
