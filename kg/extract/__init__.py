"""Extraction: a parsed spaCy `Doc` of one article -> `Facts` (plain dataclasses, no rdflib).

The steps run in one direction: entities (with aliases and coreference) first, then relations,
events and quotes, which read the entity table; a criticism event's critic and target are then
told as a relation too, where the relation readers found none. See docs/DESIGN.md.
"""

from __future__ import annotations

import sys
import types

from kg.extract.entities import resolve_entities
from kg.extract.events import extract_events
from kg.extract.quotes import extract_quotes
from kg.extract.relations import criticisms_told_as_events, extract_relations
from kg.models import Article, Facts


def extract(doc, article: Article, model: str | None = None) -> Facts:
    """Everything `kg` finds in one article. `doc` is `nlp(article.text)`."""
    table = resolve_entities(doc, article)
    relations = extract_relations(doc, table, article)
    events = extract_events(doc, table, article, relations)
    relations = criticisms_told_as_events(table, events, relations)
    quotes = extract_quotes(doc, table, article)
    return Facts(
        article=article,
        entities=sorted(table, key=lambda e: e.key),
        relations=relations,
        events=events,
        quotes=quotes,
        model=model,
    )


__all__ = ["extract"]


class _ExtractModule(types.ModuleType):
    """`kg.extract` names both this subpackage and the API's one call: `kg.extract(["a.txt"])`
    reads, parses and extracts articles into a `kg.KnowledgeGraph` (kg.api.extract), while
    `kg.extract.extract(doc, article)` stays the extractor of one parsed article."""

    def __call__(self, inputs, **options):
        from kg.api import extract as extract_articles

        return extract_articles(inputs, **options)


sys.modules[__name__].__class__ = _ExtractModule
