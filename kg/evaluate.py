"""Measure `kg` on annotated articles: extraction -> graph -> facts JSON -> FORMAT.md scores.

`evaluate(paths)` finds article/gold pairs (`name.txt` beside `name.gold.json`), runs the
whole extraction path on each article, reads the facts back out of the RDF graph with
`kg.facts.graph_to_facts` (so the score measures what a user's graph holds, not a side channel),
and scores them with `score(gold, predicted)`.

`score` follows the rules of FORMAT.md and gives the same numbers as the project's reference
scorer (shared/eval/score.py; a test compares the two). It is reimplemented here, not imported,
because the reference scorer is not shipped with the package and users score their own articles.
The one deliberate difference: when a predicted entity's surface forms match different gold
entities, the reference scorer's choice depends on set iteration order; here the canonical name
is tried first, then the aliases in the order given, so the result is deterministic.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.models import ENTITY_TYPES

GOLD_SUFFIX = ".gold.json"
ARTICLE_SUFFIXES = (".txt", ".md")
METRICS = ("typed_entities", "relations", "event_roles", "quotes", "event_dates")
"""The five F1 scores whose mean is the overall score (FORMAT.md)."""


# --------------------------------------------------------------------------------------------
# Scoring (FORMAT.md)


def normalise_name(text: str) -> str:
    """A surface form as the scorer compares it: case, possessive 's, leading "the", punctuation."""
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").lower().strip()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^\w&\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def precision_recall_f1(tp: int, n_pred: int, n_gold: int) -> dict:
    """Counts and P/R/F1 rounded to 3 places; nothing predicted of nothing expected is perfect."""
    precision = tp / n_pred if n_pred else (0.0 if n_gold else 1.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(precision, 3), "r": round(recall, 3), "f1": round(f1, 3)}


def _forms_in_order(entity: dict) -> list[str]:
    forms = []
    for name in [entity.get("name", ""), *(entity.get("aliases") or [])]:
        form = normalise_name(name)
        if form and form not in forms:
            forms.append(form)
    return forms


class EntityAlignment:
    """Which gold entity (if any) each predicted entity stands for, by normalised names.

    A form shared by two gold entities identifies neither, so it never decides a match.
    """

    def __init__(self, gold: dict, predicted: dict):
        self.gold = {e["id"]: e for e in gold.get("entities", [])}
        self.predicted = {e["id"]: e for e in predicted.get("entities", [])}
        gold_ids_by_form: dict[str, list[str]] = {}
        for gold_id, entity in self.gold.items():
            for form in _forms_in_order(entity):
                gold_ids_by_form.setdefault(form, []).append(gold_id)
        self.to_gold: dict[str, str | None] = {}
        for pred_id, entity in self.predicted.items():
            match = None
            for form in _forms_in_order(entity):
                candidates = gold_ids_by_form.get(form, [])
                if len(candidates) == 1:
                    match = candidates[0]
                    break
            self.to_gold[pred_id] = match

    def gold_id(self, pred_id: str | None) -> str | None:
        return self.to_gold.get(pred_id) if pred_id is not None else None

    def optional(self, gold_id: str | None) -> bool:
        return bool(gold_id and self.gold[gold_id].get("optional"))

    def name(self, gold_id: str) -> str:
        return self.gold[gold_id]["name"] if gold_id in self.gold else gold_id


def score_entities(align: EntityAlignment) -> tuple[dict, dict]:
    """Untyped and typed entity scores; a second prediction of one gold entity is a false positive."""
    required = [g for g, e in align.gold.items() if not e.get("optional")]
    credited: list[str] = []
    credited_typed: set[str] = set()
    counted = 0
    for pred_id, entity in align.predicted.items():
        if entity.get("type") not in ENTITY_TYPES:
            continue
        gold_id = align.to_gold[pred_id]
        if align.optional(gold_id):
            continue
        counted += 1
        if gold_id is None or gold_id in credited:
            continue
        credited.append(gold_id)
        gold_entity = align.gold[gold_id]
        if entity["type"] == gold_entity["type"] or entity["type"] in gold_entity.get("alt_types", []):
            credited_typed.add(gold_id)
    untyped = precision_recall_f1(len(credited), counted, len(required))
    typed = precision_recall_f1(len(credited_typed), counted, len(required))
    untyped["missed"] = sorted(align.gold[g]["name"] for g in required if g not in credited)
    untyped["spurious"] = sorted(
        e["name"] for p, e in align.predicted.items() if e.get("type") in ENTITY_TYPES and align.to_gold[p] is None
    )
    typed["mistyped"] = sorted(
        f'{align.predicted[p]["name"]}: {align.predicted[p].get("type")} (gold {align.gold[g]["type"]})'
        for p, g in align.to_gold.items()
        if g in credited and g not in credited_typed and align.predicted[p].get("type") in ENTITY_TYPES
    )
    return untyped, typed


def score_relations(align: EntityAlignment, gold: dict, predicted: dict) -> dict:
    """(subject, predicate, object) triples after entity alignment; duplicates count once."""
    required, optional = set(), set()
    for relation in gold.get("relations", []):
        triple = (relation["subject"], relation["predicate"], relation["object"])
        (optional if relation.get("optional") else required).add(triple)
    found = set()
    for relation in predicted.get("relations", []):
        subject, obj = align.gold_id(relation.get("subject")), align.gold_id(relation.get("object"))
        triple = (subject or f'?{relation.get("subject")}', relation.get("predicate"), obj or f'?{relation.get("object")}')
        if triple in optional or align.optional(subject) or align.optional(obj):
            continue
        found.add(triple)
    result = precision_recall_f1(len(found & required), len(found), len(required))

    def label(i: str) -> str:
        # An unmatched object is shown by its predicted name; an unmatched subject by its "?id".
        if i in align.gold:
            return align.gold[i]["name"]
        return align.predicted.get(i[1:], {}).get("name", i)

    result["missed"] = sorted(f"{align.name(s)} {p} {align.name(o)}" for s, p, o in required - found)
    result["spurious"] = sorted(f"{align.name(s)} {p} {label(o)}" for s, p, o in found - required)
    return result


def role_class(role: str | None) -> str:
    """The role as the role-aware event score compares it: `subject` and `target` (what an event
    is about or done to) are one class; `actor`, `chair`, `attendee` and `location` stay apart."""
    return "undergoer" if role in ("subject", "target") else str(role)


def score_event_slots(align: EntityAlignment, gold: dict, predicted: dict, *, with_roles: bool) -> dict:
    """F1 over (type, entity) participant pairs, or over (type, entity, role class) with roles.

    Each gold participant is a slot; a predicted pair fills the first free slot it matches. A
    pair that only matches an already filled slot (an alternative id) is neither credited nor
    penalised.
    """

    def key(event_type, participant: dict) -> tuple:
        return (event_type, role_class(participant.get("role"))) if with_roles else (event_type,)

    slots: list[tuple[tuple, set[str]]] = []  # each gold participant: (key, acceptable gold ids)
    optional_pairs = set()
    for event in gold.get("events", []):
        for participant in event.get("participants", []):
            ids = {participant["entity"], *participant.get("alt", [])}
            slot_key = key(event["type"], participant)
            if event.get("optional") or align.optional(participant["entity"]):
                optional_pairs.update((slot_key, i) for i in ids)
            else:
                slots.append((slot_key, ids))
    pairs = set()
    for event in predicted.get("events", []):
        for participant in event.get("participants", []):
            gold_id = align.gold_id(participant.get("entity"))
            pairs.add((key(event.get("type"), participant), gold_id or f'?{participant.get("entity")}'))
    filled = [False] * len(slots)
    tp = counted = 0
    for pair in sorted(pairs, key=lambda p: (tuple(str(k) for k in p[0]), p[1])):
        if pair in optional_pairs:
            continue
        matching = [i for i, (slot_key, ids) in enumerate(slots) if slot_key == pair[0] and pair[1] in ids]
        if not matching:
            counted += 1
            continue
        free = [i for i in matching if not filled[i]]
        if free:
            filled[free[0]] = True
            tp += 1
            counted += 1
    result = precision_recall_f1(tp, counted, len(slots))
    result["missed"] = sorted(
        f"{':'.join(slot_key)}: {'/'.join(sorted(align.name(i) for i in ids))}"
        for (slot_key, ids), f in zip(slots, filled) if not f
    )
    return result


def score_event_dates(align: EntityAlignment, gold: dict, predicted: dict) -> dict:
    """Event dates (FORMAT.md): P/R/F1 over the gold events that have a date.

    A dated predicted event that shares its type and a participant with a gold event is checked:
    it is right when its date agrees with that gold event's date at the gold's precision (each
    gold event credited once); a date where the gold has another date or none (a guess) counts
    against precision. Predicted events that match no gold event are left to the event scores.
    """
    gold_events = [e for e in gold.get("events", []) if not e.get("optional")]
    ids_of = [{i for p in e["participants"] for i in {p["entity"], *p.get("alt", [])}} for e in gold_events]
    dated = [i for i, e in enumerate(gold_events) if e.get("date")]
    credited: set[int] = set()
    counted = 0
    wrong = []
    for candidate in predicted.get("events", []):
        if not candidate.get("date"):
            continue
        shared_ids = {align.gold_id(p.get("entity")) for p in candidate.get("participants", [])} - {None}
        match = [i for i, e in enumerate(gold_events) if e["type"] == candidate.get("type") and ids_of[i] & shared_ids]
        if not match:
            continue
        right = [i for i in match
                 if gold_events[i].get("date") and str(candidate["date"]).startswith(gold_events[i]["date"])]
        uncredited = [i for i in right if i not in credited]
        if uncredited:
            credited.add(uncredited[0])
            counted += 1
        elif not right:
            counted += 1
            wrong.append(f'{candidate.get("type")} {candidate["date"]} (gold {gold_events[match[0]].get("date") or "no date"})')
        # A second right date for an already credited gold event is neither credited nor penalised.
    result = precision_recall_f1(len(credited), counted, len(dated))
    result["right"], result["gold_dated"] = len(credited), len(dated)
    result["missed"] = sorted(
        f'{gold_events[i]["type"]} {gold_events[i]["date"]}: '
        f'{"/".join(sorted(align.gold[p["entity"]]["name"] for p in gold_events[i]["participants"] if p["entity"] in align.gold))}'
        for i in dated if i not in credited
    )
    result["spurious"] = sorted(wrong)
    return result


def score_quotes(align: EntityAlignment, gold: dict, predicted: dict) -> dict:
    """A predicted quote matches when its text contains the gold fragment and the speaker matches."""
    required = [q for q in gold.get("quotes", []) if not q.get("optional")]
    optional = [q for q in gold.get("quotes", []) if q.get("optional")]
    used = [False] * len(required)
    tp = counted = 0
    for quote in predicted.get("quotes", []):
        text = normalise_name(quote.get("text", ""))
        speaker = align.gold_id(quote.get("speaker"))
        hit = next(
            (i for i, g in enumerate(required)
             if not used[i] and normalise_name(g["text"]) in text and g["speaker"] == speaker),
            None,
        )
        if hit is not None:
            used[hit] = True
            tp += 1
            counted += 1
            continue
        contains_gold = [g for g in optional + required if normalise_name(g["text"]) in text]
        if contains_gold:
            # An optional quote, or a second copy of a credited one, is free; a wrong speaker is not.
            if not any(g["speaker"] == speaker for g in contains_gold):
                counted += 1
        elif text:
            counted += 1
    result = precision_recall_f1(tp, counted, len(required))
    result["missed"] = [f'{align.name(g["speaker"])}: {g["text"]}' for g, u in zip(required, used) if not u]
    return result


def score(gold: dict, predicted: dict) -> dict:
    """FORMAT.md scores of `predicted` facts JSON against a `gold` annotation of the same article."""
    align = EntityAlignment(gold, predicted)
    entities, typed = score_entities(align)
    relations = score_relations(align, gold, predicted)
    events = score_event_slots(align, gold, predicted, with_roles=False)
    roles = score_event_slots(align, gold, predicted, with_roles=True)
    dates = score_event_dates(align, gold, predicted)
    quotes = score_quotes(align, gold, predicted)
    overall = round((typed["f1"] + relations["f1"] + roles["f1"] + quotes["f1"] + dates["f1"]) / 5, 3)
    overall_v1 = round((typed["f1"] + relations["f1"] + events["f1"] + quotes["f1"]) / 4, 3)
    return {
        "article": gold.get("article"),
        "entities": entities,
        "typed_entities": typed,
        "relations": relations,
        "event_participants": events,
        "event_roles": roles,
        "event_dates": dates,
        "quotes": quotes,
        "overall": overall,
        "overall_v1": overall_v1,
    }


# --------------------------------------------------------------------------------------------
# Article/gold pairs and the evaluation run


@dataclass(frozen=True)
class GoldPair:
    article: Path
    gold: Path

    @property
    def name(self) -> str:
        return self.gold.name[: -len(GOLD_SUFFIX)]


def _article_beside(gold: Path) -> Path | None:
    stem = gold.name[: -len(GOLD_SUFFIX)]
    for suffix in ARTICLE_SUFFIXES:
        candidate = gold.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def find_pairs(paths: Iterable[str | Path]) -> list[GoldPair]:
    """Article/gold pairs in `paths`: an article, its gold file, or a folder searched recursively.

    A folder contributes every `*.gold.json` with an article beside it; naming a single file
    whose partner is missing is an error.
    """
    pairs: list[GoldPair] = []
    for item in paths:
        path = Path(item)
        if not path.exists():
            raise InputError("no such file or folder; check the path", path=str(item))
        if path.is_dir():
            found = []
            for gold in sorted(path.rglob(f"*{GOLD_SUFFIX}")):
                if any(part.startswith(".") for part in gold.relative_to(path).parts):
                    continue
                article = _article_beside(gold)
                if article is not None:
                    found.append(GoldPair(article, gold))
            if not found:
                raise InputError(
                    f"folder has no article/gold pairs (name.txt beside name{GOLD_SUFFIX})", path=str(item)
                )
            pairs.extend(found)
        elif path.name.endswith(GOLD_SUFFIX):
            article = _article_beside(path)
            if article is None:
                raise InputError(f"has no article beside it (expected {path.name[: -len(GOLD_SUFFIX)]}.txt)", path=str(item))
            pairs.append(GoldPair(article, path))
        else:
            gold = path.with_name(path.stem + GOLD_SUFFIX)
            if not gold.is_file():
                raise InputError(f"has no gold annotation beside it (expected {gold.name})", path=str(item))
            pairs.append(GoldPair(path, gold))
    unique = list(dict.fromkeys(pairs))
    return unique


def read_gold(path: Path) -> dict:
    """A gold annotation file, or an InputError naming what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8; save it as UTF-8", path=str(path)) from None
    except json.JSONDecodeError as error:
        raise InputError(f"is not valid JSON ({error.msg})", path=str(path), line=error.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        raise InputError("is not a FORMAT.md facts object (one JSON object with \"entities\")", path=str(path))
    for entity in data.get("entities", []):
        if not isinstance(entity, dict) or "id" not in entity or "name" not in entity or "type" not in entity:
            raise InputError("has an entity without id, name and type", path=str(path))
    return data


@dataclass
class ArticleScore:
    name: str
    article_path: str
    gold_path: str
    scores: dict
    predicted: dict
    gold: dict = field(default_factory=dict, repr=False)
    facts: object = field(default=None, repr=False)  # the extracted kg.models.Facts, for calibration

    def f1(self, metric: str) -> float:
        if metric in ("overall", "overall_v1"):
            return self.scores[metric]
        return self.scores[metric]["f1"]


@dataclass
class EvaluationReport:
    """Per-article scores; `mean` averages one metric over the articles."""

    articles: list[ArticleScore] = field(default_factory=list)

    def mean(self, metric: str) -> float:
        if not self.articles:
            return 0.0
        return round(sum(a.f1(metric) for a in self.articles) / len(self.articles), 3)

    def means(self) -> dict:
        return {metric: self.mean(metric) for metric in (*METRICS, "event_participants", "overall", "overall_v1")}

    def micro(self) -> dict:
        """Precision, recall and F1 of each part over all the articles' facts pooled (each fact
        counts once, so long articles weigh more than in the means): the figures a target such
        as "relation recall 0.60 at precision 0.80" is stated in."""
        out = {}
        for metric in (*METRICS, "event_participants"):
            tp, pred, gold = (sum(a.scores[metric][k] for a in self.articles) for k in ("tp", "pred", "gold"))
            out[metric] = precision_recall_f1(tp, pred, gold)
        return out

    def to_json(self, details: bool = True) -> dict:
        def article(a: ArticleScore) -> dict:
            out = {"article": a.name, "path": a.article_path, "gold": a.gold_path}
            out.update({m: a.f1(m) for m in (*METRICS, "event_participants", "overall", "overall_v1")})
            if details:
                out["scores"] = a.scores
            return out

        return {"articles": [article(a) for a in self.articles], "mean": self.means(), "micro": self.micro()}


def predicted_facts(facts) -> dict:
    """The FORMAT.md facts of one article as the graph holds them (Facts -> RDF -> SPARQL)."""
    from kg.facts import graph_to_facts
    from kg.graph import facts_to_dataset

    result = graph_to_facts(facts_to_dataset([facts]))
    if isinstance(result, list):
        if len(result) != 1:
            raise InputError(f"expected the facts of one article from its graph, got {len(result)}")
        result = result[0]
    return result


def evaluate(paths: Iterable[str | Path], *, model: str | None = None, nlp=None, jobs: int = 1) -> EvaluationReport:
    """Score `kg` on every article/gold pair under `paths` (see `find_pairs`)."""
    from kg.pipeline import extract_facts

    pairs = find_pairs(paths)
    golds = [read_gold(pair.gold) for pair in pairs]
    from kg.io import read_articles

    articles = []
    for pair in pairs:
        articles.extend(read_articles([pair.article], strict=True))
    report = EvaluationReport()
    # Duplicate texts would be skipped by the pipeline; pairs are unique paths, so map by path.
    facts_by_path = {
        facts.article.path: facts for facts in extract_facts(articles, model=model, nlp=nlp, jobs=jobs)
    }
    for pair, gold, article in zip(pairs, golds, articles):
        facts = facts_by_path.get(article.path)
        if facts is None:  # the same text under two names: extracted once, scored twice
            facts = next(f for f in facts_by_path.values() if f.article.id == article.id)
        predicted = predicted_facts(facts)
        report.articles.append(
            ArticleScore(pair.name, str(pair.article), str(pair.gold), score(gold, predicted), predicted, gold, facts)
        )
    return report


# --------------------------------------------------------------------------------------------
# Calibration: is a fact at confidence c right about c of the time?

CALIBRATED_PARTS = {"relations": "relations", "event_roles": "events", "quotes": "quotes"}
"""Scores whose facts carry a confidence, and the `Facts` list that holds them."""


@dataclass(frozen=True)
class CalibrationRow:
    """Facts of one kind whose confidence is `confidence`, and how many of them the scorer credits.

    `confidence` is the stated value and `precision` the measured one; `stated_by` names the
    entries of kg.extract.confidence that state this value for this kind of fact (none when the
    value is derived: a quote's scaled confidence, an event found in several sentences)."""

    part: str
    confidence: float
    facts: int
    right: int

    @property
    def precision(self) -> float | None:
        return round(self.right / self.facts, 3) if self.facts else None

    @property
    def stated_by(self) -> list[str]:
        from kg.extract.confidence import stated_at

        return stated_at(CALIBRATED_PARTS[self.part], self.confidence)


def calibration(report: EvaluationReport) -> list[CalibrationRow]:
    """Precision of the facts at each confidence level, measured with the FORMAT.md scorer.

    The facts of every article are re-read from its graph at each confidence threshold present
    (`kg facts --min-confidence`); the facts that appear at threshold c but not above it are the
    ones whose confidence is c, and the difference in true positives says how many of them were
    right. Measuring through the scorer (not by matching facts one by one) keeps its rules:
    aliases, optional gold facts, `subject` = `target`.
    """
    from kg.graph import facts_to_dataset
    from kg.facts import graph_to_facts

    totals: dict[tuple[str, float], list[int]] = {}
    for article in report.articles:
        if article.facts is None:
            continue
        levels = sorted({
            float(fact.confidence)
            for kind in set(CALIBRATED_PARTS.values())
            for fact in getattr(article.facts, kind)
        })
        if not levels:
            continue
        dataset = facts_to_dataset([article.facts])
        counts = []  # per level (ascending): {part: (tp, pred)} of the facts at or above it
        for level in levels:
            predicted = graph_to_facts(dataset, min_confidence=level)
            predicted = predicted[0] if predicted else {"entities": [], "relations": [], "events": [], "quotes": []}
            scores = score(article.gold, predicted)
            counts.append({part: (scores[part]["tp"], scores[part]["pred"]) for part in CALIBRATED_PARTS})
        counts.append({part: (0, 0) for part in CALIBRATED_PARTS})
        for i, level in enumerate(levels):
            for part in CALIBRATED_PARTS:
                tp, pred = counts[i][part]
                tp_above, pred_above = counts[i + 1][part]
                if pred - pred_above > 0:
                    entry = totals.setdefault((part, level), [0, 0])
                    entry[0] += pred - pred_above
                    entry[1] += max(tp - tp_above, 0)
    return [CalibrationRow(part, level, n, right) for (part, level), (n, right) in sorted(totals.items())]
