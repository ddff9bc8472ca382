"""A learned reader of event roles: which entity near a trigger word plays which role.

The hand-written argument patterns in kg.extract.events fit the sentences they were written
from; on articles nobody studied they find about a third of the participants. This module
learns the same decision from annotated articles instead. Every (trigger, entity) pair in a
sentence is a candidate, described only by general features: the trigger's event class and
lemma, the dependency path between the two, the entity's coarse type, voice and word order. A
multinomial logistic regression says whether the entity is the event's actor, its target or
subject, a meeting's chair or attendee, its location, or no participant at all. Events adds
what the model is sure of (kg.extract.confidence.EVENT_LEARNED_ROLE_THRESHOLD) to what its
patterns found; the patterns' role checks then apply to both.

The weights ship as JSON (kg/data/event_roles.json, sorted, so a retrained model diffs
cleanly); kg.training rebuilds them from facts-format gold files (FORMAT.md), and the
environment variable KG_EVENT_ROLES names another weights file to use instead. Prediction is a
sum over a few dozen string features per candidate.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from kg.errors import ModelError
from kg.extract.event_lexicon import MOVE_DOWN_VERBS, MOVE_UP_VERBS, TRIGGERS
from kg.extract.patterns import lemma
from kg.extract.relations import CRITICISM_NOUNS, CRITICIZE_VERBS
from kg.resources import data_file

LABELS = ("none", "actor", "undergoer", "chair", "attendee", "location")
# the name FORMAT.md gives the "undergoer" class in each event type
UNDERGOER_ROLE = {"MarketMove": "subject", "IPO": "subject", "ProductRelease": "subject"}
WEIGHTS_FILE = data_file("event_roles.json")

# Market moves and criticism are found by words kept beside their engines; the reader takes the
# criticism words of kg.extract.relations and the move verbs of the lexicon, less those left to
# the engine, which reads them only beside a price and a figure: verbs that as often tell a firm's
# or an economy's figures ("grew", "lost $2 billion", "added jobs", "eased") and rarer price
# verbs ("edged", "firmed", "spiked") the reader was not trained on.
ENGINE_ONLY_MOVE_VERBS = frozenset(
    "add increase edge firm spike leap recover grow strengthen appreciate lose sag collapse ease depreciate tank "
    "shrink skyrocket rocket bounce inch tick skid dive nosedive decrease".split())
MOVE_VERBS = (MOVE_UP_VERBS | MOVE_DOWN_VERBS) - ENGINE_ONLY_MOVE_VERBS
# arcs that enter another clause: a role seldom crosses one
_CLAUSE_ARCS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp"}


def trigger_types(tok) -> list[str]:
    """The event classes a token may name: a verb by its lemma, a noun by its form."""
    low, lem = tok.lower_, lemma(tok)
    if tok.pos_ in ("VERB", "AUX"):
        types = [t for t, cls in TRIGGERS.items() if lem in cls.verbs]
        if lem in MOVE_VERBS:
            types.append("MarketMove")
        if lem in CRITICIZE_VERBS:
            types.append("Criticism")
        return types
    if tok.pos_ in ("NOUN", "PROPN"):
        types = [t for t, cls in TRIGGERS.items() if low in cls.nouns]
        if low in CRITICISM_NOUNS:
            types.append("Criticism")
        return types
    return []


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _arc(tok) -> str:
    """A token's arc to its head, with the preposition named: "pobj:against", "prep:by"."""
    if tok.dep_ == "pobj":
        return "pobj:" + tok.head.lower_
    if tok.dep_ == "prep":
        return "prep:" + tok.lower_
    return tok.dep_


def dependency_path(entity_tok, trigger) -> tuple[str, int, bool]:
    """The arcs from the entity up to the lowest common head ("^") and down to the trigger
    ("v"), e.g. "nsubj^" or "pobj:against^prep:against^"; its length; whether it enters
    another clause. Unconnected tokens give ("none", 99, True)."""
    up_e = _ancestors(entity_tok)
    up_t = _ancestors(trigger)
    depth_t = {t.i: n for n, t in enumerate(up_t)}
    for n, a in enumerate(up_e):
        if a.i in depth_t:
            rising, falling = up_e[:n], up_t[: depth_t[a.i]]
            arcs = [_arc(t) + "^" for t in rising] + [_arc(t) + "v" for t in reversed(falling)]
            crosses = any(t.dep_ in _CLAUSE_ARCS for t in rising + falling)
            return "".join(arcs) or "self", len(arcs), crosses
    return "none", 99, True


def _passive(trigger) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4+" if n < 8 else "8+"


def pair_features(trigger, event_type: str, entity_tok, entity_type: str, n_entities: int,
                  path: tuple[str, int, bool] | None = None) -> list[str]:
    """The features of one (trigger, entity) candidate (`path`: its dependency_path, where the
    caller has it). Only the trigger's lemma is a word; the rest is structure, so what is learned
    carries over to sentences never seen."""
    path, length, crosses = path or dependency_path(entity_tok, trigger)
    lem = lemma(trigger)
    first = path.split("^")[0] if "^" in path else path
    last_up = path.rsplit("^", 1)[0].rsplit("^", 1)[-1] if "^" in path else "-"
    side = "before" if entity_tok.i < trigger.i else "after"
    voice = "pass" if _passive(trigger) else "act"
    t, e = event_type, entity_type
    features = [
        f"T={t}",
        f"T={t}|L={lem}",
        f"T={t}|pos={trigger.pos_}",
        f"T={t}|E={e}",
        f"T={t}|P={path}",
        f"P={path}",
        f"T={t}|V={voice}|P={path}",
        f"T={t}|first={first}",
        f"T={t}|E={e}|first={first}",
        f"T={t}|lastup={last_up}",
        f"T={t}|E={e}|lastup={last_up}",
        f"T={t}|E={e}|side={side}|V={voice}",
        f"T={t}|len={_bucket(length)}",
        f"T={t}|cross={crosses}",
        f"T={t}|E={e}|n={_bucket(n_entities)}",
        f"T={t}|L={lem}|E={e}|side={side}",
        f"T={t}|L={lem}|first={first}",
    ]
    if entity_tok.pos_ == "PRON":
        features.append(f"T={t}|pron")
    return features


@dataclass
class Candidate:
    """One (trigger, entity) pair of a sentence."""

    ctx: object  # the ArticleContext whose parse holds the sentence (a re-parsed headline has its own)
    sent: object
    trigger: object
    event_type: str
    key: str
    features: list[str]
    mention: object = None  # the token of the entity's mention the features describe


def _mention_heads(ctx, sent) -> dict[str, list]:
    """Each entity named in the sentence outside quotes -> the head tokens of its mentions."""
    heads: dict[str, list] = {}
    for tok in sent:
        key = ctx.key(tok)
        if key is None or ctx.in_quote(tok.idx):
            continue
        if tok.head.i != tok.i and ctx.key(tok.head) == key and sent.start <= tok.head.i < sent.end:
            continue  # inside the mention: its head is the mention's head
        heads.setdefault(key, []).append(tok)
    return heads


def candidates(ctx) -> list[Candidate]:
    """Every (trigger, entity) pair of the article outside quotes, in text order; an entity
    named twice in a sentence is taken at the mention nearest the trigger in the parse."""
    out = []
    for unit, sent in ctx.units():
        heads = _mention_heads(unit, sent)
        if not heads:
            continue
        for tok in sent:
            if unit.in_quote(tok.idx) or unit.key(tok) is not None or (tok.is_title and tok.i > sent.start):
                continue  # a word of a name ("Special Agent in Charge", "Listing Rules") triggers nothing
            types = trigger_types(tok)
            if not types:
                continue
            # each entity at its mention nearest the trigger: one path per entity, whatever the event type
            nearest = {key: min(((dependency_path(t, tok), t) for t in toks), key=lambda pt: pt[0][1])
                       for key, toks in heads.items()}
            for event_type in types:
                for key, (path, mention) in nearest.items():
                    if mention.i == tok.i:
                        continue
                    features = pair_features(tok, event_type, mention, unit.type_of(key) or "?", len(heads), path)
                    out.append(Candidate(unit, sent, tok, event_type, key, features, mention))
    return out


def role_name(event_type: str, label: str) -> str:
    """The FORMAT.md role of a label in an event type ("undergoer" is a target or a subject)."""
    return UNDERGOER_ROLE.get(event_type, "target") if label == "undergoer" else label


# ---------------------------------------------------------------------------------------------
# the model: multinomial logistic regression over string features


class RoleModel:
    """Weights per feature and label; a feature not seen in training adds nothing."""

    def __init__(self, features: dict[str, int], weights: np.ndarray, labels=LABELS):
        self.features = features
        self.weights = weights  # (n_features + 1) x n_labels; the last row is the bias
        self.labels = tuple(labels)

    def probabilities(self, feature_lists: list[list[str]]) -> np.ndarray:
        out = np.empty((len(feature_lists), len(self.labels)))
        bias = self.weights[-1]
        for n, features in enumerate(feature_lists):
            rows = [self.features[f] for f in features if f in self.features]
            z = bias + self.weights[rows].sum(axis=0)
            z = np.exp(z - z.max())
            out[n] = z / z.sum()
        return out

    def roles(self, cands: list[Candidate], threshold: float) -> list[tuple[Candidate, str, float]]:
        """(candidate, FORMAT.md role, probability) for each candidate whose likeliest role is
        not "none" and has at least `threshold` probability."""
        if not cands:
            return []
        probs = self.probabilities([c.features for c in cands])
        out = []
        for c, p in zip(cands, probs):
            best = int(np.argmax(p))
            if best != 0 and p[best] >= threshold:
                out.append((c, role_name(c.event_type, self.labels[best]), float(p[best])))
        return out

    def to_json(self) -> dict:
        rows = {}
        for name, i in self.features.items():
            w = self.weights[i]
            if np.abs(w).max() >= 1e-4:
                rows[name] = [round(float(x), 4) for x in w]
        return {"labels": list(self.labels), "bias": [round(float(x), 4) for x in self.weights[-1]],
                "weights": dict(sorted(rows.items()))}

    @classmethod
    def from_json(cls, data: dict) -> "RoleModel":
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise ValueError("not a weights object")
        names = list(data["weights"])
        w = np.array([data["weights"][n] for n in names] + [data["bias"]], dtype=float).reshape(
            len(names) + 1, len(data["labels"]))
        return cls({n: i for i, n in enumerate(names)}, w, data["labels"])


WEIGHTS_VARIABLE = "KG_EVENT_ROLES"
"""Environment variable naming a weights file to use instead of the shipped one (one retrained
with `kg train ARTICLES -o FILE` on your own annotated articles)."""


def shipped_model() -> RoleModel | None:
    """The role model in use: the file KG_EVENT_ROLES names, else the one trained on the
    project's annotated articles (None where none ships)."""
    return load_weights(WEIGHTS_VARIABLE, WEIGHTS_FILE, LABELS, "event-role", "an event-role",
                        "kg train ARTICLES -o FILE")


def load_weights(variable: str, shipped, labels, kind: str, a_kind: str, how: str) -> RoleModel | None:
    """The model of a learned reader: the weights file the environment variable `variable` names,
    else the `shipped` one (None where none ships). A file that cannot be read or is no weights
    file of `labels` is a ModelError naming it (`kind`, `a_kind`: the reader's name in the message,
    `how`: the command that writes one)."""
    chosen = os.environ.get(variable)
    path = str(Path(chosen).expanduser()) if chosen else str(shipped)
    return _load_model(path, bool(chosen), variable, tuple(labels), kind, a_kind, how)


@lru_cache(maxsize=8)
def _load_model(path: str, chosen: bool, variable: str, labels: tuple, kind: str, a_kind: str,
                how: str) -> RoleModel | None:
    file = Path(path)
    if not chosen and not file.exists():
        return None
    where = f"{variable}={path}" if chosen else path
    try:
        model = RoleModel.from_json(json.loads(file.read_text(encoding="utf-8")))
        if model.labels != labels:
            raise ValueError("labels")
        return model
    except OSError as error:
        raise ModelError(f"cannot read the {kind} weights {where} ({error.strerror})") from None
    except (ValueError, KeyError, TypeError):
        raise ModelError(f"{where} is not {a_kind} weights file (write one with {how})") from None
