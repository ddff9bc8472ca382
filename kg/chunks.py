"""Long articles: split the text into paragraph-bounded chunks, join the chunks' facts.

spaCy refuses texts over `nlp.max_length` (a million characters), its parser needs memory in
proportion to the text it is given, and extraction looks at every pair of mentions in places, so
one Doc for a 2 MB text costs minutes and gigabytes. An article longer than `CHUNK_CHARS` is
therefore parsed and extracted a chunk at a time (`chunk_spans`), and `join_facts` turns the
chunks' `Facts` back into the article's, so time and memory grow with the length of the text:

- offsets (mentions, evidence sentences) are moved from the chunk to the article, so they are
  offsets into `Article.text` as for any other article;
- entities are joined across chunks by the rules entity resolution applies within one text
  (kg.extract.entities): the same key (same gazetteer entry, or same type and canonical name);
  the same name typed differently; a lone given name or surname and the one full name of a
  person that ends or starts with it; a shorter organisation name contained in exactly one
  longer one, and an acronym with exactly one expansion. A chunk that holds both forms and
  kept them apart has decided, so that pair is left apart;
- relations are kept once per (subject, predicate, object), the most confident, as within an
  article; event keys are numbered again so they stay unique.

Articles up to `CHUNK_CHARS` (all ordinary news) are one chunk and are not touched here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.models import Article, Entity, Event, Evidence, Facts, Mention

CHUNK_CHARS = 50_000
"""Longest text parsed as one spaCy Doc: far above a news article, far below spaCy's max_length."""

# Where a chunk may end, best first: after a blank line, a line break, a sentence, any space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of `text`, each at most `limit` characters.

    Each chunk ends at the last paragraph break that fits, else the last line break, sentence
    end or space, so no word is cut (only a run of `limit` characters without a space is).
    The chunks cover the text exactly: `"".join(text[s:e] for s, e in spans) == text`.
    """
    if limit < 2:
        raise ValueError("chunk limit must be at least 2 characters")
    spans = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        floor = start + limit // 4  # no tiny chunks: a break in the first quarter is not used
        for pattern in _BREAKS:
            cut = None
            for match in pattern.finditer(text, floor, end):
                if match.end() <= end:
                    cut = match.end()
            if cut is not None:
                end = cut
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def chunk_article(article: Article, start: int, end: int) -> Article:
    """The article as extraction sees one chunk of it: same id and metadata, the chunk's text."""
    return replace(article, text=article.text[start:end])


# ------------------------------------------------------------------------------------- joining


def join_facts(article: Article, parts: list[tuple[int, Facts]]) -> Facts:
    """One article's Facts from the Facts of its chunks, given as (chunk start offset, facts)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return replace(parts[0][1], article=article)
    shifted = [_shift(facts, offset) for offset, facts in parts]
    nodes = [(i, e) for i, facts in enumerate(shifted) for e in facts.entities]
    parent = list(range(len(nodes)))
    chunks_of = [{part} for part, _ in nodes]  # of a group's root: the chunks that mention it

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
            chunks_of[min(ra, rb)] |= chunks_of[max(ra, rb)]

    by_key: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    for n, (_, entity) in enumerate(nodes):
        if entity.key in by_key:
            union(by_key[entity.key], n)
        else:
            by_key[entity.key] = n
        by_name.setdefault(_norm(entity.name), []).append(n)
    for same in by_name.values():  # one name typed differently in two chunks
        for n in same[1:]:
            a, b = nodes[same[0]][1], nodes[n][1]
            if not (a.gazetteer_id and b.gazetteer_id and a.gazetteer_id != b.gazetteer_id):
                union(same[0], n)
    ambiguous = _join_short_forms(nodes, find, union, lambda n: chunks_of[find(n)])

    groups: dict[int, list[int]] = {}
    for n in range(len(nodes)):
        groups.setdefault(find(n), []).append(n)
    key_of: dict[tuple[int, str], str | None] = {}  # (chunk, key in the chunk) -> key, None: dropped
    entities = []
    for members in groups.values():
        entity = None if all(n in ambiguous for n in members) else _merged_entity([nodes[n][1] for n in members])
        if entity is not None:
            entities.append(entity)
        for n in members:
            key_of[(nodes[n][0], nodes[n][1].key)] = entity.key if entity is not None else None
    quotes = []
    for i, facts in enumerate(shifted):
        for q in facts.quotes:
            speaker = key_of[(i, q.speaker)]
            if speaker is not None:
                quotes.append(replace(q, speaker=speaker, source=key_of.get((i, q.source)) if q.source else None))
    return Facts(
        article=article,
        entities=sorted(entities, key=lambda e: e.key),
        relations=_joined_relations(shifted, key_of),
        events=_joined_events(shifted, key_of),
        quotes=quotes,
        model=parts[0][1].model,
    )


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", name.casefold()).split())


def _tokens(name: str) -> list[str]:
    return _norm(name).split()


_ORG_TYPES = {"Company", "Organization", "GovernmentBody", "MediaOutlet", "EducationalInstitution",
              "PoliticalParty", "MarketIndex", "Product"}


def _join_short_forms(nodes: list[tuple[int, Entity]], find, union, chunks) -> set[int]:
    """A lone name, a short organisation name or an acronym joins the one entity of another
    chunk that it abbreviates; never when its own chunk names a candidate and kept them apart.

    Returns the lone personal names that fit two or more people ("Ma" with Jack Ma and Pony Ma):
    entity resolution drops those within one text, so the join drops them too."""
    # indexes, so that a long article with thousands of chunk entities is not a pairwise search
    person_ends: dict[str, set[int]] = {}  # given name or surname -> people with a full name
    org_words: dict[str, set[int]] = {}  # word -> organisations with a name of several words
    org_initials: dict[str, set[int]] = {}
    forms_of = []
    for m, (_, other) in enumerate(nodes):
        forms = [_tokens(f) for f in _forms(other)]
        forms_of.append(forms)
        for tokens, form in zip(forms, _forms(other)):
            if len(tokens) < 2:
                continue
            if other.type == "Person":
                person_ends.setdefault(tokens[0], set()).add(m)
                person_ends.setdefault(tokens[-1], set()).add(m)
            elif other.type in _ORG_TYPES:
                for word in tokens:
                    org_words.setdefault(word, set()).add(m)
                org_initials.setdefault(_initials(form), set()).add(m)
    ambiguous = set()
    for n, (_, entity) in enumerate(nodes):
        short = _tokens(entity.name)
        if entity.gazetteer_id or not short:
            continue
        if entity.type == "Person" and len(short) == 1:
            hits = person_ends.get(short[0], set())
        elif entity.type in _ORG_TYPES:
            hits = {m for m in org_words.get(short[0], ())
                    if any(len(t) > len(short) and _contains(t, short) for t in forms_of[m])}
            if re.fullmatch(r"[A-Z][A-Z&.]{1,7}", entity.name):
                hits |= org_initials.get(entity.name.replace(".", "").replace("&", ""), set())
        else:
            continue
        hits = [m for m in sorted(hits) if find(m) != find(n)]
        if any(nodes[m][0] in chunks(n) for m in hits):
            continue  # a chunk that names both kept them apart
        if len({find(m) for m in hits}) == 1:
            union(hits[0], n)
        elif hits and entity.type == "Person":
            ambiguous.add(n)
    return ambiguous


def _forms(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _initials(form: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", form) if w[0].isupper())


def _merged_entity(members: list[Entity]) -> Entity:
    """The entity a group of chunk entities stands for, named after its fullest member."""
    if len(members) == 1:
        return members[0]
    first = {id(e): min((m.start for m in e.mentions), default=0) for e in members}
    best = max(members, key=lambda e: (e.gazetteer_id is not None, len(_tokens(e.name)), len(e.name),
                                       len(e.mentions), -first[id(e)]))
    aliases: dict[str, str] = {}
    for e in sorted(members, key=lambda e: first[id(e)]):
        for form in _forms(e):
            if _norm(form) != _norm(best.name):
                aliases.setdefault(_norm(form), form)
    mentions = sorted({(m.start, m.end): m for e in members for m in e.mentions}.values(), key=lambda m: m.start)
    return replace(best, aliases=list(aliases.values()), mentions=mentions,
                   confidence=max(e.confidence for e in members if e.type == best.type))


def _shift(facts: Facts, offset: int) -> Facts:
    if offset == 0:
        return facts

    def mention(m: Mention) -> Mention:
        return replace(m, start=m.start + offset, end=m.end + offset,
                       sentence_start=m.sentence_start + offset, sentence_end=m.sentence_end + offset)

    def evidence(e: Evidence) -> Evidence:
        return replace(e, start=e.start + offset, end=e.end + offset)

    return replace(
        facts,
        entities=[replace(e, mentions=[mention(m) for m in e.mentions]) for e in facts.entities],
        relations=[replace(r, evidence=evidence(r.evidence)) for r in facts.relations],
        events=[replace(v, evidence=evidence(v.evidence)) for v in facts.events],
        quotes=[replace(q, evidence=evidence(q.evidence)) for q in facts.quotes],
    )


def _joined_relations(parts: list[Facts], key_of: dict[tuple[int, str], str]):
    found = {}
    for i, facts in enumerate(parts):
        for r in facts.relations:
            r = replace(r, subject=key_of[(i, r.subject)], object=key_of[(i, r.object)])
            if r.subject is None or r.object is None or r.subject == r.object:
                continue
            triple = (r.subject, r.predicate, r.object)
            if triple not in found or found[triple].confidence < r.confidence:
                found[triple] = r
    return sorted(found.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))


def _joined_events(parts: list[Facts], key_of: dict[tuple[int, str], str | None]):
    """The chunks' events, numbered again; the same event told again in a later chunk (same
    type, date and participants in the same roles) is kept once, as within one text."""
    events: dict[tuple, Event] = {}
    for i, facts in enumerate(parts):
        for v in facts.events:
            participants = []
            for p in v.participants:
                p = replace(p, entity=key_of[(i, p.entity)])
                if p.entity is not None and p not in participants:
                    participants.append(p)
            if not participants:
                continue
            same = (v.type, v.date, v.value, frozenset((p.entity, p.role) for p in participants))
            if same in events:
                first = events[same]
                events[same] = replace(first, confidence=max(first.confidence, v.confidence))
            else:
                events[same] = replace(v, key=f"event-{len(events) + 1}", participants=participants)
    return list(events.values())
