"""kg.analytics and `kg analyze` / `kg path` / `kg ego` on small graphs written for the tests."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg.analytics import (
    analyze,
    communities,
    community_bridges,
    ego_rows,
    filter_graph,
    find_node,
    focus_subgraph,
    pagerank,
    shortest_path,
    to_networkx,
)
from kg.cli import app
from kg.errors import GraphError, InputError, UsageError

FIXTURE = Path(__file__).parent / "fixtures" / "viz_two_articles.trig"
ENTITY_COUNT = 11  # entities typed with a coarse class in the fixture


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def G(dataset):
    return to_networkx(dataset)


# ---------------------------------------------------------------------------- building the network


def test_one_node_per_entity_with_label_class_and_type(G):
    assert G.number_of_nodes() == ENTITY_COUNT
    xi = G.nodes["person/xi-jinping"]
    assert (xi["label"], xi["class"], xi["type"], xi["kind"]) == ("Xi Jinping", "PoliticalLeader", "Person", "entity")
    assert xi["aliases"] == "Xi"
    # An entity mentioned in two article graphs is still one node.
    assert G.nodes["company/alibaba-group"]["articles"] == "Leaders meet founders; Regulator acts"


def test_position_edge_keeps_title_evidence_article_and_confidence(G):
    (data,) = G.get_edge_data("person/pony-ma", "company/tencent").values()
    assert data["predicate"] == "holdsPosition"
    assert data["title"] == "CEO"
    assert data["label"] == "CEO"
    assert data["evidence"] == "Tencent CEO Pony Ma declined to comment."
    assert (data["article"], data["source"]) == ("Regulator acts", "Example Times")
    assert data["confidence"] == pytest.approx(0.95)


def test_shortcut_triple_does_not_duplicate_the_position(G):
    # `P kg:holdsPosition O` repeats the org:Membership; it must not become a second edge.
    assert len(G.get_edge_data("person/xi-jinping", "place/china")) == 1


def test_meeting_folds_into_edges_from_chair_to_attendees_with_date(G):
    for attendee in ("person/jack-ma", "person/pony-ma"):
        (data,) = G.get_edge_data("person/xi-jinping", attendee).values()
        assert (data["predicate"], data["date"], data["role"]) == ("Meeting", "2025-03-03", "chair->attendee")
    assert not G.has_edge("person/jack-ma", "person/pony-ma")


def test_one_participant_event_is_kept_on_the_entity(G):
    assert G.nodes["marketindex/hang-seng-index"]["events"] == "MarketMove 2025-05-09 +1.2% (subject)"


def test_events_and_quotes_as_nodes(dataset):
    H = to_networkx(dataset, events="nodes")
    assert H.number_of_nodes() == ENTITY_COUNT + 3 + 1  # three events, one quote
    meeting = H.nodes["event/e1"]
    assert (meeting["type"], meeting["class"], meeting["date"]) == ("Event", "Meeting", "2025-03-03")
    roles = sorted(d["predicate"] for _, _, d in H.out_edges("event/e1", data=True))
    assert roles == ["attendee", "attendee", "chair", "location"]
    assert H.has_edge("person/xi-jinping", "quote/q1") and H.has_edge("quote/q1", "mediaoutlet/xinhua")


def test_unknown_events_mode_is_a_usage_error(dataset):
    with pytest.raises(UsageError):
        to_networkx(dataset, events="bubbles")


@pytest.mark.parametrize("write,read", [(nx.write_graphml, nx.read_graphml), (nx.write_gexf, nx.read_gexf)])
def test_graphml_and_gexf_round_trip_with_attributes(G, write, read):
    buffer = io.BytesIO()
    write(G, buffer)
    buffer.seek(0)
    back = read(buffer)
    assert back.number_of_nodes() == ENTITY_COUNT
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert "State Administration for Market Regulation" in labels
    predicates = {d.get("predicate") for _, _, d in back.edges(data=True)}
    assert {"holdsPosition", "founded", "Meeting", "RegulatoryAction"} <= predicates


def test_reads_what_kg_graph_writes():
    """The network reader and kg.graph's writer agree on the RDF model."""
    from kg.graph import facts_to_dataset
    from kg.models import Article, Entity, Event, Evidence, Facts, Participant, Quote, Relation

    text = "Ada Park, the chief of Nimbus Corp, met Ben Ode. \"We grow,\" Park told Daily Lens."
    ev1, ev2 = Evidence(text[:48], 0, 48), Evidence(text[49:], 49, len(text))
    facts = Facts(
        article=Article(id="t1", text=text, title="Test story", source="Test Wire", published=date(2025, 1, 7)),
        entities=[
            Entity(key="ada", name="Ada Park", type="Person", ontology_class="BusinessExecutive", aliases=["Park"]),
            Entity(key="nimbus", name="Nimbus Corp", type="Company"),
            Entity(key="ben", name="Ben Ode", type="Person"),
            Entity(key="lens", name="Daily Lens", type="MediaOutlet"),
        ],
        relations=[Relation(subject="ada", predicate="holdsPosition", object="nimbus", evidence=ev1, title="chief")],
        events=[Event(key="m", type="Meeting", evidence=ev1, date="2025-01-06",
                      participants=[Participant("ada", "chair"), Participant("ben", "attendee")])],
        quotes=[Quote(speaker="ada", text="We grow", evidence=ev2, source="lens")],
    )
    H = to_networkx(facts_to_dataset([facts]))
    assert H.number_of_nodes() == 4
    by_label = {d["label"]: n for n, d in H.nodes(data=True)}
    (position,) = H.get_edge_data(by_label["Ada Park"], by_label["Nimbus Corp"]).values()
    assert (position["title"], position["evidence"], position["article"]) == ("chief", ev1.sentence, "Test story")
    (meeting,) = H.get_edge_data(by_label["Ada Park"], by_label["Ben Ode"]).values()
    assert (meeting["predicate"], meeting["date"]) == ("Meeting", "2025-01-06")
    (quote,) = H.get_edge_data(by_label["Ada Park"], by_label["Daily Lens"]).values()
    assert quote["quote"] == "We grow"
    assert [h.predicate for h in shortest_path(H, "park", "ben ode")] == ["Meeting"]


def test_fullest_name_wins_when_articles_disagree():
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import ID, KG

    g = Graph()
    firm = ID["company/nimbus"]
    g.add((firm, RDF.type, KG.Company))
    g.add((firm, RDFS.label, Literal("Nimbus")))
    g.add((firm, RDFS.label, Literal("Nimbus Holdings")))
    node = to_networkx(g).nodes["company/nimbus"]
    assert (node["label"], node["aliases"]) == ("Nimbus Holdings", "Nimbus")


# ---------------------------------------------------------------------------- names


def test_find_node_by_name_alias_or_id_case_insensitively(G):
    assert find_node(G, "xi jinping") == "person/xi-jinping"
    assert find_node(G, "  XI  ") == "person/xi-jinping"
    assert find_node(G, "samr") == "governmentbody/state-administration-for-market-regulation"
    assert find_node(G, "company/tencent") == "company/tencent"


def test_shared_alias_is_ambiguous_and_names_both(G):
    with pytest.raises(InputError) as error:
        find_node(G, "Ma")
    assert "Jack Ma" in str(error.value) and "Pony Ma" in str(error.value)


def test_unknown_name_suggests_a_close_one(G):
    with pytest.raises(InputError, match="did you mean 'Jack Ma'"):
        find_node(G, "Jak Ma")


# ---------------------------------------------------------------------------- paths and ego networks


def test_shortest_path_gives_each_hop_with_predicate_direction_and_evidence(G):
    hops = shortest_path(G, "Jack Ma", "SAMR")
    assert [(h.source_label, h.predicate, h.target_label, h.forward) for h in hops] == [
        ("Jack Ma", "founded", "Alibaba Group", True),
        ("Alibaba Group", "RegulatoryAction", "State Administration for Market Regulation", False),
    ]
    assert hops[1].evidence == "In May the regulator fined Alibaba Group."
    assert hops[1].article == "Regulator acts"


def test_no_path_is_a_clear_error(G):
    with pytest.raises(GraphError, match="no connection between 'Jack Ma' and 'Hang Seng Index'"):
        shortest_path(G, "Jack Ma", "Hang Seng Index")


def test_ego_rows_by_distance(G):
    one = {r["label"]: r for r in ego_rows(G, "Xi Jinping", 1)}
    assert set(one) == {"Xi Jinping", "Jack Ma", "Pony Ma", "Beijing", "China", "Xinhua"}
    assert one["China"]["link"] == "-[President]->"
    two = {r["label"]: r["hops"] for r in ego_rows(G, "Xi Jinping", 2)}
    assert two["Alibaba Group"] == 2 and two["Tencent"] == 2
    back = {r["label"]: r for r in ego_rows(G, "Alibaba Group", 1)}
    assert back["Jack Ma"]["link"] == "<-[founded]-"


def test_focus_counts_a_step_through_an_event_node_as_one_hop(dataset):
    H = to_networkx(dataset, events="nodes")
    near = set(focus_subgraph(H, "person/xi-jinping", 1))
    assert {"person/xi-jinping", "event/e1", "person/jack-ma", "quote/q1", "mediaoutlet/xinhua"} <= near
    assert "company/alibaba-group" not in near
    assert "company/alibaba-group" in set(focus_subgraph(H, "person/xi-jinping", 2))


# ---------------------------------------------------------------------------- filters


def test_filter_by_event_dates_keeps_months_that_overlap(dataset):
    H = to_networkx(dataset, events="nodes")
    may = filter_graph(H, since="2025-05-05")
    assert "event/e1" not in may and "event/e2" in may and "event/e3" in may  # e2 is dated 2025-05
    march = filter_graph(H, until="2025-03")
    assert "event/e1" in march and "event/e2" not in march


def test_filter_by_predicate_class_and_confidence(G):
    founded = filter_graph(G, predicates=["founded"])
    assert {d["predicate"] for _, _, d in founded.edges(data=True)} == {"founded"}
    assert "person/xi-jinping" not in founded  # it lost all its edges to the filter
    people = filter_graph(G, classes=["person"])
    assert {d["type"] for _, d in people.nodes(data=True)} == {"Person"}
    sure = filter_graph(G, min_confidence=0.85)
    assert all(d["confidence"] >= 0.85 for _, _, d in sure.edges(data=True))
    assert not sure.has_edge("person/jack-ma", "company/alibaba-group")  # 0.8


def test_bad_date_filter_is_a_usage_error(G):
    with pytest.raises(UsageError, match="--since"):
        filter_graph(G, since="last week")


# ---------------------------------------------------------------------------- measures


def test_pagerank_sums_to_one_and_favours_the_hub():
    star = nx.star_graph(5)
    rank = pagerank(star)
    assert sum(rank.values()) == pytest.approx(1.0)
    assert rank[0] == max(rank.values())
    cycle = pagerank(nx.cycle_graph(6))
    assert max(cycle.values()) == pytest.approx(min(cycle.values()))


def test_analyze_report(G):
    report = analyze(G, top=3)
    assert (report["nodes"], report["edges"]) == (ENTITY_COUNT, G.number_of_edges())
    assert report["top"][0]["label"] == "Xi Jinping"
    assert len(report["top"]) == 3
    assert sum(c["size"] for c in analyze(G, top=50)["communities"]) == 9  # two isolated entities
    classes = {c["class"]: c for c in report["classes"]}
    assert classes["BusinessExecutive"]["nodes"] == 2
    assert classes["PoliticalLeader"]["most_central"] == "Xi Jinping"
    assert analyze(G, top=3) == report  # fixed seed: same communities every run


def test_bridges_join_different_communities(G):
    groups = communities(G)
    member = {u: i for i, c in enumerate(groups) for u in c}
    bridges = community_bridges(G, groups)
    assert bridges
    assert all(member[b["source"]] != member[b["target"]] for b in bridges)


def test_analyze_empty_graph_is_an_error():
    with pytest.raises(GraphError):
        analyze(nx.MultiDiGraph())


# ---------------------------------------------------------------------------- CLI

runner = CliRunner()


def test_kg_path_prints_hops_with_evidence():
    result = runner.invoke(app, ["path", "Jack Ma", "Xi Jinping", "-g", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "Jack Ma <-[Meeting 2025-03-03]- Xi Jinping" in result.stdout
    assert "evidence: \u201cXi met Jack Ma and Pony Ma in Beijing on Monday.\u201d" in result.stdout


def test_kg_path_unknown_name_exits_1_with_one_line():
    result = runner.invoke(app, ["path", "Nobody Here", "Xi Jinping", "-g", str(FIXTURE)])
    assert result.exit_code == 1
    assert "no entity named 'Nobody Here'" in result.output


def test_kg_analyze_json_and_csv():
    result = runner.invoke(app, ["analyze", "-g", str(FIXTURE), "--format", "json", "--top", "2"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [n["label"] for n in report["top"]][0] == "Xi Jinping"
    result = runner.invoke(app, ["analyze", "-g", str(FIXTURE), "--format", "csv", "--top", "2"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,label,class") and len(lines) == 3


def test_kg_analyze_table_has_all_sections():
    result = runner.invoke(app, ["analyze", "-g", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    for heading in ("Most central", "Communities", "Bridges between communities", "Classes"):
        assert heading in result.stdout


def test_kg_ego_table():
    result = runner.invoke(app, ["ego", "Pony Ma", "--hops", "1", "-g", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["hops", "label", "class"]
    assert any(line.startswith("1") and "Tencent" in line and "-[CEO]->" in line for line in lines)
    assert not any("Alibaba" in line for line in lines)
