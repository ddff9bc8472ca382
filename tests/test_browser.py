"""The generated page in a real browser: headless Chromium (1400x900) draws it and we use it.

Needs Debian's `chromium` package (`apt-get install -y chromium`); without it these tests fail
with that instruction rather than skip, so CI cannot pass without having looked at the page.

The page marks <body> when its first view is ready (`data-kg-ready`), when vis-network has drawn
(`data-kg-drawn`), counts Content-Security-Policy violations (`data-kg-csp-violations`) and
records the node the search box selected (`data-kg-selected`). To act on the page, a test adds
one script of its own (and its hash to the page's CSP): it waits for `data-kg-ready` (never a
fixed sleep), does what a reader would do, measures, and writes JSON into <pre id="kg-test-out">,
which `--dump-dom` returns.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from kg.viz import LARGE_GRAPH, TOP_LABELS, find_chromium, headless_dom, render_html, render_network

FIXTURE = Path(__file__).parent / "fixtures" / "viz_two_articles.trig"

# Three short fictional articles written for these tests (with the bundled sample, a small corpus
# of several connected parts, events on dates from 2019 to 2025 and article URLs).
ARTICLES = {
    "harbor.txt": """title: Harbor Bank names a new chief as regulators circle
source: Coastal Herald
url: https://example.org/news/harbor-bank-chief
published: 2023-05-03
---
Harbor Bank appointed Lena Fischer as chief executive on Monday, replacing former chief executive Oskar Lind.
The Financial Conduct Office opened an investigation into Harbor Bank's mortgage sales on Tuesday.
"We will cooperate fully with the review," Fischer said, according to the Coastal Herald.
Shares of Harbor Bank fell 3.2% in Brightport on Wednesday, while the BRX 50 index slipped 0.4%.
Greta Holm, a senior analyst at Northgate Securities, criticized the board for the delay.
""",
    "steel.txt": """title: Weber and Costa meet steel makers over tariffs
source: Brightport Times
url: https://example.org/news/steel-tariffs
published: 2021-09-15
---
Prime Minister Karl Weber met Finance Minister Ana Costa and Redline Steel CEO Marco Bianchi in Brightport on Monday.
The talks covered new tariffs on imported steel, which the Ministry of Trade announced on Tuesday.
"Our mills need a fair chance," Bianchi told the Brightport Times.
Redline Steel, which is owned by the Bianchi Group, said it would invest 200 million euros in a new plant.
The Labour Party criticized Weber for ignoring consumers.
""",
    "vela.txt": """title: Vela Motors launches a hydrogen bus
source: Example Wire
published: 2019-02-21
---
Vela Motors, founded by Ines Moreau in 2012, launched its first hydrogen bus on Wednesday.
The Transport Agency approved the bus for city routes on Monday.
"Clean transport will define the next decade," Moreau said at a press event in Lisbon.
Vela Motors shares rose 5.1% on the Brightport exchange on Thursday.
""",
}

# Runs `body` (a function body returning a JSON-able value) once the page's first view is ready.
HARNESS = """(function () {
  function finish(out) {
    var pre = document.createElement("pre");
    pre.id = "kg-test-out";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  function go() {
    if (document.body.getAttribute("data-kg-ready") !== "true") { setTimeout(go, 25); return; }
    var out;
    try { out = (function () { %s })(); } catch (e) { out = {error: String(e), stack: String(e.stack)}; }
    finish(out);
  }
  go();
})();"""

# Every drawn node label in the view, measured from vis-network's positions and the canvas text
# metrics: [id, left, top, right, bottom (DOM px), font px, measured text height px].
DRAWN_LABELS = """
function drawnLabels() {
  var net = kgApp.network, scale = net.getScale();
  var canvas = document.querySelector("#kg-network canvas");
  var w = canvas.clientWidth, h = canvas.clientHeight;
  var ctx = document.createElement("canvas").getContext("2d");
  var out = [];
  net.body.nodeIndices.forEach(function (id) {
    var node = net.body.nodes[id], lm = node.labelModule;
    if (node.options.hidden || !lm.visible() || !lm.elementOptions.label) { return; }
    var px = lm.fontOptions.size * scale;
    ctx.font = px + "px " + lm.fontOptions.face;
    var lines = String(lm.elementOptions.label).split("\\n");
    var width = Math.max.apply(null, lines.map(function (t) { return ctx.measureText(t).width; }));
    var m = ctx.measureText(lines[0]);
    var centre = net.canvasToDOM({x: node.x, y: node.y});
    var top = net.canvasToDOM({x: node.x, y: lm.size.top}).y;
    var box = [centre.x - width / 2, top, centre.x + width / 2, top + px * lines.length];
    if (box[2] < 0 || box[0] > w || box[3] < 0 || box[1] > h) { return; }  // off screen
    out.push([id].concat(box, [px, m.fontBoundingBoxAscent + m.fontBoundingBoxDescent]));
  });
  return out;
}
"""


@pytest.fixture(scope="module", autouse=True)
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.fail("headless Chromium is needed for the browser tests: install it with "
                    "`apt-get install -y chromium` (Debian) and run again")
    return path


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def corpus_page(nlp, sample_path, tmp_path_factory) -> str:
    from kg.pipeline import build_dataset

    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    dataset, _ = build_dataset([*sorted(folder.iterdir()), sample_path], nlp=nlp)
    return render_html(dataset, title="Test corpus")


def body_attributes(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom)
    assert body, "Chromium returned no <body>"
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))


def open_page(tmp_path: Path, page: str, fragment: str = "") -> tuple[str, dict[str, str]]:
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    dom = headless_dom(path, fragment=fragment)
    return dom, body_attributes(dom)


def run_in_page(tmp_path: Path, page: str, body: str, fragment: str = "") -> dict:
    """Add a script running `body` to the page (allowed by its hash), open it, return its JSON."""
    script = HARNESS % (DRAWN_LABELS + body)
    digest = "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"
    assert "script-src " in page
    page = page.replace("script-src ", f"script-src {digest} ", 1).replace("</body>", f"<script>{script}</script></body>", 1)
    dom, attrs = open_page(tmp_path, page, fragment)
    found = re.search(r'<pre id="kg-test-out">(.*?)</pre>', dom, re.S)
    assert found, f"the test script did not finish; body flags: {attrs}"
    out = json.loads(html.unescape(found.group(1)))
    assert "error" not in out, out
    assert "data-kg-csp-violations" not in attrs, attrs
    return out


def overlapping(boxes: list[list]) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]


# ---------------------------------------------------------------------------- the first view


def test_corpus_page_has_every_control_under_its_id(tmp_path, corpus_page):
    dom, body = open_page(tmp_path, corpus_page)
    assert body.get("data-kg-ready") == "true" and body.get("data-kg-drawn") == "true", body
    for control in ("kg-filters", "kg-panel", "kg-isolated-toggle", "kg-timeline", "kg-export-png",
                    "kg-export-csv", "kg-search-input", "kg-legend", "kg-event-types", "kg-date-from",
                    "kg-date-to", "kg-confidence", "kg-article"):
        assert f'id="{control}"' in dom, control
    filters = re.search(r'<aside id="kg-filters".*?</aside>', dom, re.S).group(0)
    assert len(re.findall(r'<li data-kg-class=', filters)) >= 5  # one class filter per class
    assert 'data-kg-type="Meeting"' in filters  # event type filters were filled in
    assert re.search(r'isolated / tiny-group nodes', filters)
    timeline = re.search(r'<section id="kg-timeline".*?</section>', dom, re.S).group(0)
    assert len(re.findall(r'class="kg-mark', timeline)) >= 4  # one mark per dated event
    assert "data-kg-csp-violations" not in body, body


def test_first_view_labels_are_legible_and_do_not_overlap(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var top = kgApp.data.nodes.filter(function (n) { return kgApp.view().nodes[n.id] === "shown"; })
        .sort(function (a, b) { return a.kg.rank - b.kg.rank; }).slice(0, %d).map(function (n) { return n.id; });
      return {labels: drawnLabels(), top: top, scale: kgApp.network.getScale()};
    """ % TOP_LABELS)
    labels = out["labels"]
    drawn = {b[0]: b for b in labels}
    top_drawn = [drawn[i] for i in out["top"] if i in drawn]
    # The most central nodes' labels are drawn, and at least 11 px high (font and measured glyph box).
    assert len(top_drawn) >= 12, (len(top_drawn), out)
    assert all(b[5] >= 11 and b[6] >= 11 for b in top_drawn), [b for b in top_drawn if b[5] < 11 or b[6] < 11]
    assert all(b[5] >= 11 for b in labels)  # no label is drawn tiny
    assert overlapping(labels) == []


def test_labels_stay_apart_after_zooming_in(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var before = drawnLabels().length;
      kgApp.network.moveTo({scale: kgApp.network.getScale() * 2.2, animation: false});
      kgApp.relabel();
      return {before: before, after: drawnLabels()};
    """)
    assert len(out["after"]) >= 1
    assert overlapping(out["after"]) == []
    assert all(b[5] >= 11 for b in out["after"])


# ---------------------------------------------------------------------------- using the page


def test_clicking_a_node_fills_the_side_panel_with_its_evidence(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var net = kgApp.network;
      var id = kgApp.data.nodes.filter(function (n) { return n.label === "Marco Bianchi"; })[0].id;
      kgApp.network.focus(id, {scale: 1.2, animation: false});
      kgApp.relabel();  // what the page does once a zoom settles; it draws the new view
      var p = net.canvasToDOM(net.getPositions([id])[id]);
      var canvas = document.querySelector("#kg-network canvas"), r = canvas.getBoundingClientRect();
      var init = {bubbles: true, cancelable: true, clientX: r.left + p.x, clientY: r.top + p.y, pointerId: 1,
                  pointerType: "mouse", isPrimary: true, button: 0, buttons: 1};
      canvas.dispatchEvent(new PointerEvent("pointerdown", init));
      init.buttons = 0;
      canvas.dispatchEvent(new PointerEvent("pointerup", init));
      var panel = document.getElementById("kg-panel");
      var links = Array.prototype.map.call(panel.querySelectorAll("a"), function (a) { return a.href; });
      return {panel: document.body.getAttribute("data-kg-panel"), id: id, text: panel.textContent, links: links,
              selected: net.getSelectedNodes()};
    """)
    assert out["panel"] == out["id"], out
    text = out["text"]
    assert "Marco Bianchi" in text and "Class: " in text
    assert "Positions (1)" in text and "CEO, Redline Steel" in text
    assert "Events" in text and "Meeting 2021-09-13" in text and "Quotes" in text
    # The evidence sentence, its article title, source and date, and a link to the article.
    assert "Prime Minister Karl Weber met Finance Minister Ana Costa and Redline Steel CEO Marco Bianchi" in text
    assert "Weber and Costa meet steel makers over tariffs" in text and "Brightport Times, 2021-09-15" in text
    assert "https://example.org/news/steel-tariffs" in out["links"]


def test_moving_the_date_range_hides_events_outside_it(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var events = kgApp.data.nodes.filter(function (n) {
        return n.kg.kind === "event" && n.kg.date && kgApp.view().nodes[n.id] === "shown";
      });
      var from = document.getElementById("kg-date-from");
      var dates = kgApp.data.meta.dates;
      var cut = dates.indexOf(dates.filter(function (d) { return d >= "2023"; })[0]);
      var shownBefore = Number(document.body.getAttribute("data-kg-shown"));
      from.value = String(cut);
      from.dispatchEvent(new Event("input", {bubbles: true}));
      var state = {};
      events.forEach(function (n) {
        var drawn = kgApp.network.body.nodes[n.id];
        state[n.id] = {date: n.kg.date, view: kgApp.view().nodes[n.id],
                       label: drawn ? drawn.labelModule.visible() : false,
                       colour: drawn ? drawn.options.color.background : ""};
      });
      var marks = Array.prototype.map.call(document.querySelectorAll("#kg-timeline .kg-mark"), function (m) {
        return [m.getAttribute("data-kg-date"), m.classList.contains("kg-out")];
      });
      return {cut: dates[cut], state: state, hash: location.hash, marks: marks, shownBefore: shownBefore,
              shownAfter: Number(document.body.getAttribute("data-kg-shown")), labels: drawnLabels()};
    """)
    assert out["cut"] >= "2023"
    before = {k: v for k, v in out["state"].items() if v["date"] < out["cut"][:4]}
    after = {k: v for k, v in out["state"].items() if v["date"] >= out["cut"]}
    assert before and after
    for v in before.values():  # faded to almost nothing, label gone
        assert v["view"] == "faded" and not v["label"] and v["colour"].startswith("rgba(") and v["colour"].endswith(",0.12)"), v
    assert all(v["view"] == "shown" for v in after.values()), after
    assert out["shownAfter"] < out["shownBefore"]  # the counts follow
    for date, is_out in out["marks"]:  # the timeline greys them out too
        assert is_out == (date < out["cut"][:4]), (date, is_out)
    assert f"from={out['cut']}" in out["hash"]
    assert not {v for v in before} & {b[0] for b in out["labels"]}


def test_selecting_a_span_on_the_timeline_filters_the_graph(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var track = document.getElementById("kg-timeline-track"), r = track.getBoundingClientRect();
      var marks = Array.prototype.map.call(track.querySelectorAll(".kg-mark"), function (m) {
        var b = m.getBoundingClientRect();
        return {date: m.getAttribute("data-kg-date"), x: b.left + b.width / 2};
      }).sort(function (a, b) { return a.x - b.x; });
      // Drag from just before a dated event to just after a later one, leaving events out at
      // both ends (marks at least 4 px from their neighbours, so the drag is unambiguous).
      var i = 1, j = marks.length - 2;
      while (i < marks.length && marks[i].x - marks[i - 1].x <= 4) { i++; }
      while (j > i && marks[j + 1].x - marks[j].x <= 4) { j--; }
      var from = marks[i], to = marks[j];
      function press(type, x) {
        track.dispatchEvent(new PointerEvent(type, {bubbles: true, clientX: x, clientY: r.top + r.height / 2,
                                                    pointerId: 1, pointerType: "mouse", isPrimary: true, button: 0}));
      }
      var x0 = from.x - 1, x1 = to.x + 1;
      press("pointerdown", x0);
      press("pointerup", x1);
      var inside = marks.filter(function (m) { return m.x >= x0 && m.x <= x1; }).map(function (m) { return m.date; }).sort();
      var state = kgApp.state(), view = kgApp.view().nodes, events = {};
      kgApp.data.nodes.forEach(function (n) { if (n.kg.kind === "event" && n.kg.date && view[n.id] !== "hidden") { events[n.kg.date] = view[n.id]; } });
      return {first: marks[0].date, from: inside[0], to: inside[inside.length - 1], last: marks[marks.length - 1].date,
              state: [state.from, state.to], events: events, span: track.querySelectorAll(".kg-span").length,
              slider: document.getElementById("kg-date-from-value").textContent};
    """)
    assert out["first"] < out["from"] <= out["to"] < out["last"], out
    assert out["state"] == [out["from"], out["to"]] and out["slider"] == out["from"]
    assert out["span"] == 1  # the selected span is drawn on the strip
    for date, seen in out["events"].items():
        assert seen == ("shown" if out["from"] <= date <= out["to"] else "faded"), (date, seen, out)


def test_the_url_fragment_restores_the_filters(tmp_path, corpus_page):
    fragment = "#hide=Quote,Place&types=MarketMove&from=2021-01-01&to=2023-12-31&conf=0.50&colour=community&tiny=1"
    out = run_in_page(tmp_path, corpus_page, """
      var boxes = {};
      Array.prototype.forEach.call(document.querySelectorAll("#kg-filters input[type=checkbox]"), function (b) {
        boxes[b.value || b.id] = b.checked;
      });
      var view = kgApp.view().nodes, shown = {};
      kgApp.data.nodes.forEach(function (n) { if (view[n.id] === "shown") { shown[n.group_name] = (shown[n.group_name] || 0) + 1; } });
      var moves = kgApp.data.nodes.filter(function (n) { return n.kg.cls === "MarketMove"; }).map(function (n) { return view[n.id]; });
      return {boxes: boxes, shown: shown, moves: moves, conf: document.getElementById("kg-confidence").value,
              from: document.getElementById("kg-date-from-value").textContent,
              to: document.getElementById("kg-date-to-value").textContent,
              community: document.querySelector("input[name=kg-colour][value=community]").checked,
              tiny: document.getElementById("kg-isolated-toggle").getAttribute("aria-pressed"),
              hash: location.hash, counts: document.getElementById("kg-counts").textContent};
    """, fragment=fragment)
    assert out["boxes"]["Quote"] is False and out["boxes"]["Place"] is False and out["boxes"]["Person"] is True
    assert out["boxes"]["MarketMove"] is False and out["boxes"]["Meeting"] is True
    assert "Quote" not in out["shown"] and "Place" not in out["shown"] and out["shown"].get("Person")
    assert out["moves"] and set(out["moves"]) == {"hidden"}
    assert out["conf"] == "0.5" and out["from"] == "2021-01-01" and out["to"] == "2023-12-31"
    assert out["community"] is True and out["tiny"] == "true"
    assert out["hash"] == fragment  # written back unchanged
    assert re.match(r"\d+ of \d+ nodes", out["counts"])


def test_search_highlights_neighbours_and_escape_clears(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var input = document.getElementById("kg-search-input");
      input.value = "osei";
      document.getElementById("kg-search").dispatchEvent(new Event("submit", {cancelable: true}));
      var view = kgApp.view().nodes;
      var id = document.body.getAttribute("data-kg-selected");
      var shown = Object.keys(view).filter(function (k) { return view[k] === "shown"; });
      var labels = drawnLabels().map(function (b) { return b[0]; });
      var panel = document.body.getAttribute("data-kg-panel");
      document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
      var after = kgApp.view().nodes;
      return {id: id, shown: shown, labels: labels, panel: panel, options: document.querySelectorAll("#kg-node-names option").length,
              clearedSelected: document.body.getAttribute("data-kg-selected"), clearedInput: input.value,
              clearedPanel: document.body.getAttribute("data-kg-panel"),
              fadedAfter: Object.keys(after).filter(function (k) { return after[k] === "faded"; }).length,
              neighbours: neighbours(id)};
      function neighbours(of) {  // one step; through an event or quote node to its other participants
        var out = [], kind = {};
        kgApp.data.nodes.forEach(function (n) { kind[n.id] = n.kg.kind; });
        kgApp.data.edges.forEach(function (e) {
          if (e.from !== of && e.to !== of) { return; }
          var other = e.from === of ? e.to : e.from;
          out.push(other);
          if (kind[other] !== "entity") {
            kgApp.data.edges.forEach(function (f) { if (f.from === other || f.to === other) { out.push(f.from, f.to); } });
          }
        });
        return out;
      }
    """)
    assert out["id"] == "person/daniel-osei" and out["panel"] == out["id"]
    assert out["options"] > 20  # the suggestions list
    # Only the node and its neighbours (co-participants of its events count) stay in full
    # colour, and all their labels are drawn.
    assert set(out["shown"]) == {out["id"], *out["neighbours"]}
    assert set(out["shown"]) <= set(out["labels"])
    assert out["clearedSelected"] is None and out["clearedInput"] == "" and out["clearedPanel"] is None
    assert out["fadedAfter"] == 0


def test_exports_png_of_the_view_and_csv_of_the_filtered_entities(tmp_path, corpus_page):
    out = run_in_page(tmp_path, corpus_page, """
      var png = kgApp.exportPng();
      document.getElementById("kg-export-png").click();
      var all = kgApp.entityCsv();
      var box = document.querySelector("#kg-legend input[value=Person]");
      box.checked = false;
      box.dispatchEvent(new Event("change", {bubbles: true}));
      return {png: png.slice(0, 30), pngLength: png.length, all: all, people: kgApp.entityCsv(),
              flag: document.body.getAttribute("data-kg-export-png")};
    """)
    assert out["png"].startswith("data:image/png;base64,") and out["pngLength"] > 5000
    assert out["flag"] and int(out["flag"]) > 5000
    header = out["all"].split("\r\n")[0]
    assert header == "id,label,class,type,community,centrality_rank,aliases,articles"
    assert "Lena Fischer" in out["all"] and "Lena Fischer" not in out["people"]
    assert "Harbor Bank" in out["people"]


# ---------------------------------------------------------------------------- other pages


def test_seed_like_page_draws_canvas_and_legend(tmp_path, dataset):
    dom, body = open_page(tmp_path, render_html(dataset), fragment="#find=samr")
    assert body.get("data-kg-drawn") == "true", body
    assert re.search(r'<div id="kg-network"[^>]*>.*?<canvas', dom, re.S), "vis-network made no canvas"
    assert body.get("data-kg-nodes") == "15"
    assert "data-kg-csp-violations" not in body, body  # the CSP blocked nothing the page needs
    legend = re.search(r'<fieldset id="kg-legend".*?</fieldset>', dom, re.S).group(0)
    assert len(re.findall(r"<li ", legend)) >= 4
    # The search box (driven through the URL hash) found the regulator by its alias.
    assert body.get("data-kg-selected") == "governmentbody/state-administration-for-market-regulation"
    # Its suggestions were filled in from the node names.
    assert '<option value="State Administration for Market Regulation">' in dom


def test_hostile_labels_do_not_become_elements(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person/a", label="Evil</script><script>alert(1)</script>", type="Person", kind="entity", aliases="")
    G.add_node("company/b", label="<img src=x onerror=alert(2)>", type="Company", kind="entity", aliases="")
    G.add_edge("person/a", "company/b", key="k", predicate="owns", label="<b>owns</b>", evidence="<img src=y>",
               article_id="x", article="<img src=t>", source="<img src=s>")
    page = render_network(G, title="<img src=z onerror=alert(3)>",
                          articles={"x": {"id": "x", "title": "<img src=t>", "source": "", "published": "",
                                          "url": "javascript:alert(4)"}})
    out = run_in_page(tmp_path, page, """
      kgApp.select("company/b", false);
      var panel = document.getElementById("kg-panel");
      return {imgs: document.querySelectorAll("img").length, links: panel.querySelectorAll("a").length,
              text: panel.textContent};
    """, fragment="#find=%3Cimg")
    assert out["imgs"] == 0, "a label became an <img> element"
    assert out["links"] == 0  # a javascript: URL never becomes a link
    assert "<img src=y>" in out["text"] and "<img src=t>" in out["text"]  # shown as text
    _, body = open_page(tmp_path, page, fragment="#find=%3Cimg")
    assert body.get("data-kg-selected") == "company/b"  # the label is searchable as text


def test_large_page_opens_with_communities_clustered(tmp_path):
    shape = nx.barabasi_albert_graph(LARGE_GRAPH + 100, 2, seed=5)
    G = nx.MultiDiGraph()
    for u in sorted(shape.nodes):
        G.add_node(f"person/p{u:04d}", label=f"P {u}", type="Person", kind="entity", aliases="")
    for i, (u, v) in enumerate(sorted(shape.edges)):
        G.add_edge(f"person/p{u:04d}", f"person/p{v:04d}", key=str(i), predicate="memberOf", label="member of")
    out = run_in_page(tmp_path, render_network(G), """
      var net = kgApp.network;
      var clusters = net.body.nodeIndices.filter(function (id) { return net.isCluster(id); });
      var first = clusters[0], inside = net.getNodesInCluster(first).length, drawn = net.body.nodeIndices.length;
      net.body.emitter.emit("doubleClick", {nodes: [first], edges: []});
      return {clusters: clusters.length, drawn: drawn, inside: inside,
              afterOpen: net.body.nodeIndices.length, stillCluster: net.isCluster(first),
              flag: document.body.getAttribute("data-kg-clusters"), labels: drawnLabels()};
    """)
    assert out["clusters"] >= 3 and out["drawn"] < LARGE_GRAPH / 2
    assert out["inside"] >= 2 and not out["stillCluster"] and out["afterOpen"] == out["drawn"] - 1 + out["inside"]
    assert overlapping(out["labels"]) == []


def test_csp_blocks_a_script_the_page_did_not_ship(tmp_path, dataset):
    # Should escaping ever fail, the Content-Security-Policy is the second wall: simulate a
    # leaked <script> and check the browser refuses to run it while the page still works.
    page = render_html(dataset).replace(
        "<main>", '<main><script>document.body.setAttribute("data-injected", "ran")</script>', 1)
    _, body = open_page(tmp_path, page)
    assert "data-injected" not in body
    assert body.get("data-kg-drawn") == "true", body
