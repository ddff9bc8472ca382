"""A learned reader of relations: which relation, if any, a sentence states between two entities.

The rules of kg.extract.relations read the constructions they were written for ("Tarn CEO Ana
Ruiz", "X, a unit of Y"); on articles nobody studied they find about half of the relations. This
module learns the decision from annotated articles instead, as kg.extract.eventmodel does for
event roles. Every ordered pair of entities mentioned in one sentence (a pronoun or "the
company" resolved by coreference counts as a mention) is a candidate, described only by general
features: the two coarse types, the dependency path between the mentions with the arcs and the
lemmas on it, title words ("minister", "CEO", "chairman") on the path or beside either name, the
word order, the distance, the entities in between. A multinomial logistic regression (the
eventmodel.RoleModel) says which FORMAT.md predicate holds from the first to the second, or none.

The gold relations say which relation holds in the article, not in which sentence, so training
(kg.training) labels a pair positive in the sentence whose mentions of the two are closest in the
parse and leaves its other sentences out (distant supervision, at least one sentence stating it).
At extraction, add_learned_relations adds what the model is sure of
(kg.extract.confidence.REL_LEARNED_THRESHOLD) between pairs the rules left unrelated; a position
takes the title written on the path or beside the holder, found by the rules' own title helper.

The weights ship as sorted JSON (kg/data/relations.json); the environment variable
KG_RELATIONS_MODEL names another weights file (one written by `kg train ARTICLES -r FILE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.confidence import REL_LEARNED, REL_LEARNED_THRESHOLD
from kg.extract.eventmodel import RoleModel, _ancestors, _arc, _bucket, _mention_heads, dependency_path, load_weights
from kg.extract.patterns import FOUNDER_WORDS, ORG_TYPES, TITLE_HEADS, lemma, site_participle_after
from kg.resources import data_file

LABELS = ("none", "holdsPosition", "memberOf", "owns", "locatedIn", "regulates", "founded", "criticized",
          "developed")
WEIGHTS_FILE = data_file("relations.json")
WEIGHTS_VARIABLE = "KG_RELATIONS_MODEL"
"""Environment variable naming a relation weights file to use instead of the shipped one."""

# words that name a post; a feature says one stands on the path or beside a name, never which pair it joins
TITLE_WORDS = frozenset(w for w in TITLE_HEADS if " " not in w) | FOUNDER_WORDS
# at most this many tokens between two mentions, and arcs between them: farther pairs are seldom
# stated by one construction
MAX_DISTANCE = 40
MAX_PATH = 6
# arcs into a reported, adverbial or adjoined clause
SEPARATING_ARCS = frozenset({"ccomp", "advcl", "parataxis"})


@dataclass
class Candidate:
    """One ordered pair of entities mentioned in a sentence."""

    ctx: object
    sent: object
    subject: str
    object: str
    features: list[str]
    subject_tok: object
    object_tok: object
    length: int = 0  # arcs between the two mentions


def _path_tokens(a, b) -> list:
    """The tokens strictly between `a` and `b` on the dependency tree (the common head included)."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    depth_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in depth_b:
            inner = up_a[1:n + 1] + list(reversed(up_b[1:depth_b[t.i]]))
            return [x for x in inner if x.i not in (a.i, b.i)]
    return []


def _word(ctx, tok) -> str:
    """A token on a path as a feature word: entities by type, title words as TITLE, others by lemma."""
    key = ctx.key(tok)
    if key is not None:
        return "E:" + (ctx.type_of(key) or "?")
    low = tok.lower_
    if low in TITLE_WORDS:
        return "TITLE" if low not in FOUNDER_WORDS else "FOUNDER"
    return lemma(tok)


def _title_beside(ctx, tok) -> str:
    """Whether a title word is compounded with, set in apposition to, or written next to a mention:
    "CEO Ana Ruiz", "Ana Ruiz, the chairman", "the minister, Ana Ruiz"."""
    for c in tok.children:
        if c.lower_ in TITLE_WORDS and ctx.key(c) is None and c.dep_ in ("compound", "appos", "amod", "nmod"):
            return "founder" if c.lower_ in FOUNDER_WORDS else c.dep_
    if tok.dep_ == "appos" and tok.head.lower_ in TITLE_WORDS and ctx.key(tok.head) is None:
        return "appos-of"
    i = tok.left_edge.i - 1
    if i >= 0 and tok.doc[i].lower_ in TITLE_WORDS and ctx.key(tok.doc[i]) is None:
        return "before"
    return "-"


def pair_features(ctx, a, b, type_a: str, type_b: str, n_entities: int) -> list[str]:
    """The features of the candidate "entity at `a` -> entity at `b`": structure and a few lemmas."""
    path, length, crosses = dependency_path(a, b)
    inner = _path_tokens(a, b)
    words = [_word(ctx, t) for t in inner]
    top = _top(a, b)
    top = a if top.i == a.i else b if top.i == b.i else top  # the same token object, for the identity tests below
    order = "SO" if a.i < b.i else "OS"
    lo, hi = sorted((a.i, b.i))
    between = list(a.doc[lo + 1:hi])
    n_between = len({ctx.key(t) for t in between if ctx.key(t) is not None} - {ctx.key(a), ctx.key(b)})
    distance = hi - lo
    ty = f"{type_a}>{type_b}"
    coarse = f"{_coarse(type_a)}>{_coarse(type_b)}"
    beside_a, beside_b = _title_beside(ctx, a), _title_beside(ctx, b)
    first = _arc(a) if a is not top else "top"
    last = _arc(b) if b is not top else "top"
    features = [
        f"T={ty}",
        f"T={ty}|P={path}",
        f"P={path}",
        f"T={ty}|first={first}",
        f"T={ty}|last={last}",
        f"T={ty}|first={first}|last={last}",
        f"T={ty}|n={_bucket(n_entities)}",
        f"T={ty}|order={order}",
        f"T={ty}|len={_bucket(length)}",
        f"T={ty}|cross={crosses}",
        f"T={ty}|dist={_bucket(distance // 3)}",
        f"T={ty}|between={_bucket(n_between)}",
        f"T={ty}|W={' '.join(words)}",
        f"T={ty}|top={lemma(top) if top not in (a, b) else 'END'}",
        f"T={ty}|Sbeside={beside_a}",
        f"T={ty}|Obeside={beside_b}",
        f"T={ty}|order={order}|Sbeside={beside_a}",
    ]
    # the same with organisations of every kind as one, so what is learned of firms carries over to bodies
    features += [f"C={coarse}|" + f.split("|", 1)[1] for f in features if f.startswith("T=") and "|" in f]
    features.append(f"C={coarse}")
    features += sorted({f"T={ty}|w={w}" for w in words} | {f"C={coarse}|w={w}" for w in words})
    if distance <= 4:
        features.append(f"T={ty}|order={order}|gap={' '.join(_word(ctx, t) for t in between)}")
    if a.pos_ == "PRON" or b.pos_ == "PRON":
        features.append(f"T={ty}|pron")
    return features


def candidates(ctx) -> list[Candidate]:
    """Every ordered pair of distinct entities mentioned in one sentence outside quotes, each at
    its pair of mentions nearest in the parse, in text order."""
    out = []
    for unit, sent in ctx.plain_units():
        heads = _mention_heads(unit, sent)
        if len(heads) < 2:
            continue
        keys = list(heads)
        for ka in keys:
            ta = unit.type_of(ka)
            if ta is None:
                continue
            for kb in keys:
                tb = unit.type_of(kb)
                if kb == ka or tb is None or not _could_relate(ta, tb):
                    continue
                pairs = [(dependency_path(x, y)[1], abs(x.i - y.i), x, y) for x in heads[ka] for y in heads[kb]]
                length, distance, a, b = min(pairs, key=lambda p: (p[0], p[1], p[2].i, p[3].i))
                if distance > MAX_DISTANCE or length > MAX_PATH or _separated(a, b):
                    continue
                out.append(Candidate(unit, sent, ka, kb, pair_features(unit, a, b, ta, tb, len(heads)), a, b, length))
    return out


def _separated(a, b) -> bool:
    """Whether the path between two mentions passes from one clause to another it reports or
    adjoins ("X said Y ...", "X, when Y ...", "X; Y ..."), or into a conjunct to reach what
    modifies it ("Lyon maker X and Oslo exporter Y": Oslo is Y's, not X's): such a
    sentence states nothing between the two, though the article may elsewhere (and training
    labels a pair by the article)."""
    top = _top(a, b)
    inner = _path_tokens(a, b)
    for x, other in ((a, b), (b, a)):
        owner = _misparsed_modifier_of(x)
        if owner is not None and other.i != owner.i:
            return True
    return any(t.dep_ in SEPARATING_ARCS for t in inner + [a, b] if t.i != top.i) or \
        any(t.dep_ == "conj" for t in inner if t.i != top.i)


def _misparsed_modifier_of(t):
    """"X and Oslo exporter Y" parsed with "Oslo" as a conjunct of X: a name right before a
    common noun that is part of a later conjunct's name modifies that conjunct (its head is
    returned), whatever the parse says; None otherwise."""
    doc = t.doc
    if t.dep_ != "conj" or t.i + 1 >= len(doc):
        return None
    nxt = doc[t.i + 1]
    if nxt.pos_ == "NOUN" and nxt.dep_ == "compound" and nxt.head.dep_ == "conj" and nxt.head.i > t.i:
        return nxt.head
    return None


def _top(a, b):
    """The lowest common head of two tokens."""
    ancestors = {t.i for t in a.ancestors} | {a.i}
    t = b
    while t.i not in ancestors and t.head.i != t.i:
        t = t.head
    return t


def _coarse(entity_type: str) -> str:
    return "Org" if entity_type in ORG_TYPES else entity_type


@lru_cache(maxsize=None)
def _could_relate(type_a: str, type_b: str) -> bool:
    """Whether any predicate may join an entity of `type_a` to one of `type_b` (asked for every
    pair in every sentence: the answer depends on the two types only)."""
    from kg.extract.relations import _types_fit

    return any(_types_fit(p, type_a, type_b) for p in LABELS[1:])


# ---------------------------------------------------------------------------------------------
# extraction


def predictions(cands: list[Candidate], model: RoleModel, threshold: float) -> list[tuple[Candidate, str, float]]:
    """(candidate, predicate, probability) for each candidate whose likeliest label is a relation
    with at least `threshold` probability."""
    if not cands:
        return []
    probs = model.probabilities([c.features for c in cands])
    out = []
    for c, p in zip(cands, probs):
        best = int(p.argmax())
        if best != 0 and p[best] >= threshold:
            out.append((c, model.labels[best], float(p[best])))
    return out


def _is_title(ctx, t) -> bool:
    """A title noun naming no entity ("lead" the verb is none; a founder founded, holding no post)."""
    return t.lower_ in TITLE_WORDS and t.pos_ in ("NOUN", "PROPN") and ctx.key(t) is None \
        and t.lower_ not in FOUNDER_WORDS


def _title_token(ctx, c: Candidate):
    """The title word a position is read from: on the path between the two, else beside the holder."""
    for t in _path_tokens(c.subject_tok, c.object_tok):
        if _is_title(ctx, t):
            return t
    tok = c.subject_tok
    near = [x for x in tok.children if x.dep_ in ("compound", "appos", "nmod")]
    if tok.dep_ == "appos":
        near.append(tok.head)
    if tok.left_edge.i > 0:
        near.append(tok.doc[tok.left_edge.i - 1])
    for t in near:
        if _is_title(ctx, t):
            return t
    return None


def add_learned_relations(ctx, out) -> None:
    """Add to the relation collector `out` what the shipped reader is sure of between two entities
    the rules left unrelated (in either direction)."""
    model = shipped_model()
    if model is None:
        return
    from kg.extract.relations import (COUNSEL_WORDS, HEAD_VERBS, JOIN_VERBS, LEAVE_VERBS, OFFICE_VERBS, PARTY_MEMBER_WORDS, SEAT_VERBS,
                                      WORK_VERBS, _title_people, _title_words, _wished_for)
    post_verbs = set(HEAD_VERBS) | JOIN_VERBS | LEAVE_VERBS | OFFICE_VERBS | SEAT_VERBS | WORK_VERBS

    related = {frozenset((s, o)) for s, _, o in out.found}
    placed = {s for s, p, _ in out.found if p == "holdsPosition"}
    located = {(s, o) for s, p, o in out.found if p == "locatedIn"}
    best: dict[tuple[str, str], tuple[float, Candidate, str]] = {}
    cands = candidates(ctx)
    nearest: dict[tuple[int, str, str], int] = {}  # (sentence, place, kind of thing) -> shortest path to it
    for c in cands:
        slot = (c.sent.start, c.object, c.ctx.type_of(c.subject))
        nearest[slot] = min(nearest.get(slot, 99), c.length)
    for c, predicate, p in predictions(cands, model, REL_LEARNED_THRESHOLD):
        if frozenset((c.subject, c.object)) in related:
            continue
        if predicate == "locatedIn" and c.ctx.type_of(c.subject) in ("MarketIndex", "Company"):
            continue  # an index's or a firm's place is written in set ways the rules read ("Japan's
            # Nikkei", "in Tokyo, the Nikkei", "Lyon-based X", "X, a French carmaker", "X's factory in
            # Lyon"); the reader's guesses from the other places of a report were mostly wrong on
            # articles it had not seen
        if predicate == "locatedIn" and c.length > nearest[(c.sent.start, c.object, c.ctx.type_of(c.subject))]:
            continue  # "X rose; in Paris, Y fell": a place locates the nearest thing of its kind
        if predicate == "locatedIn" and any((c.subject, town) in located for town, region in located
                                            if region == c.object):
            continue  # "the Dayton, Ohio-based lender X": X is in the town the rules read, the town in Ohio
        if predicate == "locatedIn" and c.ctx.is_country(c.object) and any(
                s == c.subject and c.ctx.is_country(o) for s, o in located):
            continue  # "Norway-based X and Chile's Y": a firm the rules placed in one country is in no other
        if predicate == "holdsPosition" and c.subject in placed:
            continue  # the rules read this person's post: one post per person in an article, as a rule
        # one object per subject and predicate: the likeliest
        slot = (c.subject, predicate) if predicate in ("holdsPosition", "locatedIn") else (c.subject, predicate, c.object)
        if slot not in best or p > best[slot][0]:
            best[slot] = (p, c, predicate)
    for p, c, predicate in sorted(best.values(), key=lambda x: (x[1].sent.start, x[1].subject, x[2], x[1].object)):
        if predicate == "memberOf" and c.ctx.type_of(c.subject) == "Person" and any(
                t.pos_ == "NOUN" and c.ctx.key(t) is None and t.lower_ not in TITLE_WORDS | PARTY_MEMBER_WORDS
                for t in _path_tokens(c.subject_tok, c.object_tok)):
            continue  # "X, the party's fiercest critic": a noun between them that names no post or seat
        title = None
        if predicate == "holdsPosition":
            t = _title_token(c.ctx, c)
            if t is None:
                continue  # no post written between or beside them: the reader guessed from the two types
            if _act_between(c, t, post_verbs):
                continue  # "Finance Minister X presented the budget in Parliament": X's title, an act elsewhere
            if _wished_for(t):
                continue  # "X will run for president of Y": a post wanted, not held
            if site_participle_after(c.ctx, c.object_tok):
                continue  # "X, a Tarnville-based analyst": where X works from, not whom X serves
            if c.subject_tok.dep_ == "conj" and c.subject_tok.head.i == t.i:
                continue  # "Chile's Minister of Trade and X met": X is named beside the minister, not as one
            if t.lower_ in COUNSEL_WORDS and c.ctx.type_of(c.object) != "GovernmentBody" and any(
                    x.lower_ == "for" for x in _path_tokens(c.subject_tok, c.object_tok)):
                continue  # "attorney X for Tarn": a firm's outside counsel holds no post in it
            if any(x.dep_ == "poss" and x.pos_ == "PROPN" and c.ctx.key(x) != c.object for x in t.children):
                continue  # "Orvik Bank's chief executive, X, called the EU's ruling ...": the post is the owner's
            holders = _title_people(c.ctx, t)
            if holders and c.subject not in holders:
                continue  # "X appointed Z as CEO of Y": the rules read whose title it is
            title = _title_words(c.ctx, t)
            if _national_office_in_a_town(c.ctx, title, c.object):
                continue  # "protesters in Caracas demanded the resignation of President X": X serves no city
        out.add(c.subject, predicate, c.object, c.sent, REL_LEARNED, title=title)


# the last words of offices only a state has (a city has a mayor, a state of a union a governor or a
# chief minister, never a president or a king)
NATIONAL_OFFICE_HEADS = {"president", "premier", "chancellor", "king", "queen", "emperor", "minister", "monarch"}


def _national_office_in_a_town(ctx, title: str | None, place: str) -> bool:
    """Whether a learned post ties a national office ("President", "Finance Minister") to a place
    that is not a country: a town or region named near the holder, not the state they serve."""
    words = (title or "").lower().replace("-", " ").split()
    return ctx.type_of(place) == "Place" and not ctx.is_country(place) and bool(words) \
        and words[-1] in NATIONAL_OFFICE_HEADS and "chief" not in words


def _act_between(c: Candidate, title, post_verbs: set[str]) -> bool:
    """Whether a holder is joined to a body written after the holder's verb only through that verb,
    a verb of doing, not of holding a post, while the title stands beside the holder, off that path:
    "Trade Minister X took the bill to the Senate", "CEO X spoke at the Fed" say where X acted, not
    where X's post is ("X runs Y", "X joined Y", "X serves on Y" do; a body set before the holder,
    "At Y, analyst X expects ...", is the holder's)."""
    a, b = c.subject_tok, c.object_tok
    path = _path_tokens(a, b)
    if title in path:
        return False
    verbs = [t for t in path if t.pos_ == "VERB" and a.i < t.i < b.i]
    return bool(verbs) and not any(lemma(v) in post_verbs for v in verbs)


# ---------------------------------------------------------------------------------------------
# weights


def shipped_model() -> RoleModel | None:
    """The relation model in use: the file KG_RELATIONS_MODEL names, else the shipped one (None
    where none ships). A bad file is a ModelError naming it."""
    return load_weights(WEIGHTS_VARIABLE, WEIGHTS_FILE, LABELS, "relation", "a relation",
                        "kg train ARTICLES -r FILE")
