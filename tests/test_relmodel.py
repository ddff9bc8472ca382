"""The learned relation reader (kg.extract.relmodel): its candidates, what the shipped weights
read, how the relation step uses it, its training and its weights file. Sentences and names are
invented for these tests."""

from __future__ import annotations

import json

import pytest

from kg.extract import relmodel
from kg.extract.confidence import REL_LEARNED
from kg.extract.entities import resolve_entities
from kg.extract.patterns import ArticleContext
from kg.extract.relations import extract_relations
from kg.models import Article


def parsed(nlp, text):
    doc = nlp(text)
    article = Article(id="t", text=text)
    table = resolve_entities(doc, article)
    return doc, table, article, ArticleContext.build(doc, table, article)


def read(nlp, text, threshold=0.5):
    """(subject name, predicate, object name, probability) the shipped reader gives above `threshold`."""
    _, table, _, ctx = parsed(nlp, text)
    found = relmodel.predictions(relmodel.candidates(ctx), relmodel.shipped_model(), threshold)
    return [(table.get(c.subject).name, p, table.get(c.object).name, prob) for c, p, prob in found]


def pairs(nlp, text):
    _, table, _, ctx = parsed(nlp, text)
    return {(table.get(c.subject).name, table.get(c.object).name) for c in relmodel.candidates(ctx)}


# --- what the shipped weights read --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Teodor Brandl, a senior analyst at Kestrel Partners, expects rates to fall.",
    "Kestrel Partners analyst Teodor Brandl expects rates to fall.",
    "Kestrel Partners' chief economist, Teodor Brandl, expects rates to fall.",
    "At Kestrel Partners, analyst Teodor Brandl expects rates to fall.",
])
def test_the_reader_reads_a_post_at_a_firm(nlp, text):
    found = read(nlp, text, 0.8)
    assert [(s, p, o) for s, p, o, _ in found] == [("Teodor Brandl", "holdsPosition", "Kestrel Partners")]


@pytest.mark.parametrize("text", [
    "Pellmont Foods, based in Lyonsburg, reported higher sales.",
    "Pellmont Foods, headquartered in Lyonsburg, reported higher sales.",
    "Lyonsburg-based Pellmont Foods reported higher sales.",
])
def test_the_reader_reads_where_a_firm_is(nlp, text):
    found = read(nlp, text, 0.8)
    assert [(s, p, o) for s, p, o, _ in found] == [("Pellmont Foods", "locatedIn", "Lyonsburg")]


@pytest.mark.parametrize("text", [
    "Teodor Brandl sued Kestrel Partners on Monday.",
    "Teodor Brandl (Kestrel Partners) expects rates to fall.",
    "Teodor Brandl, who oversees research at Kestrel Partners, expects rates to fall.",
])
def test_the_reader_reads_no_relation_where_none_is_written_sure_enough(nlp, text):
    assert read(nlp, text, 0.9) == []


@pytest.mark.parametrize("text", [
    "Teodor Brandl said Kestrel Partners would expand.",
    "Teodor Brandl believes that Kestrel Partners will grow.",
    "When Teodor Brandl spoke, Kestrel Partners shares fell.",
])
def test_a_person_and_a_firm_in_different_clauses_are_no_candidate(nlp, text):
    assert ("Teodor Brandl", "Kestrel Partners") not in pairs(nlp, text)


@pytest.mark.parametrize("text, far", [
    ("Lyonsburg maker Pellmont Foods and Oslo exporter Brisk Line saw steep declines.", ("Pellmont Foods", "Oslo")),
    ("Shares of Brisk Line, Pellmont Foods and Oslo lender Harrow Bank fell.", ("Brisk Line", "Oslo")),
    ("Kestrel Partners and Lyonsburg lender Harrow Bank cut their forecasts.", ("Kestrel Partners", "Lyonsburg")),
])
def test_what_modifies_one_conjunct_is_no_candidate_for_another(nlp, text, far):
    assert far not in pairs(nlp, text)


# --- the relation step ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, firm, title", [
    ("At Kestrel Partners, analyst Teodor Brandl expects rates to fall.", "person/teodor-brandl",
     "company/kestrel-partners", "analyst"),
    ("At Morrow Capital, strategist Ines Calder warned of weaker demand.", "person/ines-calder",
     "company/morrow-capital", "strategist"),
    ("At Halvard Bank, economist Piet Roos sees slower growth ahead.", "person/piet-roos",
     "company/halvard-bank", "economist"),
])
def test_the_relation_step_adds_what_only_the_reader_reads_with_its_title(nlp, text, person, firm, title):
    doc, table, article, _ = parsed(nlp, text)
    rels = {(r.subject, r.predicate, r.object): r for r in extract_relations(doc, table, article)}
    r = rels[(person, "holdsPosition", firm)]
    assert r.title == title and r.confidence == REL_LEARNED


PEOPLE_AND_BODIES = [("Teodor Brandl", "Person"), ("Ines Calder", "Person"), ("Office of Harbor Safety", "GovernmentBody"),
                     ("Bureau of Coastal Trade", "GovernmentBody"), ("Ostravia", "Place"), ("Estland", "Place")]


@pytest.mark.parametrize("text, body", [
    ("Teodor Brandl on Tuesday appointed Ines Calder as interim CEO of the Office of Harbor Safety.",
     "office-of-harbor-safety"),
    ("Teodor Brandl on Friday named Ines Calder as director of the Bureau of Coastal Trade.", "bureau-of-coastal-trade"),
    ("Teodor Brandl named Ines Calder as acting head of the Office of Harbor Safety.", "office-of-harbor-safety"),
])
def test_the_reader_gives_no_post_to_the_one_who_appoints(nlp, text, body):
    from test_relations import relations

    rels = relations(nlp, text, PEOPLE_AND_BODIES)
    assert ("ines-calder", "holdsPosition", body) in rels
    assert ("teodor-brandl", "holdsPosition", body) not in rels


@pytest.mark.parametrize("text", [
    "The Office of Harbor Safety asked Teodor Brandl to lead Morrow Capital.",
    "Teodor Brandl will run for president of Ostravia.",
    "Teodor Brandl hopes to become president of Ostravia.",
    "Teodor Brandl wants to be president of Ostravia.",
    "Teodor Brandl is running for prime minister of Estland.",
])
def test_the_reader_gives_no_post_that_is_only_wanted(nlp, text):
    from test_relations import relations

    assert not [k for k in relations(nlp, text, PEOPLE_AND_BODIES) if k[1] == "holdsPosition"]


@pytest.mark.parametrize("text", [
    "Teodor Brandl, the Harvest Union's loudest opponent, spoke on Friday.",
    "Teodor Brandl, the Harvest Union's fiercest critic, conceded on Sunday.",
    "Teodor Brandl, a longtime rival of the Harvest Union, spoke on Friday.",
])
def test_a_person_linked_to_a_party_by_a_noun_naming_no_seat_is_no_member(nlp, text):
    from test_relations import relations

    rels = relations(nlp, text, [("Teodor Brandl", "Person"), ("Harvest Union", "PoliticalParty")])
    assert ("teodor-brandl", "memberOf", "harvest-union") not in rels


def test_the_relation_step_keeps_the_rules_reading_of_a_pair(nlp, tmp_path, monkeypatch):
    # weights that call every pair "owns": the rules' position stays, and no pair they read gains a second relation
    weights = tmp_path / "owns.json"
    model = {"labels": list(relmodel.LABELS), "bias": [8.0 if x == "owns" else 0.0 for x in relmodel.LABELS],
             "weights": {}}
    weights.write_text(json.dumps(model), encoding="utf-8")
    monkeypatch.setenv(relmodel.WEIGHTS_VARIABLE, str(weights))
    doc, table, article, _ = parsed(nlp, "Teodor Brandl, a senior analyst at Kestrel Partners, expects rates to fall.")
    rels = [(r.subject, r.predicate, r.object) for r in extract_relations(doc, table, article)]
    assert rels == [("person/teodor-brandl", "holdsPosition", "company/kestrel-partners")]


# --- training -------------------------------------------------------------------------------------

ARTICLES = {
    "a1": ("Marn Tools names a chief",
           "Maria Kowal, the chief executive of Marn Tools, opened a plant in Dovecote.\n"
           "Marn Tools, based in Dovecote, makes drills.\nIlse Varga said the plant would hire 300 people.",
           [("ic", "Maria Kowal", "Person"), ("mt", "Marn Tools", "Company"), ("dv", "Dovecote", "Place"),
            ("iv", "Ilse Varga", "Person")],
           [("ic", "holdsPosition", "mt", "chief executive"), ("mt", "locatedIn", "dv", None)]),
    "a2": ("Orrin Paper Inc. hires",
           "Piet Roos, the chief executive of Orrin Paper Inc., spoke in Porto.\n"
           "Orrin Paper Inc., based in Porto, makes paper.\nDana Feld said demand was strong.",
           [("pr", "Piet Roos", "Person"), ("om", "Orrin Paper Inc.", "Company"), ("fc", "Porto", "Place"),
            ("df", "Dana Feld", "Person")],
           [("pr", "holdsPosition", "om", "chief executive"), ("om", "locatedIn", "fc", None)]),
    "a3": ("Tessel Rail Ltd. grows",
           "Arno Vale, the chief executive of Tessel Rail Ltd., met investors in Leeds.\n"
           "Tessel Rail Ltd., based in Leeds, runs trains.\nMira Sol said fares would rise.",
           [("av", "Arno Vale", "Person"), ("tr", "Tessel Rail Ltd.", "Company"), ("km", "Leeds", "Place"),
            ("ms", "Mira Sol", "Person")],
           [("av", "holdsPosition", "tr", "chief executive"), ("tr", "locatedIn", "km", None)]),
}


def write_articles(folder):
    folder.mkdir()
    for name, (title, body, entities, relations) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(
            f"title: {title}\nsource: invented for a test\npublished: 2026-01-05\n---\n{title}\n{body}\n",
            encoding="utf-8")
        gold = {"entities": [{"id": i, "name": n, "type": t} for i, n, t in entities],
                "relations": [dict({"subject": s, "predicate": p, "object": o}, **({"title": t} if t else {}))
                              for s, p, o, t in relations],
                "events": [], "quotes": []}
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_relation_labels_come_from_the_gold_in_its_direction(nlp, tmp_path):
    from kg.training import labelled_relation_candidates

    title, body, entities, relations = ARTICLES["a1"]
    text = f"{title}\n{body}\n"
    gold = {"entities": [{"id": i, "name": n, "type": t} for i, n, t in entities],
            "relations": [{"subject": s, "predicate": p, "object": o} for s, p, o, _ in relations]}
    _, table, _, ctx = parsed(nlp, text)
    features, labels = labelled_relation_candidates(ctx.doc, ctx.article, gold, None)
    cands = relmodel.candidates(ctx)
    positive = {y: f for f, y in zip(features, labels) if y != "none"}
    assert sorted(positive) == ["holdsPosition", "locatedIn"] and labels.count("holdsPosition") == 1
    assert labels.count("locatedIn") == 1  # two sentences name the firm and its town: one positive
    assert "T=Company>Place|w=base" in positive["locatedIn"]  # the closer one, "based in", not "opened a plant in"
    assert "T=Person>Company|w=TITLE" in positive["holdsPosition"]
    # every other pair, the reversed ones included, is a negative; the farther sentence is left out
    assert len(labels) == len(cands) - 1
    reversed_pairs = [c for c in cands if table.get(c.subject).name == "Marn Tools"
                      and table.get(c.object).name == "Maria Kowal"]
    assert reversed_pairs and all(c.features in features for c in reversed_pairs)


def test_training_writes_the_same_relation_weights_each_time(tmp_path, capsys):
    from kg.training import main

    folder = write_articles(tmp_path / "gold")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main([str(folder), "--relations-out", str(first)]) == 0
    out = capsys.readouterr().out
    # each firm and its place share two sentences: only the one naming them closest in the parse is a positive
    assert "trained on 3 articles" in out and "holdsPosition 3" in out and "locatedIn 3" in out
    assert main([str(folder), "--relations-out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert list(data["weights"]) == sorted(data["weights"])
    model = relmodel.RoleModel.from_json(data)
    assert model.labels == relmodel.LABELS and model.features
    assert not (tmp_path / "roles.json").exists()  # only the file asked for is written


def test_training_needs_a_file_to_write(tmp_path, capsys):
    from kg.training import main

    folder = write_articles(tmp_path / "gold")
    with pytest.raises(SystemExit):
        main([str(folder)])
    assert "--relations-out" in capsys.readouterr().err


# --- the weights file ----------------------------------------------------------------------------

@pytest.mark.parametrize("variable, article", [
    ("KG_RELATIONS_MODEL", "Teodor Brandl, an analyst at Kestrel Partners, spoke in Lyonsburg."),
    ("KG_EVENT_ROLES", "The Harbor Commission fined Velo Freight."),
])
@pytest.mark.parametrize("content", [None, "not json", '{"labels": ["none"], "bias": [0], "weights": {}}',
                                     '{"weights": []}'])
def test_a_bad_weights_file_of_either_reader_is_one_clear_error(tmp_path, monkeypatch, content, variable, article):
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.errors import ModelError
    from kg.extract import eventmodel

    weights = tmp_path / "weights.json"
    if content is not None:
        weights.write_text(content, encoding="utf-8")
    monkeypatch.setenv(variable, str(weights))
    loader = relmodel.shipped_model if variable == relmodel.WEIGHTS_VARIABLE else eventmodel.shipped_model
    with pytest.raises(ModelError, match=variable):
        loader()
    text = tmp_path / "a.txt"
    text.write_text(article, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(text), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and variable in result.stderr
    assert not (tmp_path / "g.ttl").exists()


def test_the_shipped_weights_load():
    model = relmodel.shipped_model()
    assert model is not None and model.labels == relmodel.LABELS and model.features


@pytest.mark.parametrize("text, body", [
    ("Finance Minister Teodor Brandl presented the budget in Parliament on Tuesday.", "parliament"),
    ("Deputy Trade Minister Ines Calder read the estimates to Parliament.", "parliament"),
    ("Labour Minister Ines Calder tabled the bill in Parliament on Friday.", "parliament"),
    ("Morrow Capital chairman Teodor Brandl spoke at the Federal Reserve on Monday.", "federal-reserve"),
])
def test_a_body_where_a_titled_person_acts_is_not_where_the_post_is(nlp, text, body):
    from test_relations import relations

    people = [("Teodor Brandl", "Person"), ("Ines Calder", "Person"), ("Parliament", "GovernmentBody"),
              ("Federal Reserve", "GovernmentBody"), ("Morrow Capital", "Company")]
    rels = relations(nlp, text, people)
    assert not [k for k in rels if k[1] == "holdsPosition" and k[2] == body]


@pytest.mark.parametrize("text, person, body", [
    ("Senator Ines Calder joined the Budget Committee in 2019.", "ines-calder", "budget-committee"),
    ("Teodor Brandl, a banker, now chairs the Budget Committee.", "teodor-brandl", "budget-committee"),
])
def test_a_verb_of_holding_a_post_still_gives_it(nlp, text, person, body):
    from test_relations import relations

    rels = relations(nlp, text, [("Teodor Brandl", "Person"), ("Ines Calder", "Person"),
                                 ("Budget Committee", "GovernmentBody")])
    assert (person, "holdsPosition", body) in rels or (person, "memberOf", body) in rels
