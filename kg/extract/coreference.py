"""Coreference of definite descriptions: "the company", "the regulator", "the government", "the
central bank", "India's markets regulator" become extra mentions of the entity they refer to.

A description never creates an entity. It refers to the nearest compatible entity mentioned
before it (by type, and by class where the words ask for one: "the central bank"), or to the
only compatible one in the article; a country's regulator introduced by description ("Britain's
competition watchdog") refers to the one named right after it. A lone generic head the model
tagged as a name ("the Department", "the Bureau") refers back the same way. A titled description
("the Federal Reserve chairman", "Velmora's governor") refers to the one person the article names
with that title (`person_title_mentions`).
Pronouns ("he", "she", "his") are resolved over the finished table, in kg.extract.patterns.
"""

from __future__ import annotations

from kg.extract.aliases import Group, longest_form
from kg.extract.candidates import Candidate
from kg.extract.entity_lexicon import DESCRIPTION_CLASS, DESCRIPTION_TYPES
from kg.extract.name_forms import name_key


def split_off_generic_heads(cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates without lone generic heads ("the Department", "the Bureau"), and those
    heads, which refer back like descriptions rather than name a new entity."""
    generic = [c for c in cands if c.gaz is None and c.norm in DESCRIPTION_TYPES and " " not in c.norm]
    return [c for c in cands if c not in generic], generic


def description_mentions(doc, groups: list[Group], taken: list[tuple[int, int]],
                          generic: list[tuple[int, int, str]] = ()) -> None:
    """"the company", "the regulator", "the government": a mention of the nearest entity of a
    compatible type before it (or the only one in the article); never a new entity."""
    spans = sorted(taken)

    def overlaps(a, b):
        return any(s < b and a < e for s, e in spans)

    found: list[tuple[int, int, str]] = list(generic)
    for i, tok in enumerate(doc):
        if tok.lower_ not in ("the", "its", "this"):
            continue
        # "the central bank", "the federal government", "the company"
        for width in (2, 1):
            words = doc[i + 1:i + 1 + width]
            if len(words) != width:
                continue
            phrase = " ".join(t.lower_ for t in words)
            if phrase not in DESCRIPTION_TYPES:
                continue
            nxt = doc[i + 1 + width] if i + 1 + width < len(doc) else None
            if nxt is not None and nxt.pos_ in ("PROPN", "NOUN") and nxt.dep_ == "compound":
                break  # "the company car"
            if nxt is not None and nxt.lower_ == "of":
                break  # "the Department of ...": a name, not a reference
            if words[-1].tag_ in ("NNS", "NNPS"):
                break
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if not overlaps(start, end):
                found.append((start, end, phrase))
            break
    # "India's markets regulator", "Britain's competition watchdog": that country's regulator,
    # usually named right after it ("... The Securities and Exchange Board of India said")
    introductions: set[int] = set()
    for tok in doc:
        if tok.lower_ not in ("regulator", "watchdog") or tok.tag_ != "NN":
            continue
        if not any(t.dep_ == "poss" and t.ent_type_ in ("GPE", "NORP") for t in tok.lefts):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if not overlaps(start, end) and not any(a == start for a, _, _ in found):
            found.append((start, end, tok.lower_))
            introductions.add(start)
    for start, end, phrase in sorted(found):
        types = DESCRIPTION_TYPES[phrase]
        want_cls = DESCRIPTION_CLASS.get(phrase)
        compatible = [g for g in groups if g.members and (g.type in types or _lender_by_name(phrase, g))
                      and (want_cls is None or g.cls == want_cls)]
        if phrase == "bank":
            compatible = [g for g in compatible if g.cls in ("Bank", "CentralBank") or _lender_by_name(phrase, g)]
        if phrase in ("regulator", "watchdog", "agency", "commission", "bureau"):
            compatible = [g for g in compatible if g.cls not in
                          ("Legislature", "NationalGovernment", "Court", "ExecutiveOffice", "Administration")]
        if phrase in ("ministry", "department", "court"):
            # "the ministry said" is a ministry, never the audit board or the regulator
            want = "Court" if phrase == "court" else "Ministry"
            compatible = [g for g in compatible if g.cls == want or phrase in name_key(longest_form(g)).split()]
        if phrase in ("government", "federal government", "administration"):
            # a national government first; else the ministry or prosecutors acting for it
            national = [g for g in compatible if g.cls in ("NationalGovernment", "Administration", "ExecutiveOffice")]
            compatible = national or [g for g in compatible if g.cls in ("Ministry", "LawEnforcement")]
        # "the Bureau" prefers an entity called "... Bureau ..."
        named = [g for g in compatible if phrase in name_key(longest_form(g)).split()]
        if named:
            compatible = named
        if not compatible:
            continue
        before = [g for g in compatible if g.first < start]
        after = [g for g in compatible if start < g.first <= start + 300]
        if start in introductions and after:
            target = min(after, key=lambda g: g.first)
        elif before:
            target = max(before, key=lambda g: max(c.start_char for c in g.members if c.start_char < start))
            target = _salient_firm(doc, phrase, before, target, start)
            target = _the_capital_bank(doc, phrase, before, target, start)
        elif len(compatible) == 1:
            target = compatible[0]
        else:
            continue
        target.extra_mentions.append((start, end))
    # "the Federal Reserve chairman", "Velmora's governor": a person, by the title the article gives them
    person_title_mentions(doc, groups, taken)


def _lender_by_name(phrase: str, g: Group) -> bool:
    """ "the bank" for a lender of many states named a bank ("the World Bank", "the Asian
    Development Bank"): an organisation whose name ends in the word."""
    return phrase == "bank" and g.type == "Organization" and name_key(longest_form(g)).split()[-1:] == ["bank"]


def _the_capital_bank(doc, phrase: str, before: list[Group], nearest: Group, start: int) -> Group:
    """ "The Bank" written with a capital is the bank the article is about (British usage: the
    central bank of the story), not the last bank of a passing list ("X cut rates; Y and Z held
    them. The Bank's committee ..."): the central bank named most often before it (ties: the
    first named); the nearest one when the article names no central bank, or a lower-case "bank"."""
    if phrase != "bank" or not doc.text[start:start + 4] == "Bank":
        return nearest
    central = [g for g in before if g.cls == "CentralBank"]
    if not central:
        return nearest

    def count(g):
        return sum(1 for c in g.members if c.start_char < start) + sum(1 for s, _ in g.extra_mentions if s < start)
    return max(central, key=lambda g: (count(g), -g.first))


def _salient_firm(doc, phrase: str, before: list[Group], nearest: Group, start: int) -> Group:
    """ "the company" after a firm named once in passing, in an earlier sentence and after a
    preposition ("a former director with Y"), is the firm the article is about when that one is
    named at least twice as often."""
    if phrase not in ("company", "firm"):
        return nearest
    main = max(before, key=lambda g: (len(g.members), -g.first))
    if main is nearest or len(main.members) < 2 * len(nearest.members):
        return nearest
    earlier = [c for c in nearest.members if c.start_char < start]
    if len(earlier) != 1:
        return nearest
    span = doc.char_span(earlier[0].start_char, earlier[0].end_char, alignment_mode="expand")
    here = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or here is None or span.sent.start == here.sent.start or span.root.dep_ != "pobj":
        return nearest
    return main


# Titles a definite description may give a person by ("the Federal Reserve chairman", "Velmora's
# governor"), and the title words that name the same post.
PERSON_DESCRIPTION_TITLES = {
    "chairman": "chairman", "chairwoman": "chairman", "chairperson": "chairman", "chair": "chairman",
    "governor": "governor", "president": "president", "premier": "premier", "chancellor": "chancellor",
    "minister": "minister", "ceo": "ceo", "head": "head", "chief": "chief", "spokesman": "spokesman",
    "spokeswoman": "spokesman", "spokesperson": "spokesman", "mayor": "mayor", "secretary": "secretary",
    "commissioner": "commissioner", "director": "director", "leader": "leader",
}
# Words that make a title another post, or someone who no longer (or not yet) holds it.
_OTHER_HOLDER = {"former", "ex", "then", "late", "previous", "past", "future", "next", "deputy", "vice",
                 "assistant", "associate", "acting", "interim", "co", "outgoing", "incoming", "new",
                 "one-time", "onetime", "erstwhile", "elected", "designate", "regional", "senior"}
_DETERMINERS = {"a", "an", "another", "any", "each", "every", "no", "some", "one", "his", "her", "their",
                "its", "our", "your", "my"}


def person_title_mentions(doc, groups: list[Group], taken: list[tuple[int, int]]) -> None:
    """ "the Federal Reserve chairman", "Velmora's governor", "The World Bank President": a
    mention of the one person the article names with that title (and that body or place, when
    the description gives one: "World Bank President Ana Ruiz", "Ana Ruiz, the governor of
    Easton"), or, when the article opens on the description, of the person first named as the
    subject of the next sentence ("Easton's governor has resigned. Ana Ruiz said ..."). Never
    when two people could fit, nor for a plural, an indefinite or a former holder."""
    owner: dict[int, Group] = {}
    for g in groups:
        for c in g.members:
            for i in range(c.start, c.end):
                owner[i] = g
    people = [g for g in groups if g.type == "Person" and g.members]
    if not people:
        return
    # a one-word name written again where the model did not take it ("Venezuelan" in a title)
    by_word: dict[str, set[int]] = {}
    for g in groups:
        for c in g.members:
            if " " not in c.text:
                by_word.setdefault(c.text.lower(), set()).add(id(g))

    # "the company's chief executive": a description of a body stands for it
    described = {s: g for g in groups if g.type != "Person" for s, _ in g.extra_mentions}

    def title_of(tok) -> str | None:
        if tok.tag_ not in ("NN", "NNP") or tok.i in owner:
            return None
        word = tok.lower_
        if word == "executive" and (any(c.lower_ == "chief" for c in tok.lefts)
                                    or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "chief"):
            return "ceo"
        if word == "minister" and any(c.lower_ == "prime" for c in tok.lefts):
            return "prime minister"
        return PERSON_DESCRIPTION_TITLES.get(word)

    def words_of(tok) -> tuple[frozenset, bool]:
        """The body or place words of a title (entity groups where they name one), and whether
        a word makes it another post or holder."""
        words, other = set(), False
        todo = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod", "prep")]
        if tok.dep_ == "compound":
            # a flat name: "Tolvin Group Chief Executive Lena Dorsay", every word on the surname
            todo += [c for c in tok.head.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        while todo:
            t = todo.pop()
            if t.dep_ == "prep" and t.lower_ != "of":
                continue
            if t.lower_ in _OTHER_HOLDER:
                other = True
            elif t.lower_ == "chief" and tok.lower_ == "executive":
                continue  # part of the title
            elif t.i in owner:
                words.add(id(owner[t.i]))
            elif t.idx in described:
                words.add(id(described[t.idx]))
            elif len(by_word.get(t.lower_, ())) == 1:
                words.add(next(iter(by_word[t.lower_])))
            elif t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("prime", "current", "'s", "top"):
                words.add(t.lemma_.lower())
            todo.extend(c for c in t.children if c.dep_ in ("compound", "poss", "amod", "pobj", "nmod"))
        return frozenset(words), other

    titled = [(tok, title) for tok in doc for title in [title_of(tok)] if title is not None]
    # the posts the article gives its people: "Fed Chairman Tom Arden", "Kim, the president"
    holders: list[tuple[Group, str, frozenset]] = []
    linked: set[int] = set()
    for tok, title in titled:
        if tok.dep_ in ("compound", "appos") and tok.head.i in owner and owner[tok.head.i].type == "Person":
            person = owner[tok.head.i]
        elif tok.i + 1 in owner and owner[tok.i + 1].type == "Person" \
                and doc[tok.i + 1].pos_ == "PROPN":
            person = owner[tok.i + 1]
        else:
            person = next((owner[c.i] for c in tok.children if c.dep_ == "appos" and c.i in owner
                           and owner[c.i].type == "Person"), None)
        if person is None:
            continue
        linked.add(tok.i)
        words, other = words_of(tok)
        if not other:
            holders.append((person, title, words))

    for tok, title in titled:
        if tok.i in linked or tok.lower_ == "minister" and title != "prime minister" \
                and not any(c.dep_ in ("compound", "amod") for c in tok.lefts):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "President Lind": a title before a name
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not dets or any(c.lower_ in _DETERMINERS for c in dets) \
                or not any(c.lower_ in ("the", "this") or c.dep_ == "poss" and c.tag_ != "PRP$" for c in dets):
            continue
        if tok.dep_ in ("attr", "appos", "conj") or any(c.dep_ in ("conj", "cc") for c in tok.children):
            continue
        words, other = words_of(tok)
        if other:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken):
            continue
        fits = {id(g): g for g, t, w in holders if t == title and words <= w}
        if not words:
            # a bare title: the one holder of it, whatever body it was given with
            fits = {id(g): g for g, t, _ in holders if t == title}
        if len(fits) == 1:
            next(iter(fits.values())).extra_mentions.append((start, end))
            continue
        if fits or not words or not all(isinstance(w, int) for w in words):
            continue  # (introduced only by a post in a body or place the article names: not "the longtime leader")
        target = _introduced_after(doc, tok, owner, people)
        if target is not None and not any(g is target for g, _, _ in holders):
            target.extra_mentions.append((start, end))


def _introduced_after(doc, tok, owner: dict[int, Group], people: list[Group]) -> Group | None:
    """ "Easton's governor has resigned ... Ana Ruiz said": the person named for the first time as
    the subject of the sentence right after a description that is its own sentence's subject,
    with no person named before it in its paragraph."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return None
    paragraph = doc.text.rfind("\n", 0, tok.idx) + 1
    if any(paragraph <= c.start_char < tok.idx for g in people for c in g.members):
        return None
    sent = tok.sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    subjects = [t for t in nxt if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if len(subjects) != 1 or subjects[0].i not in owner:
        return None
    g = owner[subjects[0].i]
    if g.type != "Person" or not nxt.start_char <= g.first < nxt.end_char:
        return None
    if len(next(c for c in g.members if c.start_char == g.first).text.split()) < 2:
        return None  # a full name introduces someone
    return g
