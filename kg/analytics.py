"""Network analysis of the knowledge graph: who connects whom, and on what evidence.

`to_networkx` turns the RDF model of docs/DESIGN.md into a `networkx.MultiDiGraph` whose nodes
are entities (and, on request, events and quotes) and whose edges keep the predicate, the
title of a position, the date of an event and the evidence sentence with its article. The
other functions (centralities, communities, shortest paths, ego networks, filters) work on
that graph, so the HTML view, `kg analyze`, `kg path`, `kg ego` and the GraphML/GEXF export
all read the same structure.

Every attribute value is a string or a number (never None or a list), so networkx's GraphML
and GEXF writers accept the graph as it is.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import GraphError, InputError, UsageError
from kg.models import ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES
from kg.namespaces import ID, KG, ORG, SCHEMA, SEM

__all__ = [
    "EVENT_MODES",
    "Hop",
    "analyze",
    "centralities",
    "class_summary",
    "communities",
    "community_bridges",
    "ego_rows",
    "filter_graph",
    "find_node",
    "focus_subgraph",
    "pagerank",
    "shortest_path",
    "simple_graph",
    "to_networkx",
]

# How events and quotes appear in the network: as nodes of their own (an event node linked to
# each participant by its role), or folded into edges between the entities they connect.
EVENT_MODES = ("nodes", "edges")

# Fixed seed for Louvain and sampled betweenness: the same graph gives the same report.
SEED = 42

# Roles whose holder did the thing; when an event is folded into edges they point at the others.
_AGENT_ROLES = ("chair", "actor")

# Readable forms of the relation predicates, for edge labels.
PREDICATE_LABELS = {
    "holdsPosition": "holds position",
    "founded": "founded",
    "memberOf": "member of",
    "owns": "owns",
    "criticized": "criticized",
    "regulates": "regulates",
    "locatedIn": "located in",
    "developed": "developed",
    "said": "said",
    "reportedBy": "reported by",
    "quotedBy": "quoted by",
}

_COARSE = {KG[t]: t for t in ENTITY_TYPES}
_EVENT_CLASSES = {KG[t]: t for t in EVENT_TYPES}
_DATE_FILTER = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ---------------------------------------------------------------------------- RDF -> networkx


def _triples(graph: Graph) -> Iterator[tuple[Node, Node, Node]]:
    # A Dataset keeps each article in its own named graph; the network is their union.
    if isinstance(graph, ConjunctiveGraph):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph


class _Index:
    """Every subject's properties, read in one pass (much faster than one query per fact)."""

    def __init__(self, graph: Graph):
        self.props: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
        self.typed: dict[Node, set[Node]] = defaultdict(set)
        for s, p, o in _triples(graph):
            self.props[s][p].add(o)
            if p == RDF.type:
                self.typed[o].add(s)

    def values(self, s: Node, p: Node) -> list[Node]:
        return sorted(self.props.get(s, {}).get(p, ()))

    def first(self, s: Node, p: Node) -> str:
        values = self.values(s, p)
        return str(values[0]) if values else ""

    def of_type(self, cls: Node) -> list[Node]:
        return sorted(self.typed.get(cls, ()))


def node_id(iri: Node) -> str:
    """The IRI path after `id:` (`person/xi-jinping`), as in the facts JSON; other IRIs whole."""
    text = str(iri)
    return text[len(str(ID)):] if text.startswith(str(ID)) else text


def _local(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1] if text else text


def _float(value: Node | None) -> float | None:
    if isinstance(value, Literal):
        try:
            return float(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


def to_networkx(graph: Graph, *, events: str = "edges") -> nx.MultiDiGraph:
    """The RDF graph as a MultiDiGraph with one node per entity (node ids as in the facts JSON).

    Node attributes: label, class (finest ontology class), type (coarse type, or Event/Quote),
    kind (entity/event/quote), iri, aliases, articles, events (the events an
    entity took part in, with its role). Edge attributes: predicate, label, title
    (positions), date (events), value, role, evidence, article, source, published, confidence,
    fact, kind. With `events="edges"` (the default) the node count is the number of entities:
    an event becomes edges from its chair/actor to the other participants (or between all
    participants when nobody leads it), a quote an edge from speaker to source outlet.
    """
    if events not in EVENT_MODES:
        raise UsageError(f"events must be one of {', '.join(EVENT_MODES)}, not {events!r}")
    idx = _Index(graph)
    G = nx.MultiDiGraph(events=events)
    articles = {a: _article_info(idx, a) for a in idx.of_type(KG.Article)}

    entities: dict[Node, str] = {}
    for iri in sorted({e for cls in _COARSE for e in idx.typed.get(cls, ())}):
        entities[iri] = node_id(iri)
    for iri, nid in entities.items():
        types = idx.values(iri, RDF.type)
        coarse = next((_COARSE[t] for t in sorted(_COARSE, key=lambda c: ENTITY_TYPES.index(_COARSE[c])) if t in types))
        finer = sorted(
            _local(t) for t in types if str(t).startswith(str(KG)) and t not in _COARSE and _local(t) != "Entity"
        )
        # Articles may name the same actor differently; the fullest (longest) name wins.
        labels = sorted((str(v) for v in idx.values(iri, RDFS.label)), key=lambda t: (-len(t), t))
        label = labels[0] if labels else nid
        aliases = sorted({str(v) for v in idx.values(iri, SKOS.altLabel)} | set(labels[1:]) - {label})
        mentioned = [articles[a]["article"] for a in idx.values(iri, KG.mentionedIn) if a in articles]
        G.add_node(
            nid,
            label=label,
            **{"class": finer[0] if finer else coarse},
            classes="; ".join([coarse, *finer]),
            type=coarse,
            kind="entity",
            iri=str(iri),
            aliases="; ".join(aliases),
            articles="; ".join(sorted({m for m in mentioned if m})),
            events="",
        )

    edges: list[tuple[str, str, str, dict]] = []
    took_part: dict[Node, list[str]] = defaultdict(list)
    covered: set[tuple[Node, str, Node]] = set()

    def provenance(fact: Node) -> dict:
        article = next((articles[a] for a in idx.values(fact, PROV.wasDerivedFrom) if a in articles), None)
        info = dict(article) if article else {"article": "", "source": "", "published": "", "article_id": ""}
        info["evidence"] = idx.first(fact, KG.evidenceText)
        confidence = next((c for c in map(_float, idx.values(fact, KG.confidence)) if c is not None), None)
        if confidence is not None:
            info["confidence"] = confidence
        info["fact"] = node_id(fact)
        return info

    def edge(u: Node | str, v: Node | str, key: str, predicate: str, kind: str, base: dict, **extra) -> None:
        # u and v are entity IRIs, or node ids (plain str) of event and quote nodes.
        attrs = {"predicate": predicate, "label": PREDICATE_LABELS.get(predicate, predicate), "title": "",
                 "date": "", "value": "", "role": "", "kind": kind, **base, **extra}
        edges.append((entities[u] if isinstance(u, URIRef) else u, entities[v] if isinstance(v, URIRef) else v, key, attrs))

    for fact in idx.of_type(ORG.Membership):
        members = [m for m in idx.values(fact, ORG.member) if m in entities]
        orgs = [o for o in idx.values(fact, ORG.organization) if o in entities]
        title = idx.first(fact, KG.title) or next(
            (idx.first(r, RDFS.label) for r in idx.values(fact, ORG.role) if idx.first(r, RDFS.label)), "")
        # where the position stands in time ("former", since/until dates), only when the text says
        tenure = {k: str(v) for k, v in (("status", idx.first(fact, KG.positionStatus)),
                                         ("start", idx.first(fact, KG.startDate)),
                                         ("end", idx.first(fact, KG.endDate))) if v}
        for m in members:
            for o in orgs:
                covered.add((m, "holdsPosition", o))
                edge(m, o, node_id(fact), "holdsPosition", "position", provenance(fact), title=title,
                     label=title or PREDICATE_LABELS["holdsPosition"], **tenure)

    for fact in idx.of_type(KG.RelationAssertion):
        predicates = [_local(p) for p in idx.values(fact, RDF.predicate)]
        for s in idx.values(fact, RDF.subject):
            for o in idx.values(fact, RDF.object):
                if s in entities and o in entities:
                    for p in predicates:
                        covered.add((s, p, o))
                        edge(s, o, node_id(fact), p, "relation", provenance(fact))

    # Direct triples between entities that no fact node explains (hand-written or older graphs).
    for s in entities:
        for p, objects in sorted(idx.props[s].items()):
            if not str(p).startswith(str(KG)) or p == KG.mentionedIn:
                continue
            for o in sorted(objects):
                if o in entities and (s, _local(p), o) not in covered:
                    edge(s, o, f"{entities[s]}|{_local(p)}|{entities[o]}", _local(p), "relation",
                         {"article": "", "source": "", "published": "", "article_id": "", "evidence": "", "fact": ""})

    for fact in sorted(set(idx.of_type(KG.Event)) | set(idx.of_type(SEM.Event))):
        types = idx.values(fact, RDF.type)
        event_type = next((_EVENT_CLASSES[t] for t in types if t in _EVENT_CLASSES), "Other")
        date = idx.first(fact, SEM.hasTimeStamp)
        value = idx.first(fact, KG.value)
        prov = provenance(fact)
        participants = [(role, e) for role in PARTICIPANT_ROLES for e in idx.values(fact, KG[role]) if e in entities]
        fid = node_id(fact)
        for role, e in participants:
            # Kept on the entity too, so a one-participant event (a market move) is not lost as edges.
            took_part[e].append(f"{_event_label(event_type, date)} {value}".strip() + f" ({role})")
        if events == "nodes":
            G.add_node(fid, label=_event_label(event_type, date), **{"class": event_type},
                       classes=f"Event; {event_type}", type="Event", kind="event", iri=str(fact),
                       aliases="", articles=prov["article"], date=date, value=value,
                       description=idx.first(fact, RDFS.label), evidence=prov["evidence"],
                       source=prov["source"], confidence=prov.get("confidence", 1.0))
            for role, e in participants:
                edge(fid, e, f"{fid}|{role}|{entities[e]}", role, "event", prov, date=date, value=value, role=role,
                     event_type=event_type, label=role)
        else:
            agents = [(r, e) for r, e in participants if r in _AGENT_ROLES]
            others = [(r, e) for r, e in participants if r not in _AGENT_ROLES]
            if agents:
                pairs = [(a, o) for a in agents for o in others if a[1] != o[1]]
                pairs += [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:] if a[1] != b[1]]
            else:
                pairs = [(a, b) for i, a in enumerate(others) for b in others[i + 1:] if a[1] != b[1]]
            for (ra, a), (rb, b) in pairs:
                edge(a, b, f"{fid}|{ra}|{entities[a]}|{rb}|{entities[b]}", event_type, "event", prov, date=date,
                     value=value, role=f"{ra}->{rb}", event_type=event_type, label=_event_label(event_type, date))

    for fact in idx.of_type(KG.Quote):
        speakers = [s for s in idx.values(fact, KG.speaker) if s in entities]
        sources = [s for s in idx.values(fact, KG.source) if s in entities]
        text = idx.first(fact, KG.quoteText)
        prov = provenance(fact)
        fid = node_id(fact)
        if events == "nodes":
            G.add_node(fid, label=_quote_label(text), **{"class": "Quote"}, classes="Quote", type="Quote",
                       kind="quote", iri=str(fact), aliases="", articles=prov["article"], quote=text,
                       evidence=prov["evidence"], source=prov["source"], confidence=prov.get("confidence", 1.0))
            for s in speakers:
                edge(s, fid, f"{fid}|said|{entities[s]}", "said", "quote", prov, quote=text)
            for o in sources:
                edge(fid, o, f"{fid}|reportedBy|{entities[o]}", "reportedBy", "quote", prov, quote=text)
        else:
            for s in speakers:
                for o in sources:
                    if s != o:
                        edge(s, o, f"{fid}|{entities[s]}|{entities[o]}", "quotedBy", "quote", prov, quote=text)

    for iri, labels in took_part.items():
        G.nodes[entities[iri]]["events"] = "; ".join(sorted(set(labels)))
    for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        if not G.has_edge(u, v, key):
            G.add_edge(u, v, key=key, **attrs)
    return G


def _article_info(idx: _Index, article: Node) -> dict:
    return {
        "article": idx.first(article, DCTERMS.title) or idx.first(article, DCTERMS.identifier) or node_id(article),
        "source": idx.first(article, DCTERMS.source),
        "published": idx.first(article, SCHEMA.datePublished),
        "article_id": idx.first(article, DCTERMS.identifier) or node_id(article),
    }


def _event_label(event_type: str, date: str) -> str:
    return f"{event_type} {date}".strip()


def _quote_label(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"\u201c{text[:limit - 1]}\u2026\u201d" if len(text) > limit else f"\u201c{text}\u201d"


# ---------------------------------------------------------------------------- names


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("\u2019", "'").split())


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose name, alias or id is `name` (case-insensitive); a clear error otherwise.

    An exact name beats an alias, so "Ma" finds nobody only when two people share it as alias.
    """
    wanted = _norm(name)
    if not wanted:
        raise UsageError("give a non-empty name")
    by_label = [n for n, d in G.nodes(data=True) if _norm(d.get("label", "")) == wanted or _norm(str(n)) == wanted]
    if len(by_label) == 1:
        return by_label[0]
    entity_labels = [n for n in by_label if G.nodes[n].get("kind") == "entity"]
    if len(entity_labels) == 1:
        return entity_labels[0]
    candidates = by_label or [
        n for n, d in G.nodes(data=True)
        if wanted in {_norm(a) for a in d.get("aliases", "").split(";") if a.strip()}
    ]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        names = ", ".join(sorted(f"{G.nodes[n].get('label', n)} ({n})" for n in candidates)[:6])
        raise InputError(f"{name!r} is ambiguous: it names {names}; give the full name or the id")
    labels = sorted({d.get("label", "") for _, d in G.nodes(data=True)})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else \
        "; `kg analyze` lists the names in the graph"
    raise InputError(f"no entity named {name!r} in the graph{hint}")


# ---------------------------------------------------------------------------- filters


def _date_bounds(date: str) -> tuple[str, str]:
    # A gYear or gYearMonth covers a range; compare ranges so "2025-02" overlaps "--since 2025-02-10".
    parts = date.split("-")
    start = "-".join(parts + ["01"] * (3 - len(parts)))
    end = "-".join(parts + (["12", "31"] if len(parts) == 1 else ["31"] if len(parts) == 2 else []))
    return start, end


def _check_date(flag: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not _DATE_FILTER.match(value):
        raise UsageError(f"{flag} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return value


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False  # an undated event cannot be placed in the window the user asked for
    start, end = _date_bounds(date)
    if since is not None and end < _date_bounds(since)[0]:
        return False
    if until is not None and start > _date_bounds(until)[1]:
        return False
    return True


def _matches(value: str, wanted: set[str]) -> bool:
    return any(_norm(v) in wanted for v in value.split(";") if v.strip())


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    classes: Iterable[str] | None = None,
    predicates: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
) -> nx.MultiDiGraph:
    """A copy of G keeping what the filters allow; entities a filter cut off from everything go too.

    classes: node classes (entity types such as Person, finer classes such as Regulator, Event,
    event types, Quote). predicates: edge predicates or event types (holdsPosition, founded,
    Meeting, chair...). since/until: events dated in the window (undated events are dropped
    when a window is given). min_confidence: edges whose fact confidence is at least this.
    """
    since, until = _check_date("--since", since), _check_date("--until", until)
    class_set = {_norm(c) for c in classes or () if c.strip()}
    predicate_set = {_norm(p) for p in predicates or () if p.strip()}
    H = G.copy()
    if class_set:
        H.remove_nodes_from([n for n, d in G.nodes(data=True) if not _matches(d.get("classes", ""), class_set)])
    if since is not None or until is not None:
        H.remove_nodes_from([n for n, d in list(H.nodes(data=True))
                             if d.get("kind") == "event" and not _in_range(d.get("date", ""), since, until)])
        H.remove_edges_from([(u, v, k) for u, v, k, d in list(H.edges(keys=True, data=True))
                             if d.get("kind") == "event" and not _in_range(d.get("date", ""), since, until)])
    if predicate_set:
        H.remove_edges_from([
            (u, v, k) for u, v, k, d in list(H.edges(keys=True, data=True))
            if _norm(d.get("predicate", "")) not in predicate_set and _norm(d.get("event_type", "")) not in predicate_set
        ])
    if min_confidence is not None:
        H.remove_edges_from([(u, v, k) for u, v, k, d in list(H.edges(keys=True, data=True))
                             if d.get("confidence", 1.0) < min_confidence])
    edge_filters = bool(predicate_set) or since is not None or until is not None or min_confidence is not None
    # Event and quote nodes mean nothing without their participants. After an edge filter, nodes
    # left with no edge are noise; a class filter alone keeps the unconnected nodes of those classes.
    H.remove_nodes_from([
        n for n in list(H.nodes)
        if H.degree(n) == 0 and (H.nodes[n].get("kind") != "entity" or (edge_filters and (G.degree(n) > 0 or predicate_set)))
    ])
    return H


def focus_subgraph(G: nx.MultiDiGraph, node: str, hops: int) -> nx.MultiDiGraph:
    """The nodes within `hops` steps of `node`, ignoring edge direction.

    A step through an event or quote node counts once (entity -> event -> entity is one hop), so
    `--hops 1` around a leader shows whom they met whichever way events are drawn.
    """
    if hops < 0:
        raise UsageError(f"hops must be 0 or more, not {hops}")
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    for u, v in G.edges():
        half = G.nodes[u].get("kind") != "entity" or G.nodes[v].get("kind") != "entity"
        U.add_edge(u, v, weight=0.5 if half else 1.0)
    reach = nx.single_source_dijkstra_path_length(U, node, cutoff=hops, weight="weight")
    return G.subgraph(sorted(reach)).copy()


# ---------------------------------------------------------------------------- measures


def simple_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph; weight = number of facts linking the pair (self-loops dropped)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


def pagerank(H: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration in pure Python.

    networkx's own pagerank needs scipy, which kg does not depend on; this gives the same
    numbers for an undirected graph (dangling nodes spread their rank evenly).
    """
    nodes = list(H.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    strength = {u: sum(d.get("weight", 1) for d in H[u].values()) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if strength[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if strength[u]:
                share = alpha * rank[u] / strength[u]
                for v, d in H[u].items():
                    new[v] += share * d.get("weight", 1)
        delta = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if delta < n * tol:
            break
    return rank


def centralities(G: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Degree (fact count), degree centrality, betweenness and PageRank for every node.

    Betweenness is exact up to 1,000 nodes and sampled (500 pivots, fixed seed) above, so
    `kg analyze` stays quick on large graphs and still gives the same answer every run.
    """
    H = simple_graph(G)
    n = H.number_of_nodes()
    degree_c = nx.degree_centrality(H) if n > 1 else dict.fromkeys(H.nodes, 0.0)
    k = None if n <= 1000 else 500
    between = nx.betweenness_centrality(H, k=k, seed=SEED) if n > 2 else dict.fromkeys(H.nodes, 0.0)
    rank = pagerank(H)
    degree = {u: G.degree(u) for u in G.nodes}
    return {u: {"degree": degree[u], "degree_centrality": degree_c[u], "betweenness": between[u],
                "pagerank": rank[u]} for u in G.nodes}


def communities(G: nx.MultiDiGraph, seed: int = SEED) -> list[list[str]]:
    """Louvain communities (fixed seed), largest first, members sorted; isolated nodes excluded."""
    H = simple_graph(G)
    H.remove_nodes_from([u for u in list(H.nodes) if H.degree(u) == 0])
    if H.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def community_bridges(G: nx.MultiDiGraph, groups: list[list[str]]) -> list[dict]:
    """The facts that link two different communities: who bridges one group to another."""
    member = {u: i for i, c in enumerate(groups) for u in c}
    bridges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in member and v in member and member[u] != member[v]:
            bridges.append({
                "source": u, "source_label": G.nodes[u].get("label", u),
                "target": v, "target_label": G.nodes[v].get("label", v),
                "predicate": d.get("predicate", ""), "label": d.get("label", ""),
                "communities": f"{member[u] + 1}-{member[v] + 1}",
                "evidence": d.get("evidence", ""),
            })
    return sorted(bridges, key=lambda b: (b["communities"], b["source"], b["target"], b["predicate"]))


def class_summary(G: nx.MultiDiGraph, scores: dict[str, dict[str, float]]) -> list[dict]:
    """Per class: how many nodes, their mean degree, and the most central one."""
    by_class: dict[str, list[str]] = defaultdict(list)
    for u, d in G.nodes(data=True):
        by_class[d.get("class", "")].append(u)
    rows = []
    for cls, members in sorted(by_class.items()):
        top = max(sorted(members), key=lambda u: scores[u]["pagerank"])
        rows.append({
            "class": cls,
            "type": G.nodes[top].get("type", ""),
            "nodes": len(members),
            "mean_degree": round(sum(scores[u]["degree"] for u in members) / len(members), 3),
            "most_central": G.nodes[top].get("label", top),
        })
    return sorted(rows, key=lambda r: (-r["nodes"], r["class"]))


def analyze(G: nx.MultiDiGraph, top: int = 10) -> dict:
    """The `kg analyze` report: size, top nodes by PageRank, communities, bridges, classes."""
    if top < 1:
        raise UsageError(f"--top must be at least 1, not {top}")
    if G.number_of_nodes() == 0:
        raise GraphError("the graph has no entities to analyse; run `kg extract` on some articles first")
    scores = centralities(G)
    groups = communities(G)
    member = {u: i + 1 for i, c in enumerate(groups) for u in c}
    ranked = sorted(G.nodes, key=lambda u: (-scores[u]["pagerank"], str(u)))
    nodes = [{
        "id": u,
        "label": G.nodes[u].get("label", u),
        "class": G.nodes[u].get("class", ""),
        "type": G.nodes[u].get("type", ""),
        "degree": scores[u]["degree"],
        "betweenness": round(scores[u]["betweenness"], 6),
        "pagerank": round(scores[u]["pagerank"], 6),
        "community": member.get(u, 0),
    } for u in ranked[:top]]
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "top": nodes,
        "communities": [{
            "community": i + 1,
            "size": len(c),
            "members": [G.nodes[u].get("label", u) for u in sorted(c, key=lambda u: -scores[u]["pagerank"])[:top]],
        } for i, c in enumerate(groups[:top])],
        "bridges": community_bridges(G, groups)[:top],
        "classes": class_summary(G, scores),
    }


# ---------------------------------------------------------------------------- paths


@dataclass(frozen=True)
class Hop:
    """One step of a path: the fact linking two nodes, in the direction it was stated."""

    source: str
    source_label: str
    target: str
    target_label: str
    predicate: str
    label: str
    forward: bool  # True when the fact points from the path's previous node to the next one
    date: str
    evidence: str
    article: str
    article_source: str
    confidence: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def _best_edge(G: nx.MultiDiGraph, u: str, v: str) -> tuple[bool, dict]:
    # Prefer a fact with evidence, then the most confident, then a stable order.
    options = [(True, k, d) for k, d in (G.get_edge_data(u, v) or {}).items()]
    options += [(False, k, d) for k, d in (G.get_edge_data(v, u) or {}).items()]
    forward, _, data = min(options, key=lambda o: (not o[2].get("evidence"), -o[2].get("confidence", 1.0),
                                                   not o[0], o[2].get("predicate", ""), str(o[1])))
    return forward, data


def _hop(G: nx.MultiDiGraph, u: str, v: str) -> Hop:
    forward, d = _best_edge(G, u, v)
    return Hop(
        source=u, source_label=G.nodes[u].get("label", u), target=v, target_label=G.nodes[v].get("label", v),
        predicate=d.get("predicate", ""), label=d.get("label", ""), forward=forward, date=d.get("date", ""),
        evidence=d.get("evidence", ""), article=d.get("article", ""), article_source=d.get("source", ""),
        confidence=d.get("confidence"),
    )


def shortest_path(G: nx.MultiDiGraph, source: str, target: str) -> list[Hop]:
    """The fewest facts linking two actors (named by name, alias or id), each with its evidence."""
    a, b = find_node(G, source), find_node(G, target)
    if a == b:
        raise UsageError(f"{source!r} and {target!r} are the same node; give two different actors")
    try:
        nodes = nx.shortest_path(G.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath:
        raise GraphError(
            f"no connection between {G.nodes[a]['label']!r} and {G.nodes[b]['label']!r} in this graph; "
            "add articles that link them or try `kg ego` to see each one's neighbours"
        ) from None
    return [_hop(G, u, v) for u, v in zip(nodes, nodes[1:])]


def ego_rows(G: nx.MultiDiGraph, name: str, hops: int = 1) -> list[dict]:
    """Everyone within `hops` steps of `name`: distance, the node reached from, and the fact used."""
    if hops < 1:
        raise UsageError(f"--hops must be at least 1, not {hops}")
    center = find_node(G, name)
    U = G.to_undirected(as_view=True)
    parent: dict[str, str | None] = {center: None}
    distance = {center: 0}
    frontier = [center]
    for depth in range(1, hops + 1):
        nxt = []
        for u in frontier:
            for v in sorted(U[u]):
                if v not in distance:
                    distance[v], parent[v] = depth, u
                    nxt.append(v)
        frontier = nxt
    rows = []
    for v, dist in distance.items():
        d = G.nodes[v]
        row = {"hops": dist, "id": v, "label": d.get("label", v), "class": d.get("class", ""), "from": "",
               "link": "", "evidence": ""}
        if parent[v] is not None:
            hop = _hop(G, parent[v], v)
            # The arrow shows which way the fact was stated: "Jack Ma <-[founded]- Alibaba" reads back.
            link = f"-[{hop.label}]->" if hop.forward else f"<-[{hop.label}]-"
            row.update(link=link, evidence=hop.evidence, **{"from": hop.source_label})
        rows.append(row)
    return sorted(rows, key=lambda r: (r["hops"], r["label"].casefold(), r["id"]))
