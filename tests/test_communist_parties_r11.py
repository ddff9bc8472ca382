"""A bare "Communist Party" names no particular country's party: the gazetteer linked every
"Communist Party" to China's, so a Russian party leader and a Vietnamese ruling party became
members of the Chinese Communist Party. A country's own communist party is known by its
country-qualified names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def parties(nlp, text):
    """The gazetteer entries (the last part of their IRIs) of the parties found in `text`."""
    return {(e.gazetteer_id or "").rsplit("/", 1)[-1] for e in resolve_entities(nlp(text), Article(id="t", text=text))
            if e.type == "PoliticalParty"}


@pytest.mark.parametrize("text, name", [
    ("Russian Communist Party leader Ivan Dorov said his party would call for a vote.",
     "communist-party-of-the-russian-federation"),
    ("The Cuban Communist Party chose a new first secretary on Monday.", "communist-party-of-cuba"),
    ("China's Communist Party opened its congress in Beijing on Sunday.", "chinese-communist-party"),
])
def test_a_country_qualified_communist_party_is_that_countrys(nlp, text, name):
    assert name in parties(nlp, text)


@pytest.mark.parametrize("text", [
    "Hanoi's new ministers, all named by the ruling Communist Party, met on Monday.",
    "The Communist Party of Varnia won nine seats.",
])
def test_a_bare_communist_party_is_not_chinas(nlp, text):
    assert "chinese-communist-party" not in parties(nlp, text)
