"""kg.facts and `kg facts`: Facts -> RDF -> FORMAT.md JSON, computed with SPARQL over the graph."""

from __future__ import annotations

import json
from datetime import date

import pytest
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.facts import facts_json, graph_to_facts
from kg.graph import facts_to_dataset, graph_iri, load_graph, serialize
from kg.models import Article, Entity, Event, Evidence, Facts, Participant, Quote, Relation
from kg.namespaces import KG

runner = CliRunner()

FIRST = "Northgate Motors, owned by Vell Holdings, said its chief executive Ines Varga met Mayor Tom Reed."
SECOND = "Shares of Northgate Motors fell 3.2% on Tuesday after Reed criticized the firm."


def make_facts(article_id: str = "northgate-2024") -> Facts:
    first = Evidence(FIRST, 0, len(FIRST))
    second = Evidence(SECOND, len(FIRST) + 1, len(FIRST) + 1 + len(SECOND))
    return Facts(
        article=Article(id=article_id, text=FIRST + " " + SECOND, source="Harbour Post", published=date(2024, 6, 5)),
        entities=[
            Entity("varga", "Ines Varga", "Person", "BusinessExecutive", aliases=["Varga"]),
            Entity("northgate", "Northgate Motors", "Company", "Automaker", aliases=["Northgate", "the firm"]),
            Entity("vell", "Vell Holdings", "Company"),
            Entity("reed", "Tom Reed", "Person", "PoliticalLeader", aliases=["Reed"]),
            Entity("post", "Harbour Post", "MediaOutlet"),
        ],
        relations=[
            Relation("varga", "holdsPosition", "northgate", first, title="chief executive", confidence=0.9),
            Relation("vell", "owns", "northgate", first, confidence=0.8),
            Relation("reed", "criticized", "northgate", second, confidence=0.4),
        ],
        events=[
            Event("m", "Meeting", [Participant("reed", "chair"), Participant("varga", "attendee")], first,
                  date="2024-06-04", confidence=0.7),
            Event("move", "MarketMove", [Participant("northgate", "subject")], second, date="2024-06-04",
                  value="-3.2%", date_text="on Tuesday", confidence=0.9),
        ],
        quotes=[Quote("reed", "We will not bail out Northgate", second, source="post", confidence=0.6)],
        model="en_core_web_sm 3.8.0",
    )


def expected(article_id: str = "northgate-2024") -> dict:
    return {
        "article": article_id,
        "published": "2024-06-05",
        "entities": [
            {"id": "company/northgate-motors", "name": "Northgate Motors", "type": "Company",
             "aliases": ["Northgate", "the firm"]},
            {"id": "company/vell-holdings", "name": "Vell Holdings", "type": "Company", "aliases": []},
            {"id": "mediaoutlet/harbour-post", "name": "Harbour Post", "type": "MediaOutlet", "aliases": []},
            {"id": "person/ines-varga", "name": "Ines Varga", "type": "Person", "aliases": ["Varga"]},
            {"id": "person/tom-reed", "name": "Tom Reed", "type": "Person", "aliases": ["Reed"]},
        ],
        "relations": [
            {"subject": "company/vell-holdings", "predicate": "owns", "object": "company/northgate-motors"},
            {"subject": "person/ines-varga", "predicate": "holdsPosition", "object": "company/northgate-motors",
             "title": "chief executive"},
            {"subject": "person/tom-reed", "predicate": "criticized", "object": "company/northgate-motors"},
        ],
        "events": [
            {"type": "Meeting", "date": "2024-06-04",
             "participants": [{"entity": "person/tom-reed", "role": "chair"},
                              {"entity": "person/ines-varga", "role": "attendee"}]},
            {"type": "MarketMove", "date": "2024-06-04",
             "participants": [{"entity": "company/northgate-motors", "role": "subject"}], "value": "-3.2%"},
        ],
        "quotes": [
            {"speaker": "person/tom-reed", "text": "We will not bail out Northgate", "source": "mediaoutlet/harbour-post"},
        ],
    }


def without_event_ids(facts: dict) -> dict:
    out = dict(facts)
    out["events"] = [{k: v for k, v in e.items() if k != "id"} for e in facts["events"]]
    return out


def test_round_trip_gives_the_format_md_object():
    (facts,) = graph_to_facts(facts_to_dataset([make_facts()]))
    assert without_event_ids(facts) == expected()
    assert all(e["id"].startswith("event/") for e in facts["events"])
    assert len({e["id"] for e in facts["events"]}) == 2


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nt", "nq", "jsonld"])
def test_facts_are_the_same_from_every_serialisation(tmp_path, fmt):
    ds = facts_to_dataset([make_facts()])
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(serialize(ds, fmt))
    assert graph_to_facts(load_graph([path])) == graph_to_facts(ds)


def test_min_confidence_drops_weak_facts_but_keeps_entities():
    (facts,) = graph_to_facts(facts_to_dataset([make_facts()]), min_confidence=0.65)
    assert [r["predicate"] for r in facts["relations"]] == ["owns", "holdsPosition"]
    assert [e["type"] for e in facts["events"]] == ["Meeting", "MarketMove"]
    assert facts["quotes"] == []
    assert len(facts["entities"]) == 5
    (strict,) = graph_to_facts(facts_to_dataset([make_facts()]), min_confidence=0.95)
    assert strict["relations"] == strict["events"] == []


def test_min_confidence_outside_zero_to_one_is_a_usage_error():
    with pytest.raises(UsageError):
        graph_to_facts(facts_to_dataset([make_facts()]), min_confidence=1.5)


def test_several_articles_give_one_object_each_sorted_by_id():
    ds = facts_to_dataset([make_facts("b-article"), make_facts("a-article")])
    facts = graph_to_facts(ds)
    assert [f["article"] for f in facts] == ["a-article", "b-article"]
    assert without_event_ids(facts[1]) == expected("b-article")
    assert isinstance(json.loads(facts_json(facts)), list)
    assert json.loads(facts_json(facts[:1]))["article"] == "a-article"


def test_facts_come_from_the_graph_not_a_side_channel():
    # Remove the quote from the RDF: it must vanish from the facts too.
    ds = facts_to_dataset([make_facts()])
    g = ds.graph(graph_iri("northgate-2024"))
    for quote in list(g.subjects(RDF.type, KG.Quote)):
        g.remove((quote, None, None))
    (facts,) = graph_to_facts(ds)
    assert facts["quotes"] == []


def test_undated_event_has_null_date_and_no_value_key():
    facts = make_facts()
    facts.events[0].date = None
    (out,) = graph_to_facts(facts_to_dataset([facts]))
    meeting = next(e for e in out["events"] if e["type"] == "Meeting")
    assert meeting["date"] is None and "value" not in meeting


def test_facts_json_is_deterministic():
    one = facts_json(graph_to_facts(facts_to_dataset([make_facts("x"), make_facts("y")])))
    two = facts_json(graph_to_facts(facts_to_dataset([make_facts("y"), make_facts("x")])))
    assert one == two


# ------------------------------------------------------------------------------- kg facts


@pytest.fixture()
def graph_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize(facts_to_dataset([make_facts()]), "ttl"))
    return path


def test_kg_facts_prints_json_to_stdout(graph_file):
    result = runner.invoke(app, ["facts", "-g", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert without_event_ids(json.loads(result.stdout)) == expected()


def test_kg_facts_writes_a_file(graph_file, tmp_path):
    out = tmp_path / "out" / "facts.json"
    result = runner.invoke(app, ["facts", "-g", str(graph_file), "-o", str(out), "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["relations"]) == 2
    assert result.stdout == ""


def test_kg_facts_defaults_to_output_graph_ttl(graph_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "output").mkdir()
    graph_file.rename(tmp_path / "output" / "graph.ttl")
    result = runner.invoke(app, ["facts"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"] == "northgate-2024"


def test_kg_facts_on_malformed_turtle_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", "-g", str(bad)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"kg: error: {bad}:2: malformed turtle")


def test_kg_facts_missing_graph_is_exit_1(tmp_path):
    result = runner.invoke(app, ["facts", "-g", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1
    assert "no such graph file" in result.stderr


def test_kg_facts_rejects_confidence_above_one(graph_file):
    result = runner.invoke(app, ["facts", "-g", str(graph_file), "--min-confidence", "2"])
    assert result.exit_code == 2


def test_aliases_stay_with_their_article_when_graphs_are_named(tmp_path):
    one, two = make_facts("one"), make_facts("two")
    two.entities[0].aliases = ["Ms Varga"]
    ds = facts_to_dataset([one, two])
    by_id = {f["article"]: f for f in graph_to_facts(ds)}
    varga = lambda facts: next(e for e in facts["entities"] if e["id"] == "person/ines-varga")  # noqa: E731
    assert varga(by_id["one"])["aliases"] == ["Varga"]
    assert varga(by_id["two"])["aliases"] == ["Ms Varga"]
    # A merged Turtle file has no named graphs: aliases are those of every article.
    path = tmp_path / "merged.ttl"
    path.write_bytes(serialize(ds, "ttl"))
    merged = {f["article"]: f for f in graph_to_facts(load_graph([path]))}
    assert varga(merged["one"])["aliases"] == ["Ms Varga", "Varga"]


def test_a_dataset_without_default_union_is_read_whole():
    from rdflib import Dataset

    source = facts_to_dataset([make_facts()])
    plain = Dataset()  # default_union=False: queries would see only the empty default graph
    for quad in source.quads():
        plain.add(quad)
    (facts,) = graph_to_facts(plain)
    assert without_event_ids(facts) == expected()


# ------------------------------------------------------------------------------- property-based round trip

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.graph import entity_slug  # noqa: E402
from kg.models import ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES, RELATION_PREDICATES  # noqa: E402

_words = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc")),
                 min_size=1, max_size=30).filter(lambda s: s.strip() == s and s)


@st.composite
def random_facts(draw) -> Facts:
    entities = []
    seen = set()
    for i, (name, type_) in enumerate(draw(st.lists(st.tuples(_words, st.sampled_from(ENTITY_TYPES)),
                                                    min_size=1, max_size=6))):
        if entity_slug(type_, name) in seen:
            continue
        seen.add(entity_slug(type_, name))
        aliases = draw(st.lists(_words, max_size=3))
        entities.append(Entity(f"e{i}", name, type_, aliases=aliases))
    keys = [e.key for e in entities]
    ev = st.builds(lambda s, n: Evidence("A sentence.", s, s + n), st.integers(0, 500), st.integers(0, 200))
    confidence = st.floats(0, 1)
    relations = draw(st.lists(st.builds(
        Relation, st.sampled_from(keys), st.sampled_from(RELATION_PREDICATES), st.sampled_from(keys), ev,
        title=_words, confidence=confidence), max_size=5))
    events = []
    for i in range(draw(st.integers(0, 3))):
        parts = draw(st.lists(st.builds(Participant, st.sampled_from(keys), st.sampled_from(PARTICIPANT_ROLES)),
                              min_size=1, max_size=4))
        date_ = draw(st.one_of(st.none(), st.sampled_from(["2024-02-29", "2023-11", "1999"])))
        value = draw(st.one_of(st.none(), st.sampled_from(["+2.5%", "-0.1%"])))
        events.append(Event(f"v{i}", draw(st.sampled_from(EVENT_TYPES)), parts, draw(ev), date=date_, value=value,
                            confidence=draw(confidence)))
    quotes = draw(st.lists(st.builds(Quote, st.sampled_from(keys), _words, ev,
                                     source=st.one_of(st.none(), st.sampled_from(keys))), max_size=3))
    return Facts(Article(id="random", text="A sentence.", published=date(2024, 1, 2)), entities, relations,
                 events, quotes)


def expected_from(facts: Facts) -> dict:
    """What FORMAT.md says the facts are, computed straight from the dataclasses."""
    ids = {e.key: entity_slug(e.type, e.name) for e in facts.entities}
    events = []
    for e in facts.events:
        parts = {(p.role, ids[p.entity]) for p in e.participants}
        event = {"type": e.type, "date": e.date,
                 "participants": [{"entity": i, "role": r}
                                  for r, i in sorted(parts, key=lambda p: (PARTICIPANT_ROLES.index(p[0]), p[1]))]}
        if e.value:
            event["value"] = e.value
        events.append(event)
    relations = {(ids[r.subject], r.predicate, ids[r.object], r.title if r.predicate == "holdsPosition" else None)
                 for r in facts.relations}
    return {
        "article": "random",
        "published": "2024-01-02",
        "entities": sorted(({"id": ids[e.key], "name": e.name, "type": e.type,
                             "aliases": sorted({a for a in e.aliases if a != e.name})} for e in facts.entities),
                           key=lambda e: e["id"]),
        "relations": sorted(({"subject": s, "predicate": p, "object": o, **({"title": t} if t else {})}
                             for s, p, o, t in relations), key=lambda r: json.dumps(r, sort_keys=True)),
        "events": sorted(events, key=lambda e: json.dumps(e, sort_keys=True)),
        # The same quote from the same sentence is one fact node.
        "quotes": sorted(({"speaker": ids[q.speaker], "text": q.text,
                           **({"source": ids[q.source]} if q.source else {})}
                          for q in {(q.speaker, q.text, q.source, q.evidence): q for q in facts.quotes}.values()),
                         key=lambda q: json.dumps(q, sort_keys=True)),
    }


def comparable(facts: dict) -> dict:
    out = without_event_ids(facts)
    for key in ("relations", "events", "quotes"):
        out[key] = sorted(out[key], key=lambda x: json.dumps(x, sort_keys=True))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=random_facts())
def test_any_facts_survive_the_round_trip_through_rdf(facts):
    (out,) = graph_to_facts(facts_to_dataset([facts]))
    assert comparable(out) == expected_from(facts)
