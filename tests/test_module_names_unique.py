"""No module of the package assigns the same top-level name twice.

A second `SELL_VERBS = {...}` further down a long module silently replaces the first for every
function, including those written for the first; Python gives no warning. This test keeps each
word list and function defined once per module."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_module_defines_a_top_level_name_twice():
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted(name for name, n in counts.items() if n > 1 and name != "__all__")
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}


def test_the_check_sees_a_repeated_name():
    tree = ast.parse("WORDS = {'a'}\n\ndef f():\n    return WORDS\n\nWORDS = {'b'}\n")
    assert _top_level_names(tree)["WORDS"] == 2
