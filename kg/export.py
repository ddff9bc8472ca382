"""Export a graph to RDF formats (ttl, nt, nq, trig, jsonld) and network formats (graphml, gexf).

RDF formats go through `kg.graph.serialize` (deterministic bytes). GraphML and GEXF are the
entity network of `kg.analytics.to_networkx`, with node and edge attributes, for networkx,
Gephi and Cytoscape; nodes and edges are written in sorted order so output is deterministic.
"""

from __future__ import annotations

import io
import json
from enum import Enum

from rdflib import Graph

from kg.errors import UsageError
from kg.graph import FORMATS, serialize

__all__ = ["ExportFormat", "NETWORK_FORMATS", "export_graph"]

NETWORK_FORMATS = ("graphml", "gexf")


class ExportFormat(str, Enum):
    """Every format `kg export` writes (the CLI's --format choice)."""

    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"


def export_graph(graph: Graph, fmt: str | ExportFormat, *, events: str = "edges") -> bytes:
    """The bytes of `graph` in `fmt`. `events` (graphml/gexf only): `edges` or `nodes`."""
    fmt = fmt.value if isinstance(fmt, ExportFormat) else fmt
    if fmt in FORMATS:
        return serialize(graph, fmt)
    if fmt in NETWORK_FORMATS:
        return _network_bytes(graph, fmt, events)
    raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(f.value for f in ExportFormat)}")


def _network_bytes(graph: Graph, fmt: str, events: str) -> bytes:
    import networkx as nx

    from kg.analytics import to_networkx

    G = _sorted_copy(to_networkx(graph, events=events))
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(G, buffer, encoding="utf-8", prettyprint=True)
    else:
        nx.write_gexf(G, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def _sorted_copy(G):
    """A copy with nodes and edges inserted in sorted order and attribute values GraphML can hold."""
    import networkx as nx

    out = nx.MultiDiGraph()
    out.graph.update({k: _plain(v) for k, v in sorted(G.graph.items()) if v is not None})
    for node in sorted(G.nodes, key=str):
        out.add_node(node, **{k: _plain(v) for k, v in sorted(G.nodes[node].items()) if v is not None})
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, key, data in edges:
        out.add_edge(u, v, key=key, **{k: _plain(v2) for k, v2 in sorted(data.items()) if v2 is not None})
    return out


def _plain(value):
    # GraphML and GEXF hold str, int, float and bool; anything else becomes readable text.
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set)):
        items = sorted(value, key=str) if isinstance(value, set) else value
        return "; ".join(str(v) for v in items)
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
