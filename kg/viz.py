"""The knowledge graph as one self-contained, offline, interactive HTML page.

pyvis holds the network (node and edge lists, vis-network options); the page around it is
written here instead of by pyvis's template, because that template loads Bootstrap and
vis-network from CDNs even with `cdn_resources="in_line"`, and `"local"` writes a lib/ folder
into the working directory. vis-network's JavaScript and CSS are read from the copy that ships
inside the pyvis package (vis-network is Apache-2.0/MIT, its licence header stays in the file)
and inlined, so the page works with no network at all.

Safety: every text from the graph reaches the page either HTML-escaped (title, legend, notes)
or inside a JSON block whose `<`, `>` and `&` are written as `\\u003c`, `\\u003e`, `\\u0026`, so a
label such as `</script><script>alert(1)</script>` stays data. vis-network shows string
tooltips with `innerText`, never as HTML. A Content-Security-Policy allows only the page's
own inline scripts and styles (by SHA-256 hash) and no network access.

Large graphs (more than `LARGE_GRAPH` nodes) get a layout computed here, with a fixed seed,
and physics off, so the page is usable as soon as it opens.
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
from pathlib import Path

import networkx as nx
from rdflib import Graph

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

__all__ = ["LARGE_GRAPH", "PALETTE", "find_chromium", "headless_dom", "render_html", "render_network"]

# Above this many nodes physics is off and the layout comes from networkx (see module docstring).
LARGE_GRAPH = 500

# Colour and shape per legend group: the coarse ontology type of an entity, or Event / Quote.
PALETTE: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Company": ("#f28e2b", "dot"),
    "GovernmentBody": ("#e15759", "dot"),
    "PoliticalParty": ("#b07aa1", "dot"),
    "MediaOutlet": ("#76b7b2", "dot"),
    "EducationalInstitution": ("#59a14f", "dot"),
    "MarketIndex": ("#edc948", "dot"),
    "Place": ("#9c755f", "dot"),
    "Product": ("#ff9da7", "dot"),
    "Organization": ("#bab0ac", "dot"),
    "Event": ("#2f4b7c", "diamond"),
    "Quote": ("#8c8c8c", "square"),
}

_LEGEND_SHAPES = {"dot": "", "diamond": " kg-shape-diamond", "square": " kg-shape-square"}


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
        f"{e['title'] or 'position'}, {G.nodes[v].get('label', v)}"
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


def _edge_tooltip(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> str:
    what = d.get("label", "")
    if d.get("kind") == "event" and d.get("role"):
        roles = d["role"].replace("->", " \u2192 ")
        what = f"{d.get('event_type', d.get('predicate', ''))} ({roles})"
    elif d.get("predicate") == "holdsPosition":
        what = f"holds position: {d.get('title') or '(no title)'}"
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


def layout_positions(G: nx.MultiDiGraph, spacing: float = 45.0) -> dict[str, tuple[float, float]]:
    """Pixel positions for a large graph: each Louvain community laid out by spring_layout (fixed
    seed), the communities packed in rows largest first, isolated nodes in a grid at the end.

    Laying out communities apart keeps the picture readable (clusters are visible at a glance)
    and keeps the cost near-linear in the number of nodes.
    """
    H = simple_graph(G)
    groups = [piece for c in communities(G) for piece in _chunks(H, c)]
    isolated = sorted(u for u in H.nodes if H.degree(u) == 0)
    cells: list[tuple[float, dict[str, tuple[float, float]]]] = []
    for members in groups:
        radius = spacing * math.sqrt(len(members))
        if len(members) == 1:
            pos = {members[0]: (0.0, 0.0)}
        else:
            iterations = 50 if len(members) <= 150 else 30
            raw = nx.spring_layout(H.subgraph(members), seed=SEED, iterations=iterations)
            pos = {u: (float(x) * radius, float(y) * radius) for u, (x, y) in raw.items()}
        cells.append((radius, pos))
    if isolated:
        side = math.ceil(math.sqrt(len(isolated)))
        half = (side - 1) * spacing / 2
        pos = {u: ((i % side) * spacing - half, (i // side) * spacing - half) for i, u in enumerate(isolated)}
        cells.append((max(half, spacing / 2) * math.sqrt(2), pos))

    total = sum((2 * r + spacing) ** 2 for r, _ in cells)
    row_width = max(math.sqrt(total), max((2 * r + spacing for r, _ in cells), default=spacing))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
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


# ---------------------------------------------------------------------------- network -> page


def _group(d: dict) -> str:
    kind = d.get("kind")
    if kind == "event":
        return "Event"
    if kind == "quote":
        return "Quote"
    return d.get("type") if d.get("type") in PALETTE else "Organization"


def _network(G: nx.MultiDiGraph, large: bool):
    """Build the pyvis Network: node and edge lists set directly (its add_edge is quadratic)."""
    from pyvis.network import Network

    H = simple_graph(G)
    rank = pagerank(H)
    top = max(rank.values(), default=0.0) or 1.0
    positions = layout_positions(G) if large else {}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    nodes = []
    for n in sorted(G.nodes):
        d = G.nodes[n]
        group = _group(d)
        colour, shape = PALETTE[group]
        size = 10 + 26 * math.sqrt(rank.get(n, 0.0) / top)
        if d.get("kind") != "entity":
            size = min(size, 14)
        node = {
            "id": n,
            "label": d.get("label", n),
            "title": _node_tooltip(G, n),
            "color": colour,
            "shape": shape,
            "size": round(size, 2),
            "group_name": group,
            "names": [x.casefold() for x in (d.get("label", n), *d.get("aliases", "").split("; "), n) if x],
        }
        if n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)

    edges = []
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        edge = {"id": f"e{i}", "from": u, "to": v, "title": _edge_tooltip(G, u, v, d), "arrows": "to"}
        if not large:
            edge["label"] = d.get("label", "")
            pair = (min(u, v), max(u, v))
            count = parallel[pair]
            parallel[pair] += 1
            if count:
                # Several facts between the same two nodes: curve them apart instead of overdrawing.
                edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * count, 2)}
        if d.get("kind") == "quote":
            edge["dashes"] = True
        edges.append(edge)

    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges
    net.options = {
        "autoResize": True,
        "edges": {
            "color": {"color": "#9aa0a6", "highlight": "#d62728", "hover": "#555555"},
            "font": {"size": 11, "align": "middle", "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "dynamic"},
            "width": 1,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "keyboard": True,
                        "navigationButtons": False},
        "layout": {"improvedLayout": not large, "randomSeed": SEED},
        "nodes": {"font": {"size": 14, "strokeWidth": 3}, "borderWidth": 1},
        "physics": {"enabled": False} if large else {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
    }
    return net


_PAGE_CSS = """
html,body{margin:0;height:100%;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222}
body{display:flex;flex-direction:column}
header{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.5rem;padding:.5rem 1rem;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:1.1rem;margin:0}
.kg-stats{color:#555;font-size:.9rem}
#kg-search input{width:16rem;padding:.25rem .4rem;font-size:.9rem}
#kg-search button{padding:.25rem .6rem;font-size:.9rem}
#kg-search-status{margin-left:.5rem;color:#555;font-size:.85rem}
main{flex:1;position:relative;min-height:420px}
#kg-network{position:absolute;top:0;right:0;bottom:0;left:0}
#kg-legend{position:absolute;top:.75rem;right:.75rem;background:rgba(255,255,255,.93);border:1px solid #ccc;border-radius:6px;padding:.5rem .75rem;font-size:.85rem;max-height:80%;overflow:auto;z-index:2}
#kg-legend h2{font-size:.9rem;margin:0 0 .3rem}
#kg-legend ul{list-style:none;margin:0;padding:0}
#kg-legend li{display:flex;align-items:center;gap:.45rem;margin:.15rem 0}
#kg-legend p{margin:.4rem 0 0;color:#555;max-width:14rem}
.kg-swatch{display:inline-block;width:.85rem;height:.85rem;border-radius:50%;border:1px solid rgba(0,0,0,.25)}
.kg-swatch.kg-shape-diamond{border-radius:0;transform:rotate(45deg) scale(.8)}
.kg-swatch.kg-shape-square{border-radius:2px}
div.vis-tooltip{white-space:pre-wrap;max-width:30rem;font-size:.85rem;line-height:1.35}
"""

# The page's behaviour: draw the network, mark the body when drawn (browser tests read it), fill
# the search box's suggestions, find and highlight a node (also from a `#find=NAME` URL hash).
_APP_JS = r"""
(function () {
  "use strict";
  var body = document.body;
  document.addEventListener("securitypolicyviolation", function (e) {
    body.setAttribute("data-kg-csp-violations", String(Number(body.getAttribute("data-kg-csp-violations") || "0") + 1));
    body.setAttribute("data-kg-csp-last", String(e.violatedDirective));
  });
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"), {nodes: nodes, edges: edges}, data.options);
  body.setAttribute("data-kg-nodes", String(nodes.length));
  body.setAttribute("data-kg-edges", String(edges.length));
  // The constructor may already have drawn (stabilisation runs inside it), so listen and then
  // ask for one more frame rather than wait for a first draw that has passed.
  function markDrawn() {
    var canvas = document.querySelector("#kg-network canvas");
    body.setAttribute("data-kg-drawn", canvas && canvas.width > 0 && canvas.height > 0 ? "true" : "false");
  }
  network.on("afterDrawing", markDrawn);
  network.redraw();
  // Headless browsers may hold animation frames back: check for painted pixels on a timer too.
  (function poll(tries) {
    if (body.getAttribute("data-kg-drawn") === "true" || tries <= 0) { return; }
    var canvas = document.querySelector("#kg-network canvas");
    if (canvas && canvas.width > 0 && canvas.height > 0) {
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { markDrawn(); return; } }
    }
    setTimeout(function () { poll(tries - 1); }, 100);
  })(50);
  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: {enabled: false}}); });
  }

  var names = document.getElementById("kg-node-names");
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });

  var input = document.getElementById("kg-search-input");
  var status = document.getElementById("kg-search-status");
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { network.unselectAll(); status.textContent = ""; body.removeAttribute("data-kg-selected"); return; }
    // Best first: the name itself, then an alias or id, then a name starting with the text, then any part.
    var ranked = [[], [], [], []];
    data.nodes.forEach(function (n) {
      if (n.names[0] === q) { ranked[0].push(n.id); }
      else if (n.names.indexOf(q) >= 0) { ranked[1].push(n.id); }
      else if (n.names[0].indexOf(q) === 0) { ranked[2].push(n.id); }
      else if (n.names.some(function (x) { return x.indexOf(q) >= 0; })) { ranked[3].push(n.id); }
    });
    var found = ranked[0].concat(ranked[1], ranked[2], ranked[3]);
    if (!found.length) {
      network.unselectAll();
      status.textContent = "No node matches \u201c" + text + "\u201d";
      body.removeAttribute("data-kg-selected");
      return;
    }
    network.selectNodes([found[0]], true);
    network.focus(found[0], {scale: 1.3, animation: false});
    status.textContent = "Found " + nodes.get(found[0]).label + (found.length > 1 ? " (" + (found.length - 1) + " more match)" : "");
    body.setAttribute("data-kg-selected", String(found[0]));
  }
  document.getElementById("kg-search").addEventListener("submit", function (e) { e.preventDefault(); find(input.value); });
  var hash = window.location.hash;
  if (hash.indexOf("#find=") === 0) {
    input.value = decodeURIComponent(hash.slice(6));
    find(input.value);
  }
})();
"""

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
<span class="kg-stats">{stats}</span>
<form id="kg-search" role="search"><input id="kg-search-input" type="search" list="kg-node-names" placeholder="Find a node by name" aria-label="Find a node by name" autocomplete="off"> <button type="submit">Find</button><span id="kg-search-status" role="status"></span><datalist id="kg-node-names"></datalist></form>
</header>
<main>
<div id="kg-network" aria-label="Network of actors and facts"></div>
<aside id="kg-legend" aria-label="Legend">
<h2>Legend</h2>
<ul>
{legend}
</ul>
<p>Node size: PageRank. Diamonds are events, squares quotes (dashed links). Hover a node or an edge for its class, dates and evidence.</p>
</aside>
</main>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""


def render_network(G: nx.MultiDiGraph, *, title: str = "Knowledge graph", note: str = "") -> str:
    """The HTML page for a networkx graph made by `kg.analytics.to_networkx` (maybe filtered)."""
    large = G.number_of_nodes() > LARGE_GRAPH
    net = _network(G, large)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    options = json.loads(options) if isinstance(options, str) else options
    vis_js, vis_css = _vis_assets()

    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["group_name"]] += 1
    legend_css = "".join(
        f".kg-swatch-{group}{{background:{colour}}}\n" for group, (colour, _) in PALETTE.items()
    )
    page_css = _PAGE_CSS + legend_css
    legend = "\n".join(
        f'<li data-kg-class="{html.escape(group, quote=True)}"><span class="kg-swatch kg-swatch-{group}'
        f'{_LEGEND_SHAPES[PALETTE[group][1]]}"></span>{html.escape(group)} ({counts[group]})</li>'
        for group in PALETTE if counts.get(group)
    )
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(_APP_JS)}",
        f"style-src {_csp_hash(vis_css)} {_csp_hash(page_css)}",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    stats = f"{len(nodes)} nodes, {len(edges)} edges"
    if large:
        stats += " (layout precomputed, physics off)"
    if note:
        stats += f" \u00b7 {note}"
    return _PAGE.format(
        csp=html.escape(csp, quote=True),
        title=html.escape(title),
        vis_css=vis_css,
        page_css=page_css,
        stats=html.escape(stats),
        legend=legend,
        data=script_json({"nodes": nodes, "edges": edges, "options": options}),
        vis_js=vis_js,
        app_js=_APP_JS,
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
    The same graph and arguments give the same bytes.
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
    return render_network(H, title=title, note=", ".join(notes))


# ---------------------------------------------------------------------------- headless check


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable, or None (Debian: `apt-get install -y chromium`)."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def headless_dom(page: str | Path, *, budget_ms: int = 10000, timeout: float = 120.0, fragment: str = "") -> str:
    """The DOM of a page after headless Chromium ran its scripts (for tests and benchmarks).

    No network, no GPU, no sandbox (CI containers run as root), a throwaway profile.
    """
    chromium = find_chromium()
    if chromium is None:
        raise KgError("headless Chromium is not installed; install it with `apt-get install -y chromium`")
    url = Path(page).resolve().as_uri() + fragment
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}", "--dump-dom", url,
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise KgError(f"headless Chromium did not finish within {timeout:.0f} s") from None
    if done.returncode != 0 and not done.stdout:
        raise KgError(f"headless Chromium failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    return done.stdout
