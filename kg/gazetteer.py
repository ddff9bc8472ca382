"""The gazetteer: general knowledge about well-known actors, read from `ontology/gazetteer.ttl`.

It holds names, aliases and types only (leaders, executives, firms, regulators, central banks,
market indexes, news outlets, parties, universities, countries and cities), never a fact taken
from an article. Two consumers read it: `kg.nlp` turns it into EntityRuler patterns so the
small spaCy model gets these names right, and `kg.extract.entities` looks surface forms up to
type them and to link them to the same IRI across articles.

Gazetteer IRIs follow the entity IRI scheme of docs/DESIGN.md (`id:{kind}/{slug}`), computed by
`entity_path`, so a gazetteer actor and the same actor extracted from text are one node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import GraphError
from kg.models import ENTITY_TYPES
from kg.namespaces import ID, KG

# spaCy labels the ruler gives each coarse type, so code reading doc.ents sees familiar labels.
SPACY_LABELS = {
    "Person": "PERSON",
    "Place": "GPE",
    "Product": "PRODUCT",
}

_SLUG_MAX = 60

# When an entry has several finer classes, the first of these is the one an entity reports.
CLASS_PRIORITY = [
    "CentralBank", "Regulator", "NationalGovernment", "Ministry", "Court", "Legislature", "LawEnforcement",
    "ExecutiveOffice", "StateMedia", "NewsAgency", "NewsOutlet", "PoliticalLeader", "CentralBanker",
    "GovernmentOfficial", "BusinessExecutive", "Country", "Capital", "City",
]


def entity_slug(name: str) -> str:
    """ASCII-folded, lower-cased `name`, other runs replaced by `-` (docs/DESIGN.md).

    A hash suffix is added when folding dropped characters, the slug was cut or is empty, so
    distinct names never share a slug by accident.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    lost = any(ord(c) > 127 and not unicodedata.combining(c) for c in decomposed)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    cut = len(slug) > _SLUG_MAX
    if cut:
        slug = slug[:_SLUG_MAX].rstrip("-")
    if lost or cut or not slug:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else digest
    return slug


def entity_path(entity_type: str, name: str) -> str:
    """`person/xi-jinping`: the entity IRI path after `id:` for a coarse type and a name."""
    return f"{entity_type.lower()}/{entity_slug(name)}"


def normalize_form(text: str) -> str:
    """Surface form as compared with gazetteer names: typographic apostrophes and spacing."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ı": "i",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})


def folded_form(form: str) -> str:
    """A form compared without case or accents: "Việt Nam", "Viet Nam" and "viet nam" are one,
    as are "Hà Nội" and "Ha Noi" ("Hanoi" stays another spelling, listed as an alias where known)."""
    decomposed = unicodedata.normalize("NFKD", form.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _without_article(form: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", form)


@dataclass(frozen=True)
class GazetteerEntry:
    path: str  # "person/xi-jinping"
    label: str
    type: str  # coarse type (FORMAT.md)
    classes: tuple[str, ...] = ()  # finer ontology classes, most specific first
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # countries: "Chinese"
    capital_of: str | None = None  # cities: path of the country whose government they stand for
    government: str | None = None  # countries: path of their national government entry
    country: str | None = None  # national politicians and officials: path of the country they serve

    @property
    def iri(self) -> str:
        return str(ID[self.path])

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)

    @property
    def finer_class(self) -> str | None:
        """The most telling finer class ("CentralBank" before "Regulator" for the Fed)."""
        if not self.classes:
            return None
        return min(self.classes, key=lambda c: (CLASS_PRIORITY.index(c) if c in CLASS_PRIORITY else len(CLASS_PRIORITY), c))


@dataclass
class Gazetteer:
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    _exact: dict[str, list[str]] = field(default_factory=dict)
    _folded: dict[str, list[str]] = field(default_factory=dict)
    _demonyms: dict[str, str] = field(default_factory=dict)
    _index_codes: dict[str, list[GazetteerEntry]] | None = None  # "CAC" -> [CAC 40], see index_of_code

    def add(self, entry: GazetteerEntry) -> None:
        self.entries[entry.path] = entry
        self._index_codes = None
        for form in entry.forms:
            keys = [normalize_form(form)]
            bare = _without_article(keys[0])
            # "The Economist" may be written "the Economist", but a bare "Economist" is a job.
            if bare != keys[0] and " " in bare:
                keys.append(bare)
            for key in keys:
                for table, k in ((self._exact, key), (self._folded, folded_form(key))):
                    paths = table.setdefault(k, [])
                    if entry.path not in paths:
                        paths.append(entry.path)
        for demonym in entry.demonyms:
            self._demonyms.setdefault(normalize_form(demonym).casefold(), entry.path)

    def lookup(self, text: str) -> GazetteerEntry | None:
        """The one entry whose name or alias is `text`; None when unknown or ambiguous.

        Short forms ("US", "Fed", "AP") must match exactly; longer ones ignore case, so
        "NASDAQ Composite" and "Nasdaq Composite" are one index but "us" is not the country.
        A name written with more than the entry has is the entry too, when what is left is a
        form of it of the right kind (see `_reduced_forms`): "Tesla, Inc.", "the Nikkei index",
        "Xinhua state news agency", "Reuters.com", "the U.S. Fed".
        """
        key = normalize_form(text)
        found = self._lookup_exact(key)
        if found is not None:
            return found
        for reduced, kinds in _reduced_forms(_without_article(key)):
            entry = self._lookup_exact(reduced)
            if entry is not None and (kinds is None or entry.type in kinds):
                return entry
        return None

    def _lookup_exact(self, key: str) -> GazetteerEntry | None:
        for candidate in dict.fromkeys((key, _without_article(key), f"The {_without_article(key)}")):
            hits = self._exact.get(candidate)
            if not hits and len(candidate) > 4 and candidate != candidate.lower():
                hits = self._folded.get(folded_form(candidate))
            if hits:
                return self.entries[hits[0]] if len(hits) == 1 else None
        return None

    def get(self, path: str) -> GazetteerEntry | None:
        return self.entries.get(path)

    def is_demonym(self, word: str) -> bool:
        """"Chinese", "Moldovan": a nationality word, not a country's own name ("China", "U.S.")."""
        return normalize_form(word).casefold() in self._demonyms

    def country_of_demonym(self, word: str) -> GazetteerEntry | None:
        """"Chinese" -> China; also accepts the country's own names ("China's", "U.S.")."""
        key = re.sub(r"'s?$", "", _without_article(normalize_form(word)))
        path = self._demonyms.get(key.casefold())
        if path:
            return self.entries[path]
        entry = self.lookup(key)
        if entry is not None and "Country" in entry.classes:
            return entry
        return None

    def index_of_code(self, form: str) -> GazetteerEntry | None:
        """The one market index whose name is `form` and a number ("CAC" -> CAC 40, "IBEX" ->
        IBEX 35): a market report may write an index by its letters alone, which another body
        can share ("CAC", the Cyberspace Administration of China). None when no index or several
        ("FTSE": FTSE 100 and FTSE 250) are named so."""
        if self._index_codes is None:  # built on first use: most articles never ask
            self._index_codes = {}
            for e in self.entries.values():
                m = re.fullmatch(r"(.+?)[ -]?\d+", e.label) if e.type == "MarketIndex" else None
                if m:
                    self._index_codes.setdefault(m.group(1), []).append(e)
        found = self._index_codes.get(form, [])
        return found[0] if len(found) == 1 else None

    def ambiguous_forms(self) -> dict[str, list[str]]:
        """Forms that name more than one entry; the ruler leaves them to context."""
        return {form: paths for form, paths in self._exact.items() if len(paths) > 1}

    def ruler_patterns(self, make_doc) -> list[dict]:
        """EntityRuler token patterns for every unambiguous name and alias.

        `make_doc` is the pipeline's tokenizer, so patterns split words as texts are split.
        One-word forms match exactly (plus all capitals for longer words: headlines, datelines),
        because "Apple" is a firm and "apple" is fruit; longer forms ignore case except that a
        capitalised first word stays capitalised.
        """
        ambiguous = self.ambiguous_forms()
        patterns: list[dict] = []
        seen: set[tuple] = set()
        for path in sorted(self.entries):
            entry = self.entries[path]
            label = _spacy_label(entry)
            for form in entry.forms:
                form = normalize_form(form)
                if form.startswith("The ") and " " not in form[4:]:
                    form = "the " + form[4:]  # matched case-insensitively below, "The"/"the"
                if not form or form in ambiguous:
                    continue
                tokens = [t.text for t in make_doc(form)]
                variants = []
                if len(tokens) == 1:
                    variants.append([{"ORTH": tokens[0]}])
                    if len(form) > 3 and form.upper() != form and form[0].isupper():
                        variants.append([{"ORTH": form.upper()}])
                    variants += [[{"ORTH": t.text} for t in make_doc(spelled)] for spelled in spelled_out(form)]
                else:
                    # the first word must be capitalised when the name's is ("Hang Seng", not
                    # "hang seng"); later words may vary ("Nasdaq composite", "NASDAQ Composite")
                    pattern = [{"LOWER": tok.lower()} for tok in tokens]
                    if tokens[0][:1].isupper():
                        pattern[0]["IS_LOWER"] = False
                    variants.append(pattern)
                if "'" in form:  # texts use the typographic apostrophe as often as the straight one
                    variants += [[{k: (v.replace("'", "\u2019") if isinstance(v, str) else v) for k, v in spec.items()}
                                  for spec in pattern] for pattern in list(variants)]
                for pattern in variants:
                    key = (path, repr(pattern))
                    if key in seen:
                        continue
                    seen.add(key)
                    patterns.append({"label": label, "pattern": pattern, "id": path})
        return patterns


def spelled_out(form: str) -> list[str]:
    """An acronym as news style also writes it: "WTO" is "W.T.O." (newspapers) and "W-T-O"
    (Voice of America, which hyphenates acronyms read letter by letter)."""
    if not (2 <= len(form) <= 5 and form.isalpha() and form.isupper()):
        return []
    return [".".join(form) + ".", "-".join(form)]


_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|PLC|plc|AG|SA|S\.A|NV|N\.V|"
    r"SE|GmbH|LP|L\.P|Holdings?)\.?)+$")
_COUNTRY_QUALIFIER = re.compile(r"(?<![\w.])(?:U\.S\.|US|United States|U\.K\.|UK)\s+(?=[A-Z])")
_INDEX_WORDS = re.compile(r"\s+(?:stock\s+|share\s+|composite\s+|benchmark\s+)?(?:index|indices|average|composite)$", re.I)
_AGENCY_WORDS = re.compile(r"\s+(?:(?:official|state|state-run|state-owned|government)\s+)?"
                           r"(?:news\s+agency|news\s+service|newspaper|broadcaster|television|TV|website)$", re.I)


def _reduced_forms(form: str):
    """Shorter forms of a name that say no more about who it is, each with the coarse types the
    entry found must have (None: any). A legal form, a domain, a country qualifier, the word
    "index" after an index name or "news agency" after an outlet's name add nothing."""
    legal = _LEGAL_FORM.sub("", form)
    if legal != form and legal:
        yield legal, {"Company", "MediaOutlet", "Organization"}
    domain = re.sub(r"\.(?:com|net|org|co\.uk|cn)$", "", form, flags=re.I)
    if domain != form and domain:
        yield domain, {"Company", "MediaOutlet"}
    index = _INDEX_WORDS.sub("", form)
    if index != form and index:
        yield index, {"MarketIndex"}
    agency = _AGENCY_WORDS.sub("", form)
    if agency != form and agency:
        yield agency, {"MediaOutlet"}
    country = _COUNTRY_QUALIFIER.sub("", form)
    if country != form and len(country) > 2:
        yield country, {"GovernmentBody"}
        yield re.sub(r"^the\s+", "", country), {"GovernmentBody"}


def _spacy_label(entry: GazetteerEntry) -> str:
    if entry.type == "Place":
        return "LOC" if "Region" in entry.classes else "GPE"
    return SPACY_LABELS.get(entry.type, "ORG")


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_gazetteer(path: Path) -> Gazetteer:
    """Parse a gazetteer Turtle file (rdflib) into lookup tables."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise GraphError(f"cannot parse the gazetteer {path}: {exc}; fix the Turtle syntax") from exc
    gazetteer = Gazetteer()
    id_prefix = str(ID)
    coarse = set(ENTITY_TYPES)
    for subject in sorted(set(graph.subjects(RDF.type, None))):
        if not isinstance(subject, URIRef) or not str(subject).startswith(id_prefix):
            continue
        types = sorted(_local_name(str(t)) for t in graph.objects(subject, RDF.type) if str(t).startswith(str(KG)))
        coarse_types = [t for t in types if t in coarse]
        if not coarse_types:
            continue
        label = graph.value(subject, RDFS.label)
        if label is None:
            continue
        finer = tuple(t for t in types if t not in coarse)
        capital = graph.value(subject, KG.capitalOf)
        government = graph.value(subject, KG.government)
        country = graph.value(subject, KG.country)
        gazetteer.add(GazetteerEntry(
            path=str(subject)[len(id_prefix):],
            label=str(label),
            type=coarse_types[0],
            classes=finer,
            aliases=tuple(sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))),
            demonyms=tuple(sorted(str(d) for d in graph.objects(subject, KG.demonym))),
            capital_of=str(capital)[len(id_prefix):] if capital is not None else None,
            government=str(government)[len(id_prefix):] if government is not None else None,
            country=str(country)[len(id_prefix):] if country is not None else None,
        ))
    return gazetteer


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (`ontology/gazetteer.ttl`), parsed once per process."""
    from kg.resources import ontology_file

    return read_gazetteer(ontology_file("gazetteer.ttl"))
