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


# --- help that teaches ------------------------------------------------------------------------


@pytest.mark.parametrize("name", _command_names())
def test_every_commands_help_shows_an_example(name):
    result = runner.invoke(app, [name, "-h"])
    assert result.exit_code == 0, result.output
    examples = [line.strip() for line in result.output.splitlines() if line.strip().startswith(f"kg {name}")]
    assert examples, f"`kg {name} --help` has no example line starting with `kg {name}`"


@pytest.mark.parametrize("name", _command_names())
def test_help_uses_unix_metavars_not_python_types(name):
    result = runner.invoke(app, [name, "--help"], terminal_width=100)
    usage, _, rest = result.output.partition("\n")
    assert "{" not in usage and "<" not in usage, usage
    options = rest.partition("Arguments:")[2] + rest.partition("Options:")[2]
    for python_type in ("<list[", "<int", "<float", "<str>", "<path>", "<Path>", "<text>"):
        assert python_type not in options, f"`kg {name} --help` shows {python_type}"


def test_kg_h_lists_every_command_with_its_whole_first_sentence():
    from kg.cli.app import KgGroup

    result = runner.invoke(app, ["-h"], terminal_width=100)
    assert result.exit_code == 0 and result.output.startswith("Usage: kg")
    listing = " ".join(result.output.partition("Commands:")[2].split())
    group = get_command(app)
    assert isinstance(group, KgGroup)
    for name, command in group.commands.items():
        first_sentence = " ".join(command.help.split("\n\n")[0].split())
        assert f"{name} {first_sentence}" in listing, name  # whole, not cut with "..."


def test_shell_completion_is_offered_and_completes_command_names():
    help_text = runner.invoke(app, ["--help"]).output
    assert "--install-completion" in help_text and "--show-completion" in help_text
    result = runner.invoke(app, [], env={"_KG_COMPLETE": "complete_bash", "COMP_WORDS": "kg que", "COMP_CWORD": "1"},
                           prog_name="kg")
    assert result.output.split() == ["query", "queries"]


def test_kg_queries_help_lists_every_format_and_each_one_works():
    from kg.cli.query import ResultFormat

    help_text = " ".join(runner.invoke(app, ["queries", "--help"]).output.split())
    for fmt in ResultFormat:
        assert fmt.value in help_text
        result = runner.invoke(app, ["queries", "--format", fmt.value])
        assert result.exit_code == 0, (fmt, result.output)
        assert "positions" in result.stdout
