"""`kg export` (RDF and network formats) and `kg validate` (SHACL shapes)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, echo_err
from kg.io import atomic_write, printable, refuse_output_over_input
from kg.export import ExportFormat

DEFAULT_GRAPH = Path("output/graph.ttl")

GraphOption = Annotated[
    list[Path] | None,
    typer.Option("-g", "--graph", help="Graph file(s) (.ttl, .nt, .nq, .trig, .jsonld). Default: output/graph.ttl."),
]


class Inference(str, Enum):
    none = "none"
    rdfs = "rdfs"
    owlrl = "owlrl"
    both = "both"


class EventMode(str, Enum):
    edges = "edges"
    nodes = "nodes"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    graph: GraphOption = None,
    output: Annotated[str, typer.Option("-o", "--output", help="Output file; `-` (the default) is stdout.")] = "-",
    events: Annotated[
        EventMode, typer.Option("--events", help="graphml/gexf: events as edges between participants, or as nodes.")
    ] = EventMode.edges,
) -> None:
    """Write a graph in another format: ttl, nt, nq, trig, jsonld (RDF) or graphml, gexf (networks).

    RDF output is deterministic (same graph, same bytes); nq and trig keep one named graph per
    article. GraphML and GEXF hold the entity network with node and edge attributes for
    networkx, Gephi and Cytoscape.

    Examples:

    \b
      kg export -g output/graph.ttl --format jsonld -o graph.jsonld
      kg export -g output/corpus.trig -f graphml -o network.graphml   # for Gephi or Cytoscape
    """
    from kg.export import export_graph
    from kg.graph import load_graph

    refuse_output_over_input(output, graph or [DEFAULT_GRAPH])
    data = export_graph(load_graph(graph or [DEFAULT_GRAPH]), format, events=events.value)
    if output == "-":
        typer.echo(data, nl=False)
        return
    atomic_write(output, data)
    echo_err(f"kg: wrote {format.value} to {output}")


@app.command()
def validate(
    graph: GraphOption = None,
    shapes: Annotated[
        Path | None, typer.Option("--shapes", help="SHACL shapes file. Default: the bundled ontology/shapes.ttl.")
    ] = None,
    inference: Annotated[
        Inference, typer.Option("--inference", help="pySHACL inference before validating (none is fastest).")
    ] = Inference.none,
) -> None:
    """Check a graph against the SHACL shapes; list each violation, exit 1 if there are any.

    Each violation is printed on its own line: the focus node, the property path and what is
    wrong. Exit status: 0 when the graph conforms, 1 when it does not (or cannot be read).

    Examples:

    \b
      kg validate -g output/graph.ttl
      kg validate -g output/graph.ttl --inference rdfs
    """
    from kg.errors import ValidationError
    from kg.graph import load_graph
    from kg.validate import validate_graph

    paths = graph or [DEFAULT_GRAPH]
    report = validate_graph(load_graph(paths), shapes=shapes, inference=inference.value)
    for violation in report.violations:
        typer.echo(printable(str(violation)))
    if not report.conforms:
        raise ValidationError(report.summary(), path=", ".join(str(p) for p in paths))
    echo_err(f"kg: {', '.join(str(p) for p in paths)}: {report.summary()}")

