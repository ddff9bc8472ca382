"""kg.viz.render_html and `kg viz`: one offline file, legend, colours, focus, filters, large graphs."""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, UsageError
from kg.viz import LARGE_GRAPH, PALETTE, render_html, render_network

FIXTURE = Path(__file__).parent / "fixtures" / "viz_two_articles.trig"


def page_data(page: str) -> dict:
    """The nodes, edges and options embedded in a page."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "the page has no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def page(dataset) -> str:
    return render_html(dataset)


def test_page_is_one_offline_file(page):
    # No remote (or any external) script, stylesheet, image or link target.
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "vis-network" in page and "new vis.Network" in page  # the library itself is inlined


def test_page_has_a_content_security_policy_without_network_access(page):
    csp = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "connect-src" not in csp  # falls back to default-src 'none'


def test_legend_and_at_least_four_node_colours(page):
    legend = re.search(r'<fieldset id="kg-legend".*?</fieldset>', page, re.S).group(0)
    entries = re.findall(r'data-kg-class="([^"]+)"', legend)
    data = page_data(page)
    colours = {n["color"] for n in data["nodes"]}
    assert len(colours) >= 4
    assert set(entries) == {n["group_name"] for n in data["nodes"]}
    assert all(n["color"] == PALETTE[n["group_name"]][0] for n in data["nodes"])
    assert all(n["shape"] == PALETTE[n["group_name"]][1] for n in data["nodes"])


def test_palette_is_colour_blind_safe_with_shape_as_second_cue():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"}
    assert {colour for colour, _ in PALETTE.values()} <= okabe_ito
    assert len(set(PALETTE.values())) == len(PALETTE)  # no two classes look the same


def test_nodes_labelled_by_name_and_sized_by_centrality(page):
    nodes = {n["id"]: n for n in page_data(page)["nodes"]}
    assert nodes["person/xi-jinping"]["label"] == "Xi Jinping"
    assert nodes["person/xi-jinping"]["size"] > nodes["company/tencent"]["size"]


def test_edge_labels_and_tooltips_carry_title_date_and_evidence(page):
    data = page_data(page)
    labels = {(e["from"], e["to"]): e for e in data["edges"]}
    position = labels[("person/pony-ma", "company/tencent")]
    assert position["label"] == "CEO"
    assert "Tencent CEO Pony Ma declined to comment." in position["title"]
    assert "Regulator acts (Example Times, 2025-05-10)" in position["title"]
    meeting = next(n for n in data["nodes"] if n["id"] == "event/e1")
    assert meeting["label"] == "Meeting 2025-03-03"
    assert "Xi met Jack Ma and Pony Ma in Beijing on Monday." in meeting["title"]
    xi = next(n for n in data["nodes"] if n["id"] == "person/xi-jinping")
    assert "Class: PoliticalLeader (Person)" in xi["title"] and "Positions: President, China" in xi["title"]


def test_events_as_edges(dataset):
    data = page_data(render_html(dataset, events="edges"))
    assert not any(n["group_name"] in ("Event", "Quote") for n in data["nodes"])
    assert any(e["label"] == "Meeting 2025-03-03" for e in data["edges"])


def test_focus_gives_fewer_nodes_and_keeps_the_centre(dataset, page):
    full = page_data(page)["nodes"]
    near = page_data(render_html(dataset, focus="Xi Jinping", hops=1))["nodes"]
    ids = {n["id"] for n in near}
    assert "person/xi-jinping" in ids
    assert len(near) < len(full)
    assert "company/tencent" not in ids
    assert "within 1 hop of Xi Jinping" in render_html(dataset, focus="xi", hops=1)


def test_filters_reach_the_page(dataset):
    people = page_data(render_html(dataset, classes=["Person"]))["nodes"]
    assert {n["group_name"] for n in people} == {"Person"}
    founded = page_data(render_html(dataset, predicates=["founded"], events="edges"))
    assert {e["label"] for e in founded["edges"]} == {"founded"}
    may = {n["id"] for n in page_data(render_html(dataset, since="2025-05-01"))["nodes"]}
    assert "event/e2" in may and "event/e1" not in may
    confident = page_data(render_html(dataset, min_confidence=0.9))["edges"]
    assert all("Confidence: 0.9" in e["title"] or "Confidence: 1.0" in e["title"] for e in confident)


def test_unknown_focus_and_empty_result_are_clear_errors(dataset):
    with pytest.raises(InputError, match="no entity named"):
        render_html(dataset, focus="Nobody")
    with pytest.raises(UsageError, match="left no nodes"):
        render_html(dataset, predicates=["nothing-like-this"])


def test_same_graph_same_bytes(dataset, page):
    assert render_html(dataset) == page


def _large_graph(n: int) -> nx.MultiDiGraph:
    shape = nx.barabasi_albert_graph(n, 2, seed=3)
    G = nx.MultiDiGraph()
    for u in sorted(shape.nodes):
        G.add_node(f"person/p{u:04d}", label=f"P {u}", type="Person", kind="entity", aliases="")
    for i, (u, v) in enumerate(sorted(shape.edges)):
        G.add_edge(f"person/p{u:04d}", f"person/p{v:04d}", key=str(i), predicate="memberOf", label="member of")
    return G


def test_large_graph_gets_a_fixed_layout_and_clusters():
    G = _large_graph(LARGE_GRAPH + 100)
    page = render_network(G)
    data = page_data(page)
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # nobody stacked
    assert data["meta"]["cluster"] is True
    assert render_network(G) == page


def test_communities_are_the_ones_kg_analyze_reports(dataset):
    from kg.analytics import analyze, to_networkx

    report = analyze(to_networkx(dataset), top=50)
    data = page_data(render_html(dataset))
    by_label = {n["label"]: n["kg"]["comm"] for n in data["nodes"] if n["kg"]["kind"] == "entity"}
    for community in report["communities"]:
        assert {by_label[m] for m in community["members"]} == {community["community"]}
    # An event node joins the community most of its participants belong to.
    meeting = next(n for n in data["nodes"] if n["id"] == "event/e1")
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    votes = [by_label[labels[e["to"]]] for e in data["edges"] if e["from"] == "event/e1"]
    assert len(votes) >= 3
    assert meeting["kg"]["comm"] == min(set(votes), key=lambda c: (-votes.count(c), c))


def test_small_graph_is_laid_out_here_without_overlapping_nodes(page):
    data = page_data(page)
    assert data["options"]["physics"] == {"enabled": False}
    shown = [n for n in data["nodes"] if not n["kg"]["tiny"]]
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            gap = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
            assert gap > a["size"] + b["size"], (a["label"], b["label"])


def test_isolated_nodes_are_flagged_and_set_apart(page):
    data = page_data(page)
    tiny = [n for n in data["nodes"] if n["kg"]["tiny"]]
    assert tiny and data["meta"]["tinyCount"] == len(tiny)
    lowest_connected = max(n["y"] for n in data["nodes"] if not n["kg"]["tiny"])
    assert all(n["y"] > lowest_connected for n in tiny)  # gathered below the connected parts
    assert f"Show {len(tiny)} isolated / tiny-group nodes" in page


def test_panel_data_carries_evidence_articles_and_former_titles(dataset):
    data = page_data(render_html(dataset))
    articles = data["meta"]["articles"]
    assert {a["title"] for a in articles} >= {"Leaders meet founders", "Regulator acts"}
    position = next(e for e in data["edges"] if (e["from"], e["to"]) == ("person/pony-ma", "company/tencent"))
    assert position["kg"]["evidence"] == "Tencent CEO Pony Ma declined to comment."
    assert articles[position["kg"]["art"]]["source"] == "Example Times"
    assert position["kg"]["former"] is False
    assert data["meta"]["dates"] == sorted(data["meta"]["dates"]) and "2025-03-03" in data["meta"]["dates"]
    assert "Meeting" in data["meta"]["eventTypes"]


def test_former_positions_are_marked():
    G = nx.MultiDiGraph()
    G.add_node("person/a", label="Ann Example", type="Person", kind="entity", aliases="")
    G.add_node("company/b", label="B Corp", type="Company", kind="entity", aliases="")
    G.add_edge("person/a", "company/b", key="k", predicate="holdsPosition", title="former chairman",
               label="former chairman", kind="position")
    (edge,) = page_data(render_network(G))["edges"]
    assert edge["kg"]["former"] is True and edge["label"] == "former chairman"
    # The status extraction records (kg:positionStatus, dates) is shown the same way.
    G.add_edge("person/a", "company/b", key="k2", predicate="holdsPosition", title="CEO", label="CEO",
               kind="position", status="former", end="2024-05-06")
    second = page_data(render_network(G))["edges"][1]
    assert second["label"] == "former CEO" and second["kg"]["former"] is True and second["kg"]["end"] == "2024-05-06"


def test_only_web_urls_become_article_links():
    from kg.viz import _safe_url

    assert _safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//example.org", "http://a b"):
        assert _safe_url(bad) == ""


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    # Layout must not depend on set order (which PYTHONHASHSEED changes between runs).
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.html"
        subprocess.run([sys.executable, "-c", "from kg.cli import app; app()", "viz", "-g", str(FIXTURE), "-o", str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_page_script_and_style_come_from_the_package_data():
    from kg.resources import data_file

    page = render_network(_large_graph(20))
    assert data_file("viz.js").read_text(encoding="utf-8") in page
    assert data_file("viz.css").read_text(encoding="utf-8") in page
    for control in ("kg-filters", "kg-panel", "kg-isolated-toggle", "kg-timeline", "kg-export-png"):
        assert f'id="{control}"' in page


# ---------------------------------------------------------------------------- CLI

runner = CliRunner()


def test_kg_viz_writes_the_file_and_no_lib_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["viz", "-g", str(FIXTURE), "--focus", "Jack Ma", "--hops", "1"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "output" / "graph.html"
    assert "Jack Ma" in {n["label"] for n in page_data(written.read_text(encoding="utf-8"))["nodes"]}
    assert sorted(os.listdir(tmp_path)) == ["output"]  # pyvis wrote no lib/ folder
    assert sorted(os.listdir(tmp_path / "output")) == ["graph.html"]  # no temporary file left behind


def test_kg_viz_failure_leaves_an_existing_page_untouched(tmp_path):
    target = tmp_path / "g.html"
    target.write_text("previous page", encoding="utf-8")
    result = runner.invoke(app, ["viz", "-g", str(FIXTURE), "-o", str(target), "--focus", "Nobody"])
    assert result.exit_code == 1
    assert "no entity named 'Nobody'" in result.output
    assert target.read_text(encoding="utf-8") == "previous page"


def test_kg_viz_bad_events_value_is_usage_error(tmp_path):
    result = runner.invoke(app, ["viz", "-g", str(FIXTURE), "-o", str(tmp_path / "g.html"), "--events", "blobs"])
    assert result.exit_code == 2


def test_bundled_sample_end_to_end(nlp, sample_path):
    """Article -> extraction -> RDF -> page: several classes coloured, focus narrows the view."""
    from kg.analytics import analyze, to_networkx
    from kg.pipeline import build_dataset

    dataset, _ = build_dataset([sample_path], nlp=nlp)
    full = page_data(render_html(dataset))
    assert len({n["color"] for n in full["nodes"]}) >= 4
    centre = analyze(to_networkx(dataset), top=1)["top"][0]
    near = page_data(render_html(dataset, focus=centre["label"], hops=1))
    assert centre["id"] in {n["id"] for n in near["nodes"]}
    assert len(near["nodes"]) < len(full["nodes"])
