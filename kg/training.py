"""Training the learned event-role reader (kg.extract.eventmodel) on annotated articles.

Each article beside a facts-format gold file (FORMAT.md) is parsed and its entities resolved as
`kg extract` does; every (trigger, entity) candidate is labelled with the role class the gold
gives that entity in an event of the trigger's type ("none" where it has none). The gold says
which entity played which role in the article, not in which sentence, so a candidate is
labelled by the article's events: the model learns which paths and types make that likely.

    python -m kg.training GOLD_DIR... --out roles.json
    KG_EVENT_ROLES=roles.json kg extract ...      # use them instead of the shipped weights

The same articles give byte-identical weights (`train` is deterministic and the JSON is
sorted), written atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import EntityAlignment, find_pairs, read_gold, role_class
import numpy as np

from kg.extract.eventmodel import LABELS, WEIGHTS_FILE, RoleModel, candidates


def _gold_roles(gold: dict) -> dict[tuple[str, str], set[str]]:
    """(event type, gold entity id) -> the role classes it takes in the gold's events."""
    roles: dict[tuple[str, str], set[str]] = {}
    for event in gold.get("events", []):
        for participant in event.get("participants", []):
            for entity in {participant["entity"], *participant.get("alt", [])}:
                roles.setdefault((event["type"], entity), set()).add(role_class(participant.get("role")))
    return roles


def _label(classes: set[str]) -> str:
    for label in LABELS[1:]:  # actor before undergoer before chair ...: one label per candidate
        if label in classes:
            return label
    return "none"


def labelled_candidates(doc, article, gold: dict) -> tuple[list[list[str]], list[str]]:
    """The features and gold label of every candidate of one parsed article."""
    from kg.extract.entities import resolve_entities
    from kg.extract.patterns import ArticleContext

    table = resolve_entities(doc, article)
    ctx = ArticleContext.build(doc, table, article)
    predicted = {"entities": [{"id": e.key, "name": e.name, "aliases": list(e.aliases)} for e in table]}
    align = EntityAlignment(gold, predicted)
    roles = _gold_roles(gold)
    features, labels = [], []
    for c in candidates(ctx):
        features.append(c.features)
        labels.append(_label(roles.get((c.event_type, align.gold_id(c.key)), set())))
    return features, labels


def training_set(paths, nlp, progress=None) -> tuple[list[list[str]], list[str], int]:
    """Features and labels of all articles under `paths`, and how many articles they came from."""
    from kg.io import read_articles

    features, labels, n = [], [], 0
    for pair in find_pairs(paths):
        gold = read_gold(pair.gold)
        for article in read_articles([pair.article], strict=True):
            f, y = labelled_candidates(nlp(article.text), article, gold)
            features += f
            labels += y
            n += 1
        if progress:
            progress(pair.name)
    return features, labels, n


def train(feature_lists: list[list[str]], labels: list[str], *, min_count: int = 2, l2: float = 0.2,
          iterations: int = 300, rate: float = 0.1) -> RoleModel:
    """Fit the model: AdaGrad on the full batch from zero weights, L2-penalised (strong, since
    the annotated articles are few). Features seen fewer than `min_count` times are dropped."""
    counts = Counter(f for features in feature_lists for f in set(features))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    bias = len(names)
    rows = [[index[f] for f in features if f in index] + [bias] for features in feature_lists]
    n, k = len(rows), len(LABELS)
    w = np.zeros((len(names) + 1, k))
    if n == 0:
        return RoleModel(index, w)
    flat = np.concatenate([np.array(r, dtype=int) for r in rows])
    owner = np.repeat(np.arange(n), [len(r) for r in rows])
    target = np.zeros((n, k))
    target[np.arange(n), [LABELS.index(label) for label in labels]] = 1.0
    squares = np.zeros_like(w)
    for _ in range(iterations):
        z = np.zeros((n, k))
        np.add.at(z, owner, w[flat])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = np.zeros_like(w)
        np.add.at(grad, flat, (p - target)[owner])
        grad[:-1] += l2 * w[:-1]
        squares += grad * grad
        w -= rate * grad / (np.sqrt(squares) + 1e-8)
    return RoleModel(index, w)



@dataclass
class TrainingSummary:
    """What one training run read and wrote."""

    articles: int
    labels: Counter
    features: int
    out: str

    def __str__(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items()))
        return (f"trained on {self.articles} articles, {sum(self.labels.values())} candidates ({counts}); "
                f"{self.features} features -> {self.out}")


def train_reader(paths, out, *, model: str | None = None, nlp=None, progress=None) -> TrainingSummary:
    """Train the event-role reader on the annotated articles under `paths` and write its weights
    to `out` (atomically; never over one of the inputs). Use them with KG_EVENT_ROLES=out."""
    from kg.errors import InputError
    from kg.io import atomic_write, refuse_output_over_input
    from kg.nlp import load_pipeline

    paths = [str(p) for p in paths]
    refuse_output_over_input(out, paths)
    features, labels, n = training_set(paths, nlp or load_pipeline(model), progress)
    if not features:
        raise InputError("no event triggers with named entities in the annotated articles given; nothing to learn",
                         path=paths[0] if len(paths) == 1 else None)
    trained = train(features, labels)
    atomic_write(out, json.dumps(trained.to_json(), indent=0, sort_keys=True) + "\n")
    return TrainingSummary(n, Counter(labels), len(trained.features), str(out))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.training",
        description="Train the event-role reader on annotated articles (NAME.txt beside NAME.gold.json); "
                    "the same as `kg train`.")
    parser.add_argument("paths", nargs="+", help="gold files, articles or folders searched recursively")
    parser.add_argument("--out", required=True,
                        help=f"weights file to write; use it with KG_EVENT_ROLES=FILE kg extract ... "
                             f"(the shipped one is {WEIGHTS_FILE})")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: as kg extract)")
    args = parser.parse_args(argv)
    from kg.errors import KgError

    try:
        summary = train_reader(args.paths, args.out, model=args.model)
    except KgError as error:
        print(f"kg.training: {error}", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
