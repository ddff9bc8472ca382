"""Every construction in the event lexicon, run on the sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.event_lexicon import EXAMPLES, TRIGGERS
from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import EVENT_TYPES, Article


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.construction}: {e.text[:40]}")
def test_each_example_gives_its_participants(nlp, example):
    doc = nlp(example.text)
    table = EntityTable.from_names(doc, list(example.entities))
    found = {(e.type, p.entity.split("/")[1], p.role)
             for e in extract_events(doc, table, Article(id="t", text=example.text, published=date(2024, 5, 8)))
             for p in e.participants}
    assert example.expected <= found


def test_every_construction_has_three_phrasings():
    counts: dict[str, int] = {}
    for e in EXAMPLES:
        counts[e.construction] = counts.get(e.construction, 0) + 1
    assert min(counts.values()) >= 3, counts


def test_the_lexicon_names_only_known_event_types_and_lower_case_words():
    for name, tc in TRIGGERS.items():
        assert name == tc.event and name in EVENT_TYPES
        for word in tc.verbs | tc.nouns | tc.light_verbs:
            assert word == word.lower() and word.strip() == word
