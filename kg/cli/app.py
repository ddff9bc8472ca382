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
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kg import __version__
from kg.errors import KgError
from kg.io import printable


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
        click.echo(f"kg: error: {printable(self.format_message())}", err=True)


# Typer's type labels (<int range>, <list[Path]>, <str>) as the words a Unix help uses.
_METAVARS = {"int": "N", "float": "NUMBER", "str": "TEXT", "path": "PATH", "file": "FILE", "dir": "DIR"}


def readable_metavar(label: str) -> str:
    """`<int range>` -> N, `<list[Path]>` -> PATH, `<str>` -> TEXT, `<table|json>` -> [table|json]."""
    label = label.strip().strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        label = label[5:-1]
    if "|" in label:
        return f"[{label}]"
    base = label.split(" ")[0].lower()
    return _METAVARS.get(base, base.upper() or "VALUE")


# What an option's value is, by option name, where the type alone says too little (a Path may be
# a file or a folder). A metavar given in the command itself wins.
_OPTION_METAVARS = {
    "--graph": "FILE", "--output": "FILE", "--shapes": "FILE", "--store": "DIR", "--output-dir": "DIR",
    "--model": "NAME", "--focus": "NAME", "--class": "CLASS", "--predicate": "NAME", "--endpoint": "URL",
    "--since": "DATE", "--until": "DATE", "--host": "ADDRESS", "--param": "NAME=VALUE",
}


class KgArgument(TyperArgument):
    """An argument shown as `NAME` / `[NAME]...` in usage and help, not `{name} <list[str]>`."""

    @property
    def display_name_raw(self) -> str:
        return (self.metavar or (self.name or "").upper()).removesuffix("...")

    def _rich_display_name(self) -> str:
        return self.display_name_raw + ("..." if self.nargs != 1 else "")

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name + ("..." if self.nargs != 1 else "")

    def display_type_rich(self, ctx: click.Context) -> str | None:
        return None  # the name says what to give; the help text says the rest


class KgOption(TyperOption):
    """An option shown as `--graph FILE` / `--jobs N` / `--format [table|json]`."""

    def display_type_rich(self, ctx: click.Context) -> str | None:
        if self.metavar is not None:
            return self.metavar
        named = next((_OPTION_METAVARS[opt] for opt in self.opts if opt in _OPTION_METAVARS), None)
        return named or readable_metavar(self.display_type(ctx))


class KgCommand(TyperCommand):
    """Every `kg` command: readable metavars for its arguments and options."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            # Typer builds its own parameter objects; only their help display changes here.
            if type(param) is TyperArgument:
                param.__class__ = KgArgument
            elif type(param) is TyperOption:
                param.__class__ = KgOption


class KgTyper(typer.Typer):
    """A Typer app whose commands are KgCommands unless a command asks for another class."""

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or KgCommand, **kwargs)


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

    def format_commands(self, ctx: click.Context, formatter) -> None:
        # Each command's whole first sentence, wrapped, instead of click's cut at the line width.
        rows = [(name, command.get_short_help_str(limit=1000)) for name in self.list_commands(ctx)
                if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


app = KgTyper(
    cls=KgGroup,
    name="kg",
    help=(
        "Turn news articles about political-economy actors into a knowledge graph.\n\n"
        "\b\nTypical use:\n"
        "  kg extract articles/ -o output/graph.ttl     # articles -> RDF graph\n"
        "  kg query positions -g output/graph.ttl       # a saved query (kg queries lists them)\n"
        "  kg viz -g output/graph.ttl -o graph.html     # an interactive graph that works offline\n"
        "  kg export -g output/graph.ttl -f jsonld -o graph.jsonld\n\n"
        "`kg COMMAND -h` shows a command's options and examples. "
        "Exit codes: 0 success, 1 bad input or failed operation, 2 bad usage."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,  # kg --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
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
    """Progress and messages go to stderr; stdout is kept for data. Names from articles in a
    message cannot drive the terminal (control characters are shown escaped)."""
    typer.echo(printable(message), err=True)


def main() -> None:
    """Console entry point (`kg`)."""
    try:
        app()
    except KeyboardInterrupt:
        echo_err("kg: interrupted")
        sys.exit(130)
