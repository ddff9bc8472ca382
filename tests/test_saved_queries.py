"""Every saved query in queries/ has its header, parses, runs (also with each parameter bound),
and answers the question it says it answers on a hand-written graph; all run on a real
extracted graph with --format json."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import run_query, saved_queries
from kg.resources import queries_dir
from test_query import write_fixture

runner = CliRunner()
SAVED = saved_queries()
NAMES = [q.name for q in SAVED]

# A value for each parameter name the saved queries use, chosen to match the fixture.
PARAM_VALUES = {
    "person": "Xi Jinping",
    "actor": "Alibaba",
    "org": "Tencent",
    "regulator": "SAMR",
    "subject": "Hang Seng Tech",
    "event_type": "Meeting",
    "type": "Person",
    "name": "Jack Ma",
    "predicate": "founded",
    "min_confidence": "0.5",
}


@pytest.fixture()
def graph(tmp_path):
    return write_fixture(tmp_path)


def test_at_least_the_eight_required_queries_exist():
    assert {"people-met", "positions", "quotes", "events", "regulators", "market-moves", "evidence", "co-occurrence"} <= set(NAMES)
    assert len(NAMES) >= 8


@pytest.mark.parametrize("saved", SAVED, ids=NAMES)
def test_header_has_description_and_documented_parameters(saved):
    first = saved.path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(saved.description) > 10
    assert first[2:] == saved.description
    text = saved.text
    for param in saved.params:
        assert param.meaning, param.name
        assert f"?{param.name}" in text, f"{saved.name}: parameter {param.name} is not used"
        assert param.name in PARAM_VALUES, f"add a test value for parameter {param.name}"


@pytest.mark.parametrize("saved", SAVED, ids=NAMES)
def test_runs_as_json_on_the_fixture(saved, graph):
    result = runner.invoke(app, ["query", saved.name, "-g", str(graph), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["head"]["vars"]
    assert data["results"]["bindings"], f"{saved.name} found nothing in the fixture"
    for param in saved.params:
        assert param.name not in data["head"]["vars"]  # parameter columns are dropped


@pytest.mark.parametrize("saved", [q for q in SAVED if q.params], ids=[q.name for q in SAVED if q.params])
def test_runs_with_each_parameter_bound(saved, graph):
    for param in saved.params:
        result = runner.invoke(app, ["query", saved.name, "-g", str(graph), "-p", f"{param.name}={PARAM_VALUES[param.name]}", "--format", "csv"])
        assert result.exit_code == 0, f"{saved.name} -p {param.name}: {result.output}"


def test_saved_queries_are_shipped_from_the_queries_folder():
    assert {p.stem for p in queries_dir().glob("*.rq")} == set(NAMES)


# ---------------------------------------------------------------- answers on the fixture


def rows(name, graph, **params):
    return [tuple(r.values()) for r in run_query(name, graphs=[graph], params=params).records()]


def test_people_met(graph):
    assert rows("people-met", graph, person="Jack Ma") == [
        ("Jack Ma", "Pony Ma", "2025-02-17", "Beijing", "summit"),
        ("Jack Ma", "Xi Jinping", "2025-02-17", "Beijing", "summit"),
    ]
    assert len(rows("people-met", graph)) == 3  # each pair once


def test_positions(graph):
    assert rows("positions", graph, org="tencent") == [("Pony Ma", "CEO", None, "Tencent", None, None, "summit")]
    assert rows("positions", graph, person="Xi Jinping") == []


def test_quotes_of_a_person(graph):
    assert rows("quotes", graph, person="ma") == [("Jack Ma", "we will cooperate", None, "probe")]


def test_events_of_an_actor(graph):
    events = run_query("events", graphs=[graph], params={"actor": "Alibaba"}).records()
    assert [(e["type"], e["role"], e["others"]) for e in events] == [
        ("RegulatoryAction", "target", "State Administration for Market Regulation")
    ]
    meetings = run_query("events", graphs=[graph], params={"event_type": "meeting"}).records()
    assert {e["participant"] for e in meetings} == {"Xi Jinping", "Jack Ma", "Pony Ma", "Beijing"}


def test_regulators_and_what_they_acted_on(graph):
    found = rows("regulators", graph, regulator="SAMR")
    assert {(name, action, target) for name, action, target, *_ in found} == {
        ("State Administration for Market Regulation", "RegulatoryAction: probe", "Alibaba"),
        ("State Administration for Market Regulation", "regulates", "Alibaba"),
    }


def test_market_moves(graph):
    assert rows("market-moves", graph) == [
        ("Hang Seng Tech", "+2.5%", "2025-02-18", "The Hang Seng Tech index rose 2.5%.", "summit")
    ]


def test_evidence_for_an_actor(graph):
    found = run_query("evidence", graphs=[graph], params={"actor": "person/pony-ma"}).records()
    assert {(r["kind"], r["article"], r["sentence"]) for r in found} == {
        ("Position", "summit", "Tencent CEO Pony Ma attended."),
        ("Meeting", "summit", "Xi met Jack Ma and Pony Ma in Beijing on Monday."),
    }


def test_co_occurrence(graph):
    found = run_query("co-occurrence", graphs=[graph], params={"actor": "Jack Ma"}).records()
    by_pair = {r["second"]: (int(r["events"]), int(r["articles"])) for r in found}
    assert by_pair["Xi Jinping"] == (1, 1)
    assert by_pair["Alibaba"] == (0, 2)  # both articles mention them, no shared event
    assert found[0]["first"] == "Jack Ma"


# ---------------------------------------------------------------- on a real extracted graph


@pytest.fixture(scope="session")
def extracted_graph(nlp, sample_path, tmp_path_factory):
    """The bundled sample article run through `kg extract` once for this module."""
    out = tmp_path_factory.mktemp("extracted") / "graph.ttl"
    result = runner.invoke(app, ["extract", str(sample_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("name", NAMES)
def test_runs_as_json_on_an_extracted_graph(name, extracted_graph):
    result = runner.invoke(app, ["query", name, "-g", str(extracted_graph), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "results" in json.loads(result.stdout)


def test_extracted_graph_answers_articles_and_entities(extracted_graph):
    assert len(run_query("articles", graphs=[extracted_graph]).rows) == 1
    assert run_query("entities", graphs=[extracted_graph]).rows
