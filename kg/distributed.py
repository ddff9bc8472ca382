"""Corpus runs beyond one process: extraction on a Dask cluster, and resumable runs into a store.

`extract_corpus` is what `kg extract --dask ADDRESS` and `kg extract --store DIR` call.

- Reading is lazy and takes two passes over the inputs: the first decides every article's id
  (the first article with an id wins, as in a local run) and its content hash, keeping only
  those; the second reads the texts again, one batch at a time, as the workers ask for work.
  So texts are never all in memory at once, and duplicates across files or JSON Lines shards
  are extracted once.
- On a Dask cluster (`dask.distributed`: `local:N` starts a LocalCluster of N single-threaded
  worker processes, anything else is a scheduler address), each worker loads the spaCy
  pipeline once (a worker plugin) and parses and extracts batches of articles; only Articles
  and Facts cross the wire. A worker that dies has its batch rerun by Dask on another worker;
  a batch that keeps killing workers is split into single articles, so only the article at
  fault is reported as failed.
- Without a store, the Facts are merged into one Dataset in input order, exactly as a local
  run merges them, so the file written is byte-identical to `kg extract` without `--dask`.
- With a store, each article's named graph (with `kg:contentHash`) is written into the
  Oxigraph store as soon as it is finished, one transaction per batch of whole graphs
  (`kg.store.load_article_graphs`). An article whose id and content hash are already there
  is skipped, so after a kill -9 or a lost client a rerun does only the rest, and an article
  is never there twice (its graph is named by its id). Each stored article graph is built on
  its own, so it does not depend on which articles were finished before it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError, UsageError
from kg.io import DEFAULT_MAX_BYTES, is_web_address, read_articles
from kg.models import Article, Facts
from kg.pipeline import ErrorCallback, ExtractionReport, ProgressCallback

CLUSTER_INSTALL = "pip install 'polecon-kg[cluster]' (or '.[cluster]' in a kg checkout)"
BATCH_SIZE = 8  # articles per task: ~0.5 s of work, enough to hide the scheduler's overhead
STORE_CHUNK = 500  # articles extracted locally between store writes (bounds the texts in memory)


@dataclass
class CorpusReport(ExtractionReport):
    """An ExtractionReport that also counts the articles a store already held."""

    unchanged: int = 0  # articles skipped: the store has their id with the same content hash
    store: str | None = None

    def fail(self, error: KgError, *, strict: bool, on_error: ErrorCallback | None) -> None:
        """List a bad article and tell `on_error`; raise it instead when strict or unheard."""
        if strict or on_error is None:
            raise error
        self.failures.append(error)
        on_error(error)

    def summary(self) -> str:
        line = super().summary()
        if self.store is not None:
            line += f"; {self.unchanged} already in the store"
        return line


# ----------------------------------------------------------------------------- articles


def content_hash(article: Article) -> str:
    """A hash of what extraction reads from an article, and of the kg version that reads it.

    Stored with each article graph (`kg:contentHash`): a rerun skips an article whose id and
    hash are already in the store, and re-extracts one whose text or metadata changed.
    """
    from kg import __version__

    published = article.published.isoformat() if article.published else None
    fields = [__version__, article.id, article.title, article.source, article.url, published, article.text]
    return "sha256:" + hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


class _Inputs:
    """The inputs, readable twice (a first pass decides the article ids, a second one reads the
    texts for extraction). Standard input and web addresses are read once and kept: they
    cannot be read again, or should not be fetched twice. Notes on skipped files go to
    `on_note` on the first pass only."""

    def __init__(self, inputs: Iterable[str | Path], max_bytes: int, read_options: dict | None = None):
        self.items = [str(item) for item in inputs]
        self.max_bytes = max_bytes
        self.read_options = dict(read_options or {})  # kg.io.read_articles: glob, fetch, on_note
        self._kept: dict[str, list[Article]] = {}
        self._passes = 0

    def read(self, on_error: ErrorCallback | None, strict: bool) -> Iterator[Article]:
        self._passes += 1
        options = dict(self.read_options)
        if self._passes > 1:
            options.pop("on_note", None)  # heard on the first pass
        for item in self.items:
            if _read_once(item):
                if item not in self._kept:
                    self._kept[item] = list(read_articles([item], max_bytes=self.max_bytes, strict=strict,
                                                          on_error=on_error, **options))
                yield from self._kept[item]
            else:
                yield from read_articles([item], max_bytes=self.max_bytes, strict=strict, on_error=on_error, **options)


def _read_once(item: str) -> bool:
    """Standard input, or a web page or feed address."""
    return item == "-" or is_web_address(item)


def _stored_hashes(oxstore) -> Callable[[str], str | None]:
    """A lookup: article id -> the content hash its graph in the store carries, or None."""
    import pyoxigraph as ox

    from kg.graph import article_iri, graph_iri
    from kg.namespaces import KG

    predicate = ox.NamedNode(str(KG.contentHash))

    def lookup(article_id: str) -> str | None:
        quads = oxstore.quads_for_pattern(
            ox.NamedNode(str(article_iri(article_id))), predicate, None, ox.NamedNode(str(graph_iri(article_id)))
        )
        return next((quad.object.value for quad in quads), None)

    return lookup


def plan_corpus(source: _Inputs, report: CorpusReport, fail: ErrorCallback, strict: bool, oxstore=None) -> dict[str, str]:
    """First pass: {article id: content hash} of the articles to extract, in input order.

    Bad articles are reported (once, here); a repeated id is a duplicate (the first wins); an
    article the store holds with the same hash is counted in `report.unchanged`.
    """
    stored = _stored_hashes(oxstore) if oxstore is not None else None
    todo: dict[str, str] = {}
    seen: set[str] = set()
    for article in source.read(on_error=fail, strict=strict):
        if article.id in seen:
            report.duplicates.append(article.path or article.id)
            continue
        seen.add(article.id)
        digest = content_hash(article)
        if stored is not None and stored(article.id) == digest:
            report.unchanged += 1
            continue
        todo[article.id] = digest
    return todo


def planned_articles(source: _Inputs, todo: dict[str, str]) -> Iterator[Article]:
    """Second pass: the articles of the plan, read again lazily, each once, in input order."""
    pending = set(todo)
    for article in source.read(on_error=lambda error: None, strict=False):  # errors were reported in pass one
        if article.id in pending:
            pending.discard(article.id)
            yield article
            if not pending:
                return


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ----------------------------------------------------------------------------- store graphs


def article_ntriples(facts: Facts, digest: str) -> bytes:
    """N-Triples of one article's graph on its own, with its content hash, for the store."""
    from rdflib import Literal

    from kg.graph import article_iri, facts_to_dataset, graph_iri, serialize
    from kg.namespaces import KG

    dataset = facts_to_dataset([facts])
    article_id = facts.article.id
    dataset.graph(graph_iri(article_id)).add((article_iri(article_id), KG.contentHash, Literal(digest)))
    return serialize(dataset, "nt")


def _write_to_store(oxstore, finished: list[tuple[str, bytes]], folder: Path | str = "the store") -> None:
    """Write whole article graphs [(article id, N-Triples)]: one transaction for the new ones.
    A full disk or a permission problem is one line of error naming `folder`."""
    import pyoxigraph as ox

    from kg.graph import graph_iri
    from kg.store import descriptions_apart, load_article_graphs, storage_errors

    parsed = {
        str(graph_iri(article_id)): list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) for article_id, data in finished
    }
    with storage_errors(folder, "writing article graphs"):
        load_article_graphs(descriptions_apart(parsed), oxstore)  # entity descriptions: once, in id:entities


# ----------------------------------------------------------------------------- Dask


def require_dask():
    """The `distributed` module, or a KgError saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise KgError(f"--dask needs dask.distributed, which is not installed; install it with {CLUSTER_INSTALL}") from None
    return distributed


def parse_address(address: str) -> int | str:
    """`local:N` -> N (workers of a LocalCluster); a scheduler address is returned as given."""
    address = address.strip()
    if address.startswith("local:"):
        count = address[len("local:"):]
        if not count.isdecimal() or int(count) < 1:
            raise UsageError(f"--dask {address!r}: write local:N with N workers, e.g. local:2")
        return int(count)
    if not address or address.startswith("local"):
        raise UsageError(f"--dask {address!r}: give a scheduler address (tcp://host:8786) or local:N")
    return address


@contextmanager
def dask_client(address: str, timeout: str = "15s"):
    """A Dask Client: a LocalCluster of N single-threaded worker processes for `local:N` (started
    here and stopped on the way out), or a connection to the scheduler at `address`."""
    distributed = require_dask()
    where = parse_address(address)
    cluster = None
    try:
        if isinstance(where, int):
            import dask

            # The workers' statistical profiler samples the task's stack every 10 ms, for the
            # dashboard's profile page: a few per cent of the CPU of a pure-Python task, spent
            # on a view a kg run never opens. (A cluster of your own keeps its own settings.)
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                try:
                    cluster = distributed.LocalCluster(
                        # Any free port for the dashboard (8787 may be taken); the workers' own error
                        # logs are silenced: what fails reaches this process and is reported here.
                        n_workers=where, threads_per_worker=1, processes=True, dashboard_address=":0",
                        silence_logs=logging.CRITICAL,
                    )
                except (RuntimeError, OSError, TimeoutError) as error:
                    # Worker processes start by re-importing the caller's main module: a script
                    # that starts a cluster at import time (no main guard) cannot start them.
                    raise KgError(
                        f"could not start {where} local Dask worker(s) ({' '.join(str(error).split())}); "
                        "a Python script that runs this must do so under `if __name__ == \"__main__\":`"
                    ) from None
            client = distributed.Client(cluster)
        else:
            try:
                client = distributed.Client(where, timeout=timeout)
            except (OSError, TimeoutError, ValueError) as error:
                raise KgError(
                    f"cannot reach the Dask scheduler at {where} ({' '.join(str(error).split())}); "
                    "start one with `dask scheduler` and `dask worker ADDRESS`, or use --dask local:N"
                ) from None
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _pipeline_plugin(model: str | None):
    """A worker plugin that loads the spaCy pipeline once per worker, when the worker starts
    (and again on a worker that replaces a lost one)."""
    from distributed import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        def __init__(self, model: str | None):
            self.model = model

        def setup(self, worker) -> None:
            from kg.nlp import load_pipeline

            load_pipeline(self.model)

    return LoadPipeline(model)


def extract_batch(batch: list[tuple[int, Article, str]], model: str | None, for_store: bool) -> list[tuple]:
    """Dask task: parse and extract a batch [(sequence number, article, content hash)].

    Returns [(sequence number, tokens, facts or None, problem or None, N-Triples or None)];
    the N-Triples of each article graph are made here when the result goes to a store.
    """
    from kg.nlp import load_pipeline, model_label
    from kg.pipeline import extract_chunk

    nlp = load_pipeline(model)  # loaded by the worker plugin already: this is a dict lookup
    outcomes = extract_chunk(nlp, model_label(nlp), [article for _, article, _ in batch])
    results = []
    for (number, _, digest), (_, tokens, facts, problem) in zip(batch, outcomes):
        graph = article_ntriples(facts, digest) if for_store and facts is not None else None
        results.append((number, tokens, facts, problem, graph))
    return results


def _cluster_outcomes(
    client, articles: Iterator[tuple[int, Article, str]], model: str | None, for_store: bool, batch_size: int
) -> Iterator[tuple[int, Article, int, Facts | None, object, bytes | None]]:
    """(number, article, tokens, facts, problem, N-Triples) of every article, as they finish.

    At most a few batches per worker are out at a time, so the reading keeps pace with the
    workers instead of reading everything ahead. A batch whose task fails (its workers died
    on it more often than Dask allows, `distributed.scheduler.allowed-failures`) is sent
    again article by article. When a worker dies, Dask blames every task it held, the queued
    ones too, so an article that fails alone may be innocent: once the rest is done, each such
    article is tried once more with nothing else out, and only one that fails then is reported
    (with the reason).
    """
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = 2 * workers + 2
    running = as_completed()
    sent: dict = {}
    suspects: list[tuple[int, Article, str]] = []

    def submit(batch: list[tuple[int, Article, str]]) -> None:
        future = client.submit(extract_batch, batch, model, for_store, pure=False, retries=1)
        sent[future.key] = batch
        running.add(future)

    def collect(future, alone: bool = False) -> Iterator[tuple]:
        batch = sent.pop(future.key)
        try:
            results = future.result()
        except KgError:
            raise  # the pipeline cannot be loaded on the workers: no article can succeed
        except Exception as error:  # noqa: BLE001 - a lost or failing worker, reported per article
            if len(batch) > 1:
                for item in batch:
                    submit([item])
            elif not alone:
                suspects.append(batch[0])
            else:
                number, article, _ = batch[0]
                yield number, article, 0, None, ("worker failed on every try", f"{type(error).__name__}: {error}"), None
            return
        finally:
            future.release()
        by_number = {number: article for number, article, _ in batch}
        for number, tokens, facts, problem, graph in results:
            yield number, by_number[number], tokens, facts, problem, graph

    for batch in _batches(articles, batch_size):
        submit(batch)
        while running.count() >= limit:
            yield from collect(next(running))
    while not running.is_empty():
        yield from collect(next(running))
    for suspect in suspects:  # alone on the cluster now: a failure is this article's own
        submit([suspect])
        yield from collect(next(running), alone=True)


def _in_order(outcomes: Iterable[tuple]) -> Iterator[tuple]:
    """Outcomes numbered 0, 1, 2, ... in any order -> the same outcomes in number order."""
    waiting: dict[int, tuple] = {}
    following = 0
    for outcome in outcomes:
        waiting[outcome[0]] = outcome
        while following in waiting:
            yield waiting.pop(following)
            following += 1


# ----------------------------------------------------------------------------- the run


def extract_corpus(
    inputs: Iterable[str | Path],
    *,
    address: str | None = None,
    store: Path | str | None = None,
    model: str | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    strict: bool = False,
    on_error: ErrorCallback | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = BATCH_SIZE,
    read_options: dict | None = None,
):
    """Extract a corpus on a Dask cluster (`address`) and/or into an Oxigraph store (`store`).

    `read_options` go to `kg.io.read_articles` (`glob`, `fetch`, `on_note`); files are read
    twice (ids first, then the texts, lazily), web pages and standard input once.

    Returns `(dataset, report)`. Without `store`, `dataset` is the rdflib Dataset a local
    `kg.pipeline.build_dataset` would build from the same inputs (same graphs, same order);
    with `store`, every finished article graph goes into the store and `dataset` is None.
    `report` is a CorpusReport (counts, failures, duplicates, articles already stored).
    Without `address`, extraction runs here as `kg extract --jobs` does.
    """
    if address is None and store is None:
        raise UsageError("extract_corpus needs a Dask address or a store; use kg.pipeline.build_dataset otherwise")
    if address is not None:
        require_dask()
        parse_address(address)
        if jobs != 1:
            raise UsageError("--jobs is for local runs; with --dask the cluster's workers share the work")
    started = time.perf_counter()
    report = CorpusReport(store=str(store) if store is not None else None)
    fail = functools.partial(report.fail, strict=strict, on_error=on_error)
    oxstore = None
    if store is not None:
        from kg.store import open_store

        oxstore = open_store(store)
    source = _Inputs(inputs, max_bytes, read_options)
    todo = plan_corpus(source, report, fail, strict, oxstore)
    dataset = None
    if oxstore is None:
        from kg.graph import facts_to_dataset

        dataset = facts_to_dataset([])
    if todo:
        articles = planned_articles(source, todo)
        if address is not None:
            with dask_client(address) as client:
                client.register_plugin(_pipeline_plugin(model), name=f"kg-pipeline-{model or 'default'}")
                numbered = ((number, article, todo[article.id]) for number, article in enumerate(articles))
                outcomes = _cluster_outcomes(client, numbered, model, oxstore is not None, batch_size)
                _collect(outcomes if oxstore is not None else _in_order(outcomes), len(todo), report, fail, progress,
                         dataset, oxstore)
        else:
            _extract_here_into_store(articles, todo, report, fail, progress, oxstore, model, jobs, strict)
    report.seconds = time.perf_counter() - started
    return dataset, report


def _collect(outcomes, total: int, report: CorpusReport, fail, progress, dataset, oxstore) -> None:
    """Fold finished articles into the report and the dataset or the store, with progress.

    A stored article is written (its whole graph, one transaction) before progress counts it,
    so a run killed after reporting N articles done has those N on disk.
    """
    from kg.graph import add_facts
    from kg.pipeline import _as_kg_error

    for done, (_, article, tokens, facts, problem, graph) in enumerate(outcomes, start=1):
        report.tokens += tokens
        if problem is not None:
            fail(_as_kg_error(problem, article))
        else:
            report.add(facts)
            report.model = report.model or facts.model
            if oxstore is None:
                add_facts(dataset, facts)
            else:
                _write_to_store(oxstore, [(article.id, graph)], report.store)
        if progress is not None:
            progress(done, total, article)


def _extract_here_into_store(articles, todo, report, fail, progress, oxstore, model, jobs, strict) -> None:
    """Local extraction (as `kg extract --jobs`), a chunk of articles at a time, into the store."""
    from kg.pipeline import extract_facts

    total, done = len(todo), 0
    for chunk in _batches(articles, STORE_CHUNK):
        part = ExtractionReport()
        for facts in extract_facts(chunk, model=model, jobs=jobs, strict=strict, on_error=fail, report=part):
            _write_to_store(oxstore, [(facts.article.id, article_ntriples(facts, todo[facts.article.id]))], report.store)
            report.add(facts)
            report.model = report.model or facts.model
            done += 1
            if progress is not None:
                progress(done, total, facts.article)
        report.tokens += part.tokens
        done += part.failed
