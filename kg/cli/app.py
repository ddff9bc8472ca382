"""The root `kg` Typer application and the one place errors become exit codes.

Command modules in this package register themselves on `app` with `@app.command()`.
A `KgError` raised anywhere in the library becomes one line on stderr (`kg: error: ...`)
and its exit code (1 bad input, 2 bad usage); `--debug` shows the traceback instead.
"""

from __future__ import annotations

import sys
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from kg import __version__
from kg.errors import KgError


try:  # typer >= 0.20 vendors its own click and catches only its own ClickException
    from typer._click.exceptions import ClickException as _ClickException
except ImportError:  # older typer runs on the click package
    _ClickException = click.ClickException


class KgClickError(_ClickException):
    """A KgError dressed for click, so CliRunner and the real CLI report it the same way."""

    def __init__(self, error: KgError):
        super().__init__(str(error))
        self.exit_code = error.exit_code

    def show(self, file=None) -> None:  # noqa: D102 - click's signature
        click.echo(f"kg: error: {self.format_message()}", err=True)


class KgGroup(TyperGroup):
    """Turns library errors into one-line messages unless `--debug` was given."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            if (ctx.obj or {}).get("debug"):
                raise
            raise KgClickError(error) from None
        except (OSError, UnicodeError, ValueError, MemoryError) as error:
            # Anything the library failed to wrap still gets one readable line, not a traceback.
            if (ctx.obj or {}).get("debug"):
                raise
            raise KgClickError(KgError(f"{type(error).__name__}: {error}")) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        # Keep the order commands were registered in (the order of the data flow), not alphabetical.
        return list(self.commands)


app = typer.Typer(
    cls=KgGroup,
    name="kg",
    help=(
        "Turn news articles about political-economy actors into a knowledge graph.\n\n"
        "Typical use: `kg extract articles/ -o output/graph.ttl`, then `kg query people-met -g output/graph.ttl`, "
        "`kg viz` for an interactive HTML graph, `kg export --format jsonld` to share it.\n\n"
        "Exit codes: 0 success, 1 bad input or failed operation, 2 bad usage."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks instead of one-line errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the kg version and exit.")
    ] = False,
) -> None:
    ctx.obj = {"debug": debug}


def echo_err(message: str) -> None:
    """Progress and messages go to stderr; stdout is kept for data."""
    typer.echo(message, err=True)


def main() -> None:
    """Console entry point (`kg`)."""
    try:
        app()
    except KeyboardInterrupt:
        echo_err("kg: interrupted")
        sys.exit(130)
