"""The learned relation reader places no market index and no firm (round 9, precision).

An index's or a firm's place is written in set ways the rules read ("Halden's Tarnex 50", "In Halden,
the Tarnex 50 rose", "Halden-based Kelvor Oil", "Kelvor Oil's refinery in Halden"); the reader's
guesses from a report's other places were mostly wrong on articles it had not seen (probe9 relations
0.635 -> 0.638 without the index guesses, 0.646 -> 0.653 without the firm ones; tuning unchanged, its
three firm places now read by rules). The test makes the reader sure of every pair it is shown, so it
checks the step that adds what the reader reads, not the weights. Sentences written for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

import kg.extract.relmodel as relmodel
from kg.extract.relations import extract_relations
from kg.extract.table import EntityTable
from kg.models import Article

CAST = [("Tarnex 50", "MarketIndex"), ("Kelvor Oil", "Company"), ("Halden", "Place"), ("Peru", "Place"),
        ("Ferrin Institute", "Organization")]


def _sure_of_location(monkeypatch):
    def predictions(cands, model, threshold):
        return [(c, "locatedIn", 0.99) for c in cands
                if c.ctx.type_of(c.object) == "Place" and c.ctx.type_of(c.subject) != "Place"]
    monkeypatch.setattr(relmodel, "predictions", predictions)
    monkeypatch.setattr(relmodel, "shipped_model", lambda: object())


def _relations(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, CAST)
    rels = extract_relations(doc, table, Article(id="t", text=text, published=date(2024, 5, 8)))
    return {(r.subject.split("/")[1], r.predicate, r.object.split("/")[1]) for r in rels}


@pytest.mark.parametrize("text", [
    "The Tarnex 50 fell 2 percent after weak export figures from Peru.",
    "The Tarnex 50 slid for a third day on worries about copper demand in Peru.",
])
def test_the_reader_places_no_market_index(nlp, monkeypatch, text):
    _sure_of_location(monkeypatch)
    assert ("tarnex-50", "locatedIn", "peru") not in _relations(nlp, text)


@pytest.mark.parametrize("text", [
    "Kelvor Oil sells most of its trucks in Peru.",
    "Kelvor Oil shares fell after floods in Peru.",
])
def test_the_reader_places_no_firm(nlp, monkeypatch, text):
    _sure_of_location(monkeypatch)
    assert ("kelvor-oil", "locatedIn", "peru") not in _relations(nlp, text)


def test_the_reader_still_places_an_organisation(nlp, monkeypatch):
    _sure_of_location(monkeypatch)
    assert ("ferrin-institute", "locatedIn", "peru") in _relations(nlp, "The Ferrin Institute, a think tank with staff in Peru, "
                                                                          "published the study.")
