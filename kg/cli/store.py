"""`kg load`, `kg remove`, `kg push`, `kg serve`, `kg explain`: thin layers over kg.store and kg.endpoint.

The library is imported inside each command, so `kg --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import app, echo_err
from kg.io import printable

_STORE_HELP = "Oxigraph store folder (created when missing)."
_DEFAULT_STORE = Path("output/store")


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Graph files (TriG/N-Quads keep their per-article graphs; Turtle is split by article).")],
    store: Annotated[Path, typer.Option("--store", help=_STORE_HELP)] = _DEFAULT_STORE,
) -> None:
    """Load graphs into a store; an article already there is replaced, loading twice changes nothing.

    Examples:

    \b
      kg load output/corpus.trig --store output/store
      kg load new/*.trig --store output/store
    """
    from kg.store import load_files

    report = load_files([str(f) for f in files], store)
    echo_err(f"{store}: {report.summary()}")


@app.command()
def remove(
    articles: Annotated[list[str], typer.Argument(help="Articles: ids (as in `kg query articles`), IRIs, URLs, file names or exact titles.")],
    store: Annotated[Path, typer.Option("--store", help="Oxigraph store folder.")] = _DEFAULT_STORE,
) -> None:
    """Remove articles (their named graphs) from a store.

    Examples:

    \b
      kg query articles --store output/store            # find the article's id
      kg remove 3f2a9c0d1e4b5a6f --store output/store
    """
    from kg.store import open_store, remove_article

    oxstore = open_store(store)
    for article in articles:
        count = remove_article(article, oxstore)
        echo_err(f"removed {article} ({count} triples) from {store}")


@app.command()
def push(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Graph files to push (or use --store).", show_default=False)] = None,
    endpoint: Annotated[
        str, typer.Option("--endpoint", help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph) or http://host:3030/ds/data (Fuseki).")
    ] = ...,
    store: Annotated[Optional[Path], typer.Option("--store", help="Push every article graph of this store.", show_default=False)] = None,
) -> None:
    """Push article graphs to a SPARQL server, one named graph per article (PUT replaces it).

    Examples:

    \b
      kg push --endpoint http://127.0.0.1:7879/store output/corpus.trig
      kg push --endpoint http://127.0.0.1:7879/store --store output/store
    """
    from kg.endpoint import push_graphs
    from kg.errors import UsageError
    from kg.store import iter_graphs_for_push

    if bool(files) == (store is not None):
        raise UsageError("give graph FILEs or --store DIR to push, not both")
    pushed = push_graphs(endpoint, iter_graphs_for_push([str(f) for f in files or []], store))
    echo_err(f"pushed {len(pushed)} graph(s) to {endpoint}")


@app.command()
def serve(
    store: Annotated[Path, typer.Option("--store", help="Oxigraph store folder to serve.")] = _DEFAULT_STORE,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless you mean to expose the store.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run; then it is stopped and gets HTTP 503.")] = 30.0,
    limit: Annotated[int, typer.Option("--limit", help="Most rows (or triples) sent for one query.")] = 10_000,
    max_memory: Annotated[
        Optional[str], typer.Option("--max-memory", metavar="SIZE", help="Memory the running queries may use together, e.g. 2G; "
                                    "the largest query past it is stopped (503). Default: a quarter of this machine's memory.",
                                    show_default=False)
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", metavar="N", help="Queries run at once, each in its own worker process (default 2 to 4, one per core).",
                                    show_default=False)
    ] = None,
    allow_service: Annotated[
        Optional[list[str]], typer.Option("--allow-service", metavar="URL", help="Allow SPARQL federation (SERVICE <URL>) to this exact URL; "
                                          "repeat for more. Without it every SERVICE gets HTTP 400.", show_default=False)
    ] = None,
) -> None:
    """Serve a store as a read-only SPARQL endpoint at http://HOST:PORT/query (Ctrl-C stops it).

    Queries see the store as last committed: articles added with `kg load` or dropped with
    `kg remove` while it runs show up from the next query on (each query worker re-opens the
    store when its files change), so there is no need to restart. Updates get 403, SERVICE
    (federation) 400 unless allowed, a POST body over 1 MB 413; each query runs in a worker
    process that is stopped at --timeout or past --max-memory.

    Examples:

    \b
      kg serve --store output/store
      kg serve --store output/store --port 7878 --timeout 10 --max-memory 2G
    """
    from kg.endpoint import default_max_memory, human_size, parse_size
    from kg.endpoint import serve as serve_store

    budget = parse_size(max_memory) if max_memory is not None else default_max_memory()

    def ready(url: str) -> None:
        echo_err(f"kg: serving {store} read-only at {url}; queries see later `kg load`/`kg remove` "
                 f"(memory budget {human_size(budget)}; Ctrl-C to stop)")

    serve_store(store, host=host, port=port, timeout=timeout, limit=limit, ready=ready,
                max_memory=budget, workers=workers, allow_service=allow_service or ())


@app.command()
def explain(
    entity: Annotated[str, typer.Argument(help="A name or alias (\"Jack Ma\"), an id (person/jack-ma) or an IRI.")],
    graph: Annotated[Optional[list[Path]], typer.Option("--graph", "-g", help="Graph file(s); default output/graph.ttl.", show_default=False)] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Look in an Oxigraph store instead.", show_default=False)] = None,
) -> None:
    """Show which names, aliases and articles were merged into one entity IRI, and why.

    Examples:

    \b
      kg explain "Xi Jinping" -g output/graph.ttl
      kg explain person/jack-ma --store output/store
    """
    from kg.errors import UsageError
    from kg.store import explain_entity

    if graph and store is not None:
        raise UsageError("give -g GRAPH or --store DIR, not both")
    for explanation in explain_entity(entity, [str(g) for g in graph or []], store):
        typer.echo(printable("\n".join(explanation.lines())))
