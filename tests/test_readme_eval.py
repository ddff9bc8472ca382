"""The README shows what `kg eval` prints for the bundled examples; this keeps that table true."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
HEADER = "article                  entities  relations  roles  quotes  dates  overall  dated"


def readme_eval_table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(HEADER)
    return text[start:text.index("```", start)].rstrip("\n")


def test_the_readme_shows_what_kg_eval_prints_for_the_bundled_examples():
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip("\n") == readme_eval_table()
