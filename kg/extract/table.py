"""The entity table: the resolved entities of one article and where each is mentioned.

Entity resolution (kg.extract.entities) builds it; relation, event and quote extraction read
it to turn a token span into an entity key. It is the one interface between the two halves of
extraction, so keep its methods stable.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.models import Entity, Mention


@dataclass
class EntityTable:
    entities: dict[str, Entity] = field(default_factory=dict)
    # (start, end, key) for every mention, sorted by start offset
    _spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, entity: Entity) -> None:
        """Register an entity and index its mentions (an existing key is replaced)."""
        self.entities[entity.key] = entity
        self._spans = [s for s in self._spans if s[2] != entity.key]
        for m in entity.mentions:
            bisect.insort(self._spans, (m.start, m.end, entity.key))

    def add_mention(self, key: str, mention: Mention) -> None:
        """Attach one more mention (e.g. a resolved pronoun or "the company") to an entity."""
        entity = self.entities[key]
        entity.mentions.append(mention)
        bisect.insort(self._spans, (mention.start, mention.end, key))

    def get(self, key: str) -> Entity:
        return self.entities[key]

    def key_at(self, start: int, end: int) -> str | None:
        """The entity with a mention inside or overlapping [start, end); the longest overlap wins."""
        best, best_overlap = None, 0
        for s, e, key in self.mentions_between(start, end):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = key, overlap
        return best

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions overlapping [start, end), in text order."""
        i = bisect.bisect_left(self._spans, (start - 1000, 0, ""))
        out = []
        for s, e, key in self._spans[i:]:
            if s >= end:
                break
            if e > start:
                out.append((s, e, key))
        return out

    def keys_between(self, start: int, end: int) -> list[str]:
        """Distinct entity keys mentioned in [start, end), in order of first mention."""
        seen: list[str] = []
        for _, _, key in self.mentions_between(start, end):
            if key not in seen:
                seen.append(key)
        return seen

    @classmethod
    def from_names(cls, doc, entities) -> "EntityTable":
        """A table of known entities, each mentioned wherever its name or an alias occurs as
        whole words in `doc` (longest form first, no overlaps).

        `entities` holds (name, coarse type) or (name, coarse type, aliases) tuples; keys are
        "{type}/{slug}". For callers that already know the actors of a text (and for tests of
        the relation, event and quote extractors that must not depend on entity recognition).
        """
        table = cls()
        text = doc.text
        taken: list[tuple[int, int]] = []
        for spec in entities:
            name, etype = spec[0], spec[1]
            aliases = list(spec[2]) if len(spec) > 2 else []
            key = etype.lower() + "/" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            mentions = []
            for form in sorted([name, *aliases], key=len, reverse=True):
                for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    if any(m.start() < e and m.end() > s for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    sent = span.sent
                    mentions.append(Mention(form, m.start(), m.end(), sent.start_char, sent.end_char))
            mentions.sort(key=lambda m: m.start)
            table.add(Entity(key=key, name=name, type=etype, aliases=aliases, mentions=mentions))
        return table

    def __iter__(self):
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)
