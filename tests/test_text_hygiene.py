"""Text hygiene at input (kg.io.clean_text) and control characters kept away from terminals."""

from __future__ import annotations

import json
import unicodedata

import pytest

from kg.io import clean_text, read_articles
from kg.pipeline import extract_facts


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Jack Ma\u0008 spoke", "Jack Ma spoke"),  # backspace
        ("Pony\u200bMa", "Pony Ma"),  # a zero-width space as the only break between two words
        ("Ten\u200bcent", "Tencent"),  # ... and inside one word
        ("Pony\u200b Ma", "Pony Ma"),
        ("\u2060Baidu\ufeff", "Baidu"),  # word joiner, a BOM inside the text
        ("Ali\u00adbaba", "Alibaba"),  # soft hyphen
        ("x\u202egnp.exe", "xgnp.exe"),  # a right-to-left override
        ("a\x1b]0;pwned\x07b", "a]0;pwnedb"),  # a terminal title escape loses its ESC and BEL
        ("C1\x9bcontrol\x7f", "C1control"),
        ("page\x0cbreak", "page\nbreak"),
        ("line\u2028sep\u2029para", "line\nsep\n\npara"),
        ("no\u00a0break\u2009thin", "no break thin"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Caf\u00e9 \u4e60\u8fd1\u5e73 \U0001f600", "Caf\u00e9 \u4e60\u8fd1\u5e73 \U0001f600"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t" for c in text)


def test_articles_are_read_clean_from_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("title: Rates\u200b held\x1b[2J\n---\nThe\u00a0central bank\x08 held rates.\n",
                                    encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Mills\u200b\x07 reopened.", "source": "Wire\x1b"}) + "\n",
                                      encoding="utf-8")
    first, second = read_articles([tmp_path / "a.txt", tmp_path / "b.jsonl"])
    assert first.text == "The central bank held rates." and first.title == "Rates held[2J"
    assert second.text == "Mills reopened." and second.source == "Wire"


def test_labels_from_dirty_text_are_clean(nlp, tmp_path):
    path = tmp_path / "dirty.txt"
    path.write_text("Jack Ma\u0008 met Pony\u200bMa in Hangzhou on Monday, the\u2060 Tencent founder said.\n",
                    encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)
    names = {e.name for e in facts.entities}
    assert {"Jack Ma", "Pony Ma"} <= names
    for entity in facts.entities:
        assert not any(_has_controls(form) for form in [entity.name, *entity.aliases])


@pytest.mark.parametrize(
    "line, column",
    [('{"text": "Mills reopened."', 27), ('{"text": "Mills reopened.", "title": "Mills"\r', 45), ('{"text" "x"}', 9)],
)
def test_a_broken_json_line_is_reported_at_its_line_and_column(tmp_path, line, column):
    path = tmp_path / "news.jsonl"
    path.write_bytes(('{"text": "Ports closed."}\n' + line + '\n{"text": "Ports opened."}\n').encode("utf-8"))
    errors = []
    articles = list(read_articles(path, on_error=errors.append))
    assert [a.text for a in articles] == ["Ports closed.", "Ports opened."]
    (error,) = errors
    assert error.line == 2 and f"at column {column}" in error.message
    assert ("closing }" in error.message) == (column > len(line.rstrip()))


# --------------------------------------------------------------------------------- output

HOSTILE = "Jack Ma\\u001B]0;pwned\\u0007 \\u009B2J \\u202Eevil"  # N-Triples escapes: ESC, BEL, CSI, RLO
LABEL_GRAPH = (
    "<https://w3id.org/polecon-kg/id/person/jack-ma> <http://www.w3.org/2000/01/rdf-schema#label> "
    f'"{HOSTILE}" .\n'
)


@pytest.fixture()
def hostile_graph(tmp_path):
    path = tmp_path / "hostile.nt"
    path.write_text(LABEL_GRAPH, encoding="utf-8")
    return path


def _terminal_safe(output: str) -> bool:
    return not any(c in output for c in "\x1b\x07\x9b\u202e")


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_kg_query_never_prints_control_characters_from_a_label(hostile_graph, fmt):
    from typer.testing import CliRunner

    from kg.cli import app

    query = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    result = CliRunner().invoke(app, ["query", query, "-g", str(hostile_graph), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert _terminal_safe(result.stdout) and "\\u001b]0;pwned" in result.stdout.lower()
    assert "Jack Ma" in result.stdout
    if fmt == "json":  # the escapes are JSON's own: the value reads back as it is in the graph
        value = json.loads(result.stdout)["results"]["bindings"][0]["label"]["value"]
        assert value.startswith("Jack Ma\x1b]0;pwned\x07")
    if fmt == "csv":
        assert result.stdout.splitlines()[0] == "label" and len(result.stdout.splitlines()) == 2


def test_construct_answers_and_facts_json_are_escaped_too(hostile_graph):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    for fmt in ("table", "tsv"):
        result = runner.invoke(app, ["query", construct, "-g", str(hostile_graph), "--format", fmt])
        assert result.exit_code == 0 and _terminal_safe(result.stdout) and "Jack Ma" in result.stdout
    result = runner.invoke(app, ["facts", "-g", str(hostile_graph)])
    assert result.exit_code == 0 and _terminal_safe(result.stdout)


def test_error_messages_show_control_characters_escaped(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["extract", str(tmp_path / "missing\x1b]0;pwned\x07.txt"), "-o", "-"])
    assert result.exit_code == 1
    assert _terminal_safe(result.stderr) and "\\u001b]0;pwned" in result.stderr


def test_the_rich_table_on_a_terminal_is_escaped_too(hostile_graph, monkeypatch):
    from typer.testing import CliRunner

    import kg.cli.query
    from kg.cli import app

    monkeypatch.setattr(kg.cli.query, "_stdout_is_terminal", lambda: True)
    query = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    result = CliRunner().invoke(app, ["query", query, "-g", str(hostile_graph)])
    assert result.exit_code == 0, result.output
    assert "Jack Ma" in result.stdout and "pwned" in result.stdout and _terminal_safe(result.stdout)
