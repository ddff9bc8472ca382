"""The Python API for notebooks and scripts: one `KnowledgeGraph` object over the library.

    import kg
    graph = kg.extract(["articles/", "https://example.org/news/1"])   # files, folders, URLs
    graph.query("positions", person="Xi Jinping")    # a list of dicts; .to_pandas() with pandas
    graph.facts()                                    # FORMAT.md facts, one dict per article
    graph.to_networkx()                              # networkx MultiDiGraph
    graph.save("graph.ttl"); graph.viz("graph.html")
    kg.load("graph.ttl"); kg.open_store("store/")    # the same object, from a file or a store

Every method is the library call the matching `kg` command makes (`kg extract`, `kg query`,
`kg facts`, `kg export`, `kg viz`), so the API and the CLI give the same answers. In Jupyter a
KnowledgeGraph shows its interactive graph inline (`_repr_html_`: the offline `kg viz` page in
an iframe).
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kg.errors import KgError, UsageError
from kg.io import DEFAULT_MAX_BYTES

# File suffix -> format name of kg.export.export_graph (RDF formats and the network formats).
SAVE_FORMATS = {
    ".ttl": "ttl", ".trig": "trig", ".nt": "nt", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld",
    ".graphml": "graphml", ".gexf": "gexf",
}
INLINE_HEIGHT = 600  # pixels of the inline graph in a notebook


class Rows(list):
    """The answer of a SELECT query: a list of dicts (column -> plain string, None where unbound)."""

    def __init__(self, records: Iterable[dict], columns: Iterable[str]):
        super().__init__(records)
        self.columns = list(columns)

    def to_pandas(self):
        """The rows as a pandas DataFrame, columns in the query's order (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError:
            raise KgError("to_pandas() needs pandas, which is not installed; install it with `pip install pandas`") from None
        return pd.DataFrame(list(self), columns=self.columns)


class KnowledgeGraph:
    """A knowledge graph, in memory (from `kg.extract` or `kg.load`) or in a store (`kg.open_store`).

    `dataset` is the rdflib Dataset (one named graph per article). A store-backed graph answers
    queries from the store as it is now (what `kg load` added since is seen) and reads the store
    into a Dataset for the other methods.
    """

    def __init__(self, dataset=None, *, store: str | Path | None = None, report=None):
        if (dataset is None) == (store is None):
            raise UsageError("a KnowledgeGraph holds either a dataset or a store, not both or neither")
        self._dataset = dataset
        self.store = None if store is None else Path(store)
        self.report = report  # the ExtractionReport of kg.extract (counts, failures), else None
        self._oxstore = None  # an in-memory pyoxigraph copy of `dataset`, built at the first query

    # ----------------------------------------------------------------------------- the data

    @property
    def dataset(self):
        """The graph as an rdflib Dataset (a store is read anew each time: it may have changed)."""
        if self._dataset is not None:
            return self._dataset
        import pyoxigraph as ox

        from kg.graph import load_graph
        from kg.store import open_store

        with tempfile.TemporaryDirectory(prefix="kg-") as folder:
            dump = Path(folder) / "store.nq"
            open_store(self.store, read_only=True).dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
            return load_graph([dump])

    def __len__(self) -> int:
        """The number of quads (triples with their article graph)."""
        if self._dataset is None:
            from kg.store import open_store

            return len(open_store(self.store, read_only=True))
        return sum(1 for _ in self._dataset.quads((None, None, None, None)))

    def __repr__(self) -> str:
        where = f"store {str(self.store)!r}" if self.store is not None else "in memory"
        return f"<KnowledgeGraph {where}: {len(self)} quads>"

    # ----------------------------------------------------------------------------- queries

    def query(self, query: str, *, min_confidence: float | None = None, params: dict | None = None, **named):
        """Run a saved query (by name, see `kg queries`), a `.rq` file or inline SPARQL.

        Parameters are keyword arguments (`person="Xi Jinping"`) or a `params` dict; they are
        bound, never spliced into the text. A SELECT gives `Rows` (a list of dicts with
        `.to_pandas()`), an ASK a bool, a CONSTRUCT or DESCRIBE `Rows` of subject/predicate/object.
        """
        from kg.query import run_query

        bound = {name: str(value) for name, value in {**(params or {}), **named}.items()}
        if self.store is not None:
            result = run_query(query, store=self.store, params=bound, min_confidence=min_confidence)
        else:
            result = run_query(query, store=self._query_store(), params=bound, min_confidence=min_confidence)
        if result.form == "ask":
            return bool(result.boolean)
        if result.form == "graph":
            columns = ("subject", "predicate", "object")
            return Rows(
                [dict(zip(columns, (t.subject.value, t.predicate.value, t.object.value))) for t in result.triples],
                columns,
            )
        return Rows(result.records(), result.variables)

    def _query_store(self):
        if self._oxstore is None:
            from kg.query import load_graphs

            self._oxstore = load_graphs([self._dataset])
        return self._oxstore

    def facts(self, min_confidence: float = 0.0) -> list[dict]:
        """The facts as FORMAT.md dicts, one per article (what `kg facts` writes)."""
        from kg.facts import graph_to_facts

        return graph_to_facts(self.dataset, min_confidence=min_confidence)

    def to_networkx(self, *, events: str = "edges"):
        """A networkx MultiDiGraph, one node per entity (see `kg.analytics.to_networkx`)."""
        from kg.analytics import to_networkx

        return to_networkx(self.dataset, events=events)

    # ----------------------------------------------------------------------------- files

    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Write the graph to `path`: ttl, trig, nt, nq, jsonld, graphml or gexf (from the suffix)."""
        from kg.export import export_graph
        from kg.io import atomic_write

        path = Path(path)
        fmt = format or SAVE_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise UsageError(
                f"cannot tell the format from the extension {path.suffix or '(none)'!r}; "
                f"use one of {', '.join(SAVE_FORMATS)} or pass format="
            )
        return atomic_write(path, export_graph(self.dataset, fmt))

    def to_html(self, **options) -> str:
        """The offline interactive page `kg viz` writes; options as `kg.viz.render_html` (focus, hops, ...)."""
        from kg.viz import render_html

        return render_html(self.dataset, **options)

    def viz(self, path: str | Path, **options) -> Path:
        """Write the interactive HTML graph to `path` (options: focus, hops, classes, since, ...)."""
        from kg.io import atomic_write

        return atomic_write(path, self.to_html(**options))

    def _repr_html_(self) -> str:
        """Jupyter: the interactive graph inline, the offline page in an iframe."""
        try:
            page = self.to_html()
        except KgError as error:
            return f"<p>{html.escape(repr(self))}: {html.escape(str(error))}</p>"
        return (
            f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width: 100%; height: {INLINE_HEIGHT}px; '
            f'border: 1px solid #ddd" title="{html.escape(repr(self), quote=True)}"></iframe>'
        )


# ------------------------------------------------------------------------------- entry points


def extract(
    inputs: str | Path | Iterable[str | Path],
    *,
    model: str | None = None,
    jobs: int = 1,
    strict: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress=None,
) -> KnowledgeGraph:
    """Extract articles into a KnowledgeGraph: the inputs `kg extract` takes (files, folders,
    .jsonl files, URLs where supported).

    `strict=True` raises the first bad article's error (an `InputError`); with `strict=False`
    bad articles are skipped and listed in `graph.report.failures`. `progress(done, total,
    article)` is called after each article.
    """
    from kg.pipeline import build_dataset

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    dataset, report = build_dataset(
        list(inputs), model=model, jobs=jobs, progress=progress, strict=strict,
        on_error=None if strict else (lambda error: None), max_bytes=max_bytes,
    )
    return KnowledgeGraph(dataset, report=report)


def load(paths: str | Path | Iterable[str | Path]) -> KnowledgeGraph:
    """A KnowledgeGraph from graph files (.ttl, .trig, .nt, .nq, .jsonld), merged."""
    from kg.graph import load_graph

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return KnowledgeGraph(load_graph(list(paths)))


def open_store(path: str | Path) -> KnowledgeGraph:
    """A KnowledgeGraph over an Oxigraph store folder (made by `kg load FILE --store DIR`)."""
    from kg.store import open_read_view

    open_read_view(path)  # a missing or foreign folder fails here, with the one-line message
    return KnowledgeGraph(store=path)
