"""`kg eval`: score kg on annotated articles (name.txt beside name.gold.json), FORMAT.md rules."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app

_COLUMNS = (
    ("typed_entities", "entities"),
    ("relations", "relations"),
    ("event_roles", "roles"),
    ("quotes", "quotes"),
    ("event_dates", "dates"),
    ("overall", "overall"),
)


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def format_table(report, details: bool = False) -> str:
    """Per-article F1 scores, their mean, and precision and recall over all articles pooled, as an
    aligned text table."""
    rows = [["article", *(label for _, label in _COLUMNS), "dated"]]
    for article in report.articles:
        rows.append(
            [article.name, *(f"{article.f1(m):.3f}" for m, _ in _COLUMNS),
             f'{article.scores["event_dates"]["right"]}/{article.scores["event_dates"]["gold_dated"]}']
        )
    means = report.means()
    rows.append([f"mean ({len(report.articles)})", *(f"{means[m]:.3f}" for m, _ in _COLUMNS), ""])
    micro = report.micro()
    for key, label in (("p", "precision (pooled)"), ("r", "recall (pooled)")):
        rows.append([label, *(f"{micro[m][key]:.3f}" if m in micro else "" for m, _ in _COLUMNS), ""])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))).rstrip()

    out = [line(rows[0]), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in rows[1:-3]]
    out += ["  ".join("-" * w for w in widths)] + [line(row) for row in rows[-3:]]
    if details:
        for article in report.articles:
            out.append("")
            out.append(f"{article.name}:")
            for metric in ("entities", "typed_entities", "relations", "event_roles", "event_dates", "quotes"):
                result = article.scores[metric]
                for kind in ("missed", "spurious", "mistyped"):
                    if result.get(kind):
                        out.append(f"  {metric} {kind}: " + "; ".join(result[kind]))
    return "\n".join(out)


def format_calibration(rows) -> str:
    """One line per (kind of fact, stated confidence): how many facts, how many right, the measured
    precision, and the entries of the confidence table (kg/extract/confidence.py) that state it."""
    out = ["facts        stated  count  right  measured  table entries stating it",
           "-----------  ------  -----  -----  --------  -------------------------"]
    for row in rows:
        precision = "" if row.precision is None else f"{row.precision:.2f}"
        entries = ", ".join(row.stated_by) or "(derived: scaled, or found in several sentences)"
        out.append(f"{row.part:<11}  {row.confidence:>6.2f}  {row.facts:>5}  {row.right:>5}  {precision:>8}  {entries}")
    out.append("")
    out.append("A well-calibrated extractor is right about as often as its confidence says: measured close to stated.")
    return "\n".join(out)


@app.command("eval")
def eval_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help="Articles (name.txt beside name.gold.json), gold files, or folders searched recursively. "
            "Default: the annotated examples bundled with kg.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.table,
    details: Annotated[
        bool, typer.Option("--details", help="Also list missed, spurious and mistyped facts per article.")
    ] = False,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="spaCy pipeline name.", show_default=False)
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes that parse and extract.")] = 1,
    show_calibration: Annotated[
        bool,
        typer.Option("--calibration", help="Also print, per kind of fact and stated confidence, how often such facts are right (measured) and which entries of the confidence table state it."),
    ] = False,
) -> None:
    """Score kg on annotated articles: per-article and mean F1 (entities, relations, event roles, quotes, dates).

    Scores follow FORMAT.md (the same rules as shared/eval/score.py); the facts scored are read
    back from the RDF graph, so they measure what a user's graph holds. With no PATH, kg scores
    the three fictional annotated articles bundled with it (kg/data/examples).

    Examples:

    \b
      kg eval                                   # the bundled examples
      kg eval my_articles/ --details            # name.txt beside name.gold.json
      kg eval my_articles/ -f json > scores.json
    """
    from kg.evaluate import calibration, evaluate
    from kg.resources import examples_dir

    report = evaluate(paths or [examples_dir()], model=model, jobs=jobs)
    rows = calibration(report) if show_calibration else None
    if fmt is EvalFormat.json:
        data = report.to_json(details=details)
        if rows is not None:
            data["calibration"] = [
                {"facts": r.part, "confidence": r.confidence, "count": r.facts, "right": r.right, "precision": r.precision,
                 "stated_by": r.stated_by}
                for r in rows
            ]
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_table(report, details=details))
        if rows is not None:
            typer.echo("")
            typer.echo(format_calibration(rows))


@app.command("train")
def train_command(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Articles (name.txt beside name.gold.json), gold files, or folders "
                       "searched recursively.", show_default=False),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Event-role weights file to write (JSON).",
                                  show_default=False)
    ] = None,
    relations_output: Annotated[
        Path | None, typer.Option("--relations-output", "-r", metavar="FILE", help="Relation weights file to write (JSON).",
                                  show_default=False)
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="spaCy pipeline name.", show_default=False)
    ] = None,
) -> None:
    """Train the learned readers on your annotated articles and write their weights.

    kg finds event participants and relations with hand-written patterns and with two learned
    readers whose weights ship with it (trained on the project's annotated news). Train your own
    on articles annotated in the facts format (FORMAT.md; `kg eval` reads the same pairs): -o
    writes the event-role reader's weights, -r the relation reader's, and one run may write both.
    Point kg at them with the KG_EVENT_ROLES and KG_RELATIONS_MODEL environment variables. The
    same articles give the same files.

    Examples:

    \b
      kg train my_articles/ -o roles.json
      kg train my_articles/ -o roles.json -r relations.json
      KG_EVENT_ROLES=roles.json kg eval held_out/     # measure on articles you did not train on
      KG_EVENT_ROLES=roles.json KG_RELATIONS_MODEL=relations.json kg extract news/ -o output/graph.ttl
    """
    from kg.errors import UsageError
    from kg.training import train_reader

    if output is None and relations_output is None:
        raise UsageError("nothing to write: give -o FILE (event roles), -r FILE (relations) or both")
    typer.echo(str(train_reader(paths, output, relations_out=relations_output, model=model)), err=True)
