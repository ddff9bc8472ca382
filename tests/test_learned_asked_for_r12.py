"""The learned role reader, round 12: a clause that tells what someone asks for is no event,
for the learned reader as for the patterns (kg.extract.events._asked_for): "X demanded that
ministers resign", "X demanded officials including Y resign", "X urged the authority to ban Y",
"X pressed the regulator to fine Y" report a demand, not a resignation, a ban or a fine (and the
one who demands is no party to it). Near-misses: the act itself still counts.

Sentences and names written for these tests (fictional people and bodies).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
ENTITIES = [("Ana Sousa", "Person"), ("Ivo Petrak", "Person"), ("Corvane Ltd", "Company"),
            ("Market Authority", "GovernmentBody")]


def events(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "Ana Sousa, who was jailed in May, demanded that senior ministers resign over the crackdown.",
    "Ana Sousa demanded officials including Ivo Petrak resign after the shootings.",
    "Ana Sousa pressed the Market Authority to fine Corvane Ltd over the leak.",
    "Ana Sousa urged the Market Authority to ban Corvane Ltd from trading.",
])
def test_a_demand_is_no_event(nlp, text):
    found = {t for t in events(nlp, text) if t[0] in ("Other", "RegulatoryAction")}
    assert not found, found


@pytest.mark.parametrize("text, expected", [
    ("The Market Authority fined Corvane Ltd over the leak.", ("RegulatoryAction", "Corvane Ltd", "target")),
    ("Ivo Petrak resigned after the shootings on Monday.", ("Other", "Ivo Petrak", "actor")),
])
def test_the_act_itself_still_counts(nlp, text, expected):
    assert expected in events(nlp, text)
