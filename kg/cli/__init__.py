"""The `kg` command line: a thin layer over the library (the only package that imports typer).

Each module here registers its commands on `kg.cli.app.app`; they are imported below in the
order of the data flow, which is the order `kg --help` lists them in.
"""

from __future__ import annotations

import importlib

from kg.cli.app import app, main

# Command modules, in --help order. A missing module is a packaging bug, so no try/except.
_COMMAND_MODULES = (
    "extract",  # kg extract, kg demo
    "facts",  # kg facts
    "evaluate",  # kg eval
    "query",  # kg query, kg queries
    "viz",  # kg viz, kg analyze, kg path, kg ego
    "export",  # kg export, kg validate
    "store",  # kg load, kg remove, kg push, kg serve, kg explain
)

for _name in _COMMAND_MODULES:
    importlib.import_module(f"kg.cli.{_name}")

__all__ = ["app", "main"]
