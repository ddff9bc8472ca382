"""Graph -> facts JSON (../shared/eval/FORMAT.md), computed with SPARQL over the RDF.

Reading the facts back out of the graph, rather than from the extractor's dataclasses, proves
the graph holds them: whatever `kg facts` reports, a SPARQL user can find too. Queries are
prepared once and parameters are bound (`initBindings`), never spliced into the text.

Entity ids are the IRI path after `id:` (`person/xi-jinping`); event ids likewise
(`event/3f2a...`). Output is sorted, so the same graph always gives the same JSON.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg.errors import UsageError
from kg.models import ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES
from kg.namespaces import ID, KG, PREFIXES, sparql_prologue

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
        SELECT ?e ?name ?type WHERE {{
          ?e kg:mentionedIn ?article ; rdfs:label ?name ; a ?type .
          VALUES ?type {{ {_ENTITY_TYPE_VALUES} }}
        }}""",
    "aliases": """
        SELECT ?e ?alias WHERE { ?e kg:mentionedIn ?article ; skos:altLabel ?alias . }""",
    "positions": """
        SELECT ?f ?s ?o ?title WHERE {
          ?f a kg:Position ; prov:wasDerivedFrom ?article ; org:member ?s ; org:organization ?o .
          OPTIONAL { ?f kg:title ?title }
          OPTIONAL { ?f kg:confidence ?confidence }
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }""",
    "relations": """
        SELECT ?f ?s ?p ?o WHERE {
          ?f a kg:RelationAssertion ; prov:wasDerivedFrom ?article ;
             rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL { ?f kg:confidence ?confidence }
          FILTER (!BOUND(?confidence) || ?confidence >= ?min_confidence)
        }""",
    "events": f"""
        SELECT ?f ?type ?date ?value ?start WHERE {{
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
          ?f a kg:Event ; prov:wasDerivedFrom ?article ; ?role ?e .
          VALUES ?role {{ {_ROLE_VALUES} }}
        }}""",
    "quotes": """
        SELECT ?f ?speaker ?text ?source ?start WHERE {
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
    return list(graph.query(_query(name), initBindings=bindings))


def term_id(term: URIRef) -> str:
    """`person/xi-jinping` for `id:person/xi-jinping`; other IRIs stay whole."""
    text = str(term)
    prefix = str(ID)
    return text[len(prefix):] if text.startswith(prefix) else text


def _scopes(graph: Graph) -> list[Graph]:
    """The graphs to read articles from: each named graph (and the default graph) of a
    Dataset, so aliases stay with their own article; a plain Graph as it is."""
    if isinstance(graph, ConjunctiveGraph):
        graphs = graph.graphs() if isinstance(graph, Dataset) else graph.contexts()
        scopes = [c for c in graphs if len(c)]
        if not scopes and len(graph):
            scopes = [graph]
        return sorted(scopes, key=lambda c: str(c.identifier))
    return [graph]


def graph_to_facts(graph: Graph, min_confidence: float = 0.0) -> list[dict]:
    """One FORMAT.md facts object per article in `graph`, sorted by article id.

    Facts whose `kg:confidence` is below `min_confidence` are left out (entities are kept).
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    minimum = Literal(Decimal(str(min_confidence)))
    out: dict[str, dict] = {}
    for scope in _scopes(graph):
        for row in _run(scope, "articles"):
            article_id = str(row.id)
            if article_id in out:
                continue
            out[article_id] = _article_facts(scope, row.article, article_id, row.published, minimum)
    return [out[k] for k in sorted(out)]


def _article_facts(g: Graph, article: URIRef, article_id: str, published, minimum: Literal) -> dict:
    entities: dict[str, dict] = {}
    for row in _run(g, "entities", article=article):
        key = term_id(row.e)
        local = str(row.type)[len(str(KG)):]
        entry = entities.get(key)
        if entry is None:
            entities[key] = {"id": key, "name": str(row.name), "type": local, "aliases": []}
        else:
            # Several labels or coarse types (a merged union graph): keep the first, sorted.
            entry["name"] = min(entry["name"], str(row.name))
            entry["type"] = min(entry["type"], local, key=ENTITY_TYPES.index)
    for row in _run(g, "aliases", article=article):
        entry = entities.get(term_id(row.e))
        if entry is not None and str(row.alias) not in entry["aliases"]:
            entry["aliases"].append(str(row.alias))
    for entry in entities.values():
        entry["aliases"].sort()

    relations = set()
    for row in _run(g, "positions", article=article, min_confidence=minimum):
        relations.add((term_id(row.s), "holdsPosition", term_id(row.o), str(row.title) if row.title else None))
    for row in _run(g, "relations", article=article, min_confidence=minimum):
        predicate = str(row.p)
        if predicate.startswith(str(KG)):
            predicate = predicate[len(str(KG)):]
        relations.add((term_id(row.s), predicate, term_id(row.o), None))

    events: dict[str, dict] = {}
    order: dict[str, tuple] = {}
    for row in _run(g, "events", article=article, min_confidence=minimum):
        key = term_id(row.f)
        event = {"id": key, "type": str(row.type)[len(str(KG)):], "date": str(row.date) if row.date else None,
                 "participants": []}
        if row.value is not None:
            event["value"] = str(row.value)
        events[key] = event
        order[key] = (int(row.start) if row.start is not None else 0, key)
    for row in _run(g, "participants", article=article):
        event = events.get(term_id(row.f))
        if event is not None:
            part = {"entity": term_id(row.e), "role": str(row.role)[len(str(KG)):]}
            if part not in event["participants"]:
                event["participants"].append(part)
    for event in events.values():
        event["participants"].sort(key=lambda p: (PARTICIPANT_ROLES.index(p["role"]), p["entity"]))

    quotes = []
    for row in _run(g, "quotes", article=article, min_confidence=minimum):
        quote = {"speaker": term_id(row.speaker), "text": str(row.text)}
        if row.source is not None:
            quote["source"] = term_id(row.source)
        quotes.append((int(row.start) if row.start is not None else 0, quote))

    result = {"article": article_id}
    if published is not None:
        result["published"] = str(published)
    result["entities"] = [entities[k] for k in sorted(entities)]
    result["relations"] = [
        {"subject": s, "predicate": p, "object": o, **({"title": t} if t else {})}
        for s, p, o, t in sorted(relations, key=lambda r: (r[0], r[1], r[2], r[3] or ""))
    ]
    result["events"] = [events[k] for k in sorted(events, key=order.__getitem__)]
    result["quotes"] = [q for _, q in sorted(quotes, key=lambda sq: (sq[0], json.dumps(sq[1], sort_keys=True)))]
    return result


def facts_json(facts: list[dict]) -> str:
    """The text `kg facts` writes: one object for one article, a list for several."""
    data = facts[0] if len(facts) == 1 else facts
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
