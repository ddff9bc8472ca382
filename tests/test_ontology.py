"""The ontology files: they parse, and every kg: term that data, gazetteer or shapes use is defined."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph import facts_to_dataset, union_graph
from kg.models import (
    ENTITY_TYPES,
    EVENT_TYPES,
    PARTICIPANT_ROLES,
    RELATION_PREDICATES,
    Article,
    Entity,
    Event,
    Evidence,
    Facts,
    Participant,
    Quote,
    Relation,
)
from kg.namespaces import KG
from kg.resources import ontology_dir, ontology_file

ONTOLOGY_FILES = sorted(p.name for p in ontology_dir().glob("*.ttl"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def defined(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind)}


def superclasses(ontology: Graph, cls: URIRef) -> set[URIRef]:
    return set(ontology.transitive_objects(cls, RDFS.subClassOf))


def test_the_expected_ontology_files_exist():
    assert {"kg.ttl", "shapes.ttl"} <= set(ONTOLOGY_FILES)


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_every_ontology_file_parses_in_rdflib_and_pyoxigraph(name):
    path = ontology_file(name)
    rdflib_count = len(Graph().parse(path, format="turtle"))
    oxigraph_count = len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))
    assert rdflib_count == oxigraph_count > 10


def test_every_kg_term_has_a_label_and_a_comment(ontology):
    terms = {t for t in defined(ontology) if str(t).startswith(str(KG))}
    assert len(terms) > 60
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_format_md_vocabulary_is_all_defined(ontology):
    terms = defined(ontology)
    for name in (*ENTITY_TYPES, *EVENT_TYPES, *RELATION_PREDICATES, *PARTICIPANT_ROLES):
        assert KG[name] in terms, name
    for event_type in EVENT_TYPES:
        assert KG.Event in superclasses(ontology, KG[event_type])


def test_alignment_with_org_foaf_schema_prov_sem(ontology):
    assert URIRef("http://xmlns.com/foaf/0.1/Person") in superclasses(ontology, KG.Person)
    assert URIRef("https://schema.org/Person") in superclasses(ontology, KG.Person)
    assert URIRef("http://www.w3.org/ns/org#Membership") in superclasses(ontology, KG.Position)
    assert URIRef("http://www.w3.org/ns/prov#Entity") in superclasses(ontology, KG.Article)
    assert URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event") in superclasses(ontology, KG.Meeting)
    for role in ("chair", "attendee", "actor", "target", "subject"):
        assert ontology.value(KG[role], RDFS.subPropertyOf) == URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")
    assert ontology.value(KG.location, RDFS.subPropertyOf) == URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace")


def test_every_finer_actor_class_falls_under_a_coarse_type(ontology):
    coarse = {KG[t] for t in ENTITY_TYPES}
    actor_classes = {c for c in ontology.subjects(RDF.type, OWL.Class)
                     if superclasses(ontology, c) & coarse and c not in coarse}
    assert {KG.PoliticalLeader, KG.BusinessExecutive, KG.Regulator, KG.CentralBank, KG.StateMedia,
            KG.NewsAgency, KG.AIModel, KG.Ministry, KG.Court, KG.Prosecutor} <= actor_classes


def _every_kind_of_fact() -> Facts:
    ev = Evidence("A sentence.", 0, 11)
    entities = [Entity(t.lower(), f"A {t}", t) for t in ENTITY_TYPES]
    keys = [e.key for e in entities]
    return Facts(
        article=Article(id="all", text="A sentence.", title="T", source="S", url="https://e.org/x",
                        published=date(2024, 1, 1)),
        entities=entities,
        relations=[Relation(keys[0], p, keys[1], ev, title="head" if p == "holdsPosition" else None)
                   for p in RELATION_PREDICATES],
        events=[Event(t, t, [Participant(keys[i % len(keys)], r) for i, r in enumerate(PARTICIPANT_ROLES)], ev,
                      date="2024-01-01", date_text="today", value="+1%", trigger="did")
                for t in EVENT_TYPES],
        quotes=[Quote(keys[0], "words", ev, source=keys[5])],
        model="m 1",
    )


def test_every_kg_term_the_graph_builder_writes_is_defined(ontology):
    data = union_graph(facts_to_dataset([_every_kind_of_fact()]))
    used = set()
    for s, p, o in data:
        used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    missing = used - defined(ontology)
    assert not missing, sorted(missing)


def test_every_kg_term_the_gazetteer_uses_is_defined(ontology):
    path = ontology_file("gazetteer.ttl")
    if not path.is_file():
        pytest.fail("ontology/gazetteer.ttl is missing")
    gazetteer = Graph().parse(path, format="turtle")
    used = {t for s, p, o in gazetteer for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    missing = used - defined(ontology)
    assert not missing, sorted(missing)


def test_every_kg_term_the_shapes_use_is_defined(ontology):
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    used = set()
    for s, p, o in shapes:
        used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    for node in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#in")):
        used |= {t for t in shapes.items(node) if str(t).startswith(str(KG))}
    assert KG.Person in used and KG.Meeting in used
    missing = used - defined(ontology)
    assert not missing, sorted(missing)


def test_shapes_are_valid_shacl():
    import pyshacl

    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_a_graph_with_every_kind_of_fact_conforms_to_the_shapes():
    from kg.validate import validate_graph

    report = validate_graph(facts_to_dataset([_every_kind_of_fact()]))
    assert report.conforms, [str(v) for v in report.violations]


def test_every_kg_term_the_saved_queries_use_is_defined(ontology):
    import re

    from kg.resources import queries_dir

    names = {local for rq in queries_dir().glob("*.rq")
             for local in re.findall(r"\bkg:([A-Za-z][A-Za-z0-9_]*)", rq.read_text(encoding="utf-8"))}
    assert names, "no saved query uses a kg: term"
    missing = {KG[n] for n in names} - defined(ontology)
    assert not missing, sorted(missing)
