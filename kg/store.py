"""An Oxigraph on-disk store of article graphs: load, replace, remove, explain merged entities.

The store holds one named graph per article (`id:graph/{article_id}`, see docs/DESIGN.md).
Loading is *replace by article*: an article whose graph is already there gets exactly the new
graph, other articles are untouched, and loading the same file twice changes nothing.

New article graphs are added with `Store.extend` and every replacement is one SPARQL Update
request (`DROP SILENT GRAPH g; INSERT DATA {GRAPH g {..}}`); Oxigraph applies each in one
transaction over whole graphs, so a killed `kg load` leaves each article graph either as it
was or as it was meant to become, never half-written.

Turtle and N-Triples carry no graph names; their triples are split by the article they came from
(`prov:wasDerivedFrom`, `kg:mentionedIn`), the same way kg.graph names its per-article graphs.
"""

from __future__ import annotations

import difflib
import errno
import os
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.errors import GraphError, InputError, KgError, QueryError, UsageError

DEFAULT_STORE = Path("output/store")
MAX_QUADS_PER_UPDATE = 10_000  # one transaction per ~10k quads: bounded memory, steady progress

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_TRIPLE_FORMATS = ("TURTLE", "N_TRIPLES", "JSON_LD", "RDF_XML", "N3")


def _ns() -> dict[str, str]:
    from kg.namespaces import ID, KG, ORG, PROV, RDF, RDFS, SKOS, DCTERMS

    return {
        "id": str(ID), "kg": str(KG), "org": str(ORG), "prov": str(PROV), "rdf": str(RDF),
        "rdfs": str(RDFS), "skos": str(SKOS), "dcterms": str(DCTERMS),
    }


# --------------------------------------------------------------------------- opening


def _is_store_dir(path: Path) -> bool:
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: Path | str, read_only: bool = False):
    """Open (or, for writing, create) the Oxigraph store in folder `path`.

    Read-only opening takes no lock, so any number of readers (`kg query --store`, `kg serve`)
    work beside one writer; each sees the store as of its last committed transaction (see
    `open_read_view`). Opening for writing waits up to WRITE_LOCK_WAIT seconds for another
    writer (`kg load`, `kg remove`) to finish.
    """
    import pyoxigraph as ox

    folder = Path(path)
    if read_only:
        return open_read_view(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError("is a file, not a store folder; pass a folder to --store", path=str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not _is_store_dir(folder):
        raise InputError("folder is not an Oxigraph store and not empty; pass an empty or new folder", path=str(folder))
    deadline = time.monotonic() + WRITE_LOCK_WAIT
    while True:
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(folder))
        except OSError as error:
            if not _is_lock_error(error) or time.monotonic() >= deadline:
                raise storage_failure(error, folder, "opening the store for writing") from None
            time.sleep(0.1)


# --------------------------------------------------------------------------- readers beside a writer

WRITE_LOCK_WAIT = 5.0  # seconds a writer waits for another writer's lock
READ_RETRY_WAIT = 15.0  # seconds a reader keeps retrying while a writer rewrites the files


def _is_lock_error(error: BaseException) -> bool:
    return "lock" in str(error).lower()


def store_version(path: Path | str) -> tuple:
    """A cheap fingerprint of a store folder that changes with every committed write.

    Every write appends to the write-ahead log or adds table and manifest files, so the names,
    sizes and modification times of the folder's files change; `kg serve` compares fingerprints
    before each query and re-opens its read view when they differ.
    """
    entries = []
    try:
        with os.scandir(path) as listing:
            for entry in listing:
                if entry.name.startswith("LOG"):  # RocksDB's info log, written by readers too
                    continue
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue
                entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    except FileNotFoundError:
        return ()
    return tuple(sorted(entries))


def open_read_view(path: Path | str, wait: float | None = None):
    """Open a store read-only: the state of its last committed transaction.

    A writer in another process (`kg load`) flushes and compacts while it works, deleting files
    a reader is about to open; the open then fails with an IO error about a missing `.log` or
    `.sst` file, or a half-written manifest. Those failures are transient: the open is retried
    for up to `wait` seconds (READ_RETRY_WAIT by default) before one line says what to do.
    """
    import pyoxigraph as ox

    folder = Path(path)
    if not _is_store_dir(folder):
        raise InputError("no store here; create one with `kg load FILE --store DIR`", path=str(folder))
    deadline = time.monotonic() + (READ_RETRY_WAIT if wait is None else wait)
    while True:
        try:
            return ox.Store.read_only(str(folder))
        except (OSError, RuntimeError) as error:
            if not _is_store_dir(folder):
                raise InputError("no store here; create one with `kg load FILE --store DIR`", path=str(folder)) from None
            if not _is_transient_read_error(error):
                raise storage_failure(error, folder, "reading the store") from None
            if time.monotonic() >= deadline:
                detail = " ".join(str(error).split())[:160]
                raise InputError(
                    "the store could not be read: another process (a `kg load` or `kg remove`) keeps rewriting it, "
                    f"or it is damaged ({detail}); try again when the writer has finished", path=str(folder)) from None
            time.sleep(0.05)


def _is_transient_read_error(error: BaseException) -> bool:
    message = str(error).lower()
    return any(sign in message for sign in ("no such file", "column family not found", "corruption", "while open"))


def storage_failure(error: BaseException, folder: Path | str, doing: str) -> KgError:
    """One line for a storage error (disk full, no permission, lock held, ...) that says what to do."""
    message = " ".join(str(error).split())
    low = message.lower()
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "no space left" in low:
        text = (f"the disk holding the store is full ({doing}); free some space and run the command again: "
                "articles already loaded are whole, and a re-run adds the rest")
    elif code == errno.EFBIG or "file too large" in low:
        text = f"a file size limit was reached ({doing}); raise it (`ulimit -f`) and run the command again"
    elif code == errno.EACCES or "permission denied" in low:
        text = f"no permission ({doing}); check the owner and mode of the store folder"
    elif code == errno.EMFILE or "too many open files" in low:
        text = f"too many open files ({doing}); raise the limit (`ulimit -n 4096`) and run the command again"
    elif _is_lock_error(error):
        text = ("the store is being written by another process (a `kg load` or `kg remove`); "
                "wait for it to finish and try again")
    else:
        text = f"storage error ({doing}): {message[:300]}"
    return InputError(text, path=str(folder))


def run_update(store, text: str) -> None:
    """Apply a SPARQL Update to a store (folder or open Store) in one transaction."""
    from kg.query import prefixes

    oxstore = open_store(store) if isinstance(store, (str, Path)) else store
    try:
        oxstore.update(text, prefixes=prefixes())
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL update: {' '.join(str(error).split())}") from None
    except OSError as error:
        raise storage_failure(error, store if isinstance(store, (str, Path)) else "store", "writing an update") from None
    except RuntimeError as error:
        raise QueryError(f"the update failed: {' '.join(str(error).split())}") from None


# --------------------------------------------------------------------------- article graphs


def graph_iri(article: str) -> str:
    """The named graph of an article given as id, `id:article/...` IRI or graph IRI."""
    ns = _ns()
    if article.startswith(ns["id"] + "graph/"):
        return article
    if article.startswith(ns["id"] + "article/"):
        return ns["id"] + "graph/" + article[len(ns["id"] + "article/"):]
    if article.startswith("<") and article.endswith(">"):
        return graph_iri(article[1:-1])
    if "://" in article:
        return article  # some other graph name, taken as given
    from urllib.parse import quote

    return ns["id"] + "graph/" + quote(article, safe="-._~")  # as kg.graph.graph_iri


def article_graphs(store) -> list[str]:
    """IRIs of the named graphs in a store, sorted."""
    return sorted(g.value for g in store.named_graphs())


def split_by_article(triples: Iterable) -> dict[str | None, list]:
    """Triples of a union graph (Turtle) -> {graph IRI or None for the default graph: triples}.

    A node belongs to the articles it was derived from or mentioned in; nodes only reached from
    such nodes (roles) follow them; shortcut triples such as `P kg:holdsPosition O` follow the
    fact node that states them. With one article in the file, everything is that article's.
    """
    ns = _ns()
    triples = list(triples)
    article_class = ns["kg"] + "Article"
    derived, mentioned = ns["prov"] + "wasDerivedFrom", ns["kg"] + "mentionedIn"
    articles = sorted({t.subject.value for t in triples if t.predicate.value == _RDF_TYPE and t.object.value == article_class})
    if not articles:
        return {None: triples} if triples else {}
    graph_of = {a: graph_iri(a) for a in articles}
    if len(articles) == 1:
        return {graph_of[articles[0]]: triples}

    owners: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        owners[a].add(a)
    for t in triples:
        if t.predicate.value in (derived, mentioned) and t.object.value in graph_of:
            owners[t.subject.value].add(t.object.value)
    # Nodes such as id:role/ceo belong to the facts that point at them.
    for t in triples:
        o = t.object
        if t.subject.value in owners and not hasattr(o, "datatype") and o.value not in owners:
            owners[o.value] |= owners[t.subject.value]
    # Which articles state a shortcut triple (S p O): fact nodes of that article say so.
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by_subject[t.subject.value][t.predicate.value].append(t.object.value)
    member, organization = ns["org"] + "member", ns["org"] + "organization"
    holds = ns["kg"] + "holdsPosition"
    rdf_s, rdf_p, rdf_o = ns["rdf"] + "subject", ns["rdf"] + "predicate", ns["rdf"] + "object"
    for node, props in by_subject.items():
        facts_articles = {a for a in props.get(derived, []) if a in graph_of}
        if not facts_articles:
            continue
        for s in props.get(member, []):
            for o in props.get(organization, []):
                stated[(s, holds, o)] |= facts_articles
        for s in props.get(rdf_s, []):
            for p in props.get(rdf_p, []):
                for o in props.get(rdf_o, []):
                    stated[(s, p, o)] |= facts_articles

    split: dict[str | None, list] = defaultdict(list)
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object.value
        if p == mentioned and o in graph_of:
            targets = {o}
        elif (s, p, o) in stated:
            targets = stated[(s, p, o)]
        else:
            targets = owners.get(s, set())
        if not targets:
            split[None].append(t)
        for a in sorted(targets):
            split[graph_of[a]].append(t)
    return dict(split)


# --------------------------------------------------------------------------- entity descriptions
# An entity's classes, label and aliases (and a role's) live once, in the graph id:entities, not in
# every article graph that mentions it: so a query gives the same rows on a store as on Turtle.
# Article graphs say which entities they mention and by which names (kg:mentionedIn, kg:mentionedAs);
# loading merges descriptions, removing or replacing an article prunes what no article needs.


def entities_graph() -> str:
    """The IRI of the graph of entity descriptions (kg.graph.ENTITIES_GRAPH)."""
    return _ns()["id"] + "entities"


def _description_predicates() -> set[str]:
    ns = _ns()
    return {_RDF_TYPE, ns["rdfs"] + "label", ns["skos"] + "altLabel"}


def descriptions_apart(split: dict[str | None, list]) -> dict[str | None, list]:
    """Move the descriptions of entities (subjects of kg:mentionedIn) and roles (org:Role) out of
    the article graphs of `split` into the entities graph, one copy each."""
    ns = _ns()
    described = {t.subject.value for ts in split.values() for t in ts
                 if t.predicate.value == ns["kg"] + "mentionedIn"
                 or (t.predicate.value == _RDF_TYPE and t.object.value == ns["org"] + "Role")}
    predicates = _description_predicates()
    out: dict[str | None, list] = {}
    kept: dict = {}
    for graph, triples in split.items():
        rest = []
        for t in triples:
            if graph is not None and t.subject.value in described and t.predicate.value in predicates:
                kept.setdefault((t.subject, t.predicate, t.object), t)
            else:
                rest.append(t)
        out[graph] = rest
    if kept:
        out.setdefault(entities_graph(), []).extend(kept.values())
    return out


def _described_nodes(oxstore, graph: str) -> set[str]:
    """Entities an article graph mentions and roles it uses: whose descriptions it may have needed."""
    import pyoxigraph as ox

    ns = _ns()
    node = ox.NamedNode(graph)
    nodes = {q.subject.value for q in oxstore.quads_for_pattern(None, ox.NamedNode(ns["kg"] + "mentionedIn"), None, node)}
    nodes |= {q.object.value for q in oxstore.quads_for_pattern(None, ox.NamedNode(ns["org"] + "role"), None, node)}
    return nodes


def merge_descriptions(oxstore, triples: list) -> int:
    """Add entity descriptions to the store's entities graph; the number of triples added.

    A node keeps the label it already has: a different label arriving for it becomes an alias,
    so the store still has one label per entity.
    """
    import pyoxigraph as ox

    ns = _ns()
    graph = ox.NamedNode(entities_graph())
    label, alt = ox.NamedNode(ns["rdfs"] + "label"), ox.NamedNode(ns["skos"] + "altLabel")
    labels: dict = {}
    for t in sorted(triples, key=lambda t: (str(t.subject), str(t.object))):
        if t.predicate == label and t.subject not in labels:
            existing = next(iter(oxstore.quads_for_pattern(t.subject, label, None, graph)), None)
            labels[t.subject] = existing.object if existing is not None else t.object
    new = set()
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == label and o != labels.get(s, o) and s.value.startswith(ns["id"]) and "/role/" not in s.value:
            p = alt  # an entity's second name is an alias (a role may have several labels)
        if p == alt and o == labels.get(s):
            continue
        quad = ox.Quad(s, p, o, graph)
        if quad not in oxstore:
            new.add(quad)
    oxstore.extend(sorted(new, key=str))
    return len(new)


def prune_descriptions(oxstore, nodes: Iterable[str]) -> int:
    """Drop the descriptions of `nodes` that no article mentions any more, and the aliases no
    remaining article used (when articles record their names); the number of triples dropped."""
    import pyoxigraph as ox

    ns = _ns()
    graph = ox.NamedNode(entities_graph())
    mentioned, role = ox.NamedNode(ns["kg"] + "mentionedIn"), ox.NamedNode(ns["org"] + "role")
    named_as, alt = ox.NamedNode(ns["kg"] + "mentionedAs"), ox.NamedNode(ns["skos"] + "altLabel")
    dropped = []
    for iri in sorted(set(nodes)):
        node = ox.NamedNode(iri)
        still = next(iter(oxstore.quads_for_pattern(node, mentioned, None, None)), None) or             next(iter(oxstore.quads_for_pattern(None, role, node, None)), None)
        if still is None:
            dropped += list(oxstore.quads_for_pattern(node, None, None, graph))
            continue
        names = {q.object for q in oxstore.quads_for_pattern(node, named_as, None, None)}
        if names:
            dropped += [q for q in oxstore.quads_for_pattern(node, alt, None, graph) if q.object not in names]
    for quad in dropped:
        oxstore.remove(quad)
    return len(dropped)


def read_article_graphs(path: Path | str) -> dict[str | None, list]:
    """A graph file -> {named graph IRI (None = default graph): triples}, ready to load."""
    import pyoxigraph as ox

    from kg.query import graph_syntax_error, rdf_format

    name = str(path)
    fmt = rdf_format(name)
    file = Path(name)
    if not file.is_file():
        raise InputError("no such graph file; check the path", path=name)
    try:
        quads = list(ox.parse(path=name, format=fmt))
    except SyntaxError as error:
        raise graph_syntax_error(error, name) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise GraphError(f"not readable as RDF ({' '.join(str(error).split())})", path=name) from None
    except OSError as error:
        raise InputError(f"cannot read the graph: {error.strerror or error}", path=name) from None
    if any(fmt == getattr(ox.RdfFormat, f) for f in _TRIPLE_FORMATS):
        return descriptions_apart(split_by_article(quads))
    grouped: dict[str | None, list] = defaultdict(list)
    for quad in quads:
        graph = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        grouped[graph].append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return dict(grouped)


@dataclass
class LoadReport:
    """What a load did, graph by graph."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    default_triples: int = 0
    triples: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.added)} article graph(s) added, {len(self.replaced)} replaced, "
            f"{len(self.unchanged)} unchanged; {self.triples} triples written"
        )


def _triple_text(t) -> str:
    return f"{t.subject} {t.predicate} {t.object} ."


def _same_graph(store, graph: str, triples: list) -> bool:
    import pyoxigraph as ox

    existing = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    new = {(t.subject, t.predicate, t.object) for t in triples}
    return existing == new


def load_files(paths: Sequence[Path | str], store: Path | str = DEFAULT_STORE) -> LoadReport:
    """Load graph files into the store, each article's named graph replacing its old version.

    Files are all read and parsed before anything is written, so a bad file changes nothing.
    A storage failure (disk full, ...) is one InputError saying what to do; the articles
    written before it are whole (one transaction per group of whole graphs).
    """
    with storage_errors(store, "loading"):
        report = _load_files(paths, store)
    return report


def _load_files(paths: Sequence[Path | str], store) -> LoadReport:
    if not paths:
        raise UsageError("give at least one graph file to load")
    parsed: dict[str | None, list] = {}
    for path in paths:
        for graph, triples in read_article_graphs(path).items():
            if graph is None or graph == entities_graph():
                parsed.setdefault(graph, []).extend(triples)
            else:
                parsed[graph] = triples  # a later file's version of an article wins
    oxstore = open_store(store) if isinstance(store, (str, Path)) else store
    report = load_article_graphs(parsed, oxstore)
    settle(oxstore)
    return report


def load_article_graphs(parsed: dict[str | None, list], store: Path | str = DEFAULT_STORE) -> LoadReport:
    """Load {graph IRI (None = default graph): triples} into the store, replacing by article.

    The entities graph (`entities_graph()`) is merged, not replaced (`merge_descriptions`).
    Descriptions go in before the article graphs: an article graph (which carries the content
    hash a resumed `kg extract --store` run checks) is then never in the store without the
    descriptions of its entities, even when the run is killed between the two writes.
    """
    import pyoxigraph as ox

    parsed = dict(parsed)
    descriptions = parsed.pop(entities_graph(), [])
    stale: set[str] = set()  # entities and roles replaced article graphs mentioned
    oxstore = open_store(store) if isinstance(store, (str, Path)) else store
    report = LoadReport()
    report.triples += merge_descriptions(oxstore, descriptions)
    # New graphs go in with `extend` (one transaction per chunk of whole graphs, several times
    # faster than an update); replaced graphs with DROP + INSERT DATA in one update request.
    new_quads: list = []
    updates: list[str] = []
    update_size = 0

    def flush_new() -> None:
        if new_quads:
            oxstore.extend(new_quads)
            new_quads.clear()

    def flush_updates() -> None:
        nonlocal update_size
        if updates:
            run_update(oxstore, " ;\n".join(updates))
            updates.clear()
            update_size = 0

    for graph in sorted(g for g in parsed if g is not None):
        triples = parsed[graph]
        node = ox.NamedNode(graph)
        exists = oxstore.contains_named_graph(node)
        if exists and _same_graph(oxstore, graph, triples):
            report.unchanged.append(graph)
            continue
        report.triples += len(triples)
        if exists:
            stale |= _described_nodes(oxstore, graph)
            report.replaced.append(graph)
            body = "\n".join(_triple_text(t) for t in triples)
            updates.append(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
            update_size += len(triples)
            if update_size >= MAX_QUADS_PER_UPDATE:
                flush_updates()
        else:
            report.added.append(graph)
            new_quads.extend(ox.Quad(t.subject, t.predicate, t.object, node) for t in triples)
            if len(new_quads) >= MAX_QUADS_PER_UPDATE:
                flush_new()
    flush_new()
    flush_updates()
    prune_descriptions(oxstore, stale)
    default = parsed.get(None, [])
    if default:
        oxstore.extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in default])
        report.default_triples = len(default)
        report.triples += len(default)
    return report


def find_article_graphs(oxstore, article: str) -> list[str]:
    """The named graphs ARTICLE names: an article id or IRI, or an article's URL, file name or exact title."""
    import pyoxigraph as ox

    graph = graph_iri(article)
    if graph == entities_graph():
        return []  # not an article: its descriptions go when no article needs them
    if oxstore.contains_named_graph(ox.NamedNode(graph)):
        return [graph]
    ns = _ns()
    found = set()
    for predicate in ("https://schema.org/url", ns["kg"] + "fileName", ns["dcterms"] + "title"):
        for quad in oxstore.quads_for_pattern(None, ox.NamedNode(predicate), ox.Literal(article), None):
            if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(ns["id"] + "article/"):
                found.add(graph_iri(quad.subject.value))
    return sorted(g for g in found if oxstore.contains_named_graph(ox.NamedNode(g)))


def _article_names(oxstore) -> list[str]:
    """Ids and titles of the store's articles, for "did you mean"."""
    import pyoxigraph as ox

    names = [g.rsplit("/", 1)[-1] for g in article_graphs(oxstore) if g != entities_graph()]
    title = ox.NamedNode(_ns()["dcterms"] + "title")
    names += sorted({q.object.value for q in oxstore.quads_for_pattern(None, title, None, None)})
    return names


@contextmanager
def storage_errors(store, doing: str) -> Iterator[None]:
    """Turn a storage OSError raised inside the block into one line that says what to do."""
    try:
        yield
    except OSError as error:
        raise storage_failure(error, store if isinstance(store, (str, Path)) else "store", doing) from None


def settle(oxstore) -> None:
    """Flush what a write left in memory and in the write-ahead log into table files.

    Readers (`kg query --store`, `kg serve`) replay the write-ahead log each time they open
    the store; after a flush they open in milliseconds instead of replaying megabytes.
    """
    oxstore.flush()


def remove_article(article: str, store: Path | str = DEFAULT_STORE) -> int:
    """Drop one article's named graph (ARTICLE: id, URL, file name or exact title); the triples it held."""
    with storage_errors(store, "removing an article"):
        count = _remove_article(article, store)
    return count


def _remove_article(article: str, store) -> int:
    import pyoxigraph as ox

    oxstore = open_store(store) if isinstance(store, (str, Path)) else store
    graphs = find_article_graphs(oxstore, article)
    if not graphs:
        close = difflib.get_close_matches(article, _article_names(oxstore), n=3)
        hint = f"did you mean {', '.join(repr(c) for c in close)}? " if close else ""
        raise InputError(f"no article {article!r} in the store; {hint}`kg query articles --store DIR` lists them")
    if len(graphs) > 1:
        ids = ", ".join(g.rsplit("/", 1)[-1] for g in graphs)
        raise InputError(f"{article!r} names {len(graphs)} articles ({ids}); give one of their ids")
    graph = graphs[0]
    node = ox.NamedNode(graph)
    count = sum(1 for _ in oxstore.quads_for_pattern(None, None, None, node))
    stale = _described_nodes(oxstore, graph)
    run_update(oxstore, f"DROP GRAPH <{graph}>")
    prune_descriptions(oxstore, stale)
    settle(oxstore)
    return count


def iter_graphs_for_push(paths: Sequence[Path | str] = (), store: Path | str | None = None) -> Iterator[tuple[str | None, bytes]]:
    """(graph IRI or None for the default graph, N-Triples bytes) for every article graph to push."""
    import pyoxigraph as ox

    if store is not None:
        oxstore = open_store(store, read_only=True) if isinstance(store, (str, Path)) else store
        for graph in article_graphs(oxstore):
            quads = oxstore.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            yield graph, ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
        default = list(oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        if default:
            yield None, ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in default), format=ox.RdfFormat.N_TRIPLES)
        return
    merged: dict[str | None, list] = {}
    for path in paths:
        for graph, triples in read_article_graphs(path).items():
            if graph is None or graph == entities_graph():
                merged.setdefault(graph, []).extend(triples)
            else:
                merged[graph] = triples
    for graph in sorted(merged, key=lambda g: (g is None, g or "")):
        yield graph, ox.serialize(merged[graph], format=ox.RdfFormat.N_TRIPLES)


# --------------------------------------------------------------------------- explain


@dataclass
class ArticleEvidence:
    """How one article named an entity, and why that name led to the shared IRI."""

    article: str
    names: list[str]
    reason: str
    title: str | None = None


@dataclass
class EntityExplanation:
    """Which names and articles were merged into one entity IRI, and why."""

    iri: str
    label: str
    aliases: list[str]
    classes: list[str]
    in_gazetteer: bool
    articles: list[ArticleEvidence]

    def lines(self) -> list[str]:
        from kg.query import compact_iri, prefixes

        known = prefixes()
        out = [
            f"{compact_iri(self.iri, known)}  {self.label!r}",
            f"  classes: {', '.join(compact_iri(c, known) for c in self.classes) or '-'}",
            f"  aliases: {', '.join(repr(a) for a in self.aliases) or '-'}",
            "  identity: " + ("gazetteer entry (ontology/gazetteer.ttl) gives this IRI" if self.in_gazetteer
                              else "IRI minted from the canonical name (id:{kind}/{slug})"),
            f"  articles ({len(self.articles)}):",
        ]
        for evidence in self.articles:
            names = ", ".join(repr(n) for n in evidence.names) or "-"
            title = f" {evidence.title!r}" if evidence.title else ""
            out.append(f"    {compact_iri(evidence.article, known)}{title}: {names} -> {evidence.reason}")
        return out


def _gazetteer_iris() -> set[str]:
    import pyoxigraph as ox

    from kg.resources import ontology_file

    path = ontology_file("gazetteer.ttl")
    if not path.is_file():
        return set()
    try:
        return {q.subject.value for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}
    except (SyntaxError, OSError, ValueError):
        return set()


def find_entities(oxstore, entity: str) -> list[str]:
    """IRIs of the entities an ENTITY argument means: an IRI, `person/xi-jinping`, or a name/alias."""
    from kg.query import execute, to_term

    ns = _ns()
    if entity.startswith(("http://", "https://", "<")) or entity.startswith("id:"):
        term = to_term(entity if not entity.startswith("id:") else entity)
        return [term.value]
    if "/" in entity and " " not in entity:
        return [ns["id"] + entity]
    text = (
        "SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?l . ?e kg:mentionedIn ?a . "
        "FILTER(LCASE(STR(?l)) = LCASE(STR(?name))) } ORDER BY ?e"
    )
    result = execute(oxstore, text, {"name": to_term(entity)}, hidden={"name"})
    return [row[0].value for row in result.rows]


def _article_title(oxstore, article: str) -> str | None:
    import pyoxigraph as ox

    title = ox.NamedNode(_ns()["dcterms"] + "title")
    return next((q.object.value for q in oxstore.quads_for_pattern(ox.NamedNode(article), title, None, None)), None)


def explain_entity(entity: str, graphs: Sequence[Path | str] = (), store: Path | str | None = None) -> list[EntityExplanation]:
    """Why the names and articles behind ENTITY share one IRI (one explanation per matching IRI).

    Reasons, per article: the IRI is a gazetteer entry (its aliases map to it), the article used
    the same canonical name, or the article used one of the entity's aliases.
    """
    import pyoxigraph as ox

    from kg.query import DEFAULT_GRAPH, load_graphs

    if store is not None:
        oxstore = open_store(store, read_only=True)
    else:
        oxstore = load_graphs(list(graphs) or [DEFAULT_GRAPH])
    ns = _ns()
    iris = find_entities(oxstore, entity)
    gazetteer = _gazetteer_iris()
    label_p, alt_p = ox.NamedNode(ns["rdfs"] + "label"), ox.NamedNode(ns["skos"] + "altLabel")
    named_as_p = ox.NamedNode(ns["kg"] + "mentionedAs")
    type_p, mentioned_p = ox.NamedNode(_RDF_TYPE), ox.NamedNode(ns["kg"] + "mentionedIn")
    explanations = []
    for iri in iris:
        node = ox.NamedNode(iri)
        quads = list(oxstore.quads_for_pattern(node, None, None, None))
        if not quads:
            continue
        labels = sorted({q.object.value for q in quads if q.predicate == label_p})
        aliases = sorted({q.object.value for q in quads if q.predicate == alt_p} - set(labels))
        classes = sorted({q.object.value for q in quads if q.predicate == type_p})
        label = labels[0] if labels else iri.rsplit("/", 1)[-1]
        in_gazetteer = iri in gazetteer
        articles = sorted({q.object.value for q in quads if q.predicate == mentioned_p})
        evidence = []
        for article in articles:
            graph = graph_iri(article)
            names = sorted({q.object.value for q in quads
                            if q.predicate in (label_p, alt_p, named_as_p) and not isinstance(q.graph_name, ox.DefaultGraph)
                            and q.graph_name.value == graph})
            if not names:
                reason = "same IRI (per-article names need a TriG/N-Quads graph or a store)"
            elif label in names:
                reason = "same canonical name"
            else:
                reason = "alias of the canonical name"
            if in_gazetteer:
                reason = f"gazetteer identity; {reason}"
            evidence.append(ArticleEvidence(article, names, reason, _article_title(oxstore, article)))
        explanations.append(EntityExplanation(iri, label, aliases, classes, in_gazetteer, evidence))
    if not explanations:
        close = _close_names(oxstore, entity)
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else \
            "give a name, an alias, an IRI or an id such as person/xi-jinping"
        raise InputError(f"no entity {entity!r} in the graph; {hint}")
    return explanations


def _close_names(oxstore, entity: str) -> list[str]:
    """Entity names and aliases in the graph that look like ENTITY (for "did you mean")."""
    import difflib

    from kg.query import execute

    result = execute(oxstore, "SELECT DISTINCT ?l WHERE { ?e rdfs:label|skos:altLabel ?l . ?e kg:mentionedIn ?a }")
    by_lower = {row[0].value.lower(): row[0].value for row in sorted(result.rows, key=lambda r: r[0].value)}
    return [by_lower[c] for c in difflib.get_close_matches(entity.lower(), list(by_lower), n=3, cutoff=0.6)]
