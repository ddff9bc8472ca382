"""`kg extract` (articles -> RDF file) and `kg demo` (the README's first command).

Thin layer over `kg.pipeline.build_dataset`: options in, a file written atomically, a progress
bar and a one-line summary on stderr. Exit status 1 when any article failed, so scripts notice.
"""

from __future__ import annotations

import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import app, echo_err
from kg.io import DEFAULT_MAX_BYTES

DEFAULT_OUTPUT = Path("output") / "graph.ttl"


class RdfFormat(str, Enum):
    ttl = "ttl"
    trig = "trig"
    nt = "nt"
    jsonld = "jsonld"


_SUFFIX_FORMATS = {".ttl": RdfFormat.ttl, ".trig": RdfFormat.trig, ".nt": RdfFormat.nt,
                   ".jsonld": RdfFormat.jsonld, ".json": RdfFormat.jsonld}


def format_for(output: str, given: RdfFormat | None) -> RdfFormat:
    """The explicit --format, else the one the output file name implies, else Turtle."""
    if given is not None:
        return given
    return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), RdfFormat.ttl) if output != "-" else RdfFormat.ttl


class ProgressBar:
    """Progress on stderr through Rich: a bar, articles done/total, articles/s and the time left.

    Drawn only when enabled (stderr is a terminal); messages printed on stderr meanwhile appear
    above the bar (Rich redirects stderr while the bar is live). `close()` ends the bar.
    """

    def __init__(self, enabled: bool, label: str = "extracting", console=None):
        self.enabled = enabled
        self.label = label
        self.console = console  # a rich Console; default: one on stderr
        self.started = time.perf_counter()
        self._bar = None
        self._task = None

    def __call__(self, done: int, total: int, article=None) -> None:
        if not self.enabled or total < 2:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console or Console(stderr=True),
            )
            self._task = self._bar.add_task(self.label, total=total, rate=0.0)
            self._bar.start()
        rate = done / max(time.perf_counter() - self.started, 1e-6)
        self._bar.update(self._task, completed=done, total=total, rate=rate)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def run_extract(
    inputs: list[str],
    output: str,
    fmt: RdfFormat | None,
    *,
    model: str | None,
    jobs: int,
    strict: bool,
    max_bytes: int,
    show_progress: bool = True,
    dask: str | None = None,
    store: Path | None = None,
    read_options: dict | None = None,
):
    """Shared by `kg extract` and `kg demo`: extract, write, summarise; returns (dataset, report)."""
    from kg.graph import serialize
    from kg.io import atomic_write, refuse_output_over_input
    from kg.pipeline import build_dataset

    refuse_output_over_input(output, inputs)
    refuse_output_over_input(store, inputs)
    progress = ProgressBar(show_progress and _stderr_is_terminal())

    def on_error(error) -> None:
        echo_err(f"kg: error: {error}")

    def on_note(message: str) -> None:
        echo_err(f"kg: note: {message}")

    try:
        if dask is not None or store is not None:
            from kg.distributed import extract_corpus

            dataset, report = extract_corpus(
                inputs, address=dask, store=store, model=model, jobs=jobs, progress=progress, strict=strict,
                on_error=on_error, max_bytes=max_bytes, read_options={"on_note": on_note, **(read_options or {})},
            )
        else:
            dataset, report = build_dataset(
                inputs, model=model, jobs=jobs, progress=progress, strict=strict, on_error=on_error, max_bytes=max_bytes,
                read_options={"on_note": on_note, **(read_options or {})},
            )
    finally:
        progress.close()  # also when interrupted: the terminal is left clean
    if store is not None:
        if report.articles == 0 and not report.unchanged and not report.failures:
            echo_err("kg: error: no articles to extract; give article files, a folder or a .jsonl file")
            raise typer.Exit(1)
        echo_err(f"{report.summary()} -> {store}")
        return dataset, report
    if report.articles == 0:
        # Nothing was extracted: leave any existing output exactly as it was.
        if not report.failures:
            echo_err("kg: error: no articles to extract; give article files, a folder or a .jsonl file")
        raise typer.Exit(1)
    data = serialize(dataset, format_for(output, fmt).value)
    if output == "-":
        typer.get_binary_stream("stdout").write(data)
        typer.get_binary_stream("stdout").flush()
    else:
        atomic_write(output, data)
    where = "stdout" if output == "-" else output
    echo_err(f"{report.summary()} -> {where}")
    return dataset, report


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Article files (.txt/.md with optional front matter, .html pages, .jsonl), folders, "
            "web page or RSS/Atom feed URLs, or - for stdin.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", show_default=False,
                     help=f"Where to write the graph; - for stdout [default: {DEFAULT_OUTPUT}; none with --store]."),
    ] = None,
    fmt: Annotated[
        RdfFormat | None,
        typer.Option("--format", "-f", help="RDF format (default: from the output suffix, else ttl).", show_default=False),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="spaCy pipeline name (default: $KG_MODEL, else en_core_web_sm).", show_default=False),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Worker processes that parse and extract (1: parse in the background, extract here)."),
    ] = 1,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad article instead of skipping it.")] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    dask: Annotated[
        Optional[str],
        typer.Option("--dask", metavar="ADDRESS", show_default=False,
                     help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N "
                          "(N worker processes started here). Needs the cluster extra: pip install 'polecon-kg[cluster]'."),
    ] = None,
    store: Annotated[
        Optional[Path],
        typer.Option("--store", metavar="DIR", show_default=False,
                     help="Write each article's graph into this Oxigraph store as it is finished, skipping "
                          "articles already there unchanged; rerun to resume an interrupted run."),
    ] = None,
    glob: Annotated[
        Optional[list[str]],
        typer.Option("--glob", metavar="PATTERN",
                     help="Which files of a folder to read (repeatable; default *.txt *.md *.html *.jsonl).",
                     show_default=False),
    ] = None,
    user_agent: Annotated[
        Optional[str], typer.Option("--user-agent", metavar="TEXT", help="User-Agent header for web pages and feeds.",
                                 show_default=False),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Seconds to wait for a web server.")
    ] = 20.0,
) -> None:
    """Extract entities, positions, relations, events and quotes from articles into an RDF graph.

    An article file may start with front matter: `key: value` lines (title, source, url,
    published as YYYY-MM-DD) ended by a `---` line. Files must be UTF-8 (or UTF-16 with a
    byte-order mark). A .jsonl file holds one {"text": ..., "title": ...} object per line.
    Web pages (https://... or saved .html) and RSS/Atom feeds (each item's page) are read with
    trafilatura: main text, title, date, site name and URL come from the page. A folder gives
    its *.txt, *.md, *.html and *.jsonl files (README, SOURCES, LICENSE, CHANGELOG and dot
    files are skipped with a note); --glob chooses others.

    One named graph per article (kept apart in TriG), with each fact's evidence sentence. A
    progress bar and a one-line summary go to stderr. Exit status 1 when any article failed
    (the good ones are still written); the output file is replaced only when the run writes
    it completely, never left half-written.

    Corpus runs: `--dask local:2` (or a scheduler address) spreads the work over a Dask
    cluster, with the same output as a local run; `--store DIR` writes each finished article
    into an Oxigraph store instead of a file, and a rerun after an interruption does only
    what is missing.

    Examples:

    \b
      kg extract article.txt                          # -> output/graph.ttl
      kg extract articles/ -o output/graph.ttl
      kg extract corpus.jsonl --jobs 2 -f trig -o output/corpus.trig
      cat article.txt | kg extract - -o -             # stdin to stdout
    """
    if store is not None and output is not None:
        from kg.errors import UsageError

        raise UsageError("give -o FILE or --store DIR, not both")
    from kg.web import DEFAULT_USER_AGENT, FetchOptions

    fetch = FetchOptions(user_agent=user_agent or DEFAULT_USER_AGENT, timeout=timeout)
    output = output if output is not None or store is not None else str(DEFAULT_OUTPUT)
    _, report = run_extract(inputs, output, fmt, model=model, jobs=jobs, strict=strict, max_bytes=max_bytes,
                            dask=dask, store=store, read_options={"glob": glob, "fetch": fetch})
    if report.failed:
        raise typer.Exit(1)


def _positions_query() -> str:
    """The saved query that lists positions held, by name; the demo shows its answer."""
    from kg.query import saved_queries

    names = sorted(q.name for q in saved_queries())
    for preferred in ("positions", "positions-held", "who-holds-what"):
        if preferred in names:
            return preferred
    return next((name for name in names if "position" in name), _POSITIONS_SPARQL)


_POSITIONS_SPARQL = """SELECT ?person ?title ?organisation WHERE {
  ?m a kg:Position ; org:member ?p ; org:organization ?o .
  OPTIONAL { ?m kg:title ?title }
  ?p rdfs:label ?person . ?o rdfs:label ?organisation .
} ORDER BY ?person ?organisation ?title"""


@app.command()
def demo(
    output_dir: Annotated[
        Path, typer.Option("--output-dir", "-d", help="Folder for graph.ttl and graph.html.")
    ] = Path("output"),
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="spaCy pipeline name.", show_default=False)
    ] = None,
) -> None:
    """Run kg on the bundled sample article: graph.ttl, a summary, who holds which position, graph.html.

    The same steps by hand: `kg extract SAMPLE -o output/graph.ttl`, `kg query positions`,
    `kg viz -o output/graph.html`.

    Examples:

    \b
      kg demo
      kg demo --output-dir /tmp/kg-demo
    """
    from kg.io import atomic_write
    from kg.query import format_result, run_query
    from kg.resources import data_file
    from kg.viz import render_html

    sample = data_file("sample.txt")
    graph_path = output_dir / "graph.ttl"
    html_path = output_dir / "graph.html"
    dataset, _ = run_extract(
        [str(sample)], str(graph_path), RdfFormat.ttl, model=model, jobs=1, strict=True,
        max_bytes=DEFAULT_MAX_BYTES, show_progress=False,
    )
    query = _positions_query()
    typer.echo(f"Positions held ({'kg query ' + query if query != _POSITIONS_SPARQL else 'SPARQL'}):")
    typer.echo(format_result(run_query(query, graphs=[graph_path]), "table"), nl=False)
    atomic_write(html_path, render_html(dataset))
    echo_err(f"wrote {graph_path} and {html_path}; try: kg query --help, kg viz -g {graph_path}")
