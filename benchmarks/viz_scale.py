"""How long `kg viz` takes on a large graph, and how long headless Chromium takes to draw it.

Generates a synthetic graph in the project's RDF model (default 3,000 entities and 6,000
facts: positions and relations with evidence sentences, hub-heavy like real news graphs),
writes it as Turtle, then times load -> networkx -> HTML, and opens the page in headless
Chromium (1400x900): wall time from launch to the page's first view (`data-kg-ready`, drawn,
communities clustered), browser start included. CPU seconds are printed next to wall seconds:
on a machine shared with other jobs they are the figure that does not depend on the load.

    .venv/bin/python benchmarks/viz_scale.py               # the 3,000 / 6,000 target (page < 5 s, draw < 10 s)
    .venv/bin/python benchmarks/viz_scale.py --nodes 300   # quick smoke run for CI
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.namespaces import ID, KG, ORG, SCHEMA

TYPES = ["Person", "Person", "Person", "Company", "Company", "GovernmentBody", "PoliticalParty", "MediaOutlet",
         "EducationalInstitution", "MarketIndex", "Place", "Product", "Organization"]
PREDICATES = ["founded", "memberOf", "owns", "criticized", "regulates", "locatedIn", "developed"]
TITLES = ["CEO", "chairman", "minister", "governor", "senior economist", "founder", "director"]


def synthetic_graph(nodes: int, edges: int, seed: int = 7) -> Graph:
    """A hub-heavy random graph in the kg RDF model: `nodes` entities, `edges` fact edges."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, max(1, edges // nodes), seed=seed)
    pairs = sorted(shape.edges())
    while len(pairs) < edges:
        u, v = rng.randrange(nodes), rng.randrange(nodes)
        if u != v:
            pairs.append((u, v))
    pairs = pairs[:edges]
    g = Graph()
    article = ID["article/synthetic"]
    g.add((article, RDF.type, KG.Article))
    g.add((article, DCTERMS.title, Literal("Synthetic benchmark article")))
    g.add((article, DCTERMS.source, Literal("Benchmark Wire")))
    g.add((article, SCHEMA.datePublished, Literal("2025-01-01", datatype=XSD.date)))
    entities = []
    for i in range(nodes):
        kind = TYPES[i % len(TYPES)]
        e = ID[f"{kind.lower()}/actor-{i:05d}"]
        g.add((e, RDF.type, KG[kind]))
        g.add((e, RDFS.label, Literal(f"{kind} actor {i:05d}")))
        g.add((e, KG.mentionedIn, article))
        entities.append((e, kind))
    for n, (u, v) in enumerate(pairs):
        (s, s_kind), (o, _) = entities[u], entities[v]
        sentence = f"Sentence {n} says that {s_kind} actor {u:05d} is linked to actor {v:05d}."
        if s_kind == "Person" and n % 3 == 0:
            f = ID[f"position/{n:08x}"]
            g.add((f, RDF.type, ORG.Membership))
            g.add((f, ORG.member, s))
            g.add((f, ORG.organization, o))
            g.add((f, KG.title, Literal(TITLES[n % len(TITLES)])))
            g.add((s, KG.holdsPosition, o))
        else:
            p = PREDICATES[n % len(PREDICATES)]
            f = ID[f"relation/{n:08x}"]
            g.add((f, RDF.type, KG.RelationAssertion))
            g.add((f, RDF.subject, s))
            g.add((f, RDF.predicate, KG[p]))
            g.add((f, RDF.object, o))
            g.add((s, KG[p], o))
        g.add((f, PROV.wasDerivedFrom, article))
        g.add((f, KG.evidenceText, Literal(sentence)))
        g.add((f, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
    return g


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=3000, help="entities to generate (default 3000)")
    parser.add_argument("--edges", type=int, default=None, help="fact edges (default 2 x nodes)")
    parser.add_argument("--no-browser", action="store_true", help="skip the headless Chromium check")
    args = parser.parse_args()
    edges = args.edges or 2 * args.nodes

    from kg.analytics import to_networkx
    from kg.graph import load_graph
    from kg.io import atomic_write
    from kg.viz import find_chromium, headless_dom, render_html

    with tempfile.TemporaryDirectory(prefix="kg-viz-bench-") as tmp:
        ttl = Path(tmp) / "synthetic.ttl"
        ttl.write_bytes(synthetic_graph(args.nodes, edges).serialize(format="turtle", encoding="utf-8"))
        page_path = Path(tmp) / "graph.html"

        start = time.perf_counter()
        dataset = load_graph([ttl])
        loaded = time.perf_counter()
        cpu = time.process_time()
        page = render_html(dataset)
        atomic_write(page_path, page)
        done = time.perf_counter()
        cpu = time.process_time() - cpu
        G = to_networkx(dataset)
        print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({ttl.stat().st_size // 1024} KB Turtle)")
        print(f"load Turtle: {loaded - start:.2f} s; page (networkx, PageRank, Louvain, layout, HTML, write): "
              f"{done - loaded:.2f} s wall, {cpu:.2f} s CPU (target < 5 s); page {len(page.encode()) // 1024} KB; "
              f"load average {' '.join(f'{x:.1f}' for x in __import__('os').getloadavg())}")
        again = render_html(dataset)
        print(f"deterministic (same bytes on a second render): {again == page}")

        if args.no_browser:
            return 0
        if find_chromium() is None:
            print("headless Chromium: not installed (apt-get install -y chromium); canvas not checked")
            return 1
        start = time.perf_counter()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        dom = headless_dom(page_path, budget_ms=None, timeout=300)  # real clock: dumped after the load event
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        browser_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
        body = re.search(r"<body[^>]*>", dom)
        flags = dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(0) if body else ""))
        drawn = flags.get("data-kg-drawn") == "true" and flags.get("data-kg-ready") == "true"
        print(f"headless Chromium (1400x900): first view drawn: {'yes' if drawn else 'NO'} in {wall:.1f} s wall, "
              f"{browser_cpu:.1f} s CPU (browser start included); page ready {int(flags.get('data-kg-ready-ms', '0')) / 1000:.1f} s "
              f"after navigation started (target < 10 s); "
              f"nodes in page: {flags.get('data-kg-nodes', '?')}; "
              f"communities clustered: {flags.get('data-kg-clusters', '0')}; labels drawn: {flags.get('data-kg-labels', '?')}")
        return 0 if drawn else 1


if __name__ == "__main__":
    sys.exit(main())
