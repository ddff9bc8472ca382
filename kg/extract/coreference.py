"""Coreference of definite descriptions: "the company", "the regulator", "the government", "the
central bank", "India's markets regulator" become extra mentions of the entity they refer to.

A description never creates an entity. It refers to the nearest compatible entity mentioned
before it (by type, and by class where the words ask for one: "the central bank"), or to the
only compatible one in the article; a country's regulator introduced by description ("Britain's
competition watchdog") refers to the one named right after it. A lone generic head the model
tagged as a name ("the Department", "the Bureau") refers back the same way.
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
        compatible = [g for g in groups if g.members and g.type in types
                      and (want_cls is None or g.cls == want_cls)]
        if phrase == "bank":
            compatible = [g for g in compatible if g.cls in ("Bank", "CentralBank")]
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
        elif len(compatible) == 1:
            target = compatible[0]
        else:
            continue
        target.extra_mentions.append((start, end))


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
