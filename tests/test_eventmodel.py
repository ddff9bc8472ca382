"""The learned event-role reader: its features, its training, the shipped weights, and how
events uses what it finds. Sentences are written for these tests."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

import kg.extract.events as events_module
from kg.extract.eventmodel import (
    LABELS, RoleModel, candidates, dependency_path, role_name, shipped_model, trigger_types,
)
from kg.extract.events import extract_events
from kg.extract.patterns import ArticleContext
from kg.extract.table import EntityTable
from kg.models import Article
from kg.training import train

COMMISSION = ("Harbor Commission", "GovernmentBody")
FREIGHT = ("Velo Freight", "Company")


def context(nlp, text, entities):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return ArticleContext.build(doc, table, Article(id="t", text=text))


def token(ctx, word):
    return next(t for t in ctx.doc if t.text == word)


def name_token(ctx, name):
    """The head token of the first mention of `name`."""
    start = ctx.text.index(name)
    return ctx.doc.char_span(start, start + len(name)).root


# --- features ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, trigger, path", [
    ("The Harbor Commission fined Velo Freight on Tuesday.", "Harbor Commission", "fined", "nsubj^"),
    ("The Harbor Commission fined Velo Freight on Tuesday.", "Velo Freight", "fined", "dobj^"),
    ("The probe into Velo Freight has widened.", "Velo Freight", "probe", "pobj:into^prep:into^"),
    ("The Harbor Commission's inquiry stalled.", "Harbor Commission", "inquiry", "poss^"),
])
def test_dependency_path_names_each_arc_and_its_preposition(nlp, text, name, trigger, path):
    ctx = context(nlp, text, [COMMISSION, FREIGHT])
    found, length, crosses = dependency_path(name_token(ctx, name), token(ctx, trigger))
    assert found == path
    assert length == path.count("^") + path.count("v")
    assert crosses is False


def test_a_path_into_a_reported_clause_crosses_it(nlp):
    ctx = context(nlp, "Velo Freight said the Harbor Commission had fined a rival.", [COMMISSION, FREIGHT])
    path, _, crosses = dependency_path(name_token(ctx, "Velo Freight"), token(ctx, "fined"))
    assert path.startswith("nsubj^") and "ccompv" in path
    assert crosses is True


@pytest.mark.parametrize("sentence, word, expected", [
    ("The board fined the bank.", "fined", "RegulatoryAction"),
    ("The probe widened.", "probe", "RegulatoryAction"),
    ("The index tumbled.", "tumbled", "MarketMove"),
    ("The senator condemned the deal.", "condemned", "Criticism"),
    ("Both leaders held talks.", "talks", "Meeting"),
])
def test_trigger_types_read_verbs_by_lemma_and_nouns_by_form(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert expected in trigger_types(next(t for t in doc if t.text == word))


def test_ordinary_words_are_no_triggers(nlp):
    doc = nlp("The quiet harbour town painted its boats blue.")
    assert [t.text for t in doc if trigger_types(t)] == []


def test_candidates_pair_each_trigger_with_each_entity_outside_quotes(nlp):
    text = 'The Harbor Commission fined Velo Freight. "We will sue Velo Freight," a rival said.'
    ctx = context(nlp, text, [COMMISSION, FREIGHT])
    found = {(c.trigger.text, c.event_type, c.key.split("/")[1]) for c in candidates(ctx)}
    assert ("fined", "RegulatoryAction", "harbor-commission") in found
    assert ("fined", "RegulatoryAction", "velo-freight") in found
    assert not any(trigger == "sue" for trigger, _, _ in found)  # inside the quote


def test_role_names_follow_the_event_type():
    assert role_name("MarketMove", "undergoer") == "subject"
    assert role_name("IPO", "undergoer") == "subject"
    assert role_name("RegulatoryAction", "undergoer") == "target"
    assert role_name("Meeting", "chair") == "chair"


# --- training ---------------------------------------------------------------------------------

def _toy_set():
    """Subjects act, objects undergo, anything in a conjoined clause plays no part."""
    features, labels = [], []
    for n in range(6):
        features.append(["T=RegulatoryAction", "P=nsubj^", f"noise={n % 2}"])
        labels.append("actor")
        features.append(["T=RegulatoryAction", "P=dobj^", f"noise={n % 3}"])
        labels.append("undergoer")
        features.append(["T=RegulatoryAction", "P=conj^", f"noise={n % 2}"])
        labels.append("none")
    return features, labels


def test_training_learns_which_path_plays_which_role():
    model = train(*_toy_set())
    p = model.probabilities([["T=RegulatoryAction", "P=nsubj^"], ["T=RegulatoryAction", "P=dobj^"],
                             ["T=RegulatoryAction", "P=conj^", "never-seen-feature"]])
    assert LABELS[int(np.argmax(p[0]))] == "actor"
    assert LABELS[int(np.argmax(p[1]))] == "undergoer"
    assert LABELS[int(np.argmax(p[2]))] == "none"
    assert np.allclose(p.sum(axis=1), 1.0)


def test_training_is_deterministic_and_json_keeps_the_model():
    first, second = train(*_toy_set()), train(*_toy_set())
    assert json.dumps(first.to_json()) == json.dumps(second.to_json())
    again = RoleModel.from_json(json.loads(json.dumps(first.to_json())))
    probe = [["T=RegulatoryAction", "P=dobj^", "noise=1"]]
    assert np.allclose(again.probabilities(probe), first.probabilities(probe), atol=1e-3)


def test_rare_features_are_dropped():
    features, labels = _toy_set()
    model = train(features + [["T=RegulatoryAction", "P=nsubj^", "seen-once"]], labels + ["actor"])
    assert "seen-once" not in model.features
    assert "P=nsubj^" in model.features


def test_roles_keep_only_sure_non_none_labels(nlp):
    ctx = context(nlp, "The Harbor Commission fined Velo Freight.", [COMMISSION, FREIGHT])
    cands = candidates(ctx)
    sure_actor = _constant_model("actor", margin=6.0)
    assert {(c.key.split("/")[1], role) for c, role, _ in sure_actor.roles(cands, 0.9)} == {
        ("harbor-commission", "actor"), ("velo-freight", "actor")}
    assert _constant_model("actor", margin=0.5).roles(cands, 0.9) == []  # not sure enough
    assert _constant_model("none", margin=6.0).roles(cands, 0.9) == []


def _constant_model(label: str, margin: float) -> RoleModel:
    """A model that gives every candidate `label`, `margin` logits ahead of the rest."""
    weights = np.zeros((1, len(LABELS)))
    weights[0, LABELS.index(label)] = margin
    return RoleModel({}, weights)


# --- the shipped weights on sentences no model has seen ---------------------------------------

@pytest.mark.parametrize("text, entities, expected", [
    ("The Harbor Commission fined Velo Freight on Tuesday.", [COMMISSION, FREIGHT],
     {("RegulatoryAction", "harbor-commission", "actor"), ("RegulatoryAction", "velo-freight", "target")}),
    ("The Harbor Commission's investigation into Velo Freight widened.", [COMMISSION, FREIGHT],
     {("RegulatoryAction", "harbor-commission", "actor"), ("RegulatoryAction", "velo-freight", "target")}),
    ("Grenfeld Holdings agreed to acquire Pim Robotics.", [("Grenfeld Holdings", "Company"), ("Pim Robotics", "Company")],
     {("Investment", "grenfeld-holdings", "actor"), ("Investment", "pim-robotics", "target")}),
    ("The Orvel Index slid 2.1 percent.", [("Orvel Index", "MarketIndex")],
     {("MarketMove", "orvel-index", "subject")}),
    ("Shares of Velo Freight tumbled 4% in early trading.", [FREIGHT],
     {("MarketMove", "velo-freight", "subject")}),
])
def test_shipped_model_reads_roles_in_fresh_sentences(nlp, text, entities, expected):
    model = shipped_model()
    assert model is not None, "kg/data/event_roles.json is missing from the package"
    ctx = context(nlp, text, entities)
    found = {(c.event_type, c.key.split("/")[1], role) for c, role, _ in model.roles(candidates(ctx), 0.9)}
    assert expected <= found


# --- how events use the reader ----------------------------------------------------------------

def _events(nlp, text, entities):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return extract_events(doc, table, Article(id="t", text=text, published=date(2024, 5, 8)))


def test_learned_roles_pass_the_same_role_checks(nlp, monkeypatch):
    # a reader that calls everyone an actor: a firm is no regulator's actor and nothing is a
    # market move's actor, so the checks leave nothing of it
    monkeypatch.setattr(events_module, "shipped_model", lambda: _constant_model("actor", margin=8.0))
    evs = _events(nlp, "Velo Freight shares tumbled after Pim Robotics complained.",
                  [FREIGHT, ("Pim Robotics", "Company")])
    assert not [e for e in evs if e.type in ("RegulatoryAction", "MarketMove")
                and any(p.role == "actor" for p in e.participants)]


def test_a_learned_participant_joins_the_event_the_patterns_found(nlp, monkeypatch):
    text = "On Monday the Harbor Commission fined Velo Freight, which Pim Robotics owns."
    entities = [COMMISSION, FREIGHT, ("Pim Robotics", "Company")]
    monkeypatch.setattr(events_module, "shipped_model", lambda: None)
    (plain,) = [e for e in _events(nlp, text, entities) if e.type == "RegulatoryAction"]
    monkeypatch.setattr(events_module, "shipped_model", lambda: _constant_model("undergoer", margin=8.0))
    with_reader = [e for e in _events(nlp, text, entities) if e.type == "RegulatoryAction"]
    assert len(with_reader) == 1
    merged = with_reader[0]
    assert {p.entity for p in plain.participants} <= {p.entity for p in merged.participants}
    assert merged.date == plain.date == "2024-05-06"
    roles = {p.entity.split("/")[1]: p.role for p in merged.participants}
    assert roles["harbor-commission"] == "actor"  # the patterns' role wins over the reader's


def test_without_a_shipped_model_events_come_from_the_patterns_alone(nlp, monkeypatch):
    text = "The Harbor Commission fined Velo Freight."
    monkeypatch.setattr(events_module, "shipped_model", lambda: None)
    evs = _events(nlp, text, [COMMISSION, FREIGHT])
    assert [e.type for e in evs] == ["RegulatoryAction"]
    assert all(e.confidence > 0.6 for e in evs)


# --- retraining from annotated articles -------------------------------------------------------

def test_weights_named_by_the_environment_replace_the_shipped_ones(nlp, tmp_path, monkeypatch):
    silent = tmp_path / "silent.json"
    silent.write_text(json.dumps(_constant_model("none", margin=8.0).to_json()), encoding="utf-8")
    monkeypatch.setenv("KG_EVENT_ROLES", str(silent))
    model = shipped_model()
    assert model is not None and model.features == {}
    ctx = context(nlp, "The Harbor Commission fined Velo Freight.", [COMMISSION, FREIGHT])
    assert model.roles(candidates(ctx), 0.9) == []
    monkeypatch.delenv("KG_EVENT_ROLES")
    assert shipped_model().features  # the shipped weights again


def test_training_command_writes_loadable_weights_the_same_each_time(examples_dir, tmp_path, capsys):
    from kg.training import main

    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main([str(examples_dir), "--out", str(first)]) == 0
    assert "trained on 3 articles" in capsys.readouterr().out
    assert main([str(examples_dir), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = RoleModel.from_json(json.loads(first.read_text(encoding="utf-8")))
    assert model.features and model.labels == LABELS


def test_training_command_names_a_bad_path_in_one_line(tmp_path, capsys):
    from kg.training import main

    out = tmp_path / "w.json"
    out.write_text("keep me", encoding="utf-8")
    assert main([str(tmp_path / "missing"), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "missing" in err and "no such file or folder" in err
    assert out.read_text(encoding="utf-8") == "keep me"  # an existing output is left alone


def test_labels_come_from_the_gold_events(nlp):
    from kg.training import labelled_candidates

    text = "The Harbor Commission fined Velo Freight on Tuesday. Velo Freight shares slid."
    gold = {"entities": [{"id": "hc", "name": "Harbor Commission", "type": "GovernmentBody"},
                         {"id": "vf", "name": "Velo Freight", "type": "Company"}],
            "events": [{"id": "e1", "type": "RegulatoryAction",
                        "participants": [{"entity": "hc", "role": "actor"}, {"entity": "vf", "role": "target"}]}]}
    features, labels = labelled_candidates(nlp(text), Article(id="t", text=text), gold)
    by_trigger = {}
    for f, y in zip(features, labels):
        by_trigger.setdefault(next(x for x in f if x.startswith("T=") and "|L=" in x), set()).add(y)
    assert by_trigger["T=RegulatoryAction|L=fine"] == {"actor", "undergoer"}
    assert by_trigger["T=MarketMove|L=slide"] == {"none"}  # the gold has no market move


@pytest.mark.parametrize("text", [
    "Tandem Mills declined to comment on the report.",
    "A spokeswoman for Tandem Mills declined to say more.",
    "The chief executive of Tandem Mills fell from his horse in March.",
    "Exports to Tandem Mills fell 4 percent in March.",
    "Sales at Tandem Mills rose 6 percent last year.",
    "Revenue from Tandem Mills dropped sharply.",
])
def test_a_firm_that_speaks_reports_figures_or_stands_beside_a_person_does_not_move(nlp, text):
    evs = _events(nlp, text, [("Tandem Mills", "Company")])
    assert [e for e in evs if e.type == "MarketMove"] == []


def test_a_firm_whose_shares_fall_still_moves(nlp):
    evs = _events(nlp, "Shares of Tandem Mills fell 3 percent on Monday.", [("Tandem Mills", "Company")])
    (move,) = [e for e in evs if e.type == "MarketMove"]
    assert [(p.entity, p.role) for p in move.participants] == [("company/tandem-mills", "subject")]


def test_kg_train_writes_weights_kg_then_uses(examples_dir, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "roles.json"
    result = CliRunner().invoke(app, ["train", str(examples_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "trained on 3 articles" in result.stderr
    monkeypatch.setenv("KG_EVENT_ROLES", str(out))
    assert shipped_model().features == RoleModel.from_json(json.loads(out.read_text(encoding="utf-8"))).features


def test_kg_train_writes_both_readers_weights_in_one_run(examples_dir, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.extract import relmodel

    roles, relations = tmp_path / "roles.json", tmp_path / "relations.json"
    result = CliRunner().invoke(app, ["train", str(examples_dir), "-o", str(roles), "-r", str(relations)])
    assert result.exit_code == 0, result.output
    assert str(roles) in result.stderr and str(relations) in result.stderr
    monkeypatch.setenv("KG_RELATIONS_MODEL", str(relations))
    assert relmodel.shipped_model().labels == relmodel.LABELS


def test_kg_train_with_only_the_relation_file_writes_no_role_file(examples_dir, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    relations = tmp_path / "relations.json"
    result = CliRunner().invoke(app, ["train", str(examples_dir), "-r", str(relations)])
    assert result.exit_code == 0, result.output
    assert json.loads(relations.read_text(encoding="utf-8"))["labels"][0] == "none"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relations.json"]


def test_kg_train_with_no_file_to_write_is_one_clear_error(examples_dir):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["train", str(examples_dir)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "-o FILE" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_kg_train_never_writes_over_its_own_inputs(examples_dir, tmp_path):
    import shutil

    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path / "gold"
    shutil.copytree(examples_dir, folder)
    gold = sorted(folder.glob("*.gold.json"))[0]
    before = gold.read_bytes()
    result = CliRunner().invoke(app, ["train", str(folder), "-o", str(gold)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert gold.read_bytes() == before
