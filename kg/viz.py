"""The knowledge graph as one self-contained, offline, interactive HTML page.

pyvis holds the network (node and edge lists, vis-network options); the page around it is
written here instead of by pyvis's template, because that template loads Bootstrap and
vis-network from CDNs even with `cdn_resources="in_line"`, and `"local"` writes a lib/ folder
into the working directory. vis-network's JavaScript and CSS are read from the copy that ships
inside the pyvis package (vis-network is Apache-2.0/MIT, its licence header stays in the file)
and inlined, so the page works with no network at all.

The page's own code is kg/data/viz.js and kg/data/viz.css (inlined too): filters, side panel,
timeline, label culling, search, exports. The data it reads is one JSON block built here.

Safety: every text from the graph reaches the page either HTML-escaped (title, legend, notes)
or inside a JSON block whose `<`, `>` and `&` are written as `\\u003c`, `\\u003e`, `\\u0026`, so a
label such as `</script><script>alert(1)</script>` stays data. The page's script writes graph
text with `textContent` only, and links only http(s) article URLs. vis-network shows string
tooltips with `innerText`, never as HTML. A Content-Security-Policy allows only the page's
own inline scripts and styles (by SHA-256 hash) and no network access.

Every graph gets its layout here (fixed seed, physics off), so the page reads the same way
each time it opens: the connected parts spread out by a spring layout, the largest first, and
isolated nodes and tiny components (fewer than `TINY_COMPONENT` nodes) gathered apart, hidden
until the reader asks for them. Above `LARGE_GRAPH` connected nodes each Louvain community
(the partition `kg analyze` reports) is laid out on its own and drawn collapsed as a cluster.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, RDF

from kg.analytics import (
    EVENT_MODES,
    SEED,
    communities,
    filter_graph,
    find_node,
    focus_subgraph,
    pagerank,
    simple_graph,
    to_networkx,
)
from kg.errors import GraphError, KgError, UsageError
from kg.namespaces import KG, SCHEMA

__all__ = ["LARGE_GRAPH", "PALETTE", "TINY_COMPONENT", "TOP_LABELS", "find_chromium", "headless_dom",
           "render_html", "render_network"]

# Above this many nodes in connected parts, communities are drawn as clusters.
LARGE_GRAPH = 500

# Components with fewer nodes than this are "isolated or tiny": gathered apart, hidden by default.
TINY_COMPONENT = 3

# How many of the most central nodes (PageRank) keep a legible label at every zoom.
TOP_LABELS = 30

# Colour and shape per legend group: the coarse ontology type of an entity, or Event / Quote.
# Colours from the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies);
# no two groups share both colour and shape, so the shape is a second cue.
PALETTE: dict[str, tuple[str, str]] = {
    "Person": ("#0072B2", "dot"),
    "Company": ("#E69F00", "square"),
    "GovernmentBody": ("#D55E00", "triangle"),
    "PoliticalParty": ("#CC79A7", "triangleDown"),
    "MediaOutlet": ("#56B4E9", "star"),
    "EducationalInstitution": ("#009E73", "hexagon"),
    "MarketIndex": ("#F0E442", "triangle"),
    "Place": ("#009E73", "dot"),
    "Product": ("#56B4E9", "hexagon"),
    "Organization": ("#999999", "square"),
    "Event": ("#000000", "diamond"),
    "Quote": ("#999999", "dot"),
}

# Community colours (Tableau 10), used when the reader colours by community.
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                     "#ff9da7", "#9c755f", "#bab0ac")


# ---------------------------------------------------------------------------- assets


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the pyvis package (newest version it ships)."""
    import pyvis

    root = Path(pyvis.__file__).resolve().parent
    found = sorted(
        (p.parent for p in root.glob("**/vis-*/vis-network.min.js") if (p.parent / "vis-network.css").is_file()),
        key=lambda d: (tuple(int(x) for x in re.findall(r"\d+", d.name)), str(d)),
    )
    if not found:
        raise KgError(f"vis-network is missing from the pyvis package in {root}; reinstall it with `pip install --force-reinstall pyvis`")
    folder = found[-1]
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    # Inlined code must not be able to close its own element early (nor open an HTML comment,
    # which would change how the parser looks for the closing tag).
    if re.search(r"</script|<!--", js, re.I) or re.search(r"</style", css, re.I):
        raise KgError(f"the vis-network files in {folder} cannot be inlined safely; reinstall pyvis")
    return js, css


# ---------------------------------------------------------------------------- escaping


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` survives literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


# ---------------------------------------------------------------------------- tooltips


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _provenance(d: dict) -> str:
    where = ", ".join(x for x in (d.get("source", ""), d.get("published", "")) if x)
    article = d.get("article", "")
    if not article and not where:
        return ""
    return f"\u2014 {article}" + (f" ({where})" if where else "")


def _evidence(d: dict) -> str:
    return f"Evidence: \u201c{' '.join(d['evidence'].split())}\u201d" if d.get("evidence") else ""


def _confidence(d: dict) -> str:
    return f"Confidence: {d['confidence']:.2f}" if isinstance(d.get("confidence"), (int, float)) else ""


def _node_tooltip(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    kind = d.get("kind")
    if kind == "event":
        return _lines(d.get("description") or d.get("label", n), f"Class: {d.get('class', '')} (Event)",
                      f"Date: {d['date']}" if d.get("date") else "", f"Value: {d['value']}" if d.get("value") else "",
                      _evidence(d), f"\u2014 {d.get('articles', '')}" + (f" ({d['source']})" if d.get("source") else ""))
    if kind == "quote":
        return _lines(f"Quote: \u201c{d.get('quote', '')}\u201d", _evidence(d),
                      f"\u2014 {d.get('articles', '')}" + (f" ({d['source']})" if d.get("source") else ""))
    cls, coarse = d.get("class", ""), d.get("type", "")
    positions = sorted({
        f"{_position_words(e)}, {G.nodes[v].get('label', v)}"
        for _, v, e in G.out_edges(n, data=True) if e.get("predicate") == "holdsPosition"
    })
    return _lines(
        d.get("label", n),
        f"Class: {cls}" + (f" ({coarse})" if coarse and coarse != cls else ""),
        f"Also called: {d['aliases']}" if d.get("aliases") else "",
        f"Positions: {'; '.join(positions)}" if positions else "",
        f"Events: {d['events']}" if d.get("events") else "",
        f"Articles: {d['articles']}" if d.get("articles") else "",
    )


def _position_words(d: dict, no_title: str = "position") -> str:
    """ "chairman (former, until 2024-05-06)": a position's title with where it stands in time."""
    when = [d["status"]] if d.get("status") else []
    when += [f"since {d['start']}"] if d.get("start") else []
    when += [f"until {d['end']}"] if d.get("end") else []
    return (d.get("title") or no_title) + (f" ({', '.join(when)})" if when else "")


def _edge_tooltip(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> str:
    what = d.get("label", "")
    if d.get("kind") == "event" and d.get("role"):
        roles = d["role"].replace("->", " \u2192 ")
        what = f"{d.get('event_type', d.get('predicate', ''))} ({roles})"
    elif d.get("predicate") == "holdsPosition":
        what = f"holds position: {_position_words(d, '(no title)')}"
    return _lines(
        f"{G.nodes[u].get('label', u)} \u2192 {G.nodes[v].get('label', v)}",
        what,
        f"Date: {d['date']}" if d.get("date") else "",
        f"Value: {d['value']}" if d.get("value") else "",
        f"Quote: \u201c{d['quote']}\u201d" if d.get("quote") else "",
        _evidence(d),
        _provenance(d),
        _confidence(d),
    )


# ---------------------------------------------------------------------------- layout


def _chunks(H: nx.Graph, members: list[str], limit: int = 400) -> list[list[str]]:
    # networkx's dense spring layout is quadratic in memory (its sparse one needs scipy, which kg
    # does not depend on): split a big community along a BFS order so each piece stays local.
    if len(members) <= limit:
        return [members]
    sub = H.subgraph(members)
    order: list[str] = []
    seen: set[str] = set()
    for start in members:
        if start not in seen:
            for u in nx.bfs_tree(sub, start, sort_neighbors=sorted):
                seen.add(u)
                order.append(u)
    return [sorted(order[i:i + limit]) for i in range(0, len(order), limit)]


def _induced(H: nx.Graph, members: list[str]) -> nx.Graph:
    # H.subgraph() iterates its nodes in set order, which changes with PYTHONHASHSEED; spring
    # layout's result depends on node order, so build the subgraph in a fixed order instead.
    inside = set(members)
    sub = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from(sorted((u, v, d) for u in members for v, d in H[u].items() if v in inside and u < v))
    return sub


def _spring(H: nx.Graph, members: list[str], radius: float, aspect: float = 1.0,
            cache: dict | None = None, quick: bool = False) -> dict[str, tuple[float, float]]:
    """spring_layout of the part `members` of H, scaled to `radius` (x stretched by `aspect`).
    `cache` keeps the unit layout for a second call with another radius; `quick` iterates less
    (large graphs, whose communities open one at a time)."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    key = tuple(members)
    raw = cache.get(key) if cache is not None else None
    if raw is None:
        iterations = (50 if len(members) <= 150 else 30) if quick else (80 if len(members) <= 150 else 40)
        raw = {u: (float(x), float(y)) for u, (x, y) in
               nx.spring_layout(_induced(H, members), seed=SEED, iterations=iterations).items()}
        if cache is not None:
            cache[key] = raw
    return {u: (x * radius * aspect, y * radius / aspect) for u, (x, y) in raw.items()}


def _pack(cells: list[tuple[float, dict[str, tuple[float, float]]]], spacing: float,
          origin_y: float = 0.0) -> dict[str, tuple[float, float]]:
    """Place laid-out groups (radius, positions around 0) in rows, in the order given."""
    total = sum((2 * r + spacing) ** 2 for r, _ in cells)
    row_width = max(math.sqrt(total), max((2 * r + spacing for r, _ in cells), default=spacing))
    positions: dict[str, tuple[float, float]] = {}
    x, y, row_height = 0.0, origin_y, 0.0
    for radius, pos in cells:
        size = 2 * radius + spacing
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for u, (px, py) in pos.items():
            positions[u] = (round(cx + px, 1), round(cy + py, 1))
        x += size
        row_height = max(row_height, size)
    return positions


def _grid(members: list[str], spacing: float) -> tuple[float, dict[str, tuple[float, float]]]:
    side = math.ceil(math.sqrt(len(members)))
    half = (side - 1) * spacing / 2
    pos = {u: ((i % side) * spacing - half, (i // side) * spacing - half) for i, u in enumerate(members)}
    return max(half, spacing / 2) * math.sqrt(2), pos


def layout_positions(G: nx.MultiDiGraph, spacing: float = 45.0,
                     groups: list[list[str]] | None = None) -> dict[str, tuple[float, float]]:
    """Pixel positions for a large graph: each Louvain community laid out by spring_layout (fixed
    seed), the communities packed in rows largest first, the nodes in no group (by default the
    isolated ones) in a grid at the end.

    Laying out communities apart keeps the picture readable (clusters are visible at a glance)
    and keeps the cost near-linear in the number of nodes.
    """
    H = simple_graph(G)
    groups = communities(G) if groups is None else [c for c in groups if c]
    pieces = [piece for c in groups for piece in _chunks(H, c)]
    grouped = {u for c in groups for u in c}
    isolated = sorted(u for u in H.nodes if u not in grouped)
    cells = [(spacing * math.sqrt(len(m)), _spring(H, m, spacing * math.sqrt(len(m)), quick=True)) for m in pieces]
    if isolated:
        cells.append(_grid(isolated, spacing))
    return _pack(cells, spacing)


def _spread(pos: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float]],
            iterations: int = 200) -> dict[str, tuple[float, float]]:
    """Push apart nodes whose boxes (shape and label below it, at zoom 1) overlap, a little at a
    time along the axis where they overlap least, so spring layout's clumps open up."""
    import numpy as np

    ids = sorted(pos)
    if len(ids) < 2:
        return dict(pos)
    P = np.array([pos[u] for u in ids], dtype=float)
    W = np.array([boxes[u][0] for u in ids], dtype=float)
    H = np.array([boxes[u][1] for u in ids], dtype=float)
    half_w = (W[:, None] + W[None, :]) / 2
    half_h = (H[:, None] + H[None, :]) / 2
    order = np.arange(len(ids))
    tie = np.sign(order[:, None] - order[None, :]).astype(float)  # coincident nodes part deterministically
    for _ in range(iterations):
        dx = P[:, 0][:, None] - P[:, 0][None, :]
        dy = P[:, 1][:, None] - P[:, 1][None, :]
        ox = half_w - np.abs(dx)
        oy = half_h - np.abs(dy)
        overlap = (ox > 0) & (oy > 0)
        np.fill_diagonal(overlap, False)
        if not overlap.any():
            break
        sx = np.where(dx != 0, np.sign(dx), tie)
        sy = np.where(dy != 0, np.sign(dy), tie)
        # Sideways pushes count for less, so the picture grows wide like the screen, not tall.
        sideways = 0.5 * ox <= oy
        push_x = np.where(overlap & sideways, sx * ox, 0.0)
        push_y = np.where(overlap & ~sideways, sy * oy, 0.0)
        P[:, 0] += 0.5 * push_x.sum(axis=1)
        P[:, 1] += 0.5 * push_y.sum(axis=1)
    return {u: (float(P[i, 0]), float(P[i, 1])) for i, u in enumerate(ids)}


def component_layout(H: nx.Graph, boxes: dict[str, tuple[float, float]] | None = None,
                     spacing: float = 70.0, cache: dict | None = None) -> dict[str, tuple[float, float]]:
    """Positions for a graph of up to `LARGE_GRAPH` connected nodes: each connected part laid out
    by spring_layout (fixed seed) and spread until no two nodes' label boxes (width, height at
    zoom 1) overlap, largest part first; the isolated nodes and tiny parts in a block below."""
    boxes = boxes or {}
    parts = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    big = [c for c in parts if len(c) >= TINY_COMPONENT]
    tiny = [u for c in parts if len(c) < TINY_COMPONENT for u in c]
    cells = []
    for members in big:
        # Room for every box: the disc holds their total area (about half the disc ends up used).
        area = sum(boxes.get(u, (spacing, spacing))[0] * boxes.get(u, (spacing, spacing))[1] for u in members)
        radius = max(spacing, 1.2 * math.sqrt(area / math.pi))
        # Wider than tall, like the screen it is read on.
        pos = _spread(_spring(H, members, radius, 1.2, cache), {u: boxes.get(u, (spacing, spacing)) for u in members})
        cx = sum(x for x, _ in pos.values()) / len(pos)
        cy = sum(y for _, y in pos.values()) / len(pos)
        pos = {u: (x - cx, y - cy) for u, (x, y) in pos.items()}
        reach = max(max(abs(x) + boxes.get(u, (0, 0))[0] / 2, abs(y) + boxes.get(u, (0, 0))[1] / 2)
                    for u, (x, y) in pos.items())
        cells.append((reach, pos))
    positions = _pack(cells, spacing)
    if tiny:
        bottom = max((y for _, y in positions.values()), default=0.0) + 3 * spacing
        wide = max((boxes.get(u, (spacing, 0))[0] for u in tiny), default=spacing)
        radius, pos = _grid(tiny, min(max(spacing * 1.6, wide), 260.0))
        positions.update(_pack([(radius, pos)], spacing, origin_y=bottom))
    return positions


# ---------------------------------------------------------------------------- network -> page


def _group(d: dict) -> str:
    kind = d.get("kind")
    if kind == "event":
        return "Event"
    if kind == "quote":
        return "Quote"
    return d.get("type") if d.get("type") in PALETTE else "Organization"


def _node_size(d: dict, rank: float, top: float) -> float:
    size = 10 + 26 * math.sqrt(rank / top)
    return min(size, 14) if d.get("kind") != "entity" else size


def _box(d: dict, size: float, font: float = 14.0) -> tuple[float, float]:
    # The node's shape and its label below it (a character is about 0.58 of the font size wide).
    text = 0.58 * font * min(len(d.get("label", "")), 40)
    return max(2 * size, text) + 16.0, 2 * size + 1.3 * font + 12.0


def _safe_url(url: str) -> str:
    # Only web links reach the page's <a href>: never javascript:, data: or file: URLs.
    return url if re.match(r"^https?://[^\s\"'<>]+$", url or "", re.I) else ""


def article_table(graph: Graph) -> dict[str, dict[str, str]]:
    """Each article's id -> title, source, published date and (http/https) URL, from the RDF."""
    wanted = {"id": DCTERMS.identifier, "title": DCTERMS.title, "source": DCTERMS.source,
              "published": SCHEMA.datePublished, "url": SCHEMA.url}
    if isinstance(graph, ConjunctiveGraph):
        def objects(s, p):
            return sorted(str(o) for _, _, o, _ in graph.quads((s, p, None, None)))
        articles = {s for s, _, _, _ in graph.quads((None, RDF.type, KG.Article, None))}
    else:
        def objects(s, p):
            return sorted(str(o) for o in graph.objects(s, p))
        articles = set(graph.subjects(RDF.type, KG.Article))
    table = {}
    for a in sorted(articles):
        info = {k: next(iter(objects(a, p)), "") for k, p in wanted.items()}
        aid = info["id"] or str(a)
        table[aid] = {"id": aid, "title": info["title"] or aid, "source": info["source"],
                      "published": info["published"], "url": _safe_url(info["url"])}
    return table


def _node_communities(G: nx.MultiDiGraph, groups: list[list[str]]) -> dict[str, int]:
    """Community number (1-based, as `kg analyze` lists them) per node; 0 for isolated nodes.

    `groups` may come from the graph with events folded into edges (the `kg analyze` graph): an
    event or quote node then joins the community most of its participants belong to.
    """
    member = {u: i + 1 for i, c in enumerate(groups) for u in c if u in G}
    for n in sorted(G.nodes):
        if n not in member and G.nodes[n].get("kind") in ("event", "quote"):
            votes: dict[int, int] = defaultdict(int)
            for m in (*G.predecessors(n), *G.successors(n)):
                if member.get(m):
                    votes[member[m]] += 1
            if votes:
                member[n] = min(votes, key=lambda c: (-votes[c], c))
    return {n: member.get(n, 0) for n in G.nodes}


def _former(title: str) -> bool:
    return bool(re.match(r"^(?:former|ex-|ex |previous|onetime|one-time|erstwhile)\b", title.strip(), re.I))


def _readable_layout(G: nx.MultiDiGraph, H: nx.Graph, rank: dict[str, float], top: float,
                     order: dict[str, int], viewport: tuple[float, float] = (820.0, 620.0)) -> dict[str, tuple[float, float]]:
    """component_layout with room for the labels the first view shows: the `TOP_LABELS` most
    central nodes get label boxes as large as their labels will be on screen at the zoom that
    fits the largest part into a typical viewport (13 px), the others boxes for 14 px at zoom 1."""
    sizes = {n: _node_size(G.nodes[n], rank.get(n, 0.0), top) for n in G}
    scale = 0.55
    cache: dict = {}
    for _ in range(2):
        font = min(13.0 / scale, 60.0)
        boxes = {n: _box(G.nodes[n], sizes[n], font if order[n] < TOP_LABELS else 14.0) for n in G}
        positions = component_layout(H, boxes, cache=cache)
        main = max(nx.connected_components(H), key=lambda c: (len(c), -min(order[u] for u in c)))
        xs = [positions[u][0] for u in main]
        ys = [positions[u][1] for u in main]
        fit = min(viewport[0] / max(max(xs) - min(xs) + 200.0, 1.0), viewport[1] / max(max(ys) - min(ys) + 150.0, 1.0))
        if fit >= scale * 0.9:
            break
        scale = max(fit, 0.2)
    return positions


def page_data(G: nx.MultiDiGraph, *, groups: list[list[str]] | None = None,
              articles: dict[str, dict[str, str]] | None = None) -> dict:
    """Everything the page script reads: vis-network nodes, edges and options, and the tables
    behind the filters, the side panel and the timeline. Deterministic for the same input."""
    from pyvis.network import Network

    H = simple_graph(G)
    rank = pagerank(H)
    top = max(rank.values(), default=0.0) or 1.0
    order = {n: i for i, n in enumerate(sorted(G.nodes, key=lambda n: (-rank.get(n, 0.0), n)))}
    parts = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    part_of = {u: i for i, c in enumerate(parts) for u in c}
    tiny = {u for c in parts if len(c) < TINY_COMPONENT for u in c}
    connected = G.number_of_nodes() - len(tiny)
    large = connected > LARGE_GRAPH
    groups = communities(G) if groups is None else groups
    community = _node_communities(G, groups)
    if large:
        pieces = [[u for u in c if u in G and u not in tiny] for c in groups]
        pieces.append([u for u in sorted(G.nodes) if community[u] == 0 and u not in tiny])
        positions = layout_positions(G, groups=pieces)
    else:
        positions = _readable_layout(G, H, rank, top, order)

    # Articles: every one the graph mentions, indexed; nodes and facts refer to them by index.
    table = dict(articles or {})
    for _, _, d in G.edges(data=True):
        aid = d.get("article_id")
        if aid and aid not in table:
            table[aid] = {"id": aid, "title": d.get("article") or aid, "source": d.get("source", ""),
                          "published": d.get("published", ""), "url": ""}
    article_list = [table[a] for a in sorted(table)]
    article_index = {a["id"]: i for i, a in enumerate(article_list)}
    by_title: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(article_list):
        by_title[a["title"]].append(i)

    nodes = []
    for n in sorted(G.nodes):
        d = G.nodes[n]
        group = _group(d)
        colour, shape = PALETTE[group]
        size = _node_size(d, rank.get(n, 0.0), top)
        arts = sorted({i for t in d.get("articles", "").split("; ") for i in by_title.get(t, ())}
                      | {article_index[e["article_id"]] for _, _, e in (*G.in_edges(n, data=True), *G.out_edges(n, data=True))
                         if e.get("article_id") in article_index})
        x, y = positions.get(n, (0.0, 0.0))
        node = {
            "id": n,
            "label": d.get("label", n),
            "title": _node_tooltip(G, n),
            "color": colour,
            "shape": shape,
            "size": round(size, 2),
            "x": x,
            "y": y,
            "group_name": group,
            "names": [v.casefold() for v in (d.get("label", n), *d.get("aliases", "").split("; "), n) if v],
            "kg": {
                "kind": d.get("kind", "entity"), "cls": d.get("class", ""), "classes": d.get("classes", ""),
                "aliases": [a for a in d.get("aliases", "").split("; ") if a],
                "date": d.get("date", ""), "value": d.get("value", ""), "desc": d.get("description", ""),
                "quote": d.get("quote", ""), "evidence": d.get("evidence", ""),
                "conf": d.get("confidence", 1.0) if d.get("kind") in ("event", "quote") else 1.0,
                "arts": arts, "comm": community[n], "rank": order[n], "part": part_of.get(n, 0),
                "tiny": n in tiny,
            },
        }
        nodes.append(node)

    edges = []
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        label = d.get("label", "")
        position = d.get("predicate") == "holdsPosition"
        # Where a position stands in time: kg:positionStatus, else a title that says "former".
        status = (d.get("status") or ("former" if _former(d.get("title", "")) else "")) if position else ""
        if status and status.lower() not in label.lower():
            label = f"{status} {label}"
        edge = {"id": f"e{i}", "from": u, "to": v, "title": _edge_tooltip(G, u, v, d), "label": label,
                "kg": {
                    "kind": d.get("kind", ""), "pred": d.get("predicate", ""), "date": d.get("date", ""),
                    "etype": d.get("event_type", ""), "role": d.get("role", ""), "ptitle": d.get("title", ""),
                    "former": status == "former", "status": status,
                    "start": d.get("start", "") if position else "", "end": d.get("end", "") if position else "",
                    "value": d.get("value", ""), "quote": d.get("quote", ""), "evidence": d.get("evidence", ""),
                    "art": article_index.get(d.get("article_id", ""), -1),
                    "conf": d.get("confidence", 1.0), "fact": d.get("fact", ""),
                }}
        pair = (min(u, v), max(u, v))
        count = parallel[pair]
        parallel[pair] += 1
        if count and not large:
            # Several facts between the same two nodes: curve them apart instead of overdrawing.
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * count, 2)}
        if d.get("kind") == "quote":
            edge["dashes"] = True
        edges.append(edge)

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges
    net.options = _options(large)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    options = json.loads(options) if isinstance(options, str) else options

    event_types = sorted({n["kg"]["cls"] for n in nodes if n["kg"]["kind"] == "event"}
                         | {e["kg"]["etype"] for e in edges if e["kg"]["etype"]})
    dates = sorted({n["kg"]["date"] for n in nodes if n["kg"]["kind"] == "event" and n["kg"]["date"]}
                   | {e["kg"]["date"] for e in edges if e["kg"]["kind"] == "event" and e["kg"]["date"]})
    centres: dict[int, list[float]] = {}
    for n in nodes:
        c = n["kg"]["comm"]
        if c:
            acc = centres.setdefault(c, [0.0, 0.0, 0.0])
            acc[0] += n["x"]
            acc[1] += n["y"]
            acc[2] += 1
    return {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "meta": {
            "articles": article_list,
            "palette": {g: list(v) for g, v in PALETTE.items()},
            "communityColours": list(COMMUNITY_COLOURS),
            "communities": {str(c): [round(x / k, 1), round(y / k, 1)] for c, (x, y, k) in sorted(centres.items())},
            "cluster": large,
            "topLabels": TOP_LABELS,
            "eventTypes": event_types,
            "dates": dates,
            "tinyCount": len(tiny),
        },
    }


def _options(large: bool) -> dict:
    return {
        "autoResize": True,
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#8a9096", "highlight": "#c0392b", "hover": "#444444", "inherit": False},
            "font": {"size": 0.01, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#333333",
                     "face": "DejaVu Sans, Verdana, sans-serif"},
            # Edge labels only at high zoom, on hover and for a selected node (viz.js sets their size).
            "scaling": {"label": {"enabled": False, "drawThreshold": 12, "maxVisible": 30}},
            "smooth": False,
            "width": 1,
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 250, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "keyboard": {"enabled": True, "bindToWindow": False}, "navigationButtons": False,
                        "multiselect": False},
        "layout": {"improvedLayout": False, "randomSeed": SEED},
        "nodes": {
            "font": {"size": 14, "strokeWidth": 4, "strokeColor": "#ffffff", "color": "#1b1b1b",
                     "face": "DejaVu Sans, Verdana, sans-serif"},
            "borderWidth": 1,
            # A label is drawn only when it would be at least 11 px high on screen; viz.js sets the
            # font size of the most central nodes so that theirs always is (label culling too).
            "scaling": {"label": {"enabled": False, "drawThreshold": 12, "maxVisible": 30}},
        },
        "physics": {"enabled": False},
    }


@lru_cache(maxsize=1)
def _page_assets() -> tuple[str, str]:
    """The page's own script and stylesheet (kg/data/viz.js, kg/data/viz.css)."""
    folder = resources.files("kg.data")
    js = folder.joinpath("viz.js").read_text(encoding="utf-8")
    css = folder.joinpath("viz.css").read_text(encoding="utf-8")
    return js, css


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg (pyvis network, vis-network inlined)">
<title>{title}</title>
<style>{vis_css}</style>
<style>{page_css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<span class="kg-stats" id="kg-stats">{stats}</span>
<form id="kg-search" role="search"><input id="kg-search-input" type="search" list="kg-node-names" placeholder="Find a node by name (/)" aria-label="Find a node by name" autocomplete="off"> <button type="submit">Find</button><span id="kg-search-status" role="status" aria-live="polite"></span><datalist id="kg-node-names"></datalist></form>
<span class="kg-actions"><button type="button" id="kg-export-png" title="Save the current view as a PNG image">Export PNG</button> <button type="button" id="kg-export-csv" title="Save the entities left by the filters as CSV">Export CSV</button></span>
</header>
<div id="kg-body">
<aside id="kg-filters" aria-label="Filters">
<h2>Show</h2>
<p id="kg-counts" role="status" aria-live="polite"></p>
<button type="button" id="kg-isolated-toggle" aria-pressed="false">Show {tiny} isolated / tiny-group nodes</button>
<fieldset id="kg-colour-by"><legend>Colour by</legend><label><input type="radio" name="kg-colour" value="class" checked> class</label> <label><input type="radio" name="kg-colour" value="community"> community</label></fieldset>
<button type="button" id="kg-cluster-toggle">Group communities</button>
<fieldset id="kg-legend" aria-label="Legend and class filter"><legend>Classes</legend>
<ul>
{legend}
</ul>
</fieldset>
<fieldset id="kg-event-types"><legend>Event types</legend><ul id="kg-event-type-list"></ul></fieldset>
<fieldset id="kg-dates"><legend>Event dates</legend>
<label>from <input type="range" id="kg-date-from" min="0" max="0" value="0" step="1" aria-label="Earliest event date"></label><output id="kg-date-from-value"></output>
<label>to <input type="range" id="kg-date-to" min="0" max="0" value="0" step="1" aria-label="Latest event date"></label><output id="kg-date-to-value"></output>
<label class="kg-check"><input type="checkbox" id="kg-undated" checked> undated events</label>
</fieldset>
<fieldset><legend>Minimum confidence</legend><input type="range" id="kg-confidence" min="0" max="1" step="0.05" value="0" aria-label="Minimum confidence"><output id="kg-confidence-value">0.00</output></fieldset>
<fieldset><legend>Article</legend><select id="kg-article" aria-label="Article"><option value="">all articles</option></select></fieldset>
<button type="button" id="kg-reset">Reset filters</button>
<p class="kg-help">Node size: PageRank. Labels of the {top} most central nodes always show; zoom in for the others. Hover an edge for its label. Click a node or edge for its facts and evidence; double-click a community to open it. Keys: / search, Esc clear.</p>
</aside>
<main>
<div id="kg-network" aria-label="Network of actors and facts"></div>
<section id="kg-timeline" aria-label="Timeline of dated events"><div id="kg-timeline-track"></div><div id="kg-timeline-axis"></div></section>
</main>
<aside id="kg-panel" aria-label="Details" aria-live="polite"><p class="kg-empty">Click a node or an edge to see what the graph says about it, with the evidence.</p></aside>
</div>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""


def render_network(G: nx.MultiDiGraph, *, title: str = "Knowledge graph", note: str = "",
                   groups: list[list[str]] | None = None,
                   articles: dict[str, dict[str, str]] | None = None) -> str:
    """The HTML page for a networkx graph made by `kg.analytics.to_networkx` (maybe filtered).

    groups: the Louvain communities to draw (default: computed on G); articles: the article
    table (id -> title, source, published, url) for the side panel's links.
    """
    data = page_data(G, groups=groups, articles=articles)
    nodes, edges = data["nodes"], data["edges"]
    vis_js, vis_css = _vis_assets()
    app_js, app_css = _page_assets()

    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["group_name"]] += 1
    legend_css = "".join(
        f".kg-swatch-{group}{{background:{colour}}}\n" for group, (colour, _) in PALETTE.items()
    )
    page_css = app_css + legend_css
    legend = "\n".join(
        f'<li data-kg-class="{html.escape(group, quote=True)}"><label><input type="checkbox" checked '
        f'value="{html.escape(group, quote=True)}"> <span class="kg-swatch kg-swatch-{group} kg-shape-{PALETTE[group][1]}">'
        f'</span>{html.escape(group)} <span class="kg-count">({counts[group]})</span></label></li>'
        for group in PALETTE if counts.get(group)
    )
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        f"style-src {_csp_hash(vis_css)} {_csp_hash(page_css)}",
        "img-src data: blob:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    stats = f"{len(nodes)} nodes, {len(edges)} edges"
    if data["meta"]["cluster"]:
        stats += " (communities grouped; double-click one to open it)"
    if note:
        stats += f" \u00b7 {note}"
    return _PAGE.format(
        csp=html.escape(csp, quote=True),
        title=html.escape(title),
        vis_css=vis_css,
        page_css=page_css,
        stats=html.escape(stats),
        legend=legend,
        tiny=data["meta"]["tinyCount"],
        top=TOP_LABELS,
        data=script_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )


def render_html(
    graph: Graph,
    *,
    focus: str | None = None,
    hops: int = 1,
    classes: Iterable[str] | None = None,
    predicates: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
    events: str = "nodes",
    title: str = "Knowledge graph",
) -> str:
    """One self-contained HTML page for an RDF graph (rdflib Graph or Dataset).

    focus/hops: only what lies within `hops` steps of the named actor. classes, predicates,
    since/until, min_confidence: see `kg.analytics.filter_graph`. events: "nodes" draws events
    and quotes as nodes of their own, "edges" folds them into edges between the actors.
    Communities are those `kg analyze` reports for the whole graph. The same graph and
    arguments give the same bytes.
    """
    if events not in EVENT_MODES:
        raise UsageError(f"--events must be one of {', '.join(EVENT_MODES)}, not {events!r}")
    G = to_networkx(graph, events=events)
    if G.number_of_nodes() == 0:
        raise GraphError("the graph has no entities to draw; run `kg extract` on some articles first")
    center = find_node(G, focus) if focus is not None else None
    notes = []
    H = filter_graph(G, classes=classes, predicates=predicates, since=since, until=until,
                     min_confidence=min_confidence)
    if center is not None:
        if center not in H:
            raise UsageError(f"the filters removed {G.nodes[center]['label']!r}, the node to focus on; relax them")
        H = focus_subgraph(H, center, hops)
        notes.append(f"within {hops} hop{'s' if hops != 1 else ''} of {G.nodes[center]['label']}")
    if H.number_of_nodes() == 0:
        raise UsageError("the filters left no nodes to draw; relax --class/--predicate/--since/--until/--min-confidence")
    if any((classes, predicates, since, until, min_confidence is not None)):
        notes.append("filtered")
    # The partition `kg analyze` reports is computed on the graph with events folded into edges.
    # Without event or quote nodes both graphs are the same one: no need to build it twice.
    plain = events == "edges" or all(d.get("kind") == "entity" for _, d in G.nodes(data=True))
    groups = communities(G if plain else to_networkx(graph, events="edges"))
    return render_network(H, title=title, note=", ".join(notes), groups=groups, articles=article_table(graph))


# ---------------------------------------------------------------------------- headless check


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable, or None (Debian: `apt-get install -y chromium`)."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def headless_dom(page: str | Path, *, budget_ms: int | None = 10000, timeout: float = 120.0, fragment: str = "",
                 size: tuple[int, int] = (1400, 900), screenshot: str | Path | None = None) -> str:
    """The DOM of a page after headless Chromium ran its scripts (for tests and benchmarks).

    No network, no GPU, no sandbox (CI containers run as root), a throwaway profile, a window of
    `size` pixels. With `screenshot`, a PNG of the window is written there instead and "" returned.
    budget_ms: virtual time the page gets for its timers; None dumps right after the load event
    (real clock, for timing the page's own work).
    """
    chromium = find_chromium()
    if chromium is None:
        raise KgError("headless Chromium is not installed; install it with `apt-get install -y chromium`")
    url = Path(page).resolve().as_uri() + fragment
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--hide-scrollbars", f"--window-size={size[0]},{size[1]}", f"--user-data-dir={profile}",
            *([f"--virtual-time-budget={budget_ms}"] if budget_ms else []),
            f"--screenshot={Path(screenshot).resolve()}" if screenshot else "--dump-dom", url,
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise KgError(f"headless Chromium did not finish within {timeout:.0f} s") from None
    if done.returncode != 0 and not done.stdout:
        raise KgError(f"headless Chromium failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    return done.stdout
