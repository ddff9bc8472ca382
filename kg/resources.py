"""Where the files that ship with `kg` live: the ontology, the saved queries, the sample article.

`ontology/` and `queries/` sit at the top of the repository and are installed as the
`kg.ontology` and `kg.queries` packages (see pyproject.toml), so the same code finds them in a
checkout, an editable install and a wheel.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


_CHECKOUT = Path(__file__).resolve().parent.parent  # the repository root in a checkout / editable install


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _top_level_or_package(folder: str, package: str) -> Path:
    # In a checkout (and an editable install) the top-level folder is the source of truth;
    # a wheel carries it as a subpackage.
    here = _CHECKOUT / folder
    if here.is_dir() and (_CHECKOUT / "pyproject.toml").is_file():
        return here
    return _package_dir(package)


def ontology_dir() -> Path:
    return _top_level_or_package("ontology", "kg.ontology")


def ontology_file(name: str) -> Path:
    """`ontology_file("kg.ttl")`, `"shapes.ttl"` or `"gazetteer.ttl"`."""
    return ontology_dir() / name


def queries_dir() -> Path:
    return _top_level_or_package("queries", "kg.queries")


def data_file(name: str) -> Path:
    """A file bundled in `kg/data/` (the sample article, inlined JavaScript for HTML pages)."""
    return _package_dir("kg.data") / name
