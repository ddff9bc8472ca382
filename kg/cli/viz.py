"""`kg viz`, `kg analyze`, `kg path`, `kg ego`: the graph as a picture and as a network.

Thin wrappers: `kg.viz.render_html` and the `kg.analytics` functions do the work.
"""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, echo_err
from kg.io import printable

DEFAULT_GRAPH = Path("output/graph.ttl")
DEFAULT_HTML = Path("output/graph.html")

GraphOption = Annotated[
    list[Path] | None,
    typer.Option("-g", "--graph", help="Graph file(s) (.ttl, .nt, .nq, .trig, .jsonld). Default: output/graph.ttl."),
]


class EventsAs(str, Enum):
    nodes = "nodes"
    edges = "edges"


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class RowsFormat(str, Enum):
    table = "table"
    json = "json"


def _network(graph: list[Path] | None):
    from kg.analytics import to_networkx
    from kg.graph import load_graph

    return to_networkx(load_graph(graph or [DEFAULT_GRAPH]), events="edges")


def _table(rows: list[dict], columns: list[str]) -> str:
    """Rows as left-aligned text columns, one line per row, cells cut at 70 characters."""
    def cell(value) -> str:
        text = f"{value:.4f}" if isinstance(value, float) else str(value)
        text = " ".join(text.split())
        return text if len(text) <= 70 else text[:69] + "\u2026"

    cells = [[cell(r.get(c, "")) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


@app.command()
def viz(
    graph: GraphOption = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = DEFAULT_HTML,
    focus: Annotated[str | None, typer.Option("--focus", help="Only the neighbourhood of this actor (name, alias or id).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="With --focus: how many steps out to go.")] = 1,
    classes: Annotated[
        list[str] | None,
        typer.Option("--class", help="Keep nodes of this class (Person, Regulator, Event, Meeting, Quote...); repeatable."),
    ] = None,
    predicates: Annotated[
        list[str] | None,
        typer.Option("--predicate", help="Keep edges with this predicate or event type (holdsPosition, Meeting...); repeatable."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before this date (YYYY[-MM[-DD]]).")] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out facts below this confidence.")
    ] = None,
    events: Annotated[
        EventsAs, typer.Option("--events", help="Draw events and quotes as their own nodes, or as edges between actors.")
    ] = EventsAs.nodes,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "Knowledge graph",
) -> None:
    """Write an interactive HTML graph that works offline (one file, nothing to download).

    Nodes are coloured and shaped by class and sized by PageRank; click one for its facts and
    evidence; filter by class, event type, dates, confidence and article in the page (the URL
    fragment keeps the filters); search with /. Above 500 connected nodes communities are
    clustered.

    Examples:

    \b
      kg viz -g output/graph.ttl -o output/graph.html
      kg viz -g output/graph.ttl --focus "Xi Jinping" --hops 1 -o xi.html
      kg viz -g output/corpus.trig --class Person --since 2024-01 -o people.html
    """
    from kg.graph import load_graph
    from kg.io import atomic_write, refuse_output_over_input
    from kg.viz import render_html

    refuse_output_over_input(output, graph or [DEFAULT_GRAPH])
    page = render_html(
        load_graph(graph or [DEFAULT_GRAPH]), focus=focus, hops=hops, classes=classes, predicates=predicates,
        since=since, until=until, min_confidence=min_confidence, events=events.value, title=title,
    )
    atomic_write(output, page)
    echo_err(f"kg: wrote {output} ({len(page.encode('utf-8')) // 1024} KB); open it in a browser")


@app.command()
def analyze(
    graph: GraphOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many nodes, communities and bridges to list.")] = 10,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="table, json (everything) or csv (top nodes).")] = ReportFormat.table,
) -> None:
    """Centrality (degree, betweenness, PageRank), Louvain communities, bridges and per-class counts.

    Examples:

    \b
      kg analyze -g output/graph.ttl --top 5
      kg analyze -g output/corpus.trig --format json > analysis.json
    """
    from kg.analytics import analyze as analyze_network

    report = analyze_network(_network(graph), top=top)
    node_columns = ["label", "class", "degree", "betweenness", "pagerank", "community"]
    if fmt is ReportFormat.json:
        typer.echo(printable(json.dumps(report, indent=2, ensure_ascii=False)))
        return
    if fmt is ReportFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["id", "label", "class", "type", "degree", "betweenness",
                                                    "pagerank", "community"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(report["top"])
        typer.echo(printable(buffer.getvalue()), nl=False)
        return
    sections = [
        f"{report['nodes']} nodes, {report['edges']} edges",
        "",
        f"Most central (top {len(report['top'])} by PageRank)",
        _table(report["top"], node_columns),
        "",
        "Communities (Louvain, fixed seed)",
        _table([{**c, "members": ", ".join(c["members"])} for c in report["communities"]],
               ["community", "size", "members"]) if report["communities"] else "(no edges, so no communities)",
        "",
        "Bridges between communities",
        _table(report["bridges"], ["communities", "source_label", "label", "target_label"])
        if report["bridges"] else "(none)",
        "",
        "Classes",
        _table(report["classes"], ["class", "type", "nodes", "mean_degree", "most_central"]),
    ]
    typer.echo(printable("\n".join(sections)))


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="Where to start: a name, alias or id (case-insensitive).")],
    target: Annotated[str, typer.Argument(help="Where to end: a name, alias or id.")],
    graph: GraphOption = None,
    fmt: Annotated[RowsFormat, typer.Option("--format", help="table or json.")] = RowsFormat.table,
) -> None:
    """The shortest chain of facts between two actors, each hop with its evidence sentence.

    Examples:

    \b
      kg path "Jack Ma" "Xi Jinping" -g output/graph.ttl
      kg path person/jack-ma company/alibaba --format json
    """
    from kg.analytics import shortest_path

    hops = shortest_path(_network(graph), source, target)
    if fmt is RowsFormat.json:
        typer.echo(printable(json.dumps([h.as_dict() for h in hops], indent=2, ensure_ascii=False)))
        return
    lines = [f"{hops[0].source_label} to {hops[-1].target_label}: {len(hops)} hop{'s' if len(hops) != 1 else ''}"]
    for i, hop in enumerate(hops, 1):
        arrow = f"-[{hop.label}]->" if hop.forward else f"<-[{hop.label}]-"
        lines.append(f"{i}. {hop.source_label} {arrow} {hop.target_label}")
        if hop.evidence:
            where = ", ".join(x for x in (hop.article, hop.article_source) if x)
            sentence = " ".join(hop.evidence.split())
            lines.append(f"   evidence: \u201c{sentence}\u201d" + (f" ({where})" if where else ""))
        else:
            lines.append("   evidence: (none recorded)")
    typer.echo(printable("\n".join(lines)))


@app.command()
def ego(
    name: Annotated[str, typer.Argument(help="The actor at the centre: a name, alias or id.")],
    hops: Annotated[int, typer.Option("--hops", min=1, help="How many steps out to go.")] = 1,
    graph: GraphOption = None,
    fmt: Annotated[RowsFormat, typer.Option("--format", help="table or json.")] = RowsFormat.table,
) -> None:
    """Everyone within N steps of an actor, with the fact that links each one in.

    Examples:

    \b
      kg ego "Xi Jinping" -g output/graph.ttl
      kg ego "Xi Jinping" --hops 2 --format json
    """
    from kg.analytics import ego_rows

    rows = ego_rows(_network(graph), name, hops)
    if fmt is RowsFormat.json:
        typer.echo(printable(json.dumps(rows, indent=2, ensure_ascii=False)))
        return
    typer.echo(printable(_table(rows, ["hops", "label", "class", "from", "link", "evidence"])))
