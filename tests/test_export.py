"""kg.export and `kg export`: RDF formats other parsers read, GraphML/GEXF networkx reads."""

from __future__ import annotations

import io
import json
from datetime import date

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.export import ExportFormat, export_graph
from kg.graph import ENTITIES_GRAPH, facts_to_dataset, graph_iri, serialize, union_graph
from kg.models import Article, Entity, Event, Evidence, Facts, Participant, Quote, Relation

runner = CliRunner()

TEXT = 'Corla Energy, founded by Mia Stone, fell 2% as Stone said "costs rose" to Delta Wire.'
EV = Evidence(TEXT, 0, len(TEXT))

OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
              "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


def make_facts(article_id: str) -> Facts:
    return Facts(
        article=Article(id=article_id, text=TEXT, published=date(2024, 2, 2)),
        entities=[
            Entity("stone", "Mia Stone", "Person", "Entrepreneur", aliases=["Stone"]),
            Entity("corla", "Corla Energy", "Company", "EnergyCompany"),
            Entity("wire", "Delta Wire", "MediaOutlet", "NewsAgency"),
        ],
        relations=[Relation("stone", "founded", "corla", EV, confidence=0.8)],
        events=[Event("move", "MarketMove", [Participant("corla", "subject")], EV, date="2024-02-01", value="-2%")],
        quotes=[Quote("stone", "costs rose", EV, source="wire")],
        model="en_core_web_sm 3.8.0",
    )


@pytest.fixture()
def dataset():
    return facts_to_dataset([make_facts("corla-1"), make_facts("corla-2")])


@pytest.fixture()
def graph_file(tmp_path, dataset):
    path = tmp_path / "graph.trig"
    path.write_bytes(serialize(dataset, "trig"))
    return path


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_rdf_exports_parse_in_pyoxigraph_with_the_same_triples(dataset, fmt):
    data = export_graph(dataset, fmt)
    parsed = {(q.subject, q.predicate, q.object) for q in ox.parse(data, format=OX_FORMATS[fmt])}
    assert len(parsed) == len(union_graph(dataset))


def test_jsonld_export_is_read_by_rdflib_into_the_same_graph(dataset):
    data = export_graph(dataset, ExportFormat.jsonld)
    loaded = rdflib.Dataset()
    loaded.parse(data=data, format="json-ld")
    union = rdflib.Graph()
    for s, p, o, _ in loaded.quads():
        union.add((s, p, o))
    assert isomorphic(union, union_graph(dataset))


def test_quad_formats_keep_one_named_graph_per_article(dataset):
    names = {q.graph_name for q in ox.parse(export_graph(dataset, "nq"), format=ox.RdfFormat.N_QUADS)}
    assert names == {ox.NamedNode(str(graph_iri("corla-1"))), ox.NamedNode(str(graph_iri("corla-2"))),
                     ox.NamedNode(str(ENTITIES_GRAPH))}  # entity descriptions, once for both


def test_graphml_is_read_by_networkx_with_one_node_per_entity(dataset):
    G = nx.read_graphml(io.BytesIO(export_graph(dataset, "graphml")))
    assert G.number_of_nodes() == 3
    assert G.nodes["person/mia-stone"]["label"] == "Mia Stone"
    predicates = {d.get("predicate") for _, _, d in G.edges(data=True)}
    assert "founded" in predicates


def test_gexf_is_read_by_networkx(dataset):
    G = nx.read_gexf(io.BytesIO(export_graph(dataset, "gexf")))
    assert G.number_of_nodes() == 3
    labels = {d.get("label") for _, d in G.nodes(data=True)}
    assert {"Mia Stone", "Corla Energy", "Delta Wire"} <= labels


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_are_deterministic(fmt):
    one = export_graph(facts_to_dataset([make_facts("a"), make_facts("b")]), fmt)
    two = export_graph(facts_to_dataset([make_facts("b"), make_facts("a")]), fmt)
    assert one == two


def test_unknown_format_is_a_usage_error(dataset):
    with pytest.raises(UsageError, match="graphml"):
        export_graph(dataset, "rdfxml")


# ------------------------------------------------------------------------------- kg export


def test_kg_export_writes_nt_to_stdout(graph_file, dataset):
    result = runner.invoke(app, ["export", "-g", str(graph_file), "--format", "nt"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == serialize(dataset, "nt")


@pytest.mark.parametrize("fmt", [f.value for f in ExportFormat])
def test_kg_export_writes_every_format_to_a_file(graph_file, tmp_path, fmt):
    out = tmp_path / "exports" / f"graph.{fmt}"
    result = runner.invoke(app, ["export", "-g", str(graph_file), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500
    assert f"wrote {fmt}" in result.stderr


def test_kg_export_jsonld_is_valid_json(graph_file):
    result = runner.invoke(app, ["export", "-g", str(graph_file), "--format", "jsonld"])
    assert result.exit_code == 0
    assert "@context" in json.loads(result.stdout)


def test_kg_export_unknown_format_is_exit_2(graph_file):
    result = runner.invoke(app, ["export", "-g", str(graph_file), "--format", "xml"])
    assert result.exit_code == 2


def test_kg_export_failure_leaves_existing_output_untouched(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> ", encoding="utf-8")
    out = tmp_path / "out.nt"
    out.write_bytes(b"previous contents\n")
    result = runner.invoke(app, ["export", "-g", str(bad), "--format", "nt", "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == b"previous contents\n"
    assert result.stderr.startswith(f"kg: error: {bad}:1: malformed turtle")


def test_kg_export_into_a_pipe_writes_through_it_and_keeps_it_a_pipe(graph_file, tmp_path, dataset):
    # A rename would replace a device or pipe (`-o /dev/null`) with a plain file.
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = runner.invoke(app, ["export", "-g", str(graph_file), "--format", "nt", "-o", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received == [serialize(dataset, "nt")]
