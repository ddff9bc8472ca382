"""Chambers and standing bodies named in lower case by their function words (round 15).

A legislature's chamber or a body's standing committee that news names only by the words that
make it one body is a government body of its own: "the lower house", "the upper chamber", "the
lower house of parliament", a lender's "monetary policy committee" (also "rate-setting"), a
party's "national executive committee", a "31-member governing council". Only a definite one (after "the", a possessive or "its"): "a policy committee", "an
upper house" and "the house" are none, nor a plain committee ("the committee", "the ethics
committee"); the owner ("the Bank of Velmora's") stays an entity of its own.

Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, name", [
    ("Two days later the lower house approved the pension overhaul by a wide margin.", "lower house"),
    ("The coalition lost its majority in the powerful upper chamber in July.", "upper chamber"),
    ("Opposition deputies quit a sitting of Velmora's lower house of parliament on Tuesday.",
     "lower house of parliament"),
    ("The Bank of Velmora's monetary policy committee voted to hold rates at 4 percent.",
     "monetary policy committee"),
    ("Its eight-member rate-setting monetary policy committee met on Thursday and left rates unchanged.",
     "monetary policy committee"),
    ("The succession will be settled once the party's national executive committee gathers in Darnford.",
     "national executive committee"),
    ("The lender's 31-member governing council cut its deposit rate in Orlen.", "governing council"),
])
def test_chamber_named_by_its_function_words(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "GovernmentBody"


@pytest.mark.parametrize("text", [
    "A policy committee will study the proposal before the summer.",
    "Reformers said an upper house would slow every bill down.",
    "The committee said the sale of the house in Darnford was legal.",
    "The ethics committee of the Velmora Tennis Club met on Monday.",
    "Lower prices in the house market helped buyers in Orlen.",
])
def test_no_chamber_without_its_words_or_a_definite_article(nlp, text):
    names = entity_types(nlp, text)
    assert not any(n.lower().endswith(("house", "committee", "chamber", "council")) and n[:1].islower()
                   for n in names), names
