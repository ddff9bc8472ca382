"""The glue from articles to a graph: read -> spaCy -> extract -> RDF.

The spaCy pipeline is loaded once per process (`kg.nlp` caches it) and every parsed `Doc` is
turned into `Facts` at once and dropped, so memory holds facts, not parses. Extraction is pure
Python and costs about as much as parsing, so the work is spread over processes:

- `jobs=1` (default): with two or more cores, one forked process parses while this process
  extracts and builds the graph, so the run takes about as long as the slower of the two;
- `jobs=N`: N forked workers each parse and extract a share of the articles; this process
  only builds the graph, in input order, so the output is the same whatever N is.

Without `fork` (Windows) or on one core everything runs here, with spaCy's `n_process` for
N > 1. Heavy modules (spaCy, rdflib) are imported only when needed: `kg extract` is measured
against bare spaCy with model load included.

An article longer than `kg.chunks.CHUNK_CHARS` is handled as several pieces (its chunks), each
parsed and extracted like an article of its own, and the pieces' facts are joined before the
article is reported; batches hold at most `BATCH_CHARS` characters, so the parser's memory
stays bounded whatever the length of the article.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.chunks import CHUNK_CHARS, chunk_article, chunk_spans, join_facts
from kg.errors import InputError, KgError, ModelError
from kg.io import DEFAULT_MAX_BYTES, read_articles
from kg.models import Article, Facts

ProgressCallback = Callable[[int, int, Article], None]
"""Called after each article is extracted: (articles done, articles in total, the article)."""

ErrorCallback = Callable[[KgError], None]


@dataclass
class ExtractionReport:
    """What one extraction run did: counts for the summary line, and what failed."""

    articles: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    quotes: int = 0
    tokens: int = 0
    failures: list[KgError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # paths of articles whose id was already read
    seconds: float = 0.0
    model: str | None = None

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, facts: Facts) -> None:
        self.articles += 1
        self.entities += len(facts.entities)
        # Positions are relations in FORMAT.md; the summary counts them with the rest.
        self.relations += len(facts.relations)
        self.events += len(facts.events)
        self.quotes += len(facts.quotes)

    def summary(self) -> str:
        """One line for stderr: what was extracted, and what failed."""

        def n(count: int, word: str, plural: str | None = None) -> str:
            return f"{count} {word if count == 1 else plural or word + 's'}"

        line = (
            f"{n(self.articles, 'article')}: {n(self.entities, 'entity', 'entities')}, "
            f"{n(self.relations, 'relation')}, {n(self.events, 'event')}, {n(self.quotes, 'quote')}"
        )
        if self.seconds > 0 and self.articles:
            line += f" in {self.seconds:.1f}s ({self.articles / self.seconds:.1f} articles/s)"
        if self.duplicates:
            line += f"; {n(len(self.duplicates), 'duplicate')} skipped"
        line += f"; {self.failed} failed"
        return line


def _batch_size(total: int, jobs: int, longest: int = 0) -> int:
    # Several batches per worker keep every process busy; small batches keep progress smooth.
    size = 32 if jobs <= 1 else max(1, min(32, -(-total // (jobs * 4))))
    return _fit_batch(size, longest)


BATCH_CHARS = 100_000
"""Most characters spaCy parses in one batch: its parser's working memory grows with the batch."""


def _fit_batch(size: int, longest: int) -> int:
    """`size` texts per batch, fewer when the texts are long (chunks of a long article)."""
    return max(1, min(size, BATCH_CHARS // max(longest, 1)))


def _parse_in_child(nlp, texts: list[str], batch_size: int, connection) -> None:
    """Child process: parse `texts` and send each Doc back as bytes, in order, in small batches."""
    try:
        batch: list[bytes] = []
        for doc in nlp.pipe(texts, batch_size=batch_size):
            batch.append(doc.to_bytes(exclude=["tensor"]))
            if len(batch) >= 4:
                connection.send(batch)
                batch = []
        if batch:
            connection.send(batch)
        connection.send(None)
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which raises it
        try:
            connection.send(f"{type(error).__name__}: {error}")
        except OSError:
            pass  # the parent stopped reading (an early stop): nobody to tell
    finally:
        connection.close()


def _parse_in_background(nlp, texts: list[str], batch_size: int):
    """Docs of `texts`, parsed by one forked child process while the caller extracts.

    Extraction is pure Python and runs while the next documents are parsed, so on a machine
    with two or more cores one parser process plus extraction takes about as long as parsing
    alone. The child inherits the loaded pipeline through fork (nothing is pickled) and sends
    `Doc.to_bytes()`; the tensor is left out because extraction never reads it.
    """
    import multiprocessing

    from spacy.tokens import Doc

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_parse_in_child, args=(nlp, texts, batch_size, sender), daemon=True)
    child.start()
    sender.close()
    # A thread drains the pipe into a queue, so the child never waits for the caller to finish
    # extracting before it can send (and parse) more: without it the two take turns.
    inbox: queue.Queue = queue.Queue(maxsize=_BACKGROUND_QUEUE)
    stop = threading.Event()

    def drain() -> None:
        while not stop.is_set():
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                message = EOFError
            inbox.put(message)
            if message is None or message is EOFError or isinstance(message, str):
                return

    reader = threading.Thread(target=drain, name="kg-parser-reader", daemon=True)
    reader.start()
    try:
        while True:
            message = inbox.get()
            if message is EOFError:
                raise ModelError("the spaCy parser process ended unexpectedly; try again with --jobs 2 or fewer articles")
            if message is None:
                break
            if isinstance(message, str):
                raise ModelError(f"parsing failed in the spaCy parser process ({message})")
            for data in message:
                yield Doc(nlp.vocab).from_bytes(data)
    finally:
        stop.set()
        if child.is_alive():
            child.terminate()
        child.join()
        while reader.is_alive():  # unblock a reader waiting on a full queue, then let it end
            try:
                inbox.get_nowait()
            except queue.Empty:
                pass
            reader.join(timeout=0.05)
        receiver.close()


_BACKGROUND_QUEUE = 64  # messages of 4 Docs (~65 KB each) the parser may run ahead: ~16 MB


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and _usable_cpus() > 1


def _usable_cpus() -> int:
    # The CPUs this process may run on (a container or taskset limits them), not the machine's.
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def parse(nlp, texts: list[str], jobs: int = 1):
    """spaCy Docs of `texts`, in order, parsed alongside the caller's own work.

    With `jobs` = 1, several texts and a second core, one background process parses while the
    caller extracts (see `_parse_in_background`); `jobs` > 1 uses spaCy's `n_process`;
    otherwise everything runs in this process.
    """
    longest = max(map(len, texts), default=0)
    batch_size = _batch_size(len(texts), jobs, longest)
    if jobs > 1:
        return nlp.pipe(texts, n_process=jobs, batch_size=batch_size)
    if len(texts) >= _BACKGROUND_MIN_TEXTS and _can_fork():
        return _parse_in_background(nlp, texts, batch_size=_fit_batch(16, longest))
    return nlp.pipe(texts, batch_size=batch_size)


_BACKGROUND_MIN_TEXTS = 4  # below this, starting a process costs more than the overlap saves


def _load(nlp, model: str | None):
    from kg.extract.eventmodel import shipped_model

    shipped_model()  # a bad KG_EVENT_ROLES file is one error before any article, not one per article
    if nlp is not None:
        return nlp
    from kg.nlp import load_pipeline

    return load_pipeline(model)


def _label(nlp) -> str:
    from kg.nlp import model_label

    return model_label(nlp)


def extract_facts(
    inputs: str | Path | Iterable[str | Path] | Iterable[Article],
    *,
    model: str | None = None,
    nlp=None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    strict: bool = False,
    on_error: ErrorCallback | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    report: ExtractionReport | None = None,
    read_options: dict | None = None,
) -> Iterator[Facts]:
    """`Facts` for every article in `inputs` (paths as for `kg.io.read_articles`, or Articles).

    Bad articles go to `on_error` and are skipped; with `strict=True` or no `on_error` the first
    one is raised. An article whose id was already read in this run is skipped (and listed in
    `report.duplicates`), so one run never holds two copies of the same article graph. `nlp`
    overrides `model` (tests pass the session pipeline). `read_options` go to `read_articles`
    (`glob`, `on_note`, `fetch`).
    """
    if jobs < 1:
        from kg.errors import UsageError

        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    report = report if report is not None else ExtractionReport()
    started = time.perf_counter()

    def fail(error: KgError) -> None:
        if strict or on_error is None:
            raise error
        report.failures.append(error)
        on_error(error)

    articles: list[Article] = []
    seen: set[str] = set()
    if isinstance(inputs, Article):
        inputs = [inputs]
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = list(inputs)
    if inputs and all(isinstance(item, Article) for item in inputs):
        source: Iterable[Article] = inputs  # type: ignore[assignment]
    else:
        source = read_articles(inputs, max_bytes=max_bytes, strict=strict or on_error is None, on_error=fail,
                               **(read_options or {}))
    # Reading everything first gives the progress bar its total; articles are small next to parses.
    for article in source:
        if article.id in seen:
            report.duplicates.append(article.path or article.id)
            continue
        seen.add(article.id)
        articles.append(article)
    if not articles:
        report.seconds = time.perf_counter() - started
        return

    nlp = _load(nlp, model)
    label = _label(nlp)
    report.model = label
    total = len(articles)
    # A long article is parsed and extracted a chunk at a time (kg.chunks), so no Doc is ever
    # longer than CHUNK_CHARS and time and memory grow with the text, not faster.
    pieces = _pieces(articles, min(CHUNK_CHARS, nlp.max_length))
    texts = [piece for _, _, piece in pieces]
    if jobs > 1 and _can_fork():
        outcomes = _extract_in_workers(nlp, label, texts, jobs)
    else:
        outcomes = _extract_here(nlp, label, texts, jobs)
    for done, (article, tokens, facts, problem) in enumerate(_joined(articles, pieces, outcomes), start=1):
        report.tokens += tokens
        if problem is not None:
            if isinstance(problem, BaseException) and (strict or on_error is None) and not isinstance(problem, KgError):
                raise problem
            fail(_as_kg_error(problem, article))
        else:
            report.add(facts)
            yield facts
        if progress is not None:
            progress(done, total, article)
    report.seconds = time.perf_counter() - started


# An extraction outcome: (article, tokens parsed, facts or None, the problem or None). A problem
# is the exception itself in this process, or (class name, message) from a worker process.
Outcome = tuple

# A piece of work: (index of the article, offset of the chunk in its text, the chunk as an Article).
Piece = tuple


def _pieces(articles: list[Article], limit: int) -> list[Piece]:
    pieces = []
    for index, article in enumerate(articles):
        spans = chunk_spans(article.text, limit)
        if len(spans) == 1:
            pieces.append((index, 0, article))
        else:
            pieces.extend((index, start, chunk_article(article, start, end)) for start, end in spans)
    return pieces


def _joined(articles: list[Article], pieces: list[Piece], outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """One outcome per article from the outcomes of its pieces (in order): their facts joined,
    their tokens added up, or the first problem any piece had."""
    left = [0] * len(articles)
    for index, _, _ in pieces:
        left[index] += 1
    parts: list[tuple[int, Facts]] = []
    tokens, problem = 0, None
    for (index, start, _), (_, count, facts, trouble) in zip(pieces, outcomes):
        tokens += count
        if trouble is not None:
            problem = problem or trouble
        else:
            parts.append((start, facts))
        left[index] -= 1
        if left[index]:
            continue
        article, joined = articles[index], None
        if problem is None:
            try:
                joined = join_facts(article, parts)
            except Exception as error:  # noqa: BLE001 - one bad article must not lose the others
                problem = error
        yield article, tokens, joined, problem
        parts, tokens, problem = [], 0, None


def _as_kg_error(problem, article: Article) -> KgError:
    if isinstance(problem, KgError):
        if problem.path is None:
            problem.path = article.path or article.id
        return problem
    if isinstance(problem, BaseException):
        problem = (type(problem).__name__, str(problem))
    kind, message = problem
    return InputError(
        f"extraction failed ({kind}: {message}); please report this with the article",
        path=article.path or article.id,
    )


def _extract_one(extract, doc, article: Article, label: str) -> Outcome:
    try:
        return article, len(doc), extract(doc, article, model=label), None
    except Exception as error:  # noqa: BLE001 - one bad article must not lose the others
        return article, len(doc), None, error


def _extract_here(nlp, label: str, articles: list[Article], jobs: int) -> Iterator[Outcome]:
    """Extraction in this process, from Docs parsed here or by background parser processes."""
    from kg.extract import extract

    for article, doc in zip(articles, parse(nlp, [article.text for article in articles], jobs)):
        yield _extract_one(extract, doc, article, label)


_WORKER: dict = {}  # the pipeline and model label, handed to forked worker processes


def _work_on_chunk(chunk: list[Article]) -> list[Outcome]:
    """Worker process: parse and extract a few articles; problems travel as (name, message)."""
    return extract_chunk(_WORKER["nlp"], _WORKER["label"], chunk)


def extract_chunk(nlp, label: str, chunk: list[Article]) -> list[Outcome]:
    """Parse and extract a few articles in this process, for a worker that sends the outcomes
    back to another process (kg.distributed too): problems travel as (name, message)."""
    from kg.extract import extract

    pieces = _pieces(chunk, min(CHUNK_CHARS, nlp.max_length))  # a long article is several pieces
    texts = [piece.text for _, _, piece in pieces]
    docs = nlp.pipe(texts, batch_size=_fit_batch(len(texts), max(map(len, texts))))
    outcomes = []
    joined = _joined(chunk, pieces, (_extract_one(extract, doc, piece, label) for (_, _, piece), doc in zip(pieces, docs)))
    for article, tokens, facts, problem in joined:
        if problem is not None and not isinstance(problem, KgError):
            problem = (type(problem).__name__, str(problem))
        elif problem is not None:
            problem = (type(problem).__name__, problem.message)
        outcomes.append((article, tokens, facts, problem))
    return outcomes


def _extract_in_workers(nlp, label: str, articles: list[Article], jobs: int) -> Iterator[Outcome]:
    """Parse and extract in `jobs` forked processes; results come back in input order.

    Extraction is pure Python and costs about as much as parsing, so spreading only the parse
    over processes (spaCy's `n_process`) would leave extraction as the bottleneck. Workers
    inherit the loaded pipeline through fork; only Articles and Facts cross process lines.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk_size = max(1, min(8, -(-len(articles) // (jobs * 4))))
    chunks = [articles[i : i + chunk_size] for i in range(0, len(articles), chunk_size)]
    # A ProcessPoolExecutor (unlike multiprocessing.Pool) notices a worker that died, e.g. killed
    # for memory, instead of waiting for its results for ever.
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
    _WORKER.update(nlp=nlp, label=label)
    try:
        results = executor.map(_work_on_chunk, chunks)  # submits every chunk: workers fork now
        _WORKER.clear()
        for outcomes in results:
            yield from outcomes
    except BrokenProcessPool:
        raise ModelError(f"a worker process died (out of memory?); try fewer --jobs than {jobs}") from None
    finally:
        _WORKER.clear()
        # On an early stop (--strict) do not wait for the chunks nobody will read.
        executor.shutdown(wait=False, cancel_futures=True)


def build_dataset(
    inputs: str | Path | Iterable[str | Path] | Iterable[Article],
    model: str | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    *,
    nlp=None,
    strict: bool = False,
    on_error: ErrorCallback | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    read_options: dict | None = None,
):
    """Read, parse and extract every article in `inputs` into one RDF Dataset.

    Returns `(dataset, report)`: an rdflib Dataset with one named graph per article (see
    docs/DESIGN.md) and an `ExtractionReport` with the counts and the failures. Without
    `on_error` (or with `strict=True`) the first bad article raises `InputError`.
    """
    from kg.graph import add_facts, facts_to_dataset

    report = ExtractionReport()
    dataset = facts_to_dataset([])
    # Each article's graph is added as soon as it is extracted, while the parser works on the
    # next articles, so building the graph costs no extra time at the end.
    for facts in extract_facts(
        inputs,
        model=model,
        nlp=nlp,
        jobs=jobs,
        progress=progress,
        strict=strict,
        on_error=on_error,
        max_bytes=max_bytes,
        report=report,
        read_options=read_options,
    ):
        add_facts(dataset, facts)
    return dataset, report
