"""One answer everywhere: every saved query gives the same rows on a Turtle file, a TriG file, a
store loaded from either, and the `kg serve` endpoint over that store, because an entity's label,
classes and aliases live once (the graph id:entities), not once per article that mentions it.
Loading and removing articles keeps those descriptions right. Articles are fictional, written
for this test (the well-known leaders in them are gazetteer entries)."""

from __future__ import annotations

import threading
from collections import Counter

import pyoxigraph as ox
import pytest

from kg.endpoint import make_server
from kg.graph import ENTITIES_GRAPH, serialize
from kg.pipeline import build_dataset
from kg.query import run_query, saved_queries
from kg.store import load_files, open_store, remove_article

ARTICLES = {
    "summit.txt": "published: 2024-09-03\n---\nXi Jinping meets Valdorian trade delegation\n\n"
                  "Chinese President Xi Jinping met Valdoria's trade minister Lena Sorvik in Beijing on Monday. "
                  "Xi said both countries would expand rail freight. Sorvik called the talks frank.\n",
    "bank.txt": "published: 2024-09-05\n---\nHelix Bank names new chief executive\n\n"
                "Helix Bank appointed Omar Lindqvist as its chief executive on Wednesday. "
                "Lindqvist said the bank would open branches in Porto Lindo. "
                "Shares of Helix Bank rose 3 percent on the news. "
                "The Valdorian Competition Authority opened an investigation into Helix Bank's fees in July. "
                "President Xi Jinping was not mentioned in the bank's statement.\n",
    "trade.txt": "published: 2024-09-06\n---\nTrade minister defends rail deal\n\n"
                 "Lena Sorvik, Valdoria's trade minister, defended the rail freight deal on Thursday. "
                 "\"The rail link pays for itself,\" Sorvik told lawmakers. Xi Jinping had backed the plan.\n",
}
LEADERS = "SELECT ?n WHERE { ?p a kg:PoliticalLeader ; rdfs:label ?n }"


@pytest.fixture(scope="module")
def sources(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("one-answer")
    news = folder / "news"
    news.mkdir()
    for name, text in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
    dataset, report = build_dataset([news], nlp=nlp)
    assert report.articles == 3
    turtle, trig = folder / "g.ttl", folder / "g.trig"
    turtle.write_bytes(serialize(dataset, "ttl"))
    trig.write_bytes(serialize(dataset, "trig"))
    from_trig, from_turtle = folder / "store-trig", folder / "store-ttl"
    load_files([trig], from_trig)
    load_files([turtle], from_turtle)
    return {"turtle": turtle, "trig": trig, "store-trig": from_trig, "store-ttl": from_turtle}


@pytest.fixture(scope="module")
def endpoint(sources):
    server = make_server(sources["store-trig"], "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


def answers(sources, endpoint, query: str, **params) -> dict[str, Counter]:
    out = {"turtle": run_query(query, graphs=[sources["turtle"]], params=params),
           "trig": run_query(query, graphs=[sources["trig"]], params=params),
           "store-trig": run_query(query, store=sources["store-trig"], params=params),
           "store-ttl": run_query(query, store=sources["store-ttl"], params=params),
           "endpoint": run_query(query, endpoint=endpoint, params=params)}
    return {name: Counter(tuple(text(v) for v in row) for row in result.rows) for name, result in out.items()}


def text(term) -> str | None:
    return None if term is None else getattr(term, "value", str(term))


def test_the_political_leader_select_gives_the_same_rows_everywhere(sources, endpoint):
    found = answers(sources, endpoint, LEADERS)
    assert found["turtle"] == Counter({("Xi Jinping",): 1})  # in three articles, one row
    assert all(rows == found["turtle"] for rows in found.values()), found


@pytest.mark.parametrize("name", sorted(q.name for q in saved_queries()))
def test_every_saved_query_gives_the_same_rows_everywhere(sources, endpoint, name):
    found = answers(sources, endpoint, name)
    assert found["turtle"], f"{name} found nothing in the test articles; the comparison would be empty"
    for where, rows in found.items():
        assert rows == found["turtle"], f"{name}: {where} differs from the Turtle file"


def test_descriptions_are_one_graph_in_trig_and_in_the_store(sources):
    trig = sources["trig"].read_text(encoding="utf-8")
    assert "\nid:entities {\n" in trig
    store = open_store(sources["store-trig"], read_only=True)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    xi = ox.NamedNode("https://w3id.org/polecon-kg/id/person/xi-jinping")
    assert [q.graph_name.value for q in store.quads_for_pattern(xi, label, None, None)] == [str(ENTITIES_GRAPH)]


def test_remove_and_reload_keep_descriptions_right(sources, tmp_path):
    store = tmp_path / "store"
    load_files([sources["trig"]], store)
    leaders = lambda: sorted(text(r[0]) for r in run_query(LEADERS, store=store).rows)  # noqa: E731
    people = lambda: {text(r[0]) for r in run_query(  # noqa: E731
        "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }", store=store).rows}
    assert "Omar Lindqvist" in people()
    remove_article("bank.txt", store)
    assert "Omar Lindqvist" not in people()  # only the removed article named him
    assert leaders() == ["Xi Jinping"]  # still in two articles
    remove_article("summit.txt", store)
    remove_article("Trade minister defends rail deal", store)
    assert leaders() == [] and people() == set()
    report = load_files([sources["trig"]], store)
    assert len(report.added) == 3 and leaders() == ["Xi Jinping"]
    again = load_files([sources["trig"]], store)
    assert len(again.unchanged) == 3 and again.triples == 0
