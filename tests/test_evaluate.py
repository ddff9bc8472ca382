"""kg.evaluate: the FORMAT.md scorer agrees with shared/eval/score.py; pairs are found; kg eval runs.

The bundled examples (kg/data/examples) are always scored; the project's seed and dev gold files
and its reference scorer in ../shared/eval are used when they are beside the repository.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import find_pairs, normalise_name, read_gold, score
from kg.resources import examples_dir

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
EXAMPLE_GOLD_FILES = sorted(examples_dir().glob("*.gold.json"))
SHARED_GOLD_FILES = sorted(SHARED_EVAL.glob("seed.gold.json")) + sorted(SHARED_EVAL.glob("dev/*.gold.json"))
GOLD_FILES = EXAMPLE_GOLD_FILES + SHARED_GOLD_FILES  # the shared ones only when ../shared is there


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def perturb(gold: dict, rng: random.Random) -> dict:
    """A plausible imperfect prediction: entities dropped, retyped, duplicated or invented;
    relations, events and quotes dropped, rewired or misattributed."""
    pred = copy.deepcopy(gold)
    types = ["Person", "Company", "GovernmentBody", "Place", "Organization", "Thing"]
    entities = []
    for e in pred["entities"]:
        e.pop("optional", None)
        e.pop("alt_types", None)
        roll = rng.random()
        if roll < 0.15:
            continue  # missed
        if roll < 0.3:
            e["type"] = rng.choice(types)
        if roll > 0.9:
            entities.append({"id": e["id"] + "_dup", "name": e["name"].upper(), "type": e["type"]})
        if rng.random() < 0.3 and e.get("aliases"):
            e["name"], e["aliases"] = e["aliases"][0], [e["name"]]
        entities.append(e)
    entities.append({"id": "made_up", "name": "Imaginary Holdings", "type": "Company"})
    rng.shuffle(entities)
    pred["entities"] = entities
    ids = [e["id"] for e in entities]
    pred["relations"] = [
        {**r, "object": rng.choice(ids)} if rng.random() < 0.2 else r
        for r in pred.get("relations", []) if rng.random() > 0.2
    ] + [{"subject": rng.choice(ids), "predicate": "owns", "object": rng.choice(ids)}]
    for ev in pred.get("events", []):
        ev["participants"] = [p for p in ev["participants"] if rng.random() > 0.25]
        if rng.random() < 0.3:
            ev["participants"].append({"entity": rng.choice(ids), "role": "actor"})
        for p in ev["participants"]:
            if rng.random() < 0.2:
                p["role"] = rng.choice(["actor", "target", "subject", "chair", "attendee", "location"])
        if rng.random() < 0.3:
            ev["date"] = "1999-01-01"
        elif rng.random() < 0.2:
            ev["date"] = (ev.get("date") or "2020-05-05")[:4]
        elif rng.random() < 0.1:
            ev.pop("date", None)
        if rng.random() < 0.1:
            ev["type"] = "Other"
    quotes = []
    for q in pred.get("quotes", []):
        if rng.random() < 0.2:
            continue
        q = {**q, "text": f"prefix {q['text']} suffix"}
        if rng.random() < 0.2:
            q["speaker"] = rng.choice(ids)
        quotes.append(q)
        if rng.random() < 0.2:
            quotes.append(dict(q))
    quotes.append({"speaker": rng.choice(ids), "text": "words nobody said"})
    pred["quotes"] = quotes
    return pred


def test_normalise_name_follows_format_md():
    assert normalise_name("The Securities and Exchange Commission's") == "securities and exchange commission"
    assert normalise_name("  S&P 500 ") == "s&p 500"
    assert normalise_name("Xi\u2019s") == "xi"


EMPTY = {"article": "x", "entities": [], "relations": [], "events": [], "quotes": []}


def test_bundled_examples_are_three_annotated_articles():
    assert len(EXAMPLE_GOLD_FILES) >= 3
    for path in EXAMPLE_GOLD_FILES:
        gold = read_gold(path)
        assert gold["relations"] and gold["events"] and gold["quotes"], path.name
        assert any(event.get("date") for event in gold["events"]), path.name


def test_gold_scores_perfectly_against_itself():
    for path in GOLD_FILES:
        gold = load(path)
        assert score(gold, gold)["overall"] == 1.0, path.name


def test_empty_prediction_scores_zero():
    for path in EXAMPLE_GOLD_FILES:  # each annotates every kind of fact, so each F1 is 0
        assert score(load(path), EMPTY)["overall"] == 0.0, path.name


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_scores_agree_with_reference_scorer_on_perturbed_gold(reference_scorer, path):
    gold = load(path)
    assert score(gold, EMPTY) == reference_scorer.score(gold, EMPTY)
    rng = random.Random(path.name)
    for _ in range(25):
        pred = perturb(gold, rng)
        assert score(gold, pred) == reference_scorer.score(gold, pred)


def test_second_node_for_one_actor_is_a_false_positive():
    gold = {"entities": [{"id": "a", "name": "Ana Lima", "type": "Person", "aliases": ["Lima"]}]}
    pred = {"entities": [{"id": "p1", "name": "Ana Lima", "type": "Person"}, {"id": "p2", "name": "Lima", "type": "Person"}]}
    result = score(gold, pred)
    assert (result["entities"]["tp"], result["entities"]["pred"]) == (1, 2)


# --- pairs and gold files ---------------------------------------------------------------------


def test_find_pairs_in_a_folder_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a", "sub/b"):
        (tmp_path / f"{name}.txt").write_text("Text.")
        (tmp_path / f"{name}.gold.json").write_text("{}")
    (tmp_path / "lonely.gold.json").write_text("{}")  # no article: skipped in a folder
    (tmp_path / "c.txt").write_text("No gold.")
    pairs = find_pairs([tmp_path])
    assert [(p.name, p.article.name) for p in pairs] == [("a", "a.txt"), ("b", "b.txt")]


def test_find_pairs_from_article_or_gold_file(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    (tmp_path / "a.gold.json").write_text("{}")
    assert find_pairs([tmp_path / "a.txt"]) == find_pairs([tmp_path / "a.gold.json"])
    (tmp_path / "b.txt").write_text("Text.")
    with pytest.raises(InputError, match="b.gold.json"):
        find_pairs([tmp_path / "b.txt"])
    with pytest.raises(InputError, match="no such file"):
        find_pairs([tmp_path / "missing.txt"])


def test_bundled_examples_folder_pairs_every_article(examples_dir):
    names = [p.name for p in find_pairs([examples_dir])]
    assert names == [path.name.removesuffix(".gold.json") for path in EXAMPLE_GOLD_FILES]


def test_shared_eval_folder_has_seed_and_dev_pairs(shared_eval):
    names = {p.name for p in find_pairs([shared_eval])}
    assert "seed" in names and len(names) == len(SHARED_GOLD_FILES)


def test_bad_gold_file_is_an_input_error(tmp_path):
    (tmp_path / "a.gold.json").write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        read_gold(tmp_path / "a.gold.json")
    (tmp_path / "b.gold.json").write_text('{"entities": [{"name": "X"}]}')
    with pytest.raises(InputError, match="id, name and type"):
        read_gold(tmp_path / "b.gold.json")


# --- calibration ------------------------------------------------------------------------------


def _facts_with_confidences():
    """A two-relation article: the right relation stated confidently, a wrong one weakly."""
    from kg.models import Article, Entity, Evidence, Facts, Relation

    text = "Mara Quill chairs Lintel Bank. Lintel Bank is based in Sorvia."
    sentence = Evidence(text, 0, len(text))
    entities = [
        Entity("quill", "Mara Quill", "Person"),
        Entity("lintel", "Lintel Bank", "Company"),
        Entity("sorvia", "Sorvia", "Place"),
    ]
    relations = [
        Relation("quill", "holdsPosition", "lintel", sentence, title="chair", confidence=0.9),
        Relation("quill", "owns", "sorvia", sentence, confidence=0.5),
    ]
    return Facts(Article("cal1", text), entities, relations)


def test_calibration_counts_facts_and_right_ones_per_confidence():
    from kg.evaluate import ArticleScore, EvaluationReport, calibration, predicted_facts

    facts = _facts_with_confidences()
    gold = {
        "entities": [
            {"id": "q", "name": "Mara Quill", "type": "Person"},
            {"id": "l", "name": "Lintel Bank", "type": "Company"},
            {"id": "s", "name": "Sorvia", "type": "Place"},
        ],
        "relations": [
            {"subject": "q", "predicate": "holdsPosition", "object": "l", "title": "chair"},
            {"subject": "l", "predicate": "locatedIn", "object": "s"},
        ],
    }
    predicted = predicted_facts(facts)
    report = EvaluationReport([ArticleScore("cal1", "a.txt", "a.gold.json", score(gold, predicted), predicted, gold, facts)])
    rows = {(r.part, r.confidence): (r.facts, r.right) for r in calibration(report)}
    assert rows == {("relations", 0.5): (1, 0), ("relations", 0.9): (1, 1)}


def test_pooled_precision_and_recall_weigh_each_fact_once():
    from kg.evaluate import ArticleScore, EvaluationReport

    people = [{"id": f"p{i}", "name": f"Person {chr(65 + i)}", "type": "Person"} for i in range(4)]
    small_gold = {"entities": people[:1]}
    big_gold = {"entities": people}
    small_pred = {"entities": people[:1] + [{"id": "x", "name": "Stray Name", "type": "Person"}]}  # 1 right of 2
    big_pred = {"entities": people[:2]}  # 2 right of 2, 2 of 4 found
    report = EvaluationReport([
        ArticleScore("small", "s.txt", "s.gold.json", score(small_gold, small_pred), small_pred, small_gold, None),
        ArticleScore("big", "b.txt", "b.gold.json", score(big_gold, big_pred), big_pred, big_gold, None),
    ])
    pooled = report.micro()["typed_entities"]
    assert (pooled["tp"], pooled["pred"], pooled["gold"]) == (3, 4, 5)
    assert (pooled["p"], pooled["r"]) == (0.75, 0.6)
    assert report.to_json(details=False)["micro"]["typed_entities"] == pooled


def test_kg_eval_table_ends_with_pooled_precision_and_recall():
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 0, result.output
    last = result.stdout.strip().splitlines()[-2:]
    assert last[0].startswith("precision (pooled)") and last[1].startswith("recall (pooled)")
    assert all(len(line.split()) == 2 + 5 for line in last)  # label (two words) + five parts
