"""Training the learned readers on annotated articles: event roles (kg.extract.eventmodel) and
relations (kg.extract.relmodel).

Each article beside a facts-format gold file (FORMAT.md) is parsed and its entities resolved as
`kg extract` does; every (trigger, entity) candidate is labelled with the role class the gold
gives that entity in an event of the trigger's type ("none" where it has none). The gold says
which entity played which role in the article, not in which sentence, so a candidate is
labelled by the article's events: the model learns which paths and types make that likely.
Likewise every ordered pair of entities mentioned in one sentence is labelled with the relation
the gold gives the two in that direction ("none" where it gives none).

    python -m kg.training GOLD_DIR... --out roles.json --relations-out relations.json
    KG_EVENT_ROLES=roles.json KG_RELATIONS_MODEL=relations.json kg extract ...   # use them instead

The same articles give byte-identical weights (`train` is deterministic and the JSON is
sorted), written atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass

from kg.evaluate import EntityAlignment, find_pairs, read_gold, role_class
import numpy as np

from kg.extract import relmodel
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


def _aligned_context(doc, article, gold: dict):
    """The article's context as extraction builds it, and its entities aligned with the gold's."""
    from kg.extract.entities import resolve_entities
    from kg.extract.patterns import ArticleContext

    table = resolve_entities(doc, article)
    ctx = ArticleContext.build(doc, table, article)
    predicted = {"entities": [{"id": e.key, "name": e.name, "aliases": list(e.aliases)} for e in table]}
    return ctx, EntityAlignment(gold, predicted)


def labelled_candidates(doc, article, gold: dict, aligned=None) -> tuple[list[list[str]], list[str]]:
    """The features and gold label of every candidate of one parsed article."""
    ctx, align = aligned or _aligned_context(doc, article, gold)
    roles = _gold_roles(gold)
    features, labels = [], []
    for c in candidates(ctx):
        features.append(c.features)
        labels.append(_label(roles.get((c.event_type, align.gold_id(c.key)), set())))
    return features, labels


def labelled_relation_candidates(doc, article, gold: dict, aligned=None) -> tuple[list[list[str]], list[str]]:
    """The features and gold label of the relation candidates (ordered pairs of entities in a
    sentence) of one parsed article. The gold says which pairs are related, not in which sentence:
    a pair it relates in that direction is positive in the sentence whose mentions of the two are
    closest in the parse (at least one sentence states it, most likely that one), and its other
    sentences are left out; a pair only an optional gold relation or entity joins is left out."""
    ctx, align = aligned or _aligned_context(doc, article, gold)
    stated: dict[tuple[str, str], set[str]] = {}
    optional: set[tuple[str, str]] = set()
    for r in gold.get("relations", []):
        pair = (r["subject"], r["object"])
        (optional.add(pair) if r.get("optional") else stated.setdefault(pair, set()).add(r["predicate"]))
    kept = []
    closest: dict[tuple, int] = {}  # positive pair -> index in `kept` of its closest candidate
    for c in relmodel.candidates(ctx):
        pair = (align.gold_id(c.subject), align.gold_id(c.object))
        if pair in optional or align.optional(pair[0]) or align.optional(pair[1]):
            continue
        found = stated.get(pair, set())
        label = next((label for label in relmodel.LABELS[1:] if label in found), "none")
        if label != "none":
            if pair in closest and kept[closest[pair]][0].length <= c.length:
                continue
            closest[pair] = len(kept)
        kept.append((c, label))
    positives = set(closest.values())
    kept = [(c, y) for n, (c, y) in enumerate(kept) if y == "none" or n in positives]
    return [c.features for c, _ in kept], [y for _, y in kept]


def training_set(paths, nlp, progress=None, roles: bool = True, relations: bool = False):
    """(role features, role labels, articles read, relation features, relation labels) of all
    articles under `paths`; a reader not asked for (`roles`, `relations`) gets empty lists."""
    from kg.io import read_articles

    features, labels, n = [], [], 0
    rel_features, rel_labels = [], []
    for pair in find_pairs(paths):
        gold = read_gold(pair.gold)
        for article in read_articles([pair.article], strict=True):
            doc = nlp(article.text)
            aligned = _aligned_context(doc, article, gold)
            if roles:
                f, y = labelled_candidates(doc, article, gold, aligned)
                features += f
                labels += y
            if relations:
                f, y = labelled_relation_candidates(doc, article, gold, aligned)
                rel_features += f
                rel_labels += y
            n += 1
        if progress:
            progress(pair.name)
    return features, labels, n, rel_features, rel_labels


def train(feature_lists: list[list[str]], labels: list[str], *, min_count: int = 2, l2: float = 0.2,
          iterations: int = 300, rate: float = 0.1, label_set: tuple[str, ...] = LABELS) -> RoleModel:
    """Fit the model: AdaGrad on the full batch from zero weights, L2-penalised (strong, since
    the annotated articles are few). Features seen fewer than `min_count` times are dropped."""
    counts = Counter(f for features in feature_lists for f in set(features))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    bias = len(names)
    rows = [[index[f] for f in features if f in index] + [bias] for features in feature_lists]
    n, k = len(rows), len(label_set)
    w = np.zeros((len(names) + 1, k))
    if n == 0:
        return RoleModel(index, w, label_set)
    flat = np.concatenate([np.array(r, dtype=int) for r in rows])
    owner = np.repeat(np.arange(n), [len(r) for r in rows])
    target = np.zeros((n, k))
    target[np.arange(n), [label_set.index(label) for label in labels]] = 1.0
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
    return RoleModel(index, w, label_set)



@dataclass
class TrainingSummary:
    """What one training run read and wrote (`also`: the relation reader's, trained in the same run)."""

    articles: int
    labels: Counter
    features: int
    out: str
    also: "TrainingSummary | None" = None

    def __str__(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items()))
        line = (f"trained on {self.articles} articles, {sum(self.labels.values())} candidates ({counts}); "
                f"{self.features} features -> {self.out}")
        return line + ("\n" + str(self.also) if self.also else "")


def train_reader(paths, out=None, *, relations_out=None, model: str | None = None, nlp=None,
                 progress=None) -> TrainingSummary:
    """Train the event-role reader on the annotated articles under `paths` and write its weights
    to `out`, and the relation reader's to `relations_out` (either may be None; each written
    atomically, never over one of the inputs). Use them with KG_EVENT_ROLES=out and
    KG_RELATIONS_MODEL=relations_out."""
    from kg.errors import InputError
    from kg.io import atomic_write, refuse_output_over_input
    from kg.nlp import load_pipeline

    paths = [str(p) for p in paths]
    outs = [o for o in (out, relations_out) if o is not None]
    if not outs:
        raise InputError("no weights file to write: give the event-role file, the relation file or both")
    for o in outs:
        refuse_output_over_input(o, paths)
    features, labels, n, rel_features, rel_labels = training_set(
        paths, nlp or load_pipeline(model), progress, roles=out is not None, relations=relations_out is not None)
    where = paths[0] if len(paths) == 1 else None
    summaries = []
    if out is not None:
        if not features:
            raise InputError("no event triggers with named entities in the annotated articles given; nothing to learn",
                             path=where)
        trained = train(features, labels)
        atomic_write(out, json.dumps(trained.to_json(), indent=0, sort_keys=True) + "\n")
        summaries.append(TrainingSummary(n, Counter(labels), len(trained.features), str(out)))
    if relations_out is not None:
        if not rel_features:
            raise InputError("no sentence names two entities in the annotated articles given; nothing to learn",
                             path=where)
        trained = train(rel_features, rel_labels, label_set=relmodel.LABELS)
        atomic_write(relations_out, json.dumps(trained.to_json(), indent=0, sort_keys=True) + "\n")
        summaries.append(TrainingSummary(n, Counter(rel_labels), len(trained.features), str(relations_out)))
    if len(summaries) == 2:
        summaries[0].also = summaries[1]
    return summaries[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.training",
        description="Train the event-role reader and the relation reader on annotated articles (NAME.txt "
                    "beside NAME.gold.json); the same as `kg train -o ROLES -r RELATIONS`.")
    parser.add_argument("paths", nargs="+", help="gold files, articles or folders searched recursively")
    parser.add_argument("--out", default=None,
                        help=f"event-role weights file to write; use it with KG_EVENT_ROLES=FILE kg extract ... "
                             f"(the shipped one is {WEIGHTS_FILE})")
    parser.add_argument("--relations-out", default=None,
                        help=f"relation weights file to write; use it with KG_RELATIONS_MODEL=FILE kg extract ... "
                             f"(the shipped one is {relmodel.WEIGHTS_FILE})")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: as kg extract)")
    args = parser.parse_args(argv)
    if args.out is None and args.relations_out is None:
        parser.error("give --out, --relations-out or both")
    from kg.errors import KgError

    try:
        summary = train_reader(args.paths, args.out, relations_out=args.relations_out, model=args.model)
    except KgError as error:
        print(f"kg.training: {error}", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
