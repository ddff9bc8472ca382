"""Bad input to every command: a short clear message, a non-zero exit, never a traceback.

For each command that reads articles or graphs: a missing file, an empty file, a binary file,
bad front matter, malformed Turtle / JSON-LD, malformed SPARQL. The message is at most three
lines on stderr and names the file; exit 1 for bad input, 2 for bad usage (kg --help).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "published: 2024-06-11\n---\nThe economy minister Carla Neves met the chief executive of Tagus Steel on Monday.\n"
GOOD_TURTLE = (
    "@prefix kg: <https://w3id.org/polecon-kg/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "<https://w3id.org/polecon-kg/id/person/ana-lima> a kg:Person ; rdfs:label \"Ana Lima\" .\n"
)

REGISTERED = set(typer.main.get_command(app).commands)

# Commands that read a graph with -g, and the other arguments each needs to run.
GRAPH_COMMANDS = {
    "facts": [],
    "query": ["SELECT * WHERE { ?s ?p ?o }"],
    "viz": ["-o", "{tmp}/g.html"],
    "analyze": [],
    "path": ["Ana Lima", "Tagus Steel"],
    "ego": ["Ana Lima"],
    "export": ["--format", "nt", "-o", "{tmp}/g.nt"],
    "validate": [],
    "explain": ["Ana Lima"],
}
# Commands that read their inputs as arguments (articles, gold pairs, graph files to load).
FILE_COMMANDS = {
    "extract": ["-o", "{tmp}/g.ttl"],
    "eval": [],
    "train": ["-o", "{tmp}/w.json"],
    "load": ["--store", "{tmp}/store"],
    "push": ["--endpoint", "http://127.0.0.1:9/store"],  # the file is read before any connection
}
# Commands whose input is not a user file, or that have no input at all.
NO_FILE_INPUT = {"demo", "queries", "remove", "serve"}
GRAPH_FILE_COMMANDS = ("load", "push")  # FILE_COMMANDS whose arguments are graph files

GRAPH_CASES = {
    "missing": None,
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "malformed-turtle": b"@prefix ex: <http://example.org/> .\nex:a ex:b .\n",
    "unterminated-string": b'<http://e/a> <http://e/b> "no end .\n',
}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def fill(args: list[str], tmp: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp)) for a in args]


def assert_clean_failure(result, mention: str | None = None, code: int | None = 1) -> None:
    """Non-zero exit, at most three lines on stderr, no traceback, no escaped exception."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if code is None:
        assert result.exit_code != 0
    else:
        assert result.exit_code == code, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 3, result.stderr
    if mention is not None:
        assert mention in result.stderr, result.stderr


def test_every_command_with_file_input_is_covered():
    assert REGISTERED <= set(GRAPH_COMMANDS) | set(FILE_COMMANDS) | NO_FILE_INPUT, REGISTERED


# --- graph files given with -g ----------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(REGISTERED & set(GRAPH_COMMANDS)))
@pytest.mark.parametrize("case", sorted(GRAPH_CASES))
def test_bad_graph_file(runner, tmp_path, command, case):
    graph = tmp_path / "graph.ttl"
    if GRAPH_CASES[case] is not None:
        graph.write_bytes(GRAPH_CASES[case])
    result = runner.invoke(app, [command, "-g", str(graph), *fill(GRAPH_COMMANDS[command], tmp_path)])
    assert_clean_failure(result, mention="graph.ttl")


@pytest.mark.parametrize("command", sorted(REGISTERED & set(GRAPH_COMMANDS)))
def test_malformed_json_ld_graph(runner, tmp_path, command):
    graph = tmp_path / "graph.jsonld"
    graph.write_text('{"@context": {"ex": "http://example.org/"}, "@id": ', encoding="utf-8")
    result = runner.invoke(app, [command, "-g", str(graph), *fill(GRAPH_COMMANDS[command], tmp_path)])
    assert_clean_failure(result, mention="graph.jsonld")


@pytest.mark.parametrize("command", sorted(REGISTERED & set(GRAPH_FILE_COMMANDS)))
@pytest.mark.parametrize("case", sorted(GRAPH_CASES))
def test_bad_graph_file_argument(runner, tmp_path, command, case):
    graph = tmp_path / "graph.ttl"
    if GRAPH_CASES[case] is not None:
        graph.write_bytes(GRAPH_CASES[case])
    result = runner.invoke(app, [command, str(graph), *fill(FILE_COMMANDS[command], tmp_path)])
    assert_clean_failure(result, mention="graph.ttl")


# --- kg query ---------------------------------------------------------------------------------


@pytest.fixture()
def good_graph(tmp_path) -> Path:
    path = tmp_path / "good.ttl"
    path.write_text(GOOD_TURTLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("SELECT ?s WHERE { ?s ?p }", None),
        ("SELEKT * WHERE { ?s ?p ?o }", None),
        ("no-such-saved-query", None),
        ("DELETE WHERE { ?s ?p ?o }", None),
    ],
)
def test_bad_query(runner, good_graph, query, code):
    before = good_graph.read_bytes()
    result = runner.invoke(app, ["query", query, "-g", str(good_graph)])
    assert_clean_failure(result, code=code)
    assert good_graph.read_bytes() == before


# --- kg extract ---------------------------------------------------------------------------------

ARTICLE_CASES = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty"),
    "binary": (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary"),
    "invalid-date": (b"published: 18/02/2025\n---\nText about a minister.", "YYYY-MM-DD"),
    "unknown-key": (b"title: T\nautor: Someone\n---\nText about a minister.", "autor"),
    "unclosed-front-matter": (b"---\ntitle: T\nText about a minister.", "not closed"),
    "latin-1": ("The Banco de Espa\u00f1a fined the lender.".encode("latin-1"), "UTF-8"),
}


@pytest.mark.parametrize("case", sorted(ARTICLE_CASES))
def test_bad_article_for_extract(runner, tmp_path, case):
    data, message = ARTICLE_CASES[case]
    article = tmp_path / "article.txt"
    if data is not None:
        article.write_bytes(data)
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# an earlier graph\n")
    result = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert_clean_failure(result, mention=message)
    assert str(article) in result.stderr
    assert out.read_bytes() == b"# an earlier graph\n"


def test_utf16_article_with_bom_is_read(runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.encode("utf-16"))
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output


def test_jsonl_with_bad_lines_processes_the_good_ones(runner, tmp_path, nlp):
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "\n".join([json.dumps({"text": ARTICLE}), "{oops", json.dumps({"title": "no text"})]), encoding="utf-8"
    )
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{path}:2:" in result.stderr and f"{path}:3:" in result.stderr
    assert "1 article:" in result.stderr and "2 failed" in result.stderr
    assert out.stat().st_size > 0


def test_article_over_the_limit(runner, tmp_path):
    article = tmp_path / "big.txt"
    article.write_text("Word " * 1000, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--max-bytes", "1000", "-o", str(tmp_path / "g.ttl")])
    assert_clean_failure(result, mention="--max-bytes")


def test_unknown_model_name(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--model", "xx_not_a_model", "-o", str(tmp_path / "g.ttl")])
    assert_clean_failure(result, mention="xx_not_a_model")


def test_bad_option_value_is_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- kg eval ----------------------------------------------------------------------------------


def test_eval_missing_path(runner, tmp_path):
    assert_clean_failure(runner.invoke(app, ["eval", str(tmp_path / "nope")]), mention="nope")


def test_eval_malformed_gold(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{", encoding="utf-8")
    assert_clean_failure(runner.invoke(app, ["eval", str(tmp_path)]), mention="a.gold.json")


def test_eval_bad_article(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "a.gold.json").write_text('{"entities": []}', encoding="utf-8")
    assert_clean_failure(runner.invoke(app, ["eval", str(tmp_path)]), mention="a.txt")


# --- the installed console script, not only the test runner ---------------------------------


@pytest.mark.parametrize(
    ("args", "mention"),
    [
        (["extract", "{tmp}/missing.txt", "-o", "{tmp}/g.ttl"], "missing.txt"),
        (["facts", "-g", "{tmp}/bad.ttl"], "bad.ttl"),
    ],
)
def test_console_script_prints_one_line_without_traceback(tmp_path, args, mention):
    (tmp_path / "bad.ttl").write_bytes(b"@prefix ex: <http://example.org/> .\nex:a ex:b .\n")
    done = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *fill(args, tmp_path)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and mention in lines[0]
