"""The generated page in a real browser: headless Chromium draws the network and shows the legend.

Needs Debian's `chromium` package (`apt-get install -y chromium`); without it these tests fail
with that instruction rather than skip, so CI cannot pass without having looked at the page.
The page marks <body> when vis-network has drawn its canvas (`data-kg-drawn`), counts any
Content-Security-Policy violation (`data-kg-csp-violations`) and records the node the search
box selected (`data-kg-selected`); `--dump-dom` shows those attributes after the scripts ran.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from kg.viz import LARGE_GRAPH, find_chromium, headless_dom, render_html, render_network

FIXTURE = Path(__file__).parent / "fixtures" / "viz_two_articles.trig"


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


def body_attributes(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom)
    assert body, "Chromium returned no <body>"
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))


def open_page(tmp_path: Path, page: str, fragment: str = "") -> tuple[str, dict[str, str]]:
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    dom = headless_dom(path, fragment=fragment)
    return dom, body_attributes(dom)


def test_seed_like_page_draws_canvas_and_legend(tmp_path, dataset):
    dom, body = open_page(tmp_path, render_html(dataset), fragment="#find=samr")
    assert body.get("data-kg-drawn") == "true", body
    assert re.search(r'<div id="kg-network"[^>]*>.*?<canvas', dom, re.S), "vis-network made no canvas"
    assert body.get("data-kg-nodes") == "15"
    assert "data-kg-csp-violations" not in body, body  # the CSP blocked nothing the page needs
    legend = re.search(r'<aside id="kg-legend".*?</aside>', dom, re.S).group(0)
    assert len(re.findall(r"<li ", legend)) >= 4
    # The search box (driven through the URL hash) found the regulator by its alias.
    assert body.get("data-kg-selected") == "governmentbody/state-administration-for-market-regulation"
    # Its suggestions were filled in from the node names.
    assert '<option value="State Administration for Market Regulation">' in dom


def test_hostile_labels_do_not_become_elements(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person/a", label="Evil</script><script>alert(1)</script>", type="Person", kind="entity", aliases="")
    G.add_node("company/b", label="<img src=x onerror=alert(2)>", type="Company", kind="entity", aliases="")
    G.add_edge("person/a", "company/b", key="k", predicate="owns", label="<b>owns</b>", evidence="<img src=y>")
    dom, body = open_page(tmp_path, render_network(G, title="<img src=z onerror=alert(3)>"),
                          fragment="#find=%3Cimg")
    assert body.get("data-kg-drawn") == "true", body
    assert not re.search(r"<img\b", dom), "a label became an <img> element"
    assert "alert(1)</script>" not in dom.split('id="kg-data"')[0]
    assert body.get("data-kg-selected") == "company/b"  # the label is searchable as text


def test_large_page_with_physics_off_is_drawn(tmp_path):
    shape = nx.barabasi_albert_graph(LARGE_GRAPH + 100, 2, seed=5)
    G = nx.MultiDiGraph()
    for u in sorted(shape.nodes):
        G.add_node(f"person/p{u:04d}", label=f"P {u}", type="Person", kind="entity", aliases="")
    for i, (u, v) in enumerate(sorted(shape.edges)):
        G.add_edge(f"person/p{u:04d}", f"person/p{v:04d}", key=str(i), predicate="memberOf", label="member of")
    _, body = open_page(tmp_path, render_network(G))
    assert body.get("data-kg-drawn") == "true", body
    assert body.get("data-kg-nodes") == str(LARGE_GRAPH + 100)


def test_csp_blocks_a_script_the_page_did_not_ship(tmp_path, dataset):
    # Should escaping ever fail, the Content-Security-Policy is the second wall: simulate a
    # leaked <script> and check the browser refuses to run it while the page still works.
    page = render_html(dataset).replace(
        "<main>", '<main><script>document.body.setAttribute("data-injected", "ran")</script>', 1)
    _, body = open_page(tmp_path, page)
    assert "data-injected" not in body
    assert body.get("data-kg-drawn") == "true", body
