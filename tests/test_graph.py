"""kg.graph: Facts -> RDF in the DESIGN.md model, stable IRIs, deterministic bytes, loading files.

Facts are built by hand here (no spaCy), so a failure names the RDF piece that broke.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import __version__
from kg.errors import GraphError, UsageError
from kg.graph import (
    ENTITIES_GRAPH,
    FORMATS,
    add_facts,
    article_iri,
    entity_iri,
    facts_to_dataset,
    graph_iri,
    load_graph,
    serialize,
    slugify,
    union_graph,
)
from kg.models import Article, Entity, Event, Evidence, Facts, Participant, Quote, Relation
from kg.namespaces import ID, KG, ORG, SCHEMA, SEM

SENTENCE = "Harbor Bank CEO Lena Ortiz met Premier Sam Okafor in Tamsin on Friday."
EVIDENCE = Evidence(SENTENCE, 10, 10 + len(SENTENCE))


def make_facts(article_id: str = "harbor-2024", **article) -> Facts:
    """One article with a position, a relation, an event and a quote."""
    meta = {"title": "Bank chief meets premier", "source": "Tamsin Times", "url": "https://example.org/harbor",
            "published": date(2024, 5, 4)} | article
    return Facts(
        article=Article(id=article_id, text="..." + SENTENCE, **meta),
        entities=[
            Entity("ortiz", "Lena Ortiz", "Person", "BusinessExecutive", aliases=["Ortiz"]),
            Entity("bank", "Harbor Bank", "Company", "Bank"),
            Entity("okafor", "Sam Okafor", "Person", "PoliticalLeader", aliases=["Okafor"]),
            Entity("tamsin", "Tamsin", "Place"),
            Entity("times", "Tamsin Times", "MediaOutlet"),
        ],
        relations=[
            Relation("ortiz", "holdsPosition", "bank", EVIDENCE, title="CEO", confidence=0.9),
            Relation("okafor", "criticized", "bank", EVIDENCE, confidence=0.6),
        ],
        events=[
            Event("meeting", "Meeting", [Participant("okafor", "chair"), Participant("ortiz", "attendee"),
                                         Participant("tamsin", "location")],
                  EVIDENCE, date="2024-05-03", date_text="on Friday", trigger="met", confidence=0.8),
        ],
        quotes=[Quote("okafor", "Banks must lend more", EVIDENCE, source="times", confidence=0.7)],
        model="en_core_web_sm 3.8.0",
    )


@pytest.fixture()
def dataset():
    return facts_to_dataset([make_facts()])


def test_each_article_gets_its_own_named_graph():
    ds = facts_to_dataset([make_facts("one"), make_facts("two")])
    names = {c.identifier for c in ds.graphs() if len(c)}
    assert names == {graph_iri("one"), graph_iri("two"), ENTITIES_GRAPH}  # and the shared entity descriptions
    assert (article_iri("one"), RDF.type, KG.Article) in ds.graph(graph_iri("one"))
    assert (article_iri("one"), RDF.type, KG.Article) not in ds.graph(graph_iri("two"))


def test_article_metadata_records_kg_version_and_model(dataset):
    g = dataset.graph(graph_iri("harbor-2024"))
    a = article_iri("harbor-2024")
    for cls in (KG.Article, PROV.Entity, SCHEMA.NewsArticle):
        assert (a, RDF.type, cls) in g
    assert g.value(a, DCTERMS.identifier) == Literal("harbor-2024")
    assert g.value(a, SCHEMA.datePublished) == Literal("2024-05-04", datatype=XSD.date)
    assert g.value(a, KG.extractedWith) == Literal(f"kg {__version__}")
    assert g.value(a, KG.model) == Literal("en_core_web_sm 3.8.0")
    assert g.value(a, DCTERMS.source) == Literal("Tamsin Times")


def test_entities_have_coarse_and_finer_class_label_aliases(dataset):
    ortiz = ID["person/lena-ortiz"]
    assert (ortiz, RDF.type, KG.Person) in dataset
    assert (ortiz, RDF.type, KG.BusinessExecutive) in dataset
    assert (ortiz, RDFS.label, Literal("Lena Ortiz")) in dataset
    assert (ortiz, SKOS.altLabel, Literal("Ortiz")) in dataset
    assert (ortiz, KG.mentionedIn, article_iri("harbor-2024")) in dataset


def test_position_is_an_org_membership_with_role_and_shortcut(dataset):
    ortiz, bank = ID["person/lena-ortiz"], ID["company/harbor-bank"]
    (f,) = set(dataset.subjects(RDF.type, KG.Position))
    assert str(f).startswith(str(ID) + "position/")
    assert (f, RDF.type, ORG.Membership) in dataset
    assert (f, ORG.member, ortiz) in dataset
    assert (f, ORG.organization, bank) in dataset
    assert (f, KG.title, Literal("CEO")) in dataset
    assert (f, ORG.role, ID["role/ceo"]) in dataset
    assert (ID["role/ceo"], RDF.type, ORG.Role) in dataset
    assert (ortiz, KG.holdsPosition, bank) in dataset


def test_other_relations_are_direct_and_reified(dataset):
    okafor, bank = ID["person/sam-okafor"], ID["company/harbor-bank"]
    assert (okafor, KG.criticized, bank) in dataset
    (f,) = set(dataset.subjects(RDF.type, KG.RelationAssertion))
    assert (f, RDF.type, RDF.Statement) in dataset
    assert (f, RDF.subject, okafor) in dataset
    assert (f, RDF.predicate, KG.criticized) in dataset
    assert (f, RDF.object, bank) in dataset


def test_event_roles_are_sem_actors_and_places(dataset):
    (f,) = set(dataset.subjects(RDF.type, KG.Meeting))
    assert {(f, RDF.type, SEM.Event), (f, RDF.type, KG.Event)} <= set(dataset.triples((f, RDF.type, None)))
    assert (f, KG.chair, ID["person/sam-okafor"]) in dataset
    assert (f, SEM.hasActor, ID["person/sam-okafor"]) in dataset
    assert (f, KG.attendee, ID["person/lena-ortiz"]) in dataset
    assert (f, KG.location, ID["place/tamsin"]) in dataset
    assert (f, SEM.hasPlace, ID["place/tamsin"]) in dataset
    assert dataset.value(f, SEM.hasTimeStamp) == Literal("2024-05-03", datatype=XSD.date)
    assert dataset.value(f, KG.dateText) == Literal("on Friday")
    assert dataset.value(f, RDFS.label) == Literal("Meeting: Sam Okafor, Lena Ortiz, Tamsin")


@pytest.mark.parametrize(
    ("text", "datatype"), [("2024-05", XSD.gYearMonth), ("2024", XSD.gYear), ("2024-02-30", None), ("soon", None)]
)
def test_event_dates_get_the_datatype_of_their_precision(text, datatype):
    facts = make_facts()
    facts.events[0].date = text
    ds = facts_to_dataset([facts])
    stamps = list(ds.objects(None, SEM.hasTimeStamp))
    assert [s.datatype for s in stamps] == ([datatype] if datatype else [])


def test_every_fact_node_carries_provenance(dataset):
    facts = set()
    for cls in (KG.Position, KG.RelationAssertion, KG.Event, KG.Quote):
        facts |= set(dataset.subjects(RDF.type, cls))
    assert len(facts) == 4
    for f in facts:
        assert dataset.value(f, PROV.wasDerivedFrom) == article_iri("harbor-2024")
        assert dataset.value(f, KG.evidenceText) == Literal(SENTENCE)
        assert dataset.value(f, KG.evidenceStart) == Literal(10, datatype=XSD.integer)
        assert dataset.value(f, KG.evidenceEnd) == Literal(10 + len(SENTENCE), datatype=XSD.integer)
        confidence = dataset.value(f, KG.confidence)
        assert confidence.datatype == XSD.decimal and 0 <= confidence.toPython() <= 1


def test_no_blank_nodes_anywhere(dataset):
    from rdflib import BNode

    for s, p, o, _ in dataset.quads():
        assert not isinstance(s, BNode) and not isinstance(o, BNode)


def test_gazetteer_iri_is_used_when_the_entity_matched_one():
    facts = make_facts()
    facts.entities[1].gazetteer_id = str(ID["company/harbor-bank-group"])
    ds = facts_to_dataset([facts])
    assert (ID["person/lena-ortiz"], KG.holdsPosition, ID["company/harbor-bank-group"]) in ds


def test_same_entity_in_two_articles_is_one_node():
    ds = facts_to_dataset([make_facts("one"), make_facts("two")])
    union = union_graph(ds)
    assert set(union.objects(ID["person/lena-ortiz"], KG.mentionedIn)) == {article_iri("one"), article_iri("two")}
    assert len(set(union.objects(ID["person/lena-ortiz"], RDFS.label))) == 1


def test_adding_an_article_again_replaces_its_graph():
    ds = facts_to_dataset([make_facts()])
    before = len(ds)
    changed = make_facts()
    changed.quotes = []
    add_facts(ds, changed)
    assert not list(ds.subjects(RDF.type, KG.Quote))
    add_facts(ds, make_facts())
    assert len(ds) == before


def test_unknown_entity_key_is_a_graph_error():
    facts = make_facts()
    facts.relations.append(Relation("nobody", "owns", "bank", EVIDENCE))
    with pytest.raises(GraphError, match="nobody"):
        facts_to_dataset([facts])


# ------------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Xi Jinping", "xi-jinping"),
        ("Banco Santander, S.A.", "banco-santander-s-a"),
        ("Société Générale", "societe-generale"),
        ("  --Jack   Ma--  ", "jack-ma"),
    ],
)
def test_slug_is_folded_lowercase_ascii(name, slug):
    assert slugify(name) == slug


def test_slug_gets_a_hash_when_folding_lost_characters_or_it_was_cut():
    assert slugify("习近平").isalnum() and len(slugify("习近平")) == 8
    assert slugify("Ma 习").startswith("ma-") and slugify("Ma 习") != slugify("Ma 近")
    long_name = "The " + "Very " * 30 + "Long Name"
    assert len(slugify(long_name)) <= 60 + 9
    assert slugify(long_name) != slugify(long_name + " Two")
    assert slugify("") and slugify("!!!") != slugify("???")


def test_entity_iri_uses_the_lowercased_coarse_type():
    assert entity_iri("GovernmentBody", "State Council") == ID["governmentbody/state-council"]


def test_article_ids_with_odd_characters_make_valid_iris():
    ds = facts_to_dataset([make_facts("a b/c<d>?é")])
    data = serialize(ds, "nq")
    assert len(list(ox.parse(data, format=ox.RdfFormat.N_QUADS))) == len(ds)


# ------------------------------------------------------------------------------- serialising


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_in_pyoxigraph_with_all_triples(dataset, fmt):
    data = serialize(dataset, fmt)
    ox_format = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
                 "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    quads = list(ox.parse(data, format=ox_format))
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(union_graph(dataset))
    if fmt in ("trig", "nq", "jsonld"):
        assert {str(q.graph_name.value) for q in quads} == {str(graph_iri("harbor-2024")), str(ENTITIES_GRAPH)}


def test_unknown_format_is_a_usage_error(dataset):
    with pytest.raises(UsageError, match="ttl"):
        serialize(dataset, "rdfxml")


_SERIALIZE_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_graph import make_facts
from kg.graph import FORMATS, facts_to_dataset, serialize
ds = facts_to_dataset([make_facts("one"), make_facts("two", title="Other")])
for fmt in sorted(FORMATS):
    sys.stdout.buffer.write(serialize(ds, fmt) + b"\\n=====\\n")
"""


def test_serialisation_is_byte_identical_across_processes():
    # Different hash seeds change set and dict iteration orders; the bytes must not change.
    outputs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        script = _SERIALIZE_SCRIPT.format(tests=str(Path(__file__).parent))
        run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)
        outputs.append(run.stdout.split(b"\n=====\n"))
    assert len(outputs[0]) == len(FORMATS) + 1
    for fmt, first, second, third in zip(sorted(FORMATS), *outputs):
        assert first == second == third, fmt


def test_serialisation_does_not_depend_on_insertion_order():
    one, two = make_facts("one"), make_facts("two")
    assert serialize(facts_to_dataset([one, two]), "ttl") == serialize(facts_to_dataset([two, one]), "ttl")
    assert serialize(facts_to_dataset([one, two]), "trig") == serialize(facts_to_dataset([two, one]), "trig")


# ------------------------------------------------------------------------------- loading


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_load_graph_round_trips_every_format(tmp_path, dataset, fmt):
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(serialize(dataset, fmt))
    loaded = load_graph([path])
    assert isomorphic(union_graph(loaded), union_graph(dataset))
    if fmt in ("trig", "nq", "jsonld"):
        assert len(loaded.graph(graph_iri("harbor-2024"))) == len(dataset.graph(graph_iri("harbor-2024")))


def test_load_graph_merges_several_files(tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.nq"
    a.write_bytes(serialize(facts_to_dataset([make_facts("one")]), "ttl"))
    b.write_bytes(serialize(facts_to_dataset([make_facts("two")]), "nq"))
    merged = union_graph(load_graph([a, b]))
    assert (article_iri("one"), RDF.type, KG.Article) in merged
    assert (article_iri("two"), RDF.type, KG.Article) in merged


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("bad.ttl", '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', 3),
        ("bad.nt", "<http://a> <http://b> <http://c> .\n<http://a> <http://b> oops .\n", 2),
        ("bad.trig", "@prefix ex: <http://e/> .\nex:g { ex:a ex:b ex:c }\n}\n", 3),
        ("bad.jsonld", '{\n  "@id": \n}', 3),
    ],
)
def test_malformed_file_is_a_one_line_graph_error_with_file_and_line(tmp_path, name, text, line):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphError) as caught:
        load_graph([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: malformed ")
    assert "\n" not in message


def test_missing_file_and_unknown_extension_are_graph_errors(tmp_path):
    with pytest.raises(GraphError, match="no such graph file"):
        load_graph([tmp_path / "nope.ttl"])
    (tmp_path / "g.xyz").write_text("x", encoding="utf-8")
    with pytest.raises(GraphError, match="extension"):
        load_graph([tmp_path / "g.xyz"])


def test_non_utf8_file_is_a_graph_error(tmp_path):
    path = tmp_path / "latin.ttl"
    path.write_bytes(b'<http://a> <http://b> "caf\xe9" .\n')
    with pytest.raises(GraphError, match="latin.ttl:1"):
        load_graph([path])


def test_literals_keep_hostile_text_exactly(tmp_path):
    facts = make_facts()
    hostile = 'He said "no" \\ \n@prefix x: <y> .\n\t<b>&amp; \x00\x07 \'\'\' """ — 😀 שלום'
    facts.quotes[0].text = hostile
    ds = facts_to_dataset([facts])
    for fmt in sorted(FORMATS):
        path = tmp_path / f"q.{fmt}"
        path.write_bytes(serialize(ds, fmt))
        loaded = union_graph(load_graph([path]))
        assert Literal(hostile) in set(loaded.objects(None, KG.quoteText)), fmt


def test_iri_refs_are_uri_refs(dataset):
    assert all(isinstance(s, URIRef) for s in dataset.subjects())


def test_a_gazetteer_actor_keeps_the_gazetteer_label_and_the_article_name_as_alias():
    from kg.gazetteer import load_gazetteer

    entry = next(e for e in load_gazetteer().entries.values() if e.type == "Person")
    facts = make_facts()
    facts.entities[0] = Entity("ortiz", "Short Form", "Person", gazetteer_id=entry.iri)
    facts.entities.append(Entity("other", "Other Form", "Person", gazetteer_id=entry.iri))
    other = make_facts("other-article")
    other.entities[0] = Entity("ortiz", "Third Form", "Person", gazetteer_id=entry.iri)
    union = union_graph(facts_to_dataset([facts, other]))
    node = URIRef(entry.iri)
    assert list(union.objects(node, RDFS.label)) == [Literal(entry.label)]
    assert {"Short Form", "Other Form", "Third Form"} <= {str(a) for a in union.objects(node, SKOS.altLabel)}


def test_a_gazetteer_link_of_another_type_is_not_followed():
    from kg.gazetteer import load_gazetteer

    entry = next(e for e in load_gazetteer().entries.values() if e.type == "Place")
    facts = make_facts()
    facts.entities[1] = Entity("bank", "Harbor Bank", "Company", gazetteer_id=entry.iri)
    ds = facts_to_dataset([facts])
    assert (URIRef(entry.iri), RDF.type, KG.Company) not in ds
    assert (ID["company/harbor-bank"], RDF.type, KG.Company) in ds


def test_binary_file_is_a_one_line_printable_graph_error(tmp_path):
    path = tmp_path / "binary.ttl"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\n\x00\x1b[31m")
    with pytest.raises(GraphError) as caught:
        load_graph([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:1: malformed turtle")
    assert message.isprintable()


def test_the_same_fact_twice_is_one_node_with_the_higher_confidence():
    facts = make_facts()
    facts.relations.append(Relation("ortiz", "holdsPosition", "bank", EVIDENCE, title="CEO", confidence=0.95))
    facts.relations.append(Relation("okafor", "criticized", "bank", EVIDENCE, confidence=0.1))
    ds = facts_to_dataset([facts])
    (position,) = set(ds.subjects(RDF.type, KG.Position))
    assert list(ds.objects(position, KG.confidence)) == [Literal("0.95", datatype=XSD.decimal)]
    (relation,) = set(ds.subjects(RDF.type, KG.RelationAssertion))
    assert list(ds.objects(relation, KG.confidence)) == [Literal("0.6", datatype=XSD.decimal)]


def test_names_sharing_an_iri_keep_the_first_label_in_a_dataset():
    one, two = make_facts("one"), make_facts("two")
    two.entities[1] = Entity("bank", "HARBOR Bank", "Company", "Bank")
    union = union_graph(facts_to_dataset([one, two]))
    bank = ID["company/harbor-bank"]
    assert list(union.objects(bank, RDFS.label)) == [Literal("Harbor Bank")]
    assert Literal("HARBOR Bank") in set(union.objects(bank, SKOS.altLabel))
