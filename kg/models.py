"""Plain dataclasses for what `kg` reads and what extraction finds.

Everything downstream of extraction (the RDF builder, the facts JSON, tests) reads these, so
the extractor can change without touching RDF code. No rdflib and no spaCy here.

Vocabulary follows ../shared/eval/FORMAT.md: coarse entity types, relation predicates, event
types and participant roles are the constants below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Coarse entity types (FORMAT.md). Finer ontology classes (PoliticalLeader, Regulator, ...)
# are carried separately in Entity.ontology_class.
ENTITY_TYPES = (
    "Person", "Company", "GovernmentBody", "PoliticalParty", "MediaOutlet",
    "EducationalInstitution", "MarketIndex", "Place", "Product", "Organization",
)

# Where a position stands in time: "former"/"then-" (held before), "outgoing", "incoming"
# (and "-elect"), "acting" and "interim" (held for now, in place of someone).
POSITION_STATUSES = ("former", "outgoing", "incoming", "acting", "interim")

RELATION_PREDICATES = (
    "holdsPosition", "founded", "memberOf", "owns", "criticized", "regulates", "locatedIn", "developed",
)

EVENT_TYPES = (
    "Meeting", "RegulatoryAction", "MarketMove", "Criticism", "IPO", "ProductRelease",
    "TradeConflict", "PolicyAnnouncement", "Investment", "Other",
)

PARTICIPANT_ROLES = ("chair", "attendee", "actor", "target", "subject", "location")


@dataclass
class Article:
    """One news article as read from disk, stdin or a JSON Lines record."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None  # where it was read from, for error messages and provenance
    file_name: str | None = None  # the file's name (no folders), so `kg remove NAME.txt` finds it


@dataclass(frozen=True)
class Evidence:
    """Where in the article a fact was found: the sentence and its character offsets."""

    sentence: str
    start: int  # character offset of the sentence in Article.text
    end: int


@dataclass(frozen=True)
class Mention:
    """One surface form of an entity in the text."""

    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass
class Entity:
    """An actor, place, index or product, resolved within one article.

    `key` is unique within the article and is what relations, events and quotes refer to.
    """

    key: str
    name: str  # canonical: the fullest form used in the article ("Xi Jinping", not "Xi")
    type: str  # one of ENTITY_TYPES
    ontology_class: str | None = None  # finer class local name in ontology/kg.ttl, e.g. "PoliticalLeader"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gazetteer_id: str | None = None  # IRI of the gazetteer entry when it matched one
    confidence: float = 1.0


@dataclass
class Relation:
    subject: str  # Entity.key
    predicate: str  # one of RELATION_PREDICATES
    object: str  # Entity.key
    evidence: Evidence
    title: str | None = None  # holdsPosition only: the role as written ("CEO")
    confidence: float = 1.0
    # holdsPosition only: where the position stands in time, as the text says
    status: str | None = None  # one of POSITION_STATUSES ("former" in "the former chairman")
    start: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) the text gives for taking it up
    end: str | None = None  # ISO date the text gives for leaving it


@dataclass
class Participant:
    entity: str  # Entity.key
    role: str  # one of PARTICIPANT_ROLES


@dataclass
class Event:
    key: str  # unique within the article
    type: str  # one of EVENT_TYPES
    participants: list[Participant]
    evidence: Evidence
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY, resolved against Article.published
    date_text: str | None = None  # the expression as written ("on Monday")
    value: str | None = None  # MarketMove: signed change as written ("+2.5%")
    trigger: str | None = None  # the word that signalled the event ("met", "rallied")
    confidence: float = 1.0


@dataclass
class Quote:
    speaker: str  # Entity.key
    text: str  # the whole quoted text
    evidence: Evidence
    source: str | None = None  # Entity.key of the outlet or agency that carried it
    confidence: float = 1.0


@dataclass
class Facts:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    model: str | None = None  # spaCy pipeline name and version, e.g. "en_core_web_sm 3.8.0"

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
