"""Graph -> facts JSON (../shared/eval/FORMAT.md), computed with SPARQL over the RDF.

Reading the facts back out of the graph, rather than from the extractor's dataclasses, proves
the graph holds them: whatever `kg facts` reports, a SPARQL user can find too. Queries are
prepared once and parameters are bound (`initBindings`), never spliced into the text.

Entity ids are the IRI path after `id:` (`person/xi-jinping`); event ids likewise
(`event/3f2a...`). Output is sorted, so the same graph always gives the same JSON.
"""

from __future__ import annotations

import json
import warnings
from decimal import Decimal
from functools import cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg.errors import UsageError
from kg.models import ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES
from kg.namespaces import ID, KG, PREFIXES

__all__ = ["facts_json", "graph_to_facts", "term_id"]

_ENTITY_TYPE_VALUES = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
_EVENT_TYPE_VALUES = " ".join(f"kg:{t}" for t in EVENT_TYPES)
_ROLE_VALUES = " ".join(f"kg:{r}" for r in PARTICIPANT_ROLES)

_QUERIES = {
    "articles": """
        SELECT ?article ?id ?published WHERE {
          ?article a kg:Article ; dcterms:identifier ?id .
          OPTIONAL { ?article schema:datePublished ?published }
        }""",
    "entities": f"""
        SELECT ?article ?e ?name ?type WHERE {{
          ?e kg:mentionedIn ?article ; rdfs:label ?name ; a ?type .
          VALUES ?type {{ {_ENTITY_TYPE_VALUES} }}
        }}""",
    "aliases": """
        SELECT DISTINCT ?e ?alias WHERE { ?e kg:mentionedIn ?article ; skos:altLabel ?alias . }""",
    "graph_aliases": """
        SELECT DISTINCT ?article ?e ?alias WHERE {
          GRAPH ?g { ?e kg:mentionedIn ?article . { ?e kg:mentionedAs ?alias } UNION { ?e skos:altLabel ?alias } }
        }""",
    "graph_articles": """
        SELECT DISTINCT ?article WHERE { GRAPH ?g { ?article a kg:Article } }""",
    "positions": """
        SELECT ?article ?f ?s ?o ?title WHERE {
          ?f a kg:Position ; prov:wasDerivedFrom ?article ; org:member ?s ; org:organization ?o .
          OPTIONAL { ?f kg:title ?title }
          OPTIONAL { ?f kg:confidence ?confidence }
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }""",
    "relations": """
        SELECT ?article ?f ?s ?p ?o WHERE {
          ?f a kg:RelationAssertion ; prov:wasDerivedFrom ?article ;
             rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL { ?f kg:confidence ?confidence }
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }""",
    "events": f"""
        SELECT ?article ?f ?type ?date ?value ?start WHERE {{
          ?f a kg:Event ; prov:wasDerivedFrom ?article ; a ?type .
          VALUES ?type {{ {_EVENT_TYPE_VALUES} }}
          OPTIONAL {{ ?f sem:hasTimeStamp ?date }}
          OPTIONAL {{ ?f kg:value ?value }}
          OPTIONAL {{ ?f kg:evidenceStart ?start }}
          OPTIONAL {{ ?f kg:confidence ?confidence }}
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }}""",
    "participants": f"""
        SELECT ?f ?role ?e WHERE {{
          ?f a kg:Event ; ?role ?e .
          VALUES ?role {{ {_ROLE_VALUES} }}
        }}""",
    "quotes": """
        SELECT ?article ?f ?speaker ?text ?source ?start WHERE {
          ?f a kg:Quote ; prov:wasDerivedFrom ?article ; kg:speaker ?speaker ; kg:quoteText ?text .
          OPTIONAL { ?f kg:source ?source }
          OPTIONAL { ?f kg:evidenceStart ?start }
          OPTIONAL { ?f kg:confidence ?confidence }
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }""",
}


@cache
def _query(name: str) -> Query:
    # Prepared on first use, not at import time.
    return prepareQuery(_QUERIES[name], initNs=dict(PREFIXES))


def _run(graph: Graph, name: str, **bindings) -> list:
    with warnings.catch_warnings():  # rdflib's Dataset calls its own deprecated API on every match
        warnings.simplefilter("ignore", DeprecationWarning)
        return list(graph.query(_query(name), initBindings=bindings))


def term_id(term: URIRef) -> str:
    """`person/xi-jinping` for `id:person/xi-jinping`; other IRIs stay whole."""
    text = str(term)
    prefix = str(ID)
    return text[len(prefix):] if text.startswith(prefix) else text


def _union_view(graph: Graph) -> Graph:
    """A view in which queries see every triple: a Dataset must query the union of its graphs."""
    if isinstance(graph, Dataset) and not graph.default_union:
        union = Dataset(store=graph.store, default_union=True)
        return union
    return graph


def graph_to_facts(graph: Graph, min_confidence: float = 0.0) -> list[dict]:
    """One FORMAT.md facts object per article in `graph`, sorted by article id.

    Facts whose `kg:confidence` is below `min_confidence` are left out (entities are kept).
    Each query runs once per graph (not once per article), so thousands of articles stay fast.
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    minimum = Literal(Decimal(str(min_confidence)))
    scope = _union_view(graph)
    articles: dict[URIRef, _ArticleFacts] = {}
    for row in _run(scope, "articles"):
        if row.article not in articles:
            articles[row.article] = _ArticleFacts(str(row.id), row.published)
    _collect(scope, articles, minimum)
    out = {facts.article_id: facts.to_json() for facts in articles.values()}
    return [out[k] for k in sorted(out)]


def _local(term) -> str:
    text = str(term)
    return text[len(str(KG)):] if text.startswith(str(KG)) else text


class _ArticleFacts:
    """What the queries found for one article, turned into the FORMAT.md object at the end."""

    def __init__(self, article_id: str, published):
        self.article_id = article_id
        self.published = published
        self.entities: dict[str, dict] = {}
        self.relations: set[tuple] = set()
        self.events: dict[str, dict] = {}
        self.event_order: dict[str, tuple] = {}
        self.quotes: list[tuple[int, dict]] = []

    def to_json(self) -> dict:
        for entry in self.entities.values():
            entry["aliases"].sort()
        for event in self.events.values():
            event["participants"].sort(key=lambda p: (PARTICIPANT_ROLES.index(p["role"]), p["entity"]))
        result = {"article": self.article_id}
        if self.published is not None:
            result["published"] = str(self.published)
        result["entities"] = [self.entities[k] for k in sorted(self.entities)]
        result["relations"] = [
            {"subject": s, "predicate": p, "object": o, **({"title": t} if t else {})}
            for s, p, o, t in sorted(self.relations, key=lambda r: (r[0], r[1], r[2], r[3] or ""))
        ]
        result["events"] = [self.events[k] for k in sorted(self.events, key=self.event_order.__getitem__)]
        result["quotes"] = [q for _, q in sorted(self.quotes, key=lambda sq: (sq[0], json.dumps(sq[1], sort_keys=True)))]
        return result


def _collect(g: Graph, articles: dict, minimum: Literal) -> None:
    for row in _run(g, "entities"):
        facts = articles.get(row.article)
        if facts is None:
            continue
        key, coarse = term_id(row.e), _local(row.type)
        entry = facts.entities.get(key)
        if entry is None:
            facts.entities[key] = {"id": key, "name": str(row.name), "type": coarse, "aliases": []}
        else:
            # Several labels or coarse types (a merged union graph): keep the first, sorted.
            entry["name"] = min(entry["name"], str(row.name))
            entry["type"] = min(entry["type"], coarse, key=ENTITY_TYPES.index)
    # Aliases stay with their own article where each article has its own named graph; in a
    # plain (merged) graph an entity's aliases are those of every article.
    aliases: dict[str, set[str]] = {}
    for row in _run(g, "aliases"):
        aliases.setdefault(term_id(row.e), set()).add(str(row.alias))
    own: dict[tuple, set[str]] = {}
    in_named_graphs: set = set()
    if isinstance(g, ConjunctiveGraph):
        in_named_graphs = {row.article for row in _run(g, "graph_articles")}
        for row in _run(g, "graph_aliases"):
            own.setdefault((row.article, term_id(row.e)), set()).add(str(row.alias))
    for article, facts in articles.items():
        for key, entry in facts.entities.items():
            forms = own.get((article, key), set()) if article in in_named_graphs else aliases.get(key, set())
            entry["aliases"] = sorted(forms - {entry["name"]})

    for row in _run(g, "positions", min_confidence=minimum):
        facts = articles.get(row.article)
        if facts is not None:
            title = str(row.title) if row.title is not None else None
            facts.relations.add((term_id(row.s), "holdsPosition", term_id(row.o), title))
    for row in _run(g, "relations", min_confidence=minimum):
        facts = articles.get(row.article)
        if facts is not None:
            facts.relations.add((term_id(row.s), _local(row.p), term_id(row.o), None))

    event_articles: dict[str, _ArticleFacts] = {}
    for row in _run(g, "events", min_confidence=minimum):
        facts = articles.get(row.article)
        if facts is None:
            continue
        key = term_id(row.f)
        event = {"id": key, "type": _local(row.type), "date": str(row.date) if row.date is not None else None,
                 "participants": []}
        if row.value is not None:
            event["value"] = str(row.value)
        facts.events[key] = event
        facts.event_order[key] = (int(row.start) if row.start is not None else 0, key)
        event_articles[key] = facts
    for row in _run(g, "participants"):
        key = term_id(row.f)
        facts = event_articles.get(key)
        if facts is not None:
            part = {"entity": term_id(row.e), "role": _local(row.role)}
            if part not in facts.events[key]["participants"]:
                facts.events[key]["participants"].append(part)

    for row in _run(g, "quotes", min_confidence=minimum):
        facts = articles.get(row.article)
        if facts is not None:
            quote = {"speaker": term_id(row.speaker), "text": str(row.text)}
            if row.source is not None:
                quote["source"] = term_id(row.source)
            facts.quotes.append((int(row.start) if row.start is not None else 0, quote))


def facts_json(facts: list[dict]) -> str:
    """The text `kg facts` writes: one object for one article, a list for several."""
    data = facts[0] if len(facts) == 1 else facts
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
