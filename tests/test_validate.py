"""kg.validate and `kg validate`: the SHACL shapes accept what kg writes and reject broken graphs."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import UsageError
from kg.graph import article_iri, facts_to_dataset, graph_iri, serialize
from kg.models import Article, Entity, Event, Evidence, Facts, Participant, Quote, Relation
from kg.namespaces import ID, KG, ORG, SEM
from kg.validate import validate_graph

runner = CliRunner()

TEXT = "Ravel Bank chair Omar Diallo met Finance Minister Ada Kwan on Monday, Kwan said."
EV = Evidence(TEXT, 0, len(TEXT))
ARTICLE_ID = "ravel-2024"


def make_facts() -> Facts:
    return Facts(
        article=Article(id=ARTICLE_ID, text=TEXT, title="Ravel", published=date(2024, 1, 9)),
        entities=[
            Entity("diallo", "Omar Diallo", "Person", "BusinessExecutive", aliases=["Diallo"]),
            Entity("ravel", "Ravel Bank", "Company", "Bank"),
            Entity("kwan", "Ada Kwan", "Person", "Minister", aliases=["Kwan"]),
            Entity("ministry", "Finance Ministry", "GovernmentBody", "Ministry"),
        ],
        relations=[
            Relation("diallo", "holdsPosition", "ravel", EV, title="chair", confidence=0.9),
            Relation("ministry", "regulates", "ravel", EV, confidence=0.5),
        ],
        events=[Event("m", "Meeting", [Participant("diallo", "attendee"), Participant("kwan", "chair")], EV,
                      date="2024-01-08", date_text="on Monday")],
        quotes=[Quote("kwan", "Banks are safe", EV, confidence=0.75)],
        model="en_core_web_sm 3.8.0",
    )


@pytest.fixture()
def dataset():
    return facts_to_dataset([make_facts()])


def _one(ds, cls):
    (node,) = set(ds.subjects(RDF.type, cls))
    return node


def test_a_graph_kg_builds_conforms(dataset):
    report = validate_graph(dataset)
    assert report.conforms, [str(v) for v in report.violations]
    assert report.violations == []
    assert "conforms" in report.summary()


def _drop(predicate, cls):
    def breaker(ds, g):
        node = _one(ds, cls)
        g.remove((node, predicate, None))
    return breaker


def _set(predicate, cls, value):
    def breaker(ds, g):
        node = _one(ds, cls)
        g.remove((node, predicate, None))
        g.add((node, predicate, value))
    return breaker


def _second_label(ds, g):
    g.add((ID["person/omar-diallo"], RDFS.label, Literal("O. Diallo")))


def _no_coarse_type(ds, g):
    ds.remove((ID["company/ravel-bank"], RDF.type, KG.Company, None))  # wherever it is stated


def _two_coarse_types(ds, g):
    g.add((ID["company/ravel-bank"], RDF.type, KG.Organization))


def _no_participants(ds, g):
    event = _one(ds, KG.Event)
    for p in (KG.chair, KG.attendee, SEM.hasActor):
        g.remove((event, p, None))


def _no_event_type(ds, g):
    g.remove((_one(ds, KG.Event), RDF.type, KG.Meeting))


def _article_without_identifier(ds, g):
    from rdflib.namespace import DCTERMS

    g.remove((article_iri(ARTICLE_ID), DCTERMS.identifier, None))


def _derived_from_a_non_article(ds, g):
    quote = _one(ds, KG.Quote)
    g.remove((quote, PROV.wasDerivedFrom, None))
    g.add((quote, PROV.wasDerivedFrom, URIRef("https://example.org/not-an-article")))


BREAKERS = {
    "entity with two labels": (_second_label, "rdfs:label"),
    "entity without coarse type": (_no_coarse_type, "rdf:type"),
    "entity with two coarse types": (_two_coarse_types, "rdf:type"),
    "position without member": (_drop(ORG.member, KG.Position), "org:member"),
    "position without organization": (_drop(ORG.organization, KG.Position), "org:organization"),
    "event without participants": (_no_participants, ""),
    "event without type": (_no_event_type, "rdf:type"),
    "ill-typed timestamp": (_set(SEM.hasTimeStamp, KG.Event, Literal("2024-13-40", datatype=XSD.date)),
                            "sem:hasTimeStamp"),
    "timestamp as plain string": (_set(SEM.hasTimeStamp, KG.Event, Literal("2024-01-08")), "sem:hasTimeStamp"),
    "quote without speaker": (_drop(KG.speaker, KG.Quote), "kg:speaker"),
    "quote without text": (_drop(KG.quoteText, KG.Quote), "kg:quoteText"),
    "fact without provenance": (_drop(PROV.wasDerivedFrom, KG.Quote), "prov:wasDerivedFrom"),
    "fact derived from a non-article": (_derived_from_a_non_article, "prov:wasDerivedFrom"),
    "fact without evidence text": (_drop(KG.evidenceText, KG.RelationAssertion), "kg:evidenceText"),
    "evidence offset not an integer": (_set(KG.evidenceStart, KG.Position, Literal("12")), "kg:evidenceStart"),
    "evidence start after end": (_set(KG.evidenceStart, KG.Position, Literal(10_000)), "kg:evidenceStart"),
    "confidence above one": (_set(KG.confidence, KG.Quote, Literal("1.5", datatype=XSD.decimal)), "kg:confidence"),
    "confidence as a float": (_set(KG.confidence, KG.Quote, Literal(0.5, datatype=XSD.double)), "kg:confidence"),
    "relation with unknown predicate": (_set(RDF.predicate, KG.RelationAssertion, KG.likes), "rdf:predicate"),
    "article without identifier": (_article_without_identifier, "dcterms:identifier"),
}


@pytest.mark.parametrize("case", sorted(BREAKERS))
def test_shapes_reject_a_broken_graph(dataset, case):
    breaker, path = BREAKERS[case]
    breaker(dataset, dataset.graph(graph_iri(ARTICLE_ID)))
    report = validate_graph(dataset)
    assert not report.conforms
    assert report.violations
    if path:
        assert any(v.path == path for v in report.violations), [str(v) for v in report.violations]
    assert all(v.focus and v.message for v in report.violations)


def test_a_position_without_title_is_a_warning_not_a_violation(dataset):
    _drop(KG.title, KG.Position)(dataset, dataset.graph(graph_iri(ARTICLE_ID)))
    report = validate_graph(dataset)
    assert report.conforms
    (warning,) = report.violations
    assert warning.severity == "Warning" and warning.path == "kg:title"
    assert report.warnings == [warning]
    assert "1 warning(s)" in report.summary()


def test_violation_lines_name_focus_path_and_message(dataset):
    _second_label(dataset, dataset.graph(graph_iri(ARTICLE_ID)))
    (violation,) = validate_graph(dataset).violations
    line = str(violation)
    assert line.startswith("Violation: id:person/omar-diallo rdfs:label: ")
    assert "exactly one" in line


def test_unknown_inference_mode_is_a_usage_error(dataset):
    with pytest.raises(UsageError):
        validate_graph(dataset, inference="magic")


def test_custom_shapes_file(dataset, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/polecon-kg/ontology#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass kg:Person ; "
        "sh:property [ sh:path kg:holdsPosition ; sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    report = validate_graph(dataset, shapes=shapes)
    assert not report.conforms
    assert [v.focus for v in report.violations] == ["id:person/ada-kwan"]


# ------------------------------------------------------------------------------- kg validate


def test_kg_validate_passes_on_a_good_graph(dataset, tmp_path):
    path = tmp_path / "good.ttl"
    path.write_bytes(serialize(dataset, "ttl"))
    result = runner.invoke(app, ["validate", "-g", str(path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stderr


def test_kg_validate_lists_violations_and_exits_1(dataset, tmp_path):
    g = dataset.graph(graph_iri(ARTICLE_ID))
    _drop(KG.speaker, KG.Quote)(dataset, g)
    _second_label(dataset, g)
    path = tmp_path / "broken.trig"
    path.write_bytes(serialize(dataset, "trig"))
    result = runner.invoke(app, ["validate", "-g", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert any("kg:speaker" in line for line in lines) and any("rdfs:label" in line for line in lines)
    assert "2 violation(s)" in result.stderr
    assert "Traceback" not in result.output


def test_kg_validate_on_malformed_file_is_exit_1(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "-g", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: malformed" in result.stderr


# ------------------------------------------------------------------------------- real extractions

def _extractions_conform(nlp, inputs) -> None:
    """Each article's graph alone and all of them merged conform to the shapes."""
    from kg.extract import extract
    from kg.io import read_articles
    from kg.nlp import model_label

    articles = list(read_articles(inputs))
    all_facts = [extract(doc, article, model=model_label(nlp))
                 for doc, article in zip(nlp.pipe(a.text for a in articles), articles)]
    for facts in all_facts:
        report = validate_graph(facts_to_dataset([facts]))
        assert report.conforms, (facts.article.path, [str(v) for v in report.violations])
    merged = validate_graph(facts_to_dataset(all_facts))
    assert merged.conforms, [str(v) for v in merged.violations]


def test_every_bundled_article_extracts_to_a_conforming_graph(nlp, sample_path, examples_dir):
    inputs = [sample_path, *sorted(examples_dir.glob("*.txt"))]
    assert len(inputs) >= 4
    _extractions_conform(nlp, inputs)


def test_the_seed_and_dev_articles_extract_to_conforming_graphs(nlp, shared_eval):
    _extractions_conform(nlp, [shared_eval / "seed.txt", *sorted((shared_eval / "dev").glob("*.txt"))])


def test_kg_extract_then_kg_validate_on_the_sample(nlp, sample_path, tmp_path):
    graph = tmp_path / "sample.trig"
    extracted = runner.invoke(app, ["extract", str(sample_path), "-o", str(graph), "--format", "trig"])
    assert extracted.exit_code == 0, extracted.output
    result = runner.invoke(app, ["validate", "-g", str(graph)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_kg_validate_prints_warnings_but_exits_0(dataset, tmp_path):
    _drop(KG.title, KG.Position)(dataset, dataset.graph(graph_iri(ARTICLE_ID)))
    path = tmp_path / "untitled.nq"
    path.write_bytes(serialize(dataset, "nq"))
    result = runner.invoke(app, ["validate", "-g", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Warning: id:position/")
    assert "1 warning(s)" in result.stderr


def test_missing_or_malformed_shapes_file_is_one_line_exit_1(dataset, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_bytes(serialize(dataset, "ttl"))
    bad = tmp_path / "shapes.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> a sh:NodeShape ;\n", encoding="utf-8")
    for shapes, expected in ((tmp_path / "none.ttl", "no such shapes file"), (bad, f"{bad}:")):
        result = runner.invoke(app, ["validate", "-g", str(graph), "--shapes", str(shapes)])
        assert result.exit_code == 1
        assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1
