"""Criticism, meetings and offices (Other) in the constructions political news uses, on sentences
written for these tests: each construction in several phrasings, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.relations import extract_relations
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2025, 3, 13)
PEOPLE = [("Lena Varga", "Person"), ("Odo Brandt", "Person"), ("Pia Kross", "Person"), ("Valdoria", "Place"),
          ("Ostmark", "Place"), ("Harbor Party", "PoliticalParty"), ("Quarry Mining", "Company"),
          ("Grain Council", "GovernmentBody")]


def _facts(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in PEOPLE if e[0] in text])
    article = Article(id="t", text=text, published=THURSDAY)
    return extract_events(doc, table, article), extract_relations(doc, table, article)


def triples(nlp, text, etype):
    evs, _ = _facts(nlp, text)
    return {(etype, p.entity.split("/")[1], p.role) for e in evs if e.type == etype for p in e.participants}


def criticized(nlp, text):
    _, rels = _facts(nlp, text)
    return {(r.subject.split("/")[1], r.object.split("/")[1]) for r in rels if r.predicate == "criticized"}


# --- criticism --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lena Varga blamed Odo Brandt for the collapse of the coalition.",
    "Lena Varga has blamed the fuel shortages on Odo Brandt.",
    "Odo Brandt was blamed by Lena Varga for the delays at the border.",
])
def test_blame_is_criticism(nlp, text):
    assert {("Criticism", "lena-varga", "actor"), ("Criticism", "odo-brandt", "target")} <= triples(
        nlp, text, "Criticism")
    assert ("lena-varga", "odo-brandt") in criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Lena Varga lashed out at Odo Brandt during a televised debate.",
    "On Tuesday Lena Varga hit out at Ostmark over its fishing quotas.",
    "Lena Varga took aim at Odo Brandt in her closing speech.",
    "Lena Varga railed against the Grain Council at a rally in the capital.",
    "Lena Varga spoke out against Odo Brandt after the vote.",
])
def test_phrasal_verbs_of_criticism(nlp, text):
    got = triples(nlp, text, "Criticism")
    assert ("Criticism", "lena-varga", "actor") in got
    assert {t for _, t, r in got if r == "target"} & {"odo-brandt", "ostmark", "grain-council"}


@pytest.mark.parametrize("text", [
    "Lena Varga hit Odo Brandt's car while parking.",
    "Lena Varga spoke out at the rally with Odo Brandt beside her.",
    "Lena Varga took aim with a rifle beside Odo Brandt.",
    "Lena Varga blamed the weather for the cancelled visit.",
])
def test_no_criticism_without_the_phrase_or_a_named_target(nlp, text):
    assert not triples(nlp, text, "Criticism")
    assert not criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Accusations against Ostmark from Valdoria multiplied this week.",
    "Criticism of Ostmark by Valdoria grew sharper after the vote.",
    "Valdoria has leveled fresh accusations against Ostmark.",
    "Valdoria's accusations against Ostmark were rejected in the assembly.",
])
def test_criticism_noun_with_its_critic(nlp, text):
    assert {("Criticism", "valdoria", "actor"), ("Criticism", "ostmark", "target")} <= triples(nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Odo Brandt faced fierce criticism from Lena Varga on Monday.",
    "Odo Brandt rejected the accusations by Lena Varga as baseless.",
    "Odo Brandt drew a sharp rebuke from Lena Varga.",
])
def test_who_faces_criticism_from_a_critic_is_its_target(nlp, text):
    assert {("Criticism", "lena-varga", "actor"), ("Criticism", "odo-brandt", "target")} <= triples(
        nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Odo Brandt faced fierce criticism over the budget.",
    "Odo Brandt rejected the accusations on Monday.",
    "Lena Varga faced questions from Odo Brandt about the budget.",
])
def test_criticism_faced_with_no_named_critic_has_no_actor(nlp, text):
    assert not {r for _, _, r in triples(nlp, text, "Criticism")} & {"actor"}
    assert not criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Lena Varga called Odo Brandt a liar.",
    "Lena Varga described Odo Brandt as a dictator in the making.",
    "Lena Varga branded Odo Brandt a traitor on Friday.",
])
def test_calling_someone_a_name_is_criticism(nlp, text):
    assert ("lena-varga", "odo-brandt") in criticized(nlp, text)


def test_calling_someone_a_title_is_no_criticism(nlp):
    assert not criticized(nlp, "Lena Varga called Odo Brandt a friend and a partner.")
