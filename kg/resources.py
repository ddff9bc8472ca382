"""Where the files that ship with `kg` live: the ontology, the saved queries, the sample and example articles.

`ontology/` and `queries/` sit at the top of the repository (where users look for them) and a
wheel installs them inside the package as `kg/ontology/` and `kg/queries/` (see pyproject.toml),
so the same code finds them in a checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent  # .../kg
_CHECKOUT = _PACKAGE.parent  # the repository root in a checkout or an editable install


def _top_level_or_package(folder: str) -> Path:
    # A checkout's top-level folder is the source of truth; an installed wheel carries a copy
    # inside the package. (importlib.resources is no help here: these folders have no
    # __init__.py, and it answers with a MultiplexedPath for namespace packages.)
    installed = _PACKAGE / folder
    if installed.is_dir():
        return installed
    return _CHECKOUT / folder


def ontology_dir() -> Path:
    return _top_level_or_package("ontology")


def ontology_file(name: str) -> Path:
    """`ontology_file("kg.ttl")`, `"shapes.ttl"` or `"gazetteer.ttl"`."""
    return ontology_dir() / name


def queries_dir() -> Path:
    return _top_level_or_package("queries")


def data_file(name: str) -> Path:
    """A file bundled in `kg/data/` (the sample article)."""
    return _PACKAGE / "data" / name


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names, lower case (`kg/data/given_names.txt`; its header says where they come
    from). A capitalised given name before a surname marks a person's name."""
    lines = data_file("given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def examples_dir() -> Path:
    """The annotated examples (fictional, written for kg): name.txt beside name.gold.json."""
    return _PACKAGE / "data" / "examples"
