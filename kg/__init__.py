"""kg: turn news articles about political-economy actors into an RDF knowledge graph.

The library is the product; the `kg` command line is a thin layer over it. Data flows one way:

    io (read articles) -> nlp (spaCy pipeline + gazetteer) -> extract (Doc -> Facts)
      -> graph (Facts -> RDF) -> query | facts | analytics | viz | export | validate | store

The Python API (kg.api) in four names:

    graph = kg.extract(["articles/"])        # a KnowledgeGraph
    graph = kg.load("graph.ttl")             # the same, from graph files
    graph = kg.open_store("store/")          # the same, over an Oxigraph store
    graph.query("positions", person="Xi Jinping")

Nothing here does work at import time: these names are imported when first used, and the
spaCy pipeline is loaded lazily, once per process.
"""

from __future__ import annotations

import importlib
import importlib.util

__version__ = "0.1.0"

# Name -> the module that defines it, imported on first use (PEP 562).
_API = {"KnowledgeGraph": "kg.api", "Rows": "kg.api", "load": "kg.api", "open_store": "kg.api"}

__all__ = ["KnowledgeGraph", "Rows", "extract", "load", "open_store", "__version__"]


def __getattr__(name: str):
    if name == "extract":
        # kg.extract is also the extraction subpackage; the module is callable, and calling it
        # is kg.api.extract (see kg/extract/__init__.py), so both uses keep working.
        return importlib.import_module("kg.extract")
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    if importlib.util.find_spec(f"kg.{name}") is not None:  # kg.store, kg.query, ... without importing them first
        return importlib.import_module(f"kg.{name}")
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
