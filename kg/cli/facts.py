"""`kg facts`: the facts JSON of FORMAT.md, read back out of a graph with SPARQL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, echo_err
from kg.io import atomic_write, printable, refuse_output_over_input

DEFAULT_GRAPH = Path("output/graph.ttl")


@app.command()
def facts(
    graph: Annotated[
        list[Path] | None,
        typer.Option("-g", "--graph", help="Graph file(s) (.ttl, .nt, .nq, .trig, .jsonld). Default: output/graph.ttl."),
    ] = None,
    output: Annotated[
        str, typer.Option("-o", "--output", help="Where to write the JSON; `-` (the default) is stdout.")
    ] = "-",
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out facts below this confidence.")
    ] = 0.0,
) -> None:
    """Print the facts in a graph as FORMAT.md JSON (entities, relations, events, quotes).

    The facts are computed from the RDF with SPARQL, so they show what the graph holds. One
    article gives one JSON object; several give a list, one object per article.

    Examples:

    \b
      kg facts -g output/graph.ttl -o facts.json
      kg facts -g output/corpus.trig --min-confidence 0.7 | jq '.[0].relations'
    """
    from kg.facts import facts_json, graph_to_facts
    from kg.graph import load_graph

    refuse_output_over_input(output, graph or [DEFAULT_GRAPH])
    dataset = load_graph(graph or [DEFAULT_GRAPH])
    found = graph_to_facts(dataset, min_confidence=min_confidence)
    text = facts_json(found)
    if output == "-":
        typer.echo(printable(text), nl=False)
        return
    atomic_write(output, text)
    echo_err(f"kg: wrote facts of {len(found)} article(s) to {output}")

