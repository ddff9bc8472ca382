"""No command overwrites one of its own inputs: `kg.io.refuse_output_over_input` and its callers.

Each command must refuse before it reads anything, so the library calls that read are replaced
here by ones that fail the test if they are reached.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.graph
import kg.pipeline
from kg.cli import app
from kg.errors import UsageError
from kg.io import refuse_output_over_input

ARTICLE = "published: 2023-09-04\n---\nThe trade minister Ana Ruiz visited the Orvalle Glassworks on Friday.\n"
GRAPH = "<https://example.org/a> <https://example.org/b> \"c\" .\n"


def _must_not_run(*args, **kwargs):
    raise AssertionError("the command read its inputs before refusing the output")


@pytest.fixture()
def runner(monkeypatch) -> CliRunner:
    monkeypatch.setattr(kg.pipeline, "build_dataset", _must_not_run)
    monkeypatch.setattr(kg.graph, "load_graph", _must_not_run)
    return CliRunner()


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def article(tmp_path) -> Path:
    return _written(tmp_path / "a.txt", ARTICLE)


@pytest.fixture()
def graph(tmp_path) -> Path:
    return _written(tmp_path / "g.nt", GRAPH)


def _refused(result, victim: Path, before: bytes) -> None:
    assert result.exit_code != 0, result.output
    assert victim.read_bytes() == before
    assert result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "input" in result.stderr


def test_extract_refuses_to_write_over_its_article(runner, article):
    before = article.read_bytes()
    _refused(runner.invoke(app, ["extract", str(article), "-o", str(article)]), article, before)


def test_extract_refuses_to_write_over_a_jsonl_input(runner, tmp_path):
    jsonl = _written(tmp_path / "articles.jsonl", '{"text": "The finance minister Ana Ruiz resigned."}\n')
    before = jsonl.read_bytes()
    result = runner.invoke(app, ["extract", str(jsonl), "-o", str(jsonl), "--format", "ttl"])
    _refused(result, jsonl, before)


def test_extract_refuses_a_symlink_to_its_article(runner, article, tmp_path):
    link = tmp_path / "graph.ttl"
    link.symlink_to(article)
    before = article.read_bytes()
    _refused(runner.invoke(app, ["extract", str(article), "-o", str(link)]), article, before)
    assert link.is_symlink()


def test_extract_refuses_a_hard_link_to_its_article(runner, article, tmp_path):
    other = tmp_path / "elsewhere" / "graph.ttl"
    other.parent.mkdir()
    os.link(article, other)
    before = article.read_bytes()
    _refused(runner.invoke(app, ["extract", str(article), "-o", str(other)]), article, before)


def test_extract_refuses_an_output_inside_an_input_folder(runner, article, tmp_path):
    before = article.read_bytes()
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "sub" / "graph.ttl")])
    _refused(result, article, before)
    assert "inside the input folder" in result.stderr
    assert not (tmp_path / "sub").exists()


def test_viz_refuses_to_write_over_its_graph(runner, graph):
    before = graph.read_bytes()
    _refused(runner.invoke(app, ["viz", "-g", str(graph), "-o", str(graph)]), graph, before)


def test_viz_refuses_a_symlink_to_its_graph(runner, graph, tmp_path):
    link = tmp_path / "page.html"
    link.symlink_to(graph)
    before = graph.read_bytes()
    _refused(runner.invoke(app, ["viz", "-g", str(graph), "-o", str(link)]), graph, before)


@pytest.mark.parametrize(
    "command",
    [["export", "--format", "ttl"], ["facts"], ["query", "SELECT * WHERE { ?s ?p ?o }"]],
    ids=["export", "facts", "query"],
)
def test_graph_commands_refuse_to_write_over_their_graph(runner, graph, command):
    before = graph.read_bytes()
    _refused(runner.invoke(app, [*command, "-g", str(graph), "-o", str(graph)]), graph, before)


def test_query_refuses_to_write_over_its_query_file(runner, graph, tmp_path):
    query = _written(tmp_path / "who.rq", "SELECT ?s WHERE { ?s ?p ?o }\n")
    before = query.read_bytes()
    _refused(runner.invoke(app, ["query", str(query), "-g", str(graph), "-o", str(query)]), query, before)


def test_the_check_is_a_usage_error_naming_both_files(article, tmp_path):
    link = tmp_path / "link.ttl"
    link.symlink_to(article)
    with pytest.raises(UsageError) as caught:
        refuse_output_over_input(link, [article])
    assert caught.value.exit_code == 2
    assert str(link) in str(caught.value) and str(article) in str(caught.value)


@pytest.mark.parametrize(
    "output, inputs",
    [
        ("-", ["a.txt"]),  # stdout is never a file
        (None, ["a.txt"]),
        ("out/graph.ttl", ["-"]),  # stdin is never a file
        ("out/graph.ttl", ["a.txt"]),  # a different file
        ("positions", ["positions"]),  # a saved query's name is no file, so nothing can be lost
        ("out/graph.ttl", ["SELECT * WHERE { ?s ?p ?o }", None]),
    ],
)
def test_outputs_that_are_not_inputs_are_allowed(article, tmp_path, monkeypatch, output, inputs):
    monkeypatch.chdir(tmp_path)
    refuse_output_over_input(output, inputs)


def test_a_sibling_folder_with_a_common_prefix_is_not_inside(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news-out").mkdir()
    refuse_output_over_input(tmp_path / "news-out" / "graph.ttl", [tmp_path / "news"])
