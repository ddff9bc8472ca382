"""Hostile text in the graph must stay text in the HTML page (issue 6, Security/HTML).

Names, aliases, titles, evidence sentences and article metadata come from news articles, so any
of them may contain markup. The page must not let them close a <script>, open an element or
inject an attribute, and a Content-Security-Policy must refuse any script it did not ship.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.namespaces import ID, KG, ORG
from kg.viz import _vis_assets, render_html, render_network, script_json


def script_tags(page: str) -> int:
    """<script tags in the page, not counting the "<script>" string inside vis-network's own code."""
    return page.count("<script") - _vis_assets()[0].count("<script")

SCRIPT_CLOSE = "Evil</script><script>alert(1)</script>"
IMG_ONERROR = "<img src=x onerror=alert(2)>"
ATTRIBUTE_BREAK = '" onmouseover="alert(3)'
HOSTILE = (SCRIPT_CLOSE, IMG_ONERROR, ATTRIBUTE_BREAK, "&lt;b&gt; already escaped & <!-- comment -->")


def hostile_graph() -> Graph:
    """Entities, a position and an article whose every text field carries an attack."""
    g = Graph()
    article = ID["article/x"]
    g.add((article, RDF.type, KG.Article))
    g.add((article, DCTERMS.title, Literal(f"Title {IMG_ONERROR}")))
    g.add((article, DCTERMS.source, Literal(SCRIPT_CLOSE)))
    evil = ID["person/evil"]
    img = ID["company/img"]
    g.add((evil, RDF.type, KG.Person))
    g.add((evil, RDFS.label, Literal(SCRIPT_CLOSE)))
    g.add((evil, SKOS.altLabel, Literal(ATTRIBUTE_BREAK)))
    g.add((img, RDF.type, KG.Company))
    g.add((img, RDFS.label, Literal(IMG_ONERROR)))
    position = ID["position/x"]
    g.add((position, RDF.type, ORG.Membership))
    g.add((position, ORG.member, evil))
    g.add((position, ORG.organization, img))
    g.add((position, KG.title, Literal(f"CEO {SCRIPT_CLOSE}")))
    g.add((position, PROV.wasDerivedFrom, article))
    g.add((position, KG.evidenceText, Literal(f"Sentence with {IMG_ONERROR} and {SCRIPT_CLOSE}.")))
    return g


def executable_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_hostile_labels_do_not_appear_unescaped():
    page = render_html(hostile_graph(), title=f"Graph {SCRIPT_CLOSE}")
    for attack in (SCRIPT_CLOSE, IMG_ONERROR, "<img", "onerror=alert(2)>", "<script>alert(1)"):
        assert attack not in page
    # Exactly the page's own three script elements: the data block, vis-network, the app.
    assert script_tags(page) == 3
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert f"<title>Graph {html.escape(SCRIPT_CLOSE)}</title>" in page


def test_hostile_text_survives_as_data():
    page = render_html(hostile_graph(), events="edges")
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {SCRIPT_CLOSE, IMG_ONERROR}
    (edge,) = data["edges"]
    assert edge["label"] == f"CEO {SCRIPT_CLOSE}"
    assert f"Sentence with {IMG_ONERROR} and {SCRIPT_CLOSE}." in edge["title"]
    assert f"Title {IMG_ONERROR}" in edge["title"]


def test_csp_allows_exactly_the_page_scripts_by_hash():
    page = render_html(hostile_graph())
    csp = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    expected = {
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
        for code in executable_scripts(page)
    }
    assert set(script_src) == expected
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    # The CSP must come before any script or style it governs.
    assert page.index("Content-Security-Policy") < page.index("<style") < page.index("<script")


def test_script_json_escapes_everything_that_could_end_a_script():
    text = script_json({"a": "</script><!--<script>&\u2028\u2029"})
    assert not set("<>&") & set(text)
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--<script>&\u2028\u2029"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=st.text(min_size=1, max_size=60), alias=st.text(max_size=30))
def test_any_label_stays_inside_the_data_block(label, alias):
    G = nx.MultiDiGraph()
    G.add_node("person/a", label=label, type="Person", kind="entity", aliases=alias)
    G.add_node("company/b", label="B", type="Company", kind="entity", aliases="")
    G.add_edge("person/a", "company/b", key="k", predicate="owns", label=label, evidence=label)
    page = render_network(G, title=label)
    assert script_tags(page) == 3
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["nodes"][1]["label"] == label
    assert data["edges"][0]["label"] == label
