"""Meta-tests: the command line teaches itself, and the project layout is what users expect."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _command_names() -> list[str]:
    group = get_command(app)
    assert hasattr(group, "commands"), "kg is a command group"
    return list(group.commands)


def test_kg_help_lists_the_core_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("extract", "facts", "query", "queries", "viz", "export"):
        assert name in _command_names(), f"`kg {name}` is missing"
        assert name in result.output


@pytest.mark.parametrize("name", _command_names())
def test_every_command_has_help_that_explains_it(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # A one-line description at least: more than the bare usage line and the options list.
    body = result.output.split("Options")[0]
    assert len(body.strip().splitlines()) >= 3, f"`kg {name} --help` has no description"


def test_kg_version_prints_the_package_version():
    from kg import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_layout_of_the_developers_guide():
    for path in ("pyproject.toml", "README.md", "kg", "queries", "tests", "ontology", ".ci/run"):
        assert (REPO / path).exists(), path


def test_ci_runs_exactly_the_readmes_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "pip install '.[test]' && pytest -q"
    assert test_command in readme
    assert test_command in ci


def test_the_distribution_is_polecon_kg_with_the_kg_command_and_an_spdx_licence():
    from importlib.metadata import distribution

    from kg import __version__

    dist = distribution("polecon-kg")  # `kg` on PyPI is an unrelated project
    assert dist.version == __version__
    assert dist.metadata["License-Expression"] == "MIT"
    scripts = {ep.name: ep.value for ep in dist.entry_points if ep.group == "console_scripts"}
    assert scripts == {"kg": "kg.cli:main"}
