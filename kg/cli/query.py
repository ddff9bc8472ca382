"""`kg query` and `kg queries`: a thin layer over `kg.query.run_query` and `kg.query.saved_queries`.

The library is imported inside each command, so `kg --help` and other commands stay fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import app, echo_err


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
def query(
    query: Annotated[
        str,
        typer.Argument(help="Inline SPARQL, a path to a .rq file, or the name of a saved query (see `kg queries`)."),
    ],
    graph: Annotated[
        Optional[list[Path]],
        typer.Option("--graph", "-g", help="Graph file to query (Turtle, N-Triples, TriG, N-Quads, JSON-LD); repeat to merge. Default output/graph.ttl.", show_default=False),
    ] = None,
    param: Annotated[
        Optional[list[str]],
        typer.Option("--param", "-p", help='Bind a query parameter: -p person="Xi Jinping". Values are bound, never pasted into the query.', show_default=False),
    ] = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Result format.")] = ResultFormat.table,
    store: Annotated[
        Optional[Path], typer.Option("--store", help="Query an Oxigraph store folder (see `kg load`) instead of graph files.", show_default=False)
    ] = None,
    endpoint: Annotated[
        Optional[str], typer.Option("--endpoint", help="Query a SPARQL 1.1 endpoint URL instead, e.g. http://127.0.0.1:7878/query.", show_default=False)
    ] = None,
    min_confidence: Annotated[
        Optional[float], typer.Option("--min-confidence", help="Drop facts extracted with lower confidence (queries that use ?min_confidence).", show_default=False)
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Allow a SPARQL Update (INSERT, DELETE, ...); only with --store.")
    ] = False,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the result to this file instead of stdout.", show_default=False)
    ] = None,
) -> None:
    """Run a SPARQL query on a graph, a store or an endpoint, and print the answer.

    Prefixes kg:, id:, org:, sem:, prov:, rdfs:, skos:, ... are predeclared.

    Examples:

    \b
      kg query positions                              # a saved query on output/graph.ttl
      kg query quotes -p person="Xi Jinping" --format json
      kg query people-met --store output/store
      kg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" -g big.nt --format csv
    """
    from kg.io import refuse_output_over_input
    from kg.query import DEFAULT_GRAPH, format_result, parse_param, run_query

    graphs = graph or ([] if store or endpoint else [DEFAULT_GRAPH])
    refuse_output_over_input(output, [*graphs, query, store])
    params = dict(parse_param(p) for p in (param or []))
    result = run_query(
        query,
        graphs=[str(g) for g in graph] if graph else None,
        params=params,
        store=store,
        endpoint=endpoint,
        min_confidence=min_confidence,
        update=update,
    )
    if result.form == "update":
        echo_err(f"kg: update applied to {store}")
        return
    if output is None and fmt == ResultFormat.table and result.form == "select" and _stdout_is_terminal():
        print_table(result)
        return
    text = format_result(result, fmt.value)
    if output is not None:
        from kg.io import atomic_write

        atomic_write(output, text.encode("utf-8"))
        echo_err(f"wrote {output}")
    else:
        typer.echo(text, nl=False)


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def print_table(result) -> None:
    """A SELECT answer as a Rich table on stdout (a terminal); pipes get the plain table."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from kg.query import table_cells

    table = Table(*result.variables, caption=f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")
    for row in table_cells(result):
        table.add_row(*(Text(cell) for cell in row))  # Text: data is never read as Rich markup
    Console().print(table)


@app.command()
def queries(
    fmt: Annotated[
        ResultFormat,
        typer.Option("--format", "-f", help="table (readable), csv or tsv (name, description, parameters) or json."),
    ] = ResultFormat.table,
) -> None:
    """List the saved queries with what they answer and the parameters they take.

    Examples:

    \b
      kg queries
      kg queries --format json
    """
    import json

    from kg.query import saved_queries

    found = saved_queries()
    if fmt == ResultFormat.json:
        payload = [
            {"name": q.name, "description": q.description, "path": str(q.path),
             "params": [{"name": p.name, "meaning": p.meaning, "optional": p.optional} for p in q.params]}
            for q in found
        ]
        typer.echo(json.dumps(payload, indent=1, ensure_ascii=False))
        return
    if fmt in (ResultFormat.csv, ResultFormat.tsv):
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == ResultFormat.csv else "\t", lineterminator="\n")
        writer.writerow(["name", "description", "parameters"])
        for q in found:
            params = "; ".join(f"{p.name}{' (optional)' if p.optional else ''}" for p in q.params)
            writer.writerow([q.name, q.description, params])
        typer.echo(buffer.getvalue(), nl=False)
        return
    width = max((len(q.name) for q in found), default=0)
    for q in found:
        typer.echo(f"{q.name.ljust(width)}  {q.description}")
        for p in q.params:
            typer.echo(f"{''.ljust(width)}    -p {p.name}=...  {p.meaning}")
    echo_err(f"{len(found)} saved queries; run one with `kg query NAME [-p NAME=VALUE]`")
