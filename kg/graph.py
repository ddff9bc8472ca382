"""Facts -> RDF: one named graph per article, stable IRIs, provenance on every fact node.

The model is the one in docs/DESIGN.md ("RDF model"): entities are typed with their coarse
class and their finer class, positions are W3C ORG memberships, other relations are a direct
triple plus a reified `kg:RelationAssertion`, events are SEM events, quotes are `kg:Quote`s; each
fact node says which article it came from, the sentence and its offsets, and a confidence.

No blank nodes are minted, so the same Facts always give the same triples, graphs of several
articles merge cleanly, and `serialize` can promise byte-identical output.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from urllib.parse import quote

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg import __version__
from kg.errors import GraphError, UsageError
from kg.gazetteer import entity_slug as gazetteer_slug
from kg.gazetteer import load_gazetteer
from kg.models import ENTITY_TYPES, Article, Entity, Event, Evidence, Facts
from kg.namespaces import ID, KG, ORG, PREFIXES, SCHEMA, SEM

__all__ = [
    "FORMATS",
    "add_facts",
    "ENTITIES_GRAPH",
    "article_iri",
    "entity_iri",
    "entity_slug",
    "facts_to_dataset",
    "graph_iri",
    "load_graph",
    "new_dataset",
    "serialize",
    "slugify",
    "union_graph",
]

# Serialisation formats `serialize` writes: name (also the file extension) -> media type.
FORMATS: dict[str, str] = {
    "ttl": "text/turtle",
    "trig": "application/trig",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "jsonld": "application/ld+json",
}

# File extension -> pyoxigraph RdfFormat name: the one table every graph reader uses
# (load_graph here, kg.query.load_graphs, kg.store).
_PARSE_FORMATS: dict[str, str] = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".nt": "N_TRIPLES",
    ".ntriples": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".nquads": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".xml": "RDF_XML",
    ".owl": "RDF_XML",
    ".n3": "N3",
}

# Participant role -> (kg property, SEM super-property).
_ROLE_PROPERTIES: dict[str, tuple[URIRef, URIRef]] = {
    "chair": (KG.chair, SEM.hasActor),
    "attendee": (KG.attendee, SEM.hasActor),
    "actor": (KG.actor, SEM.hasActor),
    "target": (KG.target, SEM.hasActor),
    "subject": (KG.subject, SEM.hasActor),
    "location": (KG.location, SEM.hasPlace),
}


# ---------------------------------------------------------------------------- IRIs


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def slugify(name: str) -> str:
    """ASCII-fold, lower-case, runs of anything else -> `-`, at most 60 characters.

    When folding lost characters (non-Latin scripts, emoji, ...), the slug was cut, or it is
    empty, `-{sha1(name)[:8]}` is appended (just the hash for an empty slug) so that two
    different names never share a slug and every slug is a safe IRI path segment. The one
    implementation lives in kg.gazetteer, so gazetteer IRIs and minted IRIs always agree.
    """
    return gazetteer_slug(_clean(name))


def entity_slug(type_: str, name: str) -> str:
    """`person/xi-jinping`: the entity id used in facts JSON (the IRI path after `id:`)."""
    return f"{type_.lower()}/{slugify(name)}"


def entity_iri(type_: str, name: str) -> URIRef:
    """The stable IRI of an entity of coarse type `type_` called `name`; safe for any name."""
    return ID[entity_slug(type_, name)]


def _segment(text: str) -> str:
    # Article ids are slugs already; percent-encode anyway so any id gives a valid IRI.
    return quote(text, safe="-._~")


ENTITIES_GRAPH = ID["entities"]
"""The named graph of entity and role descriptions (class, label, aliases): one copy for all articles."""


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{_segment(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    """The named graph holding everything extracted from one article."""
    return ID[f"graph/{_segment(article_id)}"]


def _fact_iri(kind: str, *parts: object) -> URIRef:
    h = _sha1("|".join("" if p is None else str(p) for p in parts))[:16]
    return ID[f"{kind}/{h}"]


# ---------------------------------------------------------------------------- building


def new_dataset() -> Dataset:
    """An empty Dataset with the project prefixes bound (so every serialisation uses them)."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def facts_to_dataset(facts_list: Iterable[Facts]) -> Dataset:
    """A Dataset with one named graph per article (`id:graph/{article_id}`)."""
    ds = new_dataset()
    for facts in facts_list:
        add_facts(ds, facts)
    return ds


def _confidence(value: float) -> Literal:
    # xsd:decimal with three places: stable text, no float noise ("0.9", not "0.90000001").
    d = Decimal(str(float(value))).quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN).normalize()
    if d == d.to_integral():
        d = d.quantize(Decimal("1.0"))
    return Literal(d, datatype=XSD.decimal)


def _date_literal(value: str) -> Literal | None:
    """`2025-02-17` -> xsd:date, `2025-02` -> xsd:gYearMonth, `2025` -> xsd:gYear; else None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:  # 2025-02-30: not a date; keep the text (kg:dateText), drop the stamp
            return None
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def _text(value: str) -> Literal:
    return Literal(_clean(value))


def _clean(value: str) -> str:
    # Lone surrogates cannot be written as UTF-8; replace them rather than fail the whole graph.
    return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(value) else value


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def add_facts(ds: Dataset, facts: Facts) -> URIRef:
    """Add one article's facts as its own named graph, replacing that graph if present.

    Returns the graph's IRI. Re-adding the same article is idempotent.
    """
    article = facts.article
    gid = graph_iri(article.id)
    ds.remove_graph(ds.graph(gid))
    g = ds.graph(gid)
    a = article_iri(article.id)
    _add_article(g, a, article, facts.model)

    iris: dict[str, URIRef] = {}
    for entity in facts.entities:
        iris[entity.key] = _add_entity(ds, g, a, entity)

    def ref(key: str) -> URIRef:
        try:
            return iris[key]
        except KeyError:
            raise GraphError(f"article {article.id}: a fact refers to unknown entity key {key!r}") from None

    for rel in facts.relations:
        s, o = ref(rel.subject), ref(rel.object)
        if rel.predicate == "holdsPosition":
            f = _fact_iri("position", article.id, "position", s, "holdsPosition", o, rel.title, rel.evidence.start,
                          rel.evidence.end)
            g.add((f, RDF.type, ORG.Membership))
            g.add((f, RDF.type, KG.Position))
            g.add((f, ORG.member, s))
            g.add((f, ORG.organization, o))
            g.add((s, KG.holdsPosition, o))
            if rel.status:
                g.add((f, KG.positionStatus, _text(rel.status)))
            for prop, value in ((KG.startDate, rel.start), (KG.endDate, rel.end)):
                stamp = _date_literal(value) if value else None
                if stamp is not None:
                    g.add((f, prop, stamp))
            if rel.title:
                role = ID[f"role/{slugify(rel.title)}"]
                g.add((f, ORG.role, role))
                g.add((f, KG.title, _text(rel.title)))
                described = ds.graph(ENTITIES_GRAPH)
                described.add((role, RDF.type, ORG.Role))
                described.add((role, RDFS.label, _text(rel.title)))
        else:
            p = KG[rel.predicate]
            f = _fact_iri("relation", article.id, "relation", s, rel.predicate, o, "", rel.evidence.start,
                          rel.evidence.end)
            g.add((f, RDF.type, KG.RelationAssertion))
            g.add((f, RDF.type, RDF.Statement))
            g.add((f, RDF.subject, s))
            g.add((f, RDF.predicate, p))
            g.add((f, RDF.object, o))
            g.add((s, p, o))
        _add_provenance(g, f, a, rel.evidence, rel.confidence)

    for event in facts.events:
        _add_event(g, a, article, event, ref, facts)

    for q in facts.quotes:
        speaker = ref(q.speaker)
        source = ref(q.source) if q.source else None
        f = _fact_iri("quote", article.id, "quote", speaker, "said", q.text, source, q.evidence.start, q.evidence.end)
        g.add((f, RDF.type, KG.Quote))
        g.add((f, KG.speaker, speaker))
        g.add((f, KG.quoteText, _text(q.text)))
        if source is not None:
            g.add((f, KG.source, source))
        _add_provenance(g, f, a, q.evidence, q.confidence)
    return gid


def _add_article(g: Graph, a: URIRef, article: Article, model: str | None) -> None:
    g.add((a, RDF.type, KG.Article))
    g.add((a, RDF.type, PROV.Entity))
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, DCTERMS.identifier, _text(article.id)))
    if article.title:
        g.add((a, DCTERMS.title, _text(article.title)))
    if article.url:
        g.add((a, SCHEMA.url, _text(article.url)))
    if article.source:
        g.add((a, DCTERMS.source, _text(article.source)))
    if article.file_name:
        g.add((a, KG.fileName, _text(article.file_name)))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    g.add((a, KG.extractedWith, Literal(f"kg {__version__}")))
    if model:
        g.add((a, KG.model, _text(model)))


def _add_entity(ds: Dataset, g: Graph, a: URIRef, entity: Entity) -> URIRef:
    """The entity's description (classes, label, aliases) goes to ENTITIES_GRAPH, once for all
    articles, so a query gives the same rows on the union of a TriG file or a store as on Turtle;
    the article's own graph says that it mentions the entity and by which names."""
    if entity.type not in ENTITY_TYPES:
        raise GraphError(f"entity {entity.name!r} has type {entity.type!r}; expected one of {', '.join(ENTITY_TYPES)}")
    e, label = _entity_node(entity)
    described = ds.graph(ENTITIES_GRAPH)
    # Names that differ only in case or punctuation share an IRI ("ANT Group", "Ant Group"): keep
    # the label the node already has in this dataset, so a merged graph has one label per node.
    known = described.value(e, RDFS.label)
    if known is not None:
        label = str(known)
    described.add((e, RDF.type, KG[entity.type]))
    if entity.ontology_class and entity.ontology_class != entity.type:
        described.add((e, RDF.type, KG[entity.ontology_class]))
    described.add((e, RDFS.label, _text(label)))
    for alias in (entity.name, *entity.aliases):
        # An empty alias says nothing (and rdflib's JSON-LD writer drops "" from value lists).
        if alias.strip():
            g.add((e, KG.mentionedAs, _text(alias)))
            if alias != label:
                described.add((e, SKOS.altLabel, _text(alias)))
    g.add((e, KG.mentionedIn, a))
    return e


def _entity_node(entity: Entity) -> tuple[URIRef, str]:
    """The entity's IRI and its one rdfs:label.

    A gazetteer actor is one node across articles, so its label is the gazetteer's name (each
    article's own name for it becomes an altLabel): the union of many articles then still has
    exactly one label per node. A gazetteer link whose coarse type disagrees with the entity's
    is not followed (it is another actor: "Beijing" the government, not the city).
    """
    if entity.gazetteer_id:
        iri = str(entity.gazetteer_id)
        entry = load_gazetteer().get(iri[len(str(ID)):]) if iri.startswith(str(ID)) else None
        if entry is None:
            return URIRef(iri), entity.name
        if entry.type == entity.type:
            return URIRef(iri), entry.label
    return entity_iri(entity.type, entity.name), entity.name


def _add_event(g: Graph, a: URIRef, article: Article, event: Event, ref, facts: Facts) -> None:
    participants = [(p.role, ref(p.entity)) for p in event.participants]
    f = _fact_iri("event", article.id, "event", event.key, event.type,
                  ";".join(f"{r}={e}" for r, e in participants), event.date, event.evidence.start, event.evidence.end)
    g.add((f, RDF.type, SEM.Event))
    g.add((f, RDF.type, KG.Event))
    g.add((f, RDF.type, KG[event.type]))
    names = []
    for p in event.participants:
        try:
            name = facts.entity(p.entity).name
        except KeyError:
            continue
        if name not in names:
            names.append(name)
    g.add((f, RDFS.label, _text(f"{event.type}: {', '.join(names)}" if names else event.type)))
    for role, e in participants:
        if role not in _ROLE_PROPERTIES:
            raise GraphError(f"event {event.key!r} in article {article.id}: unknown participant role {role!r}")
        prop, sem_prop = _ROLE_PROPERTIES[role]
        g.add((f, prop, e))
        g.add((f, sem_prop, e))
    if event.date:
        stamp = _date_literal(event.date)
        if stamp is not None:
            g.add((f, SEM.hasTimeStamp, stamp))
    if event.date_text:
        g.add((f, KG.dateText, _text(event.date_text)))
    if event.value:
        g.add((f, KG.value, _text(event.value)))
    if event.trigger:
        g.add((f, KG.trigger, _text(event.trigger)))
    _add_provenance(g, f, a, event.evidence, event.confidence)


def _add_provenance(g: Graph, f: URIRef, a: URIRef, evidence: Evidence, confidence: float) -> None:
    g.add((f, PROV.wasDerivedFrom, a))
    g.add((f, KG.evidenceText, _text(evidence.sentence)))
    g.add((f, KG.evidenceStart, Literal(int(evidence.start), datatype=XSD.integer)))
    g.add((f, KG.evidenceEnd, Literal(int(evidence.end), datatype=XSD.integer)))
    # The same fact found twice in one sentence is one node: keep its highest confidence.
    new = _confidence(confidence)
    old = g.value(f, KG.confidence)
    if old is None or new.toPython() > old.toPython():
        g.set((f, KG.confidence, new))


# ---------------------------------------------------------------------------- serialising


def union_graph(ds: Graph) -> Graph:
    """Every triple of every graph of `ds` in one Graph (what the Turtle output holds)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    if isinstance(ds, ConjunctiveGraph):
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        for t in ds:
            g.add(t)
    return g


def _quads(ds: Graph, terms: "_TermText") -> list[tuple[Node, Node, Node, Node | None]]:
    """All quads, the graph name None for the default graph, sorted by their N-Triples text
    (a total, stable order whatever the terms: mixed literal types too)."""
    out = set()
    if isinstance(ds, ConjunctiveGraph):
        for s, p, o, c in ds.quads((None, None, None, None)):
            name = c.identifier if isinstance(c, Graph) else c
            if name is None or name == DATASET_DEFAULT_GRAPH_ID:
                name = None
            out.add((s, p, o, name))
    else:
        for s, p, o in ds:
            out.add((s, p, o, None))
    nt = terms.nt
    return sorted(out, key=lambda q: ("" if q[3] is None else nt(q[3]), nt(q[0]), nt(q[1]), nt(q[2])))


def serialize(ds: Graph, fmt: str = "ttl") -> bytes:
    """Deterministic bytes for `fmt` in ttl (union of graphs), trig, nt, nq, jsonld.

    Same input, same bytes: every writer here works from the sorted list of quads, never from
    a store's iteration order (rdflib's own writers follow set order, which changes with the
    hash seed, and are slow on large graphs).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    terms = _TermText()
    quads = _quads(ds, terms)
    nt = terms.nt
    if fmt == "nt":
        lines = sorted({f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o, _ in quads})
        return "".join(lines).encode("utf-8")
    if fmt == "nq":
        lines = sorted({f"{nt(s)} {nt(p)} {nt(o)}{'' if c is None else ' ' + nt(c)} .\n" for s, p, o, c in quads})
        return "".join(lines).encode("utf-8")
    if fmt == "ttl":
        ordered = sorted(quads, key=lambda q: (nt(q[0]), nt(q[1]), nt(q[2])))
        triples = list(dict.fromkeys((s, p, o) for s, p, o, _ in ordered))
        return (_prefix_lines() + _turtle_body(triples, terms)).encode("utf-8")
    if fmt == "trig":
        return _trig(quads, terms)
    return _jsonld(quads)


# ------------------------------------------------------------------ term writing (N-Triples, Turtle)

_LITERAL_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_LITERAL_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _LITERAL_ESCAPES})
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")  # a safe subset of Turtle's PN_LOCAL
_TURTLE_INTEGER = re.compile(r"[+-]?[0-9]+")
_TURTLE_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
# Longest namespace first, so a short one never shadows a longer one.
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


class _TermText:
    """N-Triples and Turtle text of RDF terms, memoised for one serialisation (terms repeat)."""

    def __init__(self):
        self._nt: dict[Node, str] = {}
        self._ttl: dict[Node, str] = {}

    def nt(self, term: Node) -> str:
        text = self._nt.get(term)
        if text is None:
            text = self._nt[term] = self._write(term, self.nt, turtle=False)
        return text

    def ttl(self, term: Node) -> str:
        text = self._ttl.get(term)
        if text is None:
            text = self._ttl[term] = self._write(term, self.ttl, turtle=True)
        return text

    @staticmethod
    def _write(term: Node, datatype_text, turtle: bool) -> str:
        if isinstance(term, Literal):
            lexical = str(term)
            if turtle and term.datatype == XSD.integer and _TURTLE_INTEGER.fullmatch(lexical):
                return lexical
            if turtle and term.datatype == XSD.decimal and _TURTLE_DECIMAL.fullmatch(lexical):
                return lexical
            text = f'"{lexical.translate(_LITERAL_ESCAPES)}"'
            if term.language:
                return f"{text}@{term.language}"
            if term.datatype and term.datatype != XSD.string:
                return f"{text}^^{datatype_text(term.datatype)}"
            return text
        if isinstance(term, BNode):
            return f"_:{term}"
        iri = str(term)
        if turtle:
            qname = _qname(iri)
            if qname:
                return qname
        return f"<{iri.translate(_IRI_ESCAPES)}>"


def _qname(iri: str) -> str | None:
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns):
            local = iri[len(ns):]
            if _PN_LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
            return None
    return None


def _prefix_lines() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items())) + "\n"


def _turtle_body(triples: list[tuple[Node, Node, Node]], terms: _TermText) -> str:
    """Turtle statements for sorted `triples`: one block per subject, `a` first, then predicates."""
    ttl = terms.ttl
    blocks = []
    i, n = 0, len(triples)
    while i < n:
        subject = triples[i][0]
        j = i
        while j < n and triples[j][0] == subject:
            j += 1
        by_predicate: dict[Node, list[Node]] = {}
        for _, p, o in triples[i:j]:
            by_predicate.setdefault(p, []).append(o)
        ordered = sorted(by_predicate, key=lambda p: (p != RDF.type, ttl(p)))
        lines = []
        for p in ordered:
            verb = "a" if p == RDF.type else ttl(p)
            objects = sorted(ttl(o) for o in by_predicate[p])
            lines.append(f"    {verb} " + ",\n        ".join(objects))
        blocks.append(f"{ttl(subject)}\n" + " ;\n".join(lines) + " .\n")
        i = j
    return "\n".join(blocks)


def _trig(quads: list[tuple[Node, Node, Node, Node | None]], terms: _TermText) -> bytes:
    by_graph: dict[Node | None, list] = {}
    for s, p, o, c in quads:
        by_graph.setdefault(c, []).append((s, p, o))
    parts = [_prefix_lines()]
    if None in by_graph:
        parts.append(_turtle_body(by_graph.pop(None), terms) + "\n")
    for name, triples in by_graph.items():  # quads come sorted by graph name, then triple
        # Statements are not indented: that would change multi-line literals.
        parts.append(f"{terms.ttl(name)} {{\n{_turtle_body(triples, terms)}}}\n\n")
    return "".join(parts).rstrip("\n").encode("utf-8") + b"\n"


# ------------------------------------------------------------------ JSON-LD


def _jsonld_key(iri: str) -> str:
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and iri != ns and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_value(term: Node):
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype and term.datatype != XSD.string:
            return {"@value": str(term), "@type": _jsonld_key(str(term.datatype))}
        return str(term)
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    return {"@id": str(term)}


def _jsonld_nodes(triples: list[tuple[Node, Node, Node]]) -> list[dict]:
    nodes: dict[Node, dict] = {}
    for s, p, o in triples:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": f"_:{s}" if isinstance(s, BNode) else str(s)}
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_jsonld_key(str(o)))
        else:
            node.setdefault(_jsonld_key(str(p)), []).append(_jsonld_value(o))
    out = []
    for node in nodes.values():  # triples come sorted, so nodes are in subject order
        tidy = {"@id": node.pop("@id")}
        if "@type" in node:
            tidy["@type"] = node.pop("@type")
        for key, values in node.items():
            tidy[key] = values[0] if len(values) == 1 else values
        out.append(tidy)
    return out


def _jsonld(quads: list[tuple[Node, Node, Node, Node | None]]) -> bytes:
    """JSON-LD 1.1 with the project prefixes as context; named graphs as `@graph` objects."""
    by_graph: dict[Node | None, list] = {}
    for s, p, o, c in quads:
        by_graph.setdefault(c, []).append((s, p, o))
    top = _jsonld_nodes(by_graph.pop(None, []))
    for name, triples in by_graph.items():  # quads come sorted by graph name, then triple
        top.append({"@id": f"_:{name}" if isinstance(name, BNode) else str(name), "@graph": _jsonld_nodes(triples)})
    doc = {"@context": {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}, "@graph": top}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------- loading


def load_graph(paths: Sequence[str | Path] | str | Path) -> Dataset:
    """Read .ttl/.nt/.nq/.trig/.jsonld files (format by extension) into one Dataset.

    Quad formats keep their named graphs; triple formats go into the default graph. Parsing is
    done by pyoxigraph (fast, and its errors carry line numbers); a missing or malformed file
    raises GraphError naming the file and the line.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ds = new_dataset()
    for raw in paths:
        path = Path(raw)
        fmt = _PARSE_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise GraphError(
                f"cannot tell the RDF format from the extension {path.suffix or '(none)'!r}; "
                f"use one of {', '.join(sorted(_PARSE_FORMATS))}",
                path=str(path),
            )
        if not path.is_file():
            raise GraphError("no such graph file; run `kg extract` first or pass -g with an existing file",
                             path=str(path))
        _parse_into(ds, path, fmt)
    return ds


def _parse_into(ds: Dataset, path: Path, fmt: str) -> None:
    import pyoxigraph as ox

    default = ds.default_graph.identifier
    graphs: dict[object, Graph] = {}
    convert = _OxToRdflib()
    try:
        quads = ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt), base_iri=path.resolve().as_uri(),
                         rename_blank_nodes=True)
        batch = []
        for q in quads:
            gname = q.graph_name
            if isinstance(gname, ox.DefaultGraph):
                graph_id = default
            else:
                graph_id = convert(gname)
            g = graphs.get(graph_id)
            if g is None:
                g = graphs[graph_id] = ds.default_graph if graph_id == default else ds.graph(graph_id)
            batch.append((convert(q.subject), convert(q.predicate), convert(q.object), g))
            if len(batch) >= 50_000:
                ds.addN(batch)
                batch = []
        ds.addN(batch)
    except SyntaxError as error:
        raise graph_syntax_error(error, str(path), fmt) from None
    except OSError as error:
        raise GraphError(f"cannot read: {error.strerror or error}", path=str(path)) from None


def graph_syntax_error(error: SyntaxError, path: str, fmt: str) -> GraphError:
    """A one-line GraphError naming the file and the line of a pyoxigraph parse failure.

    `fmt` is the pyoxigraph format name ("TURTLE"), shown as "malformed turtle: ...".
    """
    message = re.sub(r"^Parser error (at|between) line \d+[^:]*:\s*", "", getattr(error, "msg", None) or str(error))
    # Binary input puts control characters in the parser's message; show them escaped.
    message = "".join(c if c.isprintable() else repr(c)[1:-1] for c in " ".join(message.split()))
    if len(message) > 160:
        message = message[:157] + "..."
    name = fmt.lower().replace("_", "-")
    return GraphError(f"malformed {name}: {message}", path=path, line=getattr(error, "lineno", None))


def parse_format_name(path: str | Path) -> str | None:
    """The pyoxigraph RdfFormat name for a graph file's extension, or None when unknown."""
    return _PARSE_FORMATS.get(Path(path).suffix.lower())


class _OxToRdflib:
    """pyoxigraph terms -> rdflib terms (IRIs and datatypes cached: they repeat a lot)."""

    def __init__(self):
        self._iris: dict[str, URIRef] = {}

    def iri(self, value: str) -> URIRef:
        term = self._iris.get(value)
        if term is None:
            term = self._iris[value] = URIRef(value)
        return term

    def __call__(self, term):
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return Literal(term.value)
            return Literal(term.value, datatype=self.iri(datatype))
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        raise GraphError(f"unsupported RDF term {term!r} (RDF-star triple terms are not supported)")


_XSD_STRING = str(XSD.string)
