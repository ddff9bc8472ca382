"""Candidates: the name spans of one article, cleaned of what the small model gets wrong.

Each candidate is one mention before typing and grouping: a named-entity span (gazetteer ruler
or statistical NER) with its leading "the", trailing possessive and punctuation trimmed; spans the
model cut short are mended ("Office for the Eastern District of" + "New York"; a title-case
institution name it cut or half-tagged, "U.S." + "Agency for" + "International Development",
becomes one span, and a known one-word name inside it, "Labour" in "National Labour Relations
Board", is one of its words), spans it ran
together are split (at line breaks, sentence starts, parentheses and an inner possessive:
"Japan's Soka University" -> Japan + Soka University); a parenthesised short form ("Business
Insider (BI)") abbreviates the name before it. Datelines ("WASHINGTON -") name where a story was
filed, not an actor, and give no candidate; names in title-case headlines and captions are marked
so that later steps keep them only when known or also found in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from kg.extract.confidence import ENTITY_UNTYPED
from kg.extract.entity_lexicon import (
    COMPANY_HEADS, COMPANY_SUFFIXES, DESCRIPTION_TYPES, EDUCATION_HEADS, FIRM_NAME_ENDS, INNER_POSSESSORS, INSTITUTION_HEADS,
    KEEP_LABELS, LAW_HEADS, is_legal_form, singular_forms, LISTING_WORDS, MEDIA_WORDS, MISSION_HEADS, PRODUCT_VERSION_WORDS,
    CALENDAR_WORDS, NOISE_LABELS, NOT_PARTY_QUALIFIERS, ORGANIZATION_HEADS, PARTY_PLURALS, PERSON_ROLE_NOUNS, PERSON_TITLES,
    PLACE_MOVE_VERBS, PORTFOLIO_HOLDER_TITLES, REPAIRABLE_HEADS, STATUS_WORDS, GOVERNMENT_UNIT_HEADS,
)
from kg.extract.name_forms import is_initial, is_possessive, name_head, name_key
from kg.gazetteer import Gazetteer, GazetteerEntry
from kg.nlp import US_STATE_ABBREVIATIONS, english_word, english_word_or_plural, title_case
from kg.resources import given_names


@dataclass
class Candidate:
    """One cleaned mention before grouping."""

    start: int  # token indexes [start, end)
    end: int
    text: str
    start_char: int
    end_char: int
    label: str  # spaCy label
    type: str | None = None  # coarse type guess
    cls: str | None = None  # finer class guess
    gaz: GazetteerEntry | None = None
    confidence: float = ENTITY_UNTYPED
    acronym_of: Candidate | None = None  # the candidate this parenthesised form abbreviates
    in_headline: bool = False
    cue: bool = False  # typed by the words around it, which outvotes the NER label elsewhere
    worded: bool = False  # typed by its own words ("... Commission", "... University")
    in_title: bool = False  # a portfolio word inside a job title ("Treasury" in "Treasury Secretary")
    written: str | None = None  # the name as written with a lower-case head left out ("Green Rally party")

    @property
    def norm(self) -> str:
        return name_key(self.text)


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of title-case lines (headlines, decks) that end without a full stop, and
    of photo captions ("FILE PHOTO: ...", "REUTERS/Jane Doe"): names there count only when known
    or also found in the body."""
    ranges = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if re.match(r"(FILE )?PHOTO\b", stripped) or re.search(r"\b[A-Z]{3,}/[A-Z][a-z]", stripped):
            ranges.append((start, end))
            continue
        if not stripped or stripped[-1] in ".!?\"”’:":
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w'’&.-]*", stripped)]
        if len(words) < 3:
            continue
        small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "as", "by",
                 "from", "against", "after", "over", "into", "about", "amid", "vs", "but", "is", "are"}
        content = [w for w in words if w.lower() not in small]
        if content and sum(w[0].isupper() for w in content) / len(content) >= 0.75:
            ranges.append((start, end))
    return ranges


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "Washington D.C., June 8, 2021 —", "Frankfurt am Main, 3 March 2024 -": a place written in
# title case, then the date, then a dash or an agency: a press release's or a wire's dateline.
_TITLE_CASE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|am|de|del|upon|on))*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?)"
    rf",? (?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)\s*(?:\(\w[^)]*\)\s*)?[-–—]",
    re.M,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Wire and press-release datelines at the start of a line: "WASHINGTON –", "BEIJING, Feb
    3 (Reuters) -", "Washington D.C., June 8, 2021 —", "Washington, DC –"."""
    pattern = re.compile(r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=\s*(?:,|\(|[-–—]))", re.M)
    spans = [m.span(1) for m in pattern.finditer(text)]
    spans += [m.span(1) for m in _TITLE_CASE_DATELINE.finditer(text) if m.span(1) not in spans]
    spans += [m.span(1) for m in _TITLE_CASE_PLACE_DATELINE.finditer(text) if m.span(1) not in spans]
    # "KIGALI, Rwanda (AP) -", "SAN JUAN, P.R. –": the city's country or state belongs to the dateline too
    wire = [m.span(1) for m in _WIRE_DATELINE.finditer(text)] + [m.span(1) for m in _CAPS_PLACE_DATELINE.finditer(text)]
    spans = [s for s in spans if not any(w[0] <= s[0] < w[1] for w in wire)] + wire
    return sorted(spans)


# A press release's dateline in title case with no date: "Washington, DC – The agency ...", "New
# York, N.Y. — ...", "Washington, D.C.—Today, ...", "Accra, Ghana -- The bank", "Oslo, Norway--
# Trade": a town, its state or country, and a dash (spaced, or an em dash or a double hyphen set
# close) before the first sentence.
_TITLE_CASE_PLACE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){0,2}, (?:[A-Z]\.?[A-Z]\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?))"
    r"(?= [-–—] [A-Z]|—[A-Z]| ?-- ?[A-Z])", re.M)


# A release's dateline in capitals with the town's state or country before the dash: "SAN JUAN, P.R. –",
# "HOUSTON, Texas —"
_CAPS_PLACE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?= [-–—] )", re.M)


# A wire dateline with the city's country or state before the agency: "NAIROBI, Kenya (AP) -"
_WIRE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})"
    r"(?= \([A-Z][\w ]*\)\s*[-–—])", re.M)


# A party's role in a case written before its name in filings ("Defendant HeadSpin", "Relief
# Defendant Tarn LLC"): not part of the name.
PARTY_ROLES = {"defendant", "defendants", "respondent", "respondents", "plaintiff", "plaintiffs", "relief",
               "petitioner", "appellant", "appellee"}


# Words that open a title after a name ("... and Acting U.S. Attorney", "..., Deputy Director")
_TITLE_OPENERS = {"acting", "deputy", "assistant", "interim", "former", "associate", "special", "chief", "senior"}


def _trim(doc, start: int, end: int, gaz: Gazetteer | None = None) -> tuple[int, int]:
    """Drop leading determiners/punctuation and trailing possessives/punctuation (but not the
    possessive that ends a known name: "McDonald's")."""
    # "tech-heavy Nasdaq Composite", "blue-chip Dow": lower-case descriptors before a name
    while start < end - 1 and doc[start].text.islower() and doc[start].pos_ in ("ADJ", "NOUN", "VERB", "ADV") \
            and any(t.text[:1].isupper() for t in doc[start + 1:end]) and doc[start].lower_ not in ("the", "a", "an"):
        start += 1
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space or doc[start].text in ("-", "–", "—")
                           or doc[start].lower_ in PARTY_ROLES and start < end - 1):
        start += 1
    while start < end - 1 and len(doc[start].text) > 2 and doc[start].text[-2:] in ("--", "—", "–") \
            or start < end - 1 and len(doc[start].text) > 1 and doc[start].text[-1] in "—–":
        start += 1  # "Washington, DC-- Treasury said": the dateline's last word, not the name's first
    if start < end - 2 and doc[start].is_upper and len(doc[start].text) <= 3 and doc[start + 1].text in ("—", "–", "--"):
        start += 2  # "Paris, FR — Tarnel Bank said" read as "FR", "—", then the name
    if start < end - 1 and start > 1 and doc[start].text in US_STATE_ABBREVIATIONS and doc[start - 1].text == "," \
            and doc[start - 2].text[:1].isupper():
        start += 1  # "both of Northfield, N.J. Gregg Gehring, of Newton": a town's state ends its sentence
    start = _after_office_title(doc, start, end)
    if start < end - 1 and ends_in_charge_title(doc, start):
        start += 1  # "Special Agent in Charge Omar Reyes": the title's last word, not the name's first
    if start < end - 2 and doc[start].lower_ in ("shares", "stock", "stocks") and doc[start + 1].lower_ in ("of", "in"):
        start += 2  # "Shares of Corvane Ltd" at a sentence's start: what is owned, not its name
    while start < end - 2 and doc[start].lower_ in ("ex", "former") and doc[start + 1].text == "-":
        start += 2  # "Ex-AIG CEO": a prefix, not part of the name (unlike "Anti-Corruption Agency")
    while end > start and (is_possessive(doc[end - 1]) and not (gaz and _name_with_possessive(doc, end - 1, gaz))
                           or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text not in (".",))
                           or doc[end - 1].text in ("(", ")")):
        end -= 1
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "PART", "SCONJ", "DET") \
            and doc[end - 1].lower_ not in ("de", "du", "des", "la", "le"):
        end -= 1  # "Quill Mining to" (the model ran a name into the preposition after it)
    while end - start > 2 and doc[end - 1].lower_ in _TITLE_OPENERS and doc[end - 2].lower_ in ("and", ","):
        end -= 2  # "the Criminal Division and Acting U.S. Attorney X": the next title's first word
    end = _before_a_chief_title(doc, start, end)
    # a lone trailing full stop belongs to abbreviations ("Inc.", "U.S."), not to names like "Google."
    if end > start and doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    return start, end


# the words of a firm's chief officer's title before its head ("Chief Financial Officer")
CHIEF_TITLE_WORDS = {"chief", "financial", "operating", "executive", "technology", "information", "marketing",
                     "investment", "accounting", "compliance", "risk", "legal", "commercial", "strategy"}


def _before_a_chief_title(doc, start: int, end: int) -> int:
    """"Sony Chief Financial" + "Officer X": the model may run a firm's name into the chief
    officer's title after it; the title's words, from "Chief" on, are no part of the name."""
    if end >= len(doc) or doc[end].lower_ not in ("officer", "officers", "executive"):
        return end
    i = end
    while i - start > 1 and doc[i - 1].lower_ in CHIEF_TITLE_WORDS:
        i -= 1
        if doc[i].lower_ == "chief":
            return i
    return end


# Words of an office's title before "of" ("Governor of", "Auditor General of", "Inspector General of").
OFFICE_TITLE_WORDS = PERSON_ROLE_NOUNS | {"auditor", "inspector", "comptroller", "solicitor", "registrar", "surveyor"}


def _after_office_title(doc, start: int, end: int) -> int:
    """"Governor of the Reserve Bank of Malawi", "Director General of the Revenue Authority" taken
    as one name: the office's title and its "of (the)" are no part of the body's name, which
    starts after them (when two words or more are left: "Secretary of State" stays whole)."""
    i = start
    while i < end and (doc[i].lower_ in OFFICE_TITLE_WORDS or doc[i].lower_ == "general" and i > start):
        i += 1
    if i == start or i >= end or doc[i].lower_ != "of":
        return start
    i += 1
    if i < end and doc[i].lower_ == "the":
        i += 1
    return i if end - i >= 2 and doc[i].text[:1].isupper() else start


# labels the small model gives a firm's name when the words around it are unusual ("a bid for
# Tarn Foods": WORK_OF_ART)
TITLE_LABELS = {"WORK_OF_ART", "EVENT", "LAW"}


def _firm_taken_for_a_title(ent) -> bool:
    """A span the model labels a work, an event or a law that is a firm's name by its words: two or
    more capitalised words ending in a business noun or legal form ("Tarn Foods", "Velda Motors
    Inc."), none of them "of", "the" or "and" ("The Wealth of Nations", "War and Peace")."""
    words = [t for t in ent if not t.is_punct]
    return ent.label_ in TITLE_LABELS and len(words) >= 2 and ent[-1].lower_ in COMPANY_HEADS \
        and all(t.text[:1].isupper() for t in words) and not any(t.lower_ in ("of", "the", "and") for t in words)


def find_candidates(doc, gaz: Gazetteer, headlines, datelines) -> list[Candidate]:
    """Every name span of the article (gazetteer ruler or statistical NER) as a cleaned candidate,
    in text order: spans the model cut short are mended, spans it ran together are split, and a
    parenthesised short form becomes a candidate that abbreviates the name before it."""
    out: list[Candidate] = []
    doc_ents = list(doc.ents)  # Doc.ents rebuilds its list on every access: read it once
    places = {e.text for e in doc_ents if e.label_ in ("GPE", "LOC")}
    for ent in _mended_entity_spans(doc, doc_ents, gaz, headlines):
        if _firm_taken_for_a_title(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ in NOISE_LABELS or ent.label_ not in KEEP_LABELS:
            continue
        ent, ent_id = _given_name_before_surname(doc, ent, gaz)
        if ent_id and any(tok.ent_id_ != ent_id for tok in ent):
            ent_id = ""  # a span mended from pieces ("Ohio" + "Department of Commerce"): no piece's link
        pieces = _name_pieces(doc, ent, ent_id, gaz, places)
        for s, e in pieces:
            s, e = _trim(doc, s, e, gaz)
            if s >= e:
                continue
            e = _with_trailing_head(doc, ent, e)
            if e == ent.end and doc[e - 1].is_upper and doc[e - 1].is_alpha:
                e = hyphen_joined_end(doc, e, lambda t: t.is_upper and t.is_alpha)  # "CASA-CE", "PRS-B"
            span = doc[s:e]
            entry = None
            if ent_id and len(pieces) == 1:
                entry = gaz.get(ent_id)
            if entry is None:
                entry = gaz.lookup(span.text)
            entry = _index_in_a_market_report(span, entry, gaz)
            cand = Candidate(s, e, span.text, span.start_char, span.end_char, ent.label_, gaz=entry)
            if any(a <= span.start_char < b for a, b in datelines):
                continue  # a dateline says where the story was filed, not who acted
            cand.in_headline = any(a <= cand.start_char < b for a, b in headlines)
            out.append(cand)
            short_form = _short_form_in_parentheses(doc, cand, ent.label_, gaz)
            if short_form is not None:
                out.append(short_form)
    return _titles_named_as_offices(doc, _join_split_people(doc, _one_candidate_per_span(out)), gaz)


def _titles_named_as_offices(doc, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """"U.S. Trade Representative Michael Froman": an office the gazetteer knows by its holder's
    title, written right before a person's name, is the title, not the office; the country that
    opens it ("U.S.") is named, as in "U.S. Commerce Secretary X"."""
    starts = {c.start: c for c in cands}
    out = []
    for c in cands:
        words = c.text.split()
        person = starts.get(c.end)
        if c.gaz is None or c.gaz.type != "GovernmentBody" or len(words) < 2 or words[-1].lower() not in PERSON_TITLES \
                or person is None or person.label != "PERSON" or not doc[c.end - 1].whitespace_:
            out.append(c)
            continue
        country = gaz.lookup(doc[c.start].text)
        if country is not None and country.type == "Place":
            first = doc[c.start:c.start + 1]
            out.append(Candidate(first.start, first.end, first.text, first.start_char, first.end_char, "GPE",
                                 gaz=country, in_headline=c.in_headline))
    return out


def moved_by_a_figure(verb) -> bool:
    """Whether `verb` tells a market's move with a figure in its clause ("Seoul dropped 3.1
    percent", "the CAC lost 0.5% to 3,332 points")."""
    return verb.lemma_ in PLACE_MOVE_VERBS and any(
        t.ent_type_ == "PERCENT" or t.lower_ in ("percent", "points", "%") for t in verb.subtree)


def _index_in_a_market_report(span, entry: GazetteerEntry | None, gaz: Gazetteer) -> GazetteerEntry | None:
    """An index written by its letters alone where another body shares them ("In Paris the CAC
    lost 0.5% to 3,332 points"): the subject of a verb of the market's move, with a figure in
    the clause, is the index ("CAC 40"), not the regulator "CAC"."""
    if entry is None or entry.type == "MarketIndex" or len(span) != 1 or not span.text.isupper() \
            or span.root.dep_ != "nsubj" or not moved_by_a_figure(span.root.head):
        return entry
    return gaz.index_of_code(span.text) or entry


def _cut_at_legal_form(doc, ent):
    """"Tarn Holdings A/S of" (+ "Denmark"): a firm's name the model ran on past its legal form
    into "of" ends at the form; the place after "of" says where the firm is."""
    if ent.label_ == "ORG" and ent.end - ent.start >= 3 and doc[ent.end - 1].lower_ == "of" \
            and is_legal_form(doc[ent.end - 2].text):
        span = doc[ent.start:ent.end - 1]
        span.label_ = ent.label_
        return span
    return ent


def _mended_entity_spans(doc, doc_ents: list, gaz: Gazetteer, headlines) -> list:
    """The model's entity spans with its cuts mended: organisation names it cut short, a firm's
    registered name it broke after a place, a product apart from its version. A name a mended
    span absorbed ("Oregon" in "... District of Oregon") is part of it, not a mention."""
    doc_ents = [_cut_at_legal_form(doc, ent) for ent in doc_ents]
    by_start = {e.start: e for e in doc_ents}
    ents = [_repair_span(doc, ent, by_start, gaz) if ent.label_ in KEEP_LABELS else ent for ent in doc_ents]
    ents = [_company_after_place(doc, ent, headlines) for ent in ents]
    ents = _firms_named_with_a_place(doc, ents, headlines)
    ents = _body_after_place(doc, ents)
    ents = _regional_units(doc, ents, gaz)
    ents = _join_versions(doc, ents)
    ents = _firm_word_joined_to_its_name(doc, ents)
    ents = _capitals_before_firm(doc, ents, gaz)
    ents = _place_after_of(doc, ents)
    ents = _districts_of_states(doc, ents)
    ents = _compass_point_before_region(doc, ents)
    ents = [_given_names_left_out(doc, ent) for ent in ents]
    ents = _surnames_left_out(doc, ents)
    ents = _given_names_before_particles(doc, _surnames_after_particles(doc, ents))
    ents = _series_with_serial_comma(doc, ents)
    ents = _two_named_after_between(doc, ents)
    ents = _initialled_people_cut_from_bodies(doc, ents)
    ents = _pairs_named_before_a_firm(doc, ents)
    ents = [_holder_after_in_charge(doc, ent) for ent in ents]
    ents = [_holder_after_field_title(doc, ent) for ent in ents]
    ents = [_before_case_number(doc, ent) for ent in ents]
    ents = [_name_after_portfolio(doc, ent) for ent in ents]
    ents = _owners_before_possessive(doc, ents)
    ents = _whole_institution_names(doc, ents, headlines)
    ents = _index_code_and_number(doc, ents)
    ents = _holder_after_body(doc, ents)
    ents = _parties_named_for_members(doc, ents)
    original = {(e.start, e.end) for e in doc_ents}
    grown = [e for e in ents if (e.start, e.end) not in original]
    return [e for e in ents if e in grown or not any(g.start <= e.start and e.end <= g.end for g in grown)]


# Words after or before a place that make no firm's name with it: titles, days, compass points,
# the heads of bodies and institutions ("Japan Tuesday", "Kenya President X", "Texas Southern")
_NOT_WITH_PLACE = CALENDAR_WORDS | PERSON_TITLES | PERSON_ROLE_NOUNS | INSTITUTION_HEADS | {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "inc", "city", "state",
    "province", "region", "island", "islands", "republic", "kingdom", "county", "district", "street", "avenue",
    "undersecretary", "ambassador", "envoy", "consul", "embassy", "consulate", "mission", "constitution"} | LAW_HEADS


def _firms_named_with_a_place(doc, ents: list, headlines) -> list:
    """"Dubai World asked for a delay", "split up Japan Post", "CEO of Kestrix Japan": a place the
    ruler tagged and one untagged proper noun it modifies (or, a word no dictionary knows, that
    modifies it) make one firm's name of two words, which the model left untagged. Not a title, a
    day, a compass point or a body's head ("Japan Tuesday said", "Kenya President X"), a
    dictionary word before the place ("Global Britain"), nor a longer run of capitalised words."""
    by_start = {e.start for e in ents}
    by_end = {e.end for e in ents}
    out = []
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC") or not ent.ent_id_ or any(a <= ent.start_char < b for a, b in headlines):
            out.append(ent)
            continue
        last = doc[ent.end - 1]

        def loose(tok) -> bool:
            return tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ \
                and tok.lower_ not in _NOT_WITH_PLACE and len(tok) > 1

        def capital(i) -> bool:
            return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha

        if ent.start > 0 and doc[ent.start - 1].text == "-" or ent.end < len(doc) - 1 and doc[ent.end + 1].text == "-":
            out.append(ent)  # "Euro-Asia Agriculture": the place is part of a hyphenated word
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        before = doc[ent.start - 1] if ent.start > 0 else None
        if after is not None and loose(after) and last.dep_ == "compound" and last.head.i == after.i \
                and not capital(ent.end + 1) and not capital(ent.start - 1) and ent.end + 1 not in by_start:
            out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))  # "Dubai World", "Japan Post"
            continue
        if before is not None and loose(before) and not english_word(before) and not before.is_sent_start \
                and before.dep_ == "compound" \
                and before.head.i == last.i and not capital(ent.start - 2) and not capital(ent.end) \
                and ent.start - 1 not in by_end:
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))  # "Kestrix Japan"
            continue
        out.append(ent)
    return out


def _index_code_and_number(doc, ents: list) -> list:
    """"NSE" + "20" + "Share Index", "ASPI 30 Price Index": an index name the model began after
    its exchange's code and number begins with them."""

    out = []
    for ent in ents:
        start = index_code_start(doc, ent.start, ent.end - 1)
        if start < ent.start:
            out = [e for e in out if e.end <= start]
            out.append(Span(doc, start, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


# Heads a body's name ends in (or continues after with "of"/"for"), never with a person's name.
BODY_END_HEADS = {"assembly", "commission", "court", "ministry", "council", "committee", "parliament", "senate",
                  "authority", "agency", "board", "tribunal", "directorate"}


def _holder_after_body(doc, ents: list) -> list:
    """"the Speaker of the National Assembly Manzoor Nadir", "the Chairman of the Securities
    Commission Daniel Okoro" read as one name: a body's head word followed by two or three
    capitalised words ends the body; those words are the name of the post's holder."""

    out = []
    for ent in ents:
        heads = [t.i for t in ent[:-2] if t.lower_ in BODY_END_HEADS and t.text[:1].isupper()]
        tail = doc[heads[-1] + 1:ent.end] if heads else None
        if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and tail is not None and 2 <= len(tail) <= 3 \
                and all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and not t.ent_id_ for t in tail) \
                and not any(t.lower_ in BODY_END_HEADS | {"of", "for"} for t in tail):
            out.append(Span(doc, ent.start, heads[-1] + 1, label="ORG"))
            out.append(Span(doc, heads[-1] + 1, ent.end, label="PERSON"))
            continue
        out.append(ent)
    return out


def index_code_start(doc, start: int, head: int) -> int:
    """Where an index's name headed by token `head` begins when an exchange's code or a proper
    name, and a number, come before `start` ("NSE 20" before "Share Index", "the Kessel 50
    index", "the Euro Stoxx 50 index"); else `start`."""
    if doc[head].lower_ not in ("index", "average") or start < 2 or not doc[start - 1].like_num \
            or doc[start - 1].is_sent_start:
        return start
    first = start - 1
    while first > 0 and start - 1 - first < 2 and doc[first - 1].is_alpha and not doc[first].is_sent_start and (
            doc[first - 1].is_upper or doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN"):
        first -= 1
    return first if first < start - 1 else start


def _parties_named_for_members(doc, ents: list) -> list:
    """"the Social Democrats", "Merkel's Christian Democrats", "the Sweden Democrats": capitalised
    proper nouns before a party plural are part of the party's name (the model, and the gazetteer's
    "Democrats", take the plural alone). Not a chamber's or a place's members ("House Democrats",
    "Texas Republicans"): those are the party the plural names."""

    def qualifier(tok) -> bool:
        return tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
            and tok.lower_ not in NOT_PARTY_QUALIFIERS and tok.ent_type_ not in ("GPE", "LOC", "PERSON")

    out = []
    taken: set[int] = set()
    for ent in ents:
        last = doc[ent.end - 1]
        if last.lower_ not in PARTY_PLURALS or ent.label_ not in ("ORG", "NORP") \
                or not all(qualifier(t) for t in doc[ent.start:ent.end - 1]):
            out.append(ent)
            continue
        start = ent.start
        while start > 0 and ent.end - start < 4 and qualifier(doc[start - 1]):
            start -= 1
        if start == ent.end - 1:
            out.append(ent)  # the plural alone: "the Democrats"
            continue
        taken.update(range(start, ent.start))
        out.append(Span(doc, start, ent.end, label="ORG"))
    return [e for e in out if not (e.end - e.start == 1 and e.start in taken)]


def _name_pieces(doc, ent, ent_id: str, gaz: Gazetteer, places: set[str]) -> list[tuple[int, int]]:
    """The token ranges of the names inside one entity span: a known name is never split
    ("Supreme People's Court"); any other is split where it runs over two names (see `_split`)."""
    whole = _trim(doc, ent.start, ent.end)
    if ent_id or gaz.lookup(doc[whole[0]:whole[1]].text) is not None:
        return [(ent.start, ent.end)]
    pieces = _split(doc, ent.start, ent.end, gaz, places)
    pieces = [p for a, b in pieces for p in _two_parties(doc, a, b, gaz)]
    return [p for a, b in pieces for p in (_listed_names(doc, a, b) if ent.label_ == "ORG" else [(a, b)])]


# words before "X and Y" that need two parties: "the merger of X and Y", "talks between X and Y"
TWO_PARTY_NOUNS = {"merger", "mergers", "combination", "tie-up", "union", "marriage", "alliance", "partnership"}


def _two_parties(doc, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """"the merger of [Staples and Office Depot]", "talks between [Tarn Foods and Velda Dairies]":
    a span the model ran over the "and" of two parties is two names where the words before it ask
    for two (a name the gazetteer knows, "Procter and Gamble", stays whole, as a name with "&" does)."""
    ands = [i for i in range(start + 1, end - 1) if doc[i].lower_ == "and"]
    if len(ands) != 1 or any(t.text == "&" for t in doc[start:end]):
        return [(start, end)]
    i = ands[0]
    if not (doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()):
        return [(start, end)]
    j = start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 0:
        return [(start, end)]
    two = doc[j].lower_ == "between" or (doc[j].lower_ == "of" and j > 0 and doc[j - 1].lower_ in TWO_PARTY_NOUNS)
    text = doc[start:end].text
    if not two or gaz.lookup(text) is not None or gaz.lookup(text.replace(" and ", " & ")) is not None:
        return [(start, end)]
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].text[:1].isupper():
        return [(start, end)]  # "the merger of Procter and Gamble and Gillette": the second party follows
    return [(start, i), (i + 1, end)]


# Firms' words that name a trade and may begin a longer name ("Kuwait Oil and Gas Company", "Nordic
# Steel and Wire Works"), so no list is split after them.
TRADE_WORDS = {"oil", "gas", "power", "energy", "steel", "metals", "mining", "minerals", "chemicals", "petroleum",
               "air", "freight", "shipping", "textiles", "foods", "beverages", "construction", "engineering",
               "research", "development", "insurance", "trading", "software", "logistics", "utilities", "resources"}


def _listed_names(doc, start: int, end: int) -> list[tuple[int, int]]:
    """"Ostara, Kelvix Holdings": the model read two names of a list as one firm's. A comma inside
    a firm's name is followed by its legal form ("Halden, Inc.") or belongs to a partnership's name,
    which ends in "&" and a name ("Harlow, Pike & Stone"); any other comma between capitalised
    words separates two names in a list that ends in a firm's word, and so does the list's "and"
    after a firm's word."""
    if any(t.text == "&" for t in doc[start:end]) or doc[end - 1].lower_ not in COMPANY_HEADS:
        return [(start, end)]  # (a body's name may hold a list: "Labour, Skills and Social Policy Center")
    out, cur = [], start
    for i in range(start + 1, end - 1):
        nxt = doc[i + 1]
        if doc[i].text == "," and i > cur and nxt.text[:1].isupper() \
                and not is_legal_form(nxt.text) and all(t.text[:1].isupper() for t in doc[cur:i]):
            out.append((cur, i))
            cur = i + 1
    # a list's last two names joined by "and" ("..., Halden Steel and Pirell Chemicals"); with no
    # list before them, two firms' names of two words or more each, the first ending in a firm's
    # word that is no trade ("Halden Motors and Corvo Electronics", not "Kuwait Oil and Gas Company")
    # or a trade's word followed by a coined word, a name's own ("Kerrow Mining and Talvis Resources")
    for i in range(cur + 1, end - 1):
        if doc[i].lower_ == "and" and doc[i - 1].lower_ in COMPANY_HEADS and doc[i + 1].text[:1].isupper() and (
                out or i - cur >= 2 and end - i - 1 >= 2 and (
                    doc[i - 1].lower_ not in TRADE_WORDS or not english_word_or_plural(doc[i + 1])
                    and not doc[i + 1].lower_.endswith("ing"))):  # ("Tarvik Mining and Smelting Company")
            out.append((cur, i))
            cur = i + 1
            break
    out.append((cur, end))
    return out


def _with_trailing_head(doc, ent, e: int) -> int:
    """The end of a name extended over the words after the entity span that belong to it: a
    lower-case head ("the NASDAQ index", "the Conservative party"), a product's version ("Qwen
    2.5-Max", "Gemini Ultra"), an index's number and head ("the benchmark VAL 40 index")."""
    if e < len(doc) and e == ent.end and doc[e].lower_ in ("index", "average", "party", "composite") \
            and (ent.label_ in ("ORG", "NORP") and ent[-1].lower_ not in LISTING_WORDS
                 if doc[e].lower_ == "party" else ent.label_ != "NORP"):
        return e + 1
    if e < len(doc) and e == ent.end and ent.label_ == "PRODUCT" and not doc[e].is_space and \
            not doc[e - 1].whitespace_ == "" and re.fullmatch(PRODUCT_VERSION, doc[e].text):
        return e + 1
    if e + 1 < len(doc) and e == ent.end and doc[e].like_num and doc[e + 1].lower_ in ("index", "average") \
            and ent.label_ in ("ORG", "GPE", "PRODUCT"):
        return e + 2
    return e


PRODUCT_VERSION = r"\d+(\.\d+)*(-[A-Za-z]+)?|Pro|Max|Ultra|Mini|Turbo|Flash"


def _short_form_in_parentheses(doc, cand: Candidate, label: str, gaz: Gazetteer) -> Candidate | None:
    """"Business Insider (BI)", "(Comcast)": the parenthesised short form right after a name
    names the same entity; a senator's "(D-Mass.)" and figures do not. People have no short form."""
    e = cand.end
    if not (e < len(doc) and doc[e].text == "(" and label != "PERSON"):
        return None
    j = e + 1
    while j < len(doc) and doc[j].text != ")" and j - e <= 6:
        j += 1
    if not (j < len(doc) and doc[j].text == ")" and j > e + 1):
        return None
    inner = doc[e + 1:j]
    if not inner.text[:1].isupper() or any(t.like_num for t in inner) or re.match(r"^[A-Z]-", inner.text):
        return None
    entry = gaz.lookup(inner.text)
    if entry is not None and entry.type == "Place" and label not in ("GPE", "LOC", "NORP") \
            and inner[0].text not in cand.text.split():
        return None  # "Volta Trading LLC (China)": where the firm is, not its short form
    short = Candidate(inner.start, inner.end, inner.text, inner.start_char, inner.end_char, label, gaz=entry)
    short.acronym_of = cand
    short.in_headline = cand.in_headline
    return short


def _one_candidate_per_span(cands: list[Candidate]) -> list[Candidate]:
    """NER may also find a parenthesised short form on its own: one candidate per token span,
    keeping the link to the name it abbreviates."""
    unique: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        prev = unique.get((c.start, c.end))
        if prev is None:
            unique[(c.start, c.end)] = c
        elif c.acronym_of is not None and prev.acronym_of is None:
            prev.acronym_of = c.acronym_of
    return list(unique.values())


def _given_name_before_surname(doc, ent, gaz: Gazetteer):
    """"Colin Powell" where the ruler knew only the surname "Powell" (of Jerome Powell): the
    given name belongs to the name, and the gazetteer link goes unless the full name is its.
    Returns the span and the gazetteer path it keeps ("" for none)."""
    if ent.label_ != "PERSON" or not ent.ent_id_ or len(ent) != 1:
        return ent, ent.ent_id_
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].text.isupper() and not doc[start - 1].ent_type_ and doc[start - 1].lower_.rstrip(".") not in PERSON_TITLES \
            and ent.start - start < 2:
        start -= 1
    if start == ent.start:
        return ent, ent.ent_id_
    span = doc[start:ent.end]
    span.label_ = "PERSON"
    entry = gaz.lookup(span.text)
    return span, (entry.path if entry is not None and entry.type == "Person" else "")


def _join_split_people(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Merrick B." + "Garland": two person spans side by side are one name."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        is_person = c.label == "PERSON" or (c.gaz is not None and c.gaz.type == "Person")
        prev_person = prev is not None and (prev.label == "PERSON" or (prev.gaz is not None and prev.gaz.type == "Person"))
        if prev is not None and is_person and prev_person and prev.end == c.start and "\n" not in doc[prev.start:c.end].text:
            span = doc[prev.start:c.end]
            prev.end, prev.text, prev.end_char = c.end, span.text, span.end_char
            prev.label, prev.gaz = "PERSON", prev.gaz or c.gaz
            continue
        out.append(c)
    return out


def _name_with_possessive(doc, i: int, gaz: Gazetteer) -> bool:
    """Whether the possessive at token `i` ends a name of its own ("Moody's", "McDonald's"),
    so "Moody's Investors Service" is one name, not Moody plus a service."""
    if i < 1:
        return False
    owner = doc[i - 1]
    if owner.lower_ in INNER_POSSESSORS:
        return True
    return gaz.lookup(owner.text + "'s") is not None


def _join_versions(doc, ents: list) -> list:
    """"Qwen" + "2.5-Max", "Llama" + "3": a product and the version the model tagged apart."""
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PRODUCT" and ent.start == prev.end and re.search(r"\d", ent.text) \
                and len(ent) <= 4 and ent.label_ in ("PRODUCT", "CARDINAL", "ORG", "MONEY", "QUANTITY"):
            span = doc[prev.start:ent.end]
            span.label_ = "PRODUCT"
            out[-1] = span
            continue
        out.append(ent)
    taken = {i for e in out for i in range(e.start, e.end)}
    for n, ent in enumerate(out):
        end = ent.end
        while ent.label_ == "PRODUCT" and end < len(doc) and end - ent.end < 3 and end not in taken \
                and (re.fullmatch(r"\d{1,4}[A-Za-z]?", doc[end].text) or doc[end].text[:1].isupper() and doc[end].lower_ in PRODUCT_VERSION_WORDS):
            end += 1  # "iPhone" + "6 Plus": a model's number and suffix the model left untagged
        if end > ent.end:
            span = doc[ent.start:end]
            span.label_ = "PRODUCT"
            out[n] = span
    return out




def _body_after_place(doc, ents: list) -> list:
    """"Ohio" + "Department of Commerce", "Quebec" + "Securities Commission": a place written
    right before an institution's name (no possessive, no comma) is the first word of that
    name, a state's or a city's own body, not the national one the bare name would mean.
    "Norland" + "Radio International", "Kestria" + "Steel Works": so is a country's or a city's
    name before an unknown name ending in a broadcaster's or a firm's word (a firm named for its
    country)."""
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        # "Osaka" + "District Prosecutor's" + "office": the head after an inner possessive
        end = ent.end + 1 if is_possessive(doc[ent.end - 1]) and ent.end < len(doc) \
            and doc[ent.end].lower_ in REPAIRABLE_HEADS else ent.end
        if prev is not None and prev.label_ in ("GPE", "LOC") and ent.label_ == "ORG" and ent.start == prev.end \
                and not is_possessive(doc[prev.end - 1]) \
                and (_institution_head(ent) or end > ent.end or prev.label_ == "GPE" and _named_like_a_firm(ent)) \
                and not doc[ent.start].is_sent_start and "\n" not in doc[prev.start:end].text:
            span = doc[hyphen_joined_start(doc, prev.start):end]
            span.label_ = "ORG"
            out[-1] = span
            continue
        out.append(ent)
    return out


def _capitals_before_firm(doc, ents: list, gaz: Gazetteer) -> list:
    """"NGK" + "Spark Plug Co. Ltd.", "IKB" + "Deutsche Industriebank": a word in capitals (two to
    five letters) right before an organisation's name opens the name (the model leaves such letters
    out). Tagged as a name of its own, only before a firm's name the model ended in a legal form;
    untagged, before any organisation's name unless the letters are a known name ("FBI"), a
    title's ("CEO") or the name is all capitals. A dateline's town, set off by its dash, never
    touches the name, nor does a run of capitals (a headline)."""
    out = []
    for ent in ents:
        i = ent.start - 1
        prev = out[-1] if out else None
        tagged_alone = prev is not None and prev.label_ == "ORG" and (prev.start, prev.end) == (i, ent.start) \
            and not prev.ent_id_  # ("MGK" + "Spark Plug Co. Ltd.")
        untagged = i >= 0 and not doc[i].ent_type_ and doc[i].whitespace_ \
            and not (i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha)
        legal = any(is_legal_form(t.text) for t in ent)
        unknown_letters = untagged and doc[i].lower_ not in PERSON_TITLES and doc[i].lower_ not in PERSON_ROLE_NOUNS \
            and gaz.lookup(doc[i].text) is None and not (len(ent) > 1 and all(t.is_upper for t in ent))
        if ent.label_ == "ORG" and not ent.ent_id_ and ((tagged_alone or untagged) and legal or unknown_letters) \
                and doc[i].is_alpha and doc[i].is_upper and 2 <= len(doc[i]) <= 5 and "\n" not in doc[i:ent.end].text:
            span = doc[i:ent.end]
            span.label_ = "ORG"
            if tagged_alone:
                out[-1] = span
            else:
                out.append(span)
            continue
        out.append(ent)
    return out


def _firm_word_joined_to_its_name(doc, ents: list) -> list:
    """"ADT" + "LLC", "JFE" (untagged) + "Holdings": a span of nothing but a firm's legal form or
    head word ("LLC", "Holdings", "Group") is the end of the name written right before it, an
    organisation the model tagged or capitalised words it left untagged (up to three, not the
    first word of a sentence)."""
    out = []
    for ent in ents:
        words = [t.lower_ for t in ent]
        prev = out[-1] if out else None
        if ent.label_ != "ORG" or ent.ent_id_ or not words or not all(
                w in COMPANY_SUFFIXES | COMPANY_HEADS for w in words) or ent.start == 0 \
                or not doc[ent.start - 1].whitespace_ or doc[ent.start].is_sent_start:
            out.append(ent)
            continue
        if prev is not None and prev.end == ent.start and prev.label_ == "ORG" and not prev.ent_id_ \
                and not is_possessive(doc[prev.end - 1]):
            span = doc[prev.start:ent.end]
            span.label_ = "ORG"
            out[-1] = span
            continue
        start = ent.start
        owner = ent.end < len(doc) and is_possessive(doc[ent.end])
        while start > 0 and ent.start - start < 3 and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and (not doc[start - 1].is_sent_start or (
                    # "Orvik Bank's chief executive, X, said": a sentence may open with an owner's name
                    owner and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end)):
            start -= 1
        if start == ent.start:
            out.append(ent)
            continue
        span = doc[start:ent.end]
        span.label_ = "ORG"
        out.append(span)
    return out


def _named_like_a_firm(ent) -> bool:
    """An unknown name ending in a firm's or a broadcaster's word ("Radio International", "Metal
    Traders", "Coal Mining"), which a country's name before it can begin."""
    last = name_head([t.lower_ for t in ent]) if len(ent) > 1 else ""
    return not ent.ent_id_ and ent.label_ == "ORG" and (last in COMPANY_HEADS | FIRM_NAME_ENDS
                                                        or any(t.lower_ in MEDIA_WORDS for t in ent))


REGION_WORDS = {"Americas", "America", "Europe", "Asia", "Africa", "International", "Global", "USA", "EMEA", "APAC"}


def _legal_form_at(doc, i: int) -> bool:
    """Whether a firm's legal form starts at token i ("Inc.", ", LLC"): the end of a firm's name."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and is_legal_form(doc[i].text)


def _regional_units(doc, ents: list, gaz: Gazetteer) -> list:
    """"Orvex" + "Japan", "Tarn Telecom" + "Americas" (with or without a legal form after it,
    "Tarn Telecom America Inc."): a firm's name with a country or region written right after it
    names its unit there, a firm of its own. Not after a hyphen the model kept with the name: "a
    European Union-" + "China summit" names two sides."""
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ in ("GPE", "LOC") and ent.start == prev.end \
                and len(ent) <= 3 and not is_possessive(doc[prev.end - 1]) and not doc[ent.start].is_sent_start \
                and doc[prev.end - 1].text != "-" \
                and (gaz.country_of_demonym(ent.text) is not None or ent.text in REGION_WORDS) \
                and (ent.end >= len(doc) or not doc[ent.end].text[:1].isupper() or _legal_form_at(doc, ent.end)):
            span = doc[prev.start:ent.end]
            span.label_ = "ORG"
            out[-1] = span
            continue
        out.append(ent)
    # an untagged region word: "China Telecom Americas"
    for k, ent in enumerate(out):
        e = ent.end
        if ent.label_ == "ORG" and e < len(doc) and doc[e].text in REGION_WORDS and not doc[e].is_sent_start \
                and (e + 1 >= len(doc) or not doc[e + 1].text[:1].isupper() or _legal_form_at(doc, e + 1)) \
                and not doc[e].ent_type_:
            span = doc[ent.start:e + 1]
            span.label_ = "ORG"
            out[k] = span
    return out


def _given_names_left_out(doc, ent):
    """"Nurul" + "Ahmad Rahim", "Sydney" (a city to the model) + "Park": proper nouns the
    parser hangs on a person's name as its first words are given names the model left out; titles,
    all-capital words, possessives and the last word of a longer place ("the President of Sierra
    Leone" + "Julius ...") are not."""
    if ent.label_ != "PERSON" or ent.ent_id_:
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 2:
        tok = doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end
                and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
                and tok.ent_type_ in ("", "GPE") and not singular_forms(tok.lower_) & (PERSON_TITLES | PERSON_ROLE_NOUNS)) \
                or tok.ent_type_ == "GPE" and (tok.ent_iob_ == "I" or doc[tok.i - 1].ent_iob_ == "I" and tok.i > 0
                                               and doc[tok.i - 1].ent_type_ == "GPE") \
                or "\n" in doc[start - 1:ent.start].text:
            break
        start -= 1
    if start == ent.start or (start > 0 and doc[start - 1].lower_ in ("of", "for", "in", "and", "&")):
        return ent  # "Director of Enforcement Karen Wells": the end of a title, then the name
    span = doc[start:ent.end]
    span.label_ = "PERSON"
    return span




def _surnames_left_out(doc, ents: list) -> list:
    """"Amadou Seydou" + "Traore": a proper noun right after a person's name, on which the parser
    hangs the name's words, is the surname the model left out (not a title, a month or a day, an
    all-capital word, or a name of its own)."""
    starts = {e.start for e in ents}
    out, absorbed = [], set()
    for ent in ents:
        j = ent.end
        if (ent.start, ent.end) in absorbed:
            continue
        if ent.label_ == "PERSON" and not ent.ent_id_ and j < len(doc) and is_initial(doc[j - 1].text) \
                and _surname_word(doc[j]) and doc[j - 1].whitespace_:
            # "David P." + "Wales", "Ann K." + "Georgia": no name ends in its middle initial; the word
            # after it is the surname, whatever place or firm the model took it for
            nxt = next((e for e in ents if e.start == j), None)
            if nxt is None or len(nxt) == 1 and nxt.label_ in ("GPE", "LOC", "ORG", "NORP"):
                if nxt is not None:
                    absorbed.add((nxt.start, nxt.end))
                span = doc[ent.start:j + 1]
                span.label_ = "PERSON"
                out.append(span)
                continue
        if ent.label_ == "PERSON" and not ent.ent_id_ and len(ent) >= 2 and j + 1 < len(doc) and doc[j].text == "-" \
                and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and _surname_word(doc[j + 1]) \
                and j + 1 not in starts and not (j + 2 < len(doc) and doc[j + 2].text == "-"):
            # "Ellen Johnson" + "-Sirleaf": the rest of a surname written with a hyphen
            span = doc[ent.start:j + 2]
            span.label_ = "PERSON"
            out.append(span)
            continue
        if ent.label_ == "PERSON" and not ent.ent_id_ and j < len(doc) and j not in starts:
            tok = doc[j]
            if _surname_word(tok) and not tok.ent_type_ and doc[j - 1].whitespace_ and not title_case(tok.sent) and (
                        any(t.head.i == j for t in ent)
                        # the parser made the surname the verb's subject and the rest a conjunct
                        or tok.dep_ in ("nsubj", "nsubjpass") and ent.root.dep_ not in ("nsubj", "nsubjpass")):
                span = doc[ent.start:j + 1]
                span.label_ = "PERSON"
                out.append(span)
                continue
        out.append(ent)
    return out


def _surname_word(tok) -> bool:
    """Whether a word may be a surname left out of a name before it: a capitalised proper noun, not a
    title, a month or a day, nor a word in capitals."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.lower_ not in PERSON_TITLES | PERSON_ROLE_NOUNS | CALENDAR_WORDS


def _owners_before_possessive(doc, ents: list) -> list:
    """"Kessel Attorney" + "General’s Office": an organisation's span that the model began at the
    word before an inner possessive, with capitalised words before it (as it does after a
    typographic apostrophe), is dropped, so that the institution finder reads the whole name, as
    it does with a straight apostrophe ("the Osaka District Prosecutor’s office")."""
    out = []
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) >= 3 and is_possessive(ent[1]) and ent.start > 0 \
                and not doc[ent.start].is_sent_start and doc[ent.start - 1].text[:1].isupper() \
                and doc[ent.start - 1].is_alpha and doc[ent.start - 1].ent_type_ in ("", "GPE", "LOC", "NORP") \
                and doc[ent.start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            continue
        out.append(ent)
    return out


# Titles a field follows with "for" ("Assistant Secretary for Export Enforcement X")
FIELD_TITLE_WORDS = PORTFOLIO_HOLDER_TITLES | {"director", "general", "administrator", "counsel", "envoy",
                                               "representative", "coordinator"}


def _holder_after_field_title(doc, ent):
    """"Assistant Secretary for" + "Export Enforcement Ada Lindqvist", "Under Secretary for Terrorism
    and Financial" + "Intelligence Bram Osei": a span the model ran from the field of a title written
    with "for" into the holder's name is the holder, without the field's dictionary words (the
    field names no body of its own); the given name and surname stay."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 3:
        return ent
    if not _after_a_field_title(doc, ent.start, department=False):
        return ent  # a lower-case "general counsel for Pacific Steel Works" names an employer
    k = _holder_start(doc, ent.start, ent.end, given_name=False)
    if k is None:
        return ent
    span = doc[k:ent.end]
    span.label_ = "PERSON"
    return span


def _name_after_portfolio(doc, ent):
    """"minister of Industry and Trade, Ana Lumbala," read as one name: the portfolio, a comma,
    then the holder's name. The name is the two to four capitalised words after the comma; the
    portfolio's dictionary words name no one."""
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1 or ent.label_ not in ("ORG", "PERSON"):
        return ent
    k = commas[0]
    before, after = doc[ent.start:k], doc[k + 1:ent.end]
    if not 2 <= len(after) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in after) \
            or not before or not all(t.lower_ in ("and", "&") or t.is_alpha and t.text[:1].isupper()
                                     and english_word_or_plural(t) for t in before) \
            or english_word(after[-1]) and after[0].lower_ not in given_names():
        return ent
    span = doc[k + 1:ent.end]
    span.label_ = "PERSON"
    return span


_CASE_NUMBER_WORDS = {"civil", "criminal", "case", "docket", "action", "cause", "file"}


def _before_case_number(doc, ent):
    """"SEC v. McKay, Civil Action No. 5:07-CV-..." read as one name "McKay, Civil Action No": a
    case caption's party ends at the comma before the case number."""
    for tok in ent[:-1]:
        if tok.text == "," and doc[tok.i + 1].lower_ in _CASE_NUMBER_WORDS and tok.i > ent.start and any(
                t.lower_ in ("no", "no.", "number") for t in doc[tok.i + 1:min(len(doc), tok.i + 5)]):
            span = doc[ent.start:tok.i]
            span.label_ = ent.label_
            return span
    return ent


def holders_after_fields(doc, cands: list[Candidate]) -> list[Candidate]:
    """The same repair as `_holder_after_field_title`, on the names every finder has made by now
    (a finder may have run a field into a name again): "Assistant Secretary of Commerce for Export
    Administration Ada K. Lind", read as one name, is the person from the given name on."""
    out, holders = [], []
    for c in cands:
        k = _holder_start(doc, c.start, c.end, given_name=True) \
            if c.gaz is None and _after_a_field_title(doc, c.start, department=True) else None
        if k is None:
            out.append(c)
            continue
        end = c.end
        while end < len(doc) and _surname_word(doc[end]) and any(t.head.i == end for t in doc[k:end]):
            end += 1  # "... Administration Thea D. Rozman | Kendler": the surname the field's reading left out
        span = doc[k:end]
        holders.append(Candidate(k, end, span.text, span.start_char, span.end_char, "PERSON", type="Person",
                                 confidence=c.confidence, cue=True))
    # a name the holder's surname now covers ("Kendler" found on its own) gives way to the holder
    out = [d for d in out if not any(h.start <= d.start and d.end <= h.end for h in holders)]
    return out + holders


def _after_a_field_title(doc, start: int, department: bool) -> bool:
    """Whether a capitalised title and its field's "for" come right before the words from `start`
    ("Assistant Secretary for | Export Enforcement", "... of Commerce for Industry | Policy"), or,
    with `department`, the title and "of" ("Assistant Secretary of | Commerce for ...")."""
    f = _before_a_field(doc, start, lambda t: True)
    return f >= 1 and (doc[f].lower_ == "for" or department and f == start - 1 and doc[f].lower_ == "of") \
        and _capitalised_field_title(doc, f)


# Words inside a department's field ("Commerce for Export Administration", "Trade and Industry")
FIELD_JOINERS = {"for", "of", "and", "&"}


def _holder_start(doc, start: int, end: int, given_name: bool) -> int | None:
    """Where a holder's name begins in [start, end) after the field's dictionary words, or None: the
    rest is the name in capitals. With `given_name` the name must open with a given name, and so
    may follow a field with "for" or "and" in it and carry a middle initial ("Commerce for Export
    Administration | Ada K. Lind")."""
    names = given_names()
    k = start
    while end - k > 2 and (english_word(doc[k]) or given_name and k > start and doc[k].lower_ in FIELD_JOINERS) \
            and doc[k].lower_ not in names:
        k += 1
    if k == start or not all(t.is_alpha and t.text[:1].isupper() or given_name and is_initial(t.text)
                             for t in doc[k:end]):
        return None
    return None if given_name and doc[k].lower_ not in names else k


def is_field_of_title(doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """"Under Secretary for Sanctions and Financial Crime", "Minister for Trade and
    Industry", "Commissioner for Competition": capitalised dictionary words after a title and
    "for" name the post's field, not a body, wherever the title stands (before or after its
    holder's name). A place or a known body there stays ("Special Envoy for Iran")."""
    span = doc[start:end]
    if gaz.lookup(span.text) is not None:
        return False
    if span[0].ent_type_ == "PERSON" or span[0].lower_ in given_names():
        return False  # "Minister for Arts and Sport Dylan Marsh": the holder after the field
    if not all(t.is_alpha and t.text[:1].isupper() and english_word_or_plural(t) for t in span if t.lower_ not in ("and", "&")):
        return False
    f = _before_a_field(doc, start, english_word_or_plural)
    # a title written capitalised, as a post's formal name is ("chief economist for Standard
    # Chartered" names an employer); a minister's or secretary's portfolio also after "of" and
    # in lower case ("the minister of Mines and Energy")
    if f < 1 or doc[f].lower_ not in ("for", "of"):
        return False
    if span[-1].lower_ in INSTITUTION_HEADS | ORGANIZATION_HEADS:
        return False  # "Envoy for the African Union", "secretary of Farmers Union": a body
    if doc[f - 1].lower_ in PORTFOLIO_HOLDER_TITLES:
        return True  # "minister of Mines and Energy": a portfolio, whatever its last word
    if span[-1].lower_ in COMPANY_HEADS:
        return False  # "Director for United Airlines": a firm
    return doc[f].lower_ == "for" and _capitalised_field_title(doc, f)


def _before_a_field(doc, start: int, field_word) -> int:
    """The token before a title's field that ends at `start`: back over up to six capitalised
    words that pass `field_word`, "and" and "&" ("... Secretary for | Export Enforcement"), to the
    "for" (or whatever else stops the walk). -1 at the start of the document."""
    f = start - 1
    while f >= max(0, start - 6) and doc[f].lower_ != "for" and (
            doc[f].is_alpha and doc[f].text[:1].isupper() and field_word(doc[f]) or doc[f].lower_ in ("and", "&")):
        f -= 1
    return f


def _capitalised_field_title(doc, f: int) -> bool:
    """Whether a title written capitalised, as a post's formal name is, ends right before doc[f]
    ("Assistant Secretary for", not "chief economist for")."""
    return any(t.lower_ in FIELD_TITLE_WORDS and t.text[:1].isupper() for t in doc[max(0, f - 3):f])


def ends_in_charge_title(doc, i: int) -> bool:
    """Whether token i is the "Charge" that ends a title "... in Charge" ("Special Agent in Charge",
    "Inspector in Charge"): the last word of the title, never the first of the holder's name."""
    return doc[i].lower_ == "charge" and i > 0 and doc[i - 1].lower_ == "in"


def _holder_after_in_charge(doc, ent):
    """"Inspector in Charge" + "Lena Hart": a span the model began at the last word of a title
    ending "in Charge" and read as an organisation is the person holding the title."""
    if ent.label_ == "ORG" and len(ent) in (3, 4) and ends_in_charge_title(doc, ent.start) \
            and all(t.text[:1].isupper() and t.is_alpha for t in ent[1:]):
        span = doc[ent.start + 1:ent.end]
        span.label_ = "PERSON"
        return span
    return ent


# Heads of names whose complement may be a series ("Ministry of Economy, Trade, and Industry")
SERIES_NAME_HEADS = {"ministry", "department", "bureau", "office", "commission", "committee", "agency", "council",
                     "secretariat", "authority", "administration"}


def _initialled_people_cut_from_bodies(doc, ents: list) -> list:
    """"Assistant Secretary for Export Enforcement F. Amanda DeBusk", tagged "Export Enforcement F.
    Amanda" + nothing: an organisation's span that ends in an initial and a given name, before a
    capitalised word, ends before the initial, where a person's name (initial, given name and
    surname) begins; and "J." + "Robert Kessler": an initial right before a person's name the model
    began at the given name is the name's first word."""
    out = []
    starts = {e.start for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        e = ent.end
        if ent.label_ == "PERSON" and ent.start >= 1 and is_initial(doc[ent.start - 1].text) \
                and ent.start - 1 not in covered and doc[ent.start].lower_ in given_names():
            span = doc[ent.start - 1:e]
            span.label_ = "PERSON"
            out.append(span)
            continue
        if ent.label_ == "ORG" and len(ent) >= 3 and is_initial(doc[e - 2].text) \
                and doc[e - 1].lower_ in given_names() and e < len(doc) and doc[e].text[:1].isupper() \
                and doc[e].is_alpha and e not in starts:
            body = doc[ent.start:e - 2]
            body.label_ = "ORG"
            person = doc[e - 2:e + 1]
            person.label_ = "PERSON"
            out += [body, person]
            continue
        out.append(ent)
    return out


def _pairs_named_before_a_firm(doc, ents: list) -> list:
    """"The Peninsular and" + "Oriental Steam Navigation Company": a firm's name the model began after
    an "and" joining two capitalised words, right after "the", is one name with the word before
    the "and" (not where that word is a name of its own: "Ford and General Motors")."""
    out = []
    # a word the model tagged alone, unknown to the gazetteer, may be the name's first ("The Smith" +
    # "and" + "Wesson Company")
    alone = {e.start: e for e in ents if len(e) == 1 and e.label_ in ("ORG", "PERSON", "GPE", "LOC", "NORP") and not e.ent_id_}
    covered = {i for e in ents for i in range(e.start, e.end) if e.start not in alone}
    for ent in ents:
        s = ent.start
        if ent.label_ == "ORG" and s >= 3 and doc[s - 1].lower_ == "and" and doc[s - 2].text[:1].isupper() \
                and doc[s - 2].is_alpha and s - 2 not in covered and doc[s - 3].lower_ == "the" \
                and doc[s - 2].pos_ in ("PROPN", "ADJ") and (_institution_head(ent) or doc[ent.end - 1].lower_ in COMPANY_HEADS):
            if out and out[-1].start == s - 2 and out[-1].start in alone:
                out.pop()
            span = doc[s - 2:ent.end]
            span.label_ = "ORG"
            out.append(span)
            continue
        out.append(ent)
    return out


def _series_with_serial_comma(doc, ents: list) -> list:
    """"the Bureau of Alcohol, Tobacco" + ", and Firearms": a body named for a series of fields
    that the model ended at the comma before "and" (the serial comma) goes on to the series' last
    capitalised word; an entity the series absorbed ("Firearms" read as a firm) goes."""
    out, absorbed = [], set()
    by_start = {e.start: e for e in ents}
    for ent in ents:
        if ent.start in absorbed:
            continue
        words = [t.lower_ for t in ent]
        head = next((words[i - 1] for i, w in enumerate(words) if w == "of" and i > 0), None)
        j = ent.end
        if ent.label_ == "ORG" and head in SERIES_NAME_HEADS and "," in words and j + 2 < len(doc) \
                and doc[j].text == "," and doc[j + 1].lower_ == "and" and doc[j + 2].text[:1].isupper() \
                and doc[j + 2].is_alpha:
            end = j + 3
            nxt = by_start.get(j + 2)
            if nxt is not None:
                end = max(end, nxt.end)
                absorbed.add(j + 2)
            span = doc[ent.start:end]
            span.label_ = "ORG"
            out.append(span)
            continue
        out.append(ent)
    return out


def _two_named_after_between(doc, ents: list) -> list:
    """"a merger between XM and Sirius": after "between", a span the model read as one name
    joined by "and" is the two sides "between" asks for, each a name of its own."""
    out = []
    for ent in ents:
        words = [t.lower_ for t in ent]
        if ent.label_ != "ORG" or ent.start == 0 or doc[ent.start - 1].lower_ != "between" or words.count("and") != 1:
            out.append(ent)
            continue
        cut = ent.start + words.index("and")
        if cut == ent.start or cut + 1 >= ent.end or not doc[cut + 1].text[:1].isupper():
            out.append(ent)
            continue
        for a, b in ((ent.start, cut), (cut + 1, ent.end)):
            span = doc[a:b]
            span.label_ = "ORG"
            out.append(span)
    return out


# Lower-case words that join a given name to a surname ("José dos Santos", "Ursula von der
# Leyen", "Mohammed bin Salman"); at most two in a row ("van der", "de la")
NAME_PARTICLES = {"da", "das", "de", "do", "dos", "du", "van", "von", "der", "den", "ter", "bin", "ibn",
                  "al", "el", "di", "del", "della", "la", "le", "wa", "bint"}
# Capitalised words that are no part of a person's name around a particle: titles, roles, days
_NOT_NAME_PARTS = PERSON_TITLES | PERSON_ROLE_NOUNS | CALENDAR_WORDS


def _surnames_after_particles(doc, ents: list) -> list:
    """"Mateus Carlos" + "dos Reis": a person's name the model ended before a lower-case name
    particle goes on to the capitalised surname after it (a person span of its own, or a proper
    noun that names nothing else, or one word the model took for a place or a firm that the gazetteer
    does not know: "Bingu" + "wa" + "Mutharika"). "Greta von" + "der" + "Berg" (tagged a place): a span that
    ends in a particle has begun a surname, so the one unknown word after the particles ends it,
    whatever the model tagged that word."""
    by_start = {e.start: e for e in ents}
    out, absorbed = [], set()
    for ent in ents:
        if ent.start in absorbed:
            continue
        j = ent.end
        while j > ent.start + 1 and doc[j - 1].lower_ in NAME_PARTICLES and doc[j - 1].is_lower:
            j -= 1
        if ent.label_ == "PERSON" and not ent.ent_id_:
            k = j
            while k < len(doc) and k - j < 2 and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower:
                k += 1
            if j < k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_upper \
                    and "\n" not in doc[ent.start:k + 1].text:
                nxt = by_start.get(k)
                if nxt is not None and (nxt.label_ == "PERSON" or len(nxt) == 1 and (j < ent.end or not nxt.ent_id_)):
                    # (also one unknown word the model took for a place: "Bingu wa Mutharika")
                    end = nxt.end
                    absorbed.add(k)
                elif nxt is None and doc[k].pos_ in ("PROPN", "NOUN") and not doc[k].ent_type_ \
                        and doc[k].lower_ not in _NOT_NAME_PARTS:
                    end = k + 1
                else:
                    end = None
                if end is not None:
                    span = doc[ent.start:end]
                    span.label_ = "PERSON"
                    out.append(span)
                    continue
        out.append(ent)
    return out


def _given_names_before_particles(doc, ents: list) -> list:
    """"daughter Isabel" + "dos Santos": a person's name the model began at a lower-case name
    particle (tagging only "Santos", or "Marta" as a place) takes the capitalised given name before
    the particle."""
    out = []
    for ent in ents:
        k = ent.start
        if ent.label_ == "PERSON" and not ent.ent_id_ and k >= 2 and doc[k - 1].lower_ in NAME_PARTICLES \
                and doc[k - 1].is_lower and doc[k - 2].is_alpha and doc[k - 2].text[:1].isupper() \
                and doc[k - 2].pos_ == "PROPN" and doc[k - 2].ent_type_ in ("", "GPE") and not doc[k - 2].ent_id_ \
                and not doc[k - 2].is_sent_start and doc[k - 2].lower_ not in _NOT_NAME_PARTS:
            if out and (out[-1].start, out[-1].end) == (k - 2, k - 1):
                out.pop()  # the given name the model read as a place of its own
            span = doc[k - 2:ent.end]
            span.label_ = "PERSON"
            out.append(span)
            continue
        out.append(ent)
    return out


COMPASS_POINTS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}


def _compass_point_before_region(doc, ents: list) -> list:
    """"South" + "East Asia", "West" + "Africa": a compass point the model tagged apart from the
    region written right after it is part of the region's name."""
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ in ("LOC", "GPE") and ent.label_ in ("LOC", "GPE") and prev.end == ent.start \
                and len(prev) == 1 and prev[0].text in COMPASS_POINTS and prev[0].whitespace_:
            span = doc[prev.start:ent.end]
            span.label_ = "LOC"
            out[-1] = span
            continue
        if ent.label_ in ("LOC", "GPE") and ent.start > 0 and doc[ent.start - 1].text in COMPASS_POINTS \
                and not doc[ent.start - 1].ent_type_ and doc[ent.start - 1].whitespace_:
            ent = doc[ent.start - 1:ent.end]  # "West" (untagged) + "Africa"
            ent.label_ = "LOC"
        out.append(ent)
    return out


# "of" in the Romance languages' names ("Electricidad de ...", "Banco do ...", "Credit du ...")
ROMANCE_OF = {"de", "del", "do", "da", "du", "des", "di", "della"}


def _hyphened_run(doc, end: int) -> int:
    """The end of a place's name inside an organisation's, past the words joined to it by a
    hyphen and the capitalised untagged words right after them ("Tokyo" + "-Minato UFJ")."""
    joined = hyphen_joined_end(doc, end)
    if joined == end:
        return end
    while joined < len(doc) and joined - end < 5 and doc[joined].pos_ == "PROPN" and not doc[joined].ent_type_ \
            and doc[joined].text[:1].isupper() and not doc[joined].is_sent_start:
        joined += 1
    return joined


def _place_after_of(doc, ents: list) -> list:
    """"Horn of" + "Africa", "Gulf of" + "Mexico": a span the model ended on "of" runs on over
    the place right after it (whatever label it gave the first piece); so does an organisation's
    ended on a Spanish, Portuguese, French or Italian "of" ("Electricidad de" + "Valdivia",
    "Banco do" + "Norte"). Words joined to the place by a hyphen and the capitalised words right
    after them belong to the name too ("Bank of" + "Tokyo" + "-Minato UFJ")."""
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        particle = doc[prev.end - 1].lower_ if prev is not None else ""
        if prev is not None and ent.label_ in ("GPE", "LOC") and prev.end == ent.start \
                and (particle == "of" or particle in ROMANCE_OF and prev.label_ in ("ORG", "FAC")) \
                and prev.end - prev.start >= 2 and any(t.text[:1].isupper() for t in doc[prev.start:prev.end - 1]) \
                and "\n" not in doc[prev.start:ent.end].text:
            span = doc[prev.start:_hyphened_run(doc, ent.end)]
            span.label_ = "ORG" if particle in ROMANCE_OF else prev.label_ if prev.label_ in ("ORG", "GPE", "LOC", "FAC") \
                else "LOC"
            out[-1] = span
            continue
        out.append(ent)
    return out


def _districts_of_states(doc, ents: list) -> list:
    """"the District of New Jersey", "the Northern District of Ohio": a federal judicial district
    (where U.S. Attorneys and courts sit) is named by "District of" and a place the model took
    alone. Not "the District of Columbia", which is a place."""

    out = []
    for ent in ents:
        s = ent.start
        if ent.label_ in ("GPE", "LOC") and s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].text == "District" \
                and ent.text != "Columbia" and not (out and out[-1].end > s - 2):
            start = s - 2
            if start > 0 and doc[start - 1].text in ("Northern", "Southern", "Eastern", "Western", "Central", "Middle"):
                start -= 1
            out.append(Span(doc, start, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


# Heads that end an institution's or a carrier's name written in title case
NAME_RUN_HEADS = INSTITUTION_HEADS | ORGANIZATION_HEADS | REPAIRABLE_HEADS | MISSION_HEADS | {"airlines", "airways",
                                                                                             "subcommittee"}
# Values parties are named for, joined by "and" ("Law and Justice", "Peace and Prosperity
# Party"); any other word before "and" may be a party of its own ("Likud and Labor Party").
PARTY_VALUES = {"peace", "prosperity", "justice", "liberty", "law", "order", "solidarity", "freedom", "unity",
                "progress", "development", "democracy", "reform", "renewal", "change", "hope", "dignity",
                "equality", "labour", "labor", "welfare", "independence", "truth", "reconciliation",
                "stability", "growth", "work", "rights", "family", "homeland", "faith"}
# Heads that make a name only with "of" after them: "Reserve Bank" + "of" + "Malawi", "Development
# Bank of Rwanda" (a run ending in "Bank" alone may be a firm's and its place's names side by side)
OF_NAME_HEADS = {"bank"}
# Heads a known firm's name may take on to name a body of its own ("LG Economic Research Institute")
BODY_OF_A_FIRM_HEADS = ORGANIZATION_HEADS | EDUCATION_HEADS - {"fund", "union", "community"}


def _whole_institution_names(doc, ents: list, headlines=()) -> list:
    """Institution names written in title case that the model cut into pieces or left
    half-tagged: "U.S." + "Agency for" + "International Development", "the College of William" +
    "and Mary", "the Caribbean" + "Regional Technical Assistance Centre", "Australian
    Workplace" + ", " + "Innovation and Social Research Center", "Singapore" + "Airlines", a known
    firm + "Economic Research Institute". The run of capitalised words and inner joiners around a
    span becomes one name when it ends in an institution's head (or its head comes before "of" /
    "for"); it may swallow places, nationalities and untagged words, never another known actor,
    a person's title or a sentence's first common word. Headlines, all in title case, are left alone."""
    out = list(ents)
    grown = []
    for k, ent in enumerate(ents):
        if ent.label_ not in ("ORG", "GPE", "LOC", "NORP") or any(a <= ent.start_char < b for a, b in headlines):
            continue
        if any(g.start <= ent.start < g.end or ent.start <= g.start < ent.end for g in grown):
            continue
        # a known name of several words only grows into a body of its own; a place, or a known
        # one-word name ("Labour" in "National Labour Relations Board"), is a word like any other
        known = ent.label_ == "ORG" and len(ent) > 1 and bool(ent.ent_id_) and all(t.ent_id_ == ent.ent_id_ for t in ent) \
            and not _head_then_complement(doc, ent.end)
        if known and ent[-1].lower_ == "party":
            qualified = _party_qualifiers_before(doc, ent.start)
            if qualified < ent.start:
                # "the Social" + "Democratic Party": another country's party, not the known one
                span = doc[qualified:ent.end]
                span.label_ = "ORG"
                out[k] = span
                grown.append(span)
                continue
        start, end = _name_run(doc, ent, ents, known)
        while end - start > 2 and end > ent.end and doc[end - 1].lower_ in EVENT_NAME_TAILS:
            end -= 1  # "the Forum for X-Y Cooperation Summit": the body's name, then its meeting
        if (start, end) == (ent.start, ent.end):
            continue
        words = [t.lower_ for t in doc[start:end]]
        heads = BODY_OF_A_FIRM_HEADS if known else NAME_RUN_HEADS
        if not doc[end - 1].text[:1].isupper() or not (
                words[-1] in heads or (not known and any(w in ("of", "for") for w in words)
                                       and name_head(words) in heads | OF_NAME_HEADS)):
            continue
        span = doc[start:end]
        span.label_ = "ORG"
        out[k] = span
        grown.append(span)
    if not grown:
        return ents
    return [e for e in out if e in grown or not any(e.start < g.end and g.start < e.end for g in grown)]


# Words that make a longer party name of a known one ("Social" + "Democratic Party", "the New
# Democratic Party", "the National Democratic Party"): the known name is the end of another's.
PARTY_QUALIFIERS = {"social", "national", "new", "united", "free", "christian", "progressive", "popular", "people's",
                    "revolutionary", "radical", "green", "patriotic", "independent", "civic", "socialist", "agrarian",
                    "federal", "islamic", "constitutional", "nationalist", "reformist", "centre", "center", "moderate",
                    "workers'", "union", "alliance", "movement", "forward"}


def _party_qualifiers_before(doc, start: int) -> int:
    """The start of a party's name that runs on to the left of a known party's name over
    capitalised qualifying words; `start` when none does ("the Democratic Party", "Biden's
    Democratic Party", a sentence's first word)."""
    while start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if not (prev.text[:1].isupper() and prev.lower_.replace("’", "'") in PARTY_QUALIFIERS) or prev.ent_id_:
            break
        start -= 1
    return start


def _head_then_complement(doc, end: int) -> bool:
    """"State Department" + "of Water Resources": a body's head, then "of"/"for" and untagged
    capitalised words, which make a longer name than the known one."""
    return end + 1 < len(doc) and doc[end - 1].lower_ in REPAIRABLE_HEADS and doc[end].lower_ in ("of", "for") \
        and doc[end + 1].text[:1].isupper() and not doc[end + 1].ent_type_


# words after a body's name that name its meeting, not the body: "the X Cooperation Summit"
EVENT_NAME_TAILS = {"summit", "summits"}


def _name_run(doc, ent, ents: list, known: bool) -> tuple[int, int]:
    """The token range of the capitalised run around `ent` (see `_whole_institution_names`);
    a known name only grows to the right, over untagged words."""
    # pieces the run may swallow: names without a head of their own that no gazetteer knows
    # ("the National" + "Labour Relations Board"), and known one-word names
    pieces = {i for e in ents if e.label_ == "ORG" and not any(t.lower_ in NAME_RUN_HEADS for t in e)
              and (len(e) == 1 or not any(t.ent_id_ for t in e)) for i in range(e.start, e.end)}

    def free(i: int) -> bool:
        tok = doc[i]
        if not tok.text[:1].isupper() or "\n" in tok.text or tok.is_punct and tok.text != "&":
            return False
        if tok.lower_.rstrip(".") in PERSON_ROLE_NOUNS | {"agent", "charge"} or tok.ent_type_ in NOISE_LABELS:
            return False
        if tok.lower_ == "general" and i > 0 and doc[i - 1].lower_ in OFFICE_TITLE_WORDS:
            return False  # "Director General", "Secretary General": the rest of a title
        if known:
            return not tok.ent_type_
        return not tok.ent_type_ or tok.ent_type_ in ("GPE", "LOC", "NORP") or ent.start <= i < ent.end or i in pieces

    end = ent.end
    while end < len(doc) and not doc[end].is_sent_start:
        if free(end):
            end += 1
        elif doc[end].lower_ in ("of", "for", "&", "de") and not known and end + 1 < len(doc) and free(end + 1):
            end += 2
        elif doc[end].lower_ in ("of", "for") and not known and end + 2 < len(doc) and doc[end + 1].lower_ == "the" \
                and free(end + 2):
            end += 3
        elif doc[end].text == "-" and not known and end + 1 < len(doc) and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and free(end + 1):
            end += 2  # "Forum for China-Africa Cooperation": a hyphen joins two capitalised words of the name
        elif doc[end].lower_ == "and" and not known and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                and (not doc[end + 1].ent_type_ or doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "B"
                     and (end + 2 >= len(doc) or doc[end + 2].ent_iob_ != "I")):
            end += 2  # "College of William and Mary": one given name after "and" is part of it
        else:
            break
    if known:
        return ent.start, end
    def free_before(i: int) -> bool:
        # words before the span: proper nouns, places and nationalities ("Officials of the ..." is no name)
        tok = doc[i]
        return free(i) and (tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP") or i in pieces)

    start = ent.start
    comma_used = False
    while start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if free_before(start - 1):
            start -= 1
        elif prev.lower_ in ("of", "for", "&") and start >= 2 and free_before(start - 2) and not prev.is_sent_start:
            start -= 2
        elif prev.lower_ == "the" and start >= 3 and doc[start - 2].lower_ in ("of", "for") and free_before(start - 3):
            start -= 3
        elif prev.lower_ == "and" and start >= 2 and free_before(start - 2) and doc[start - 2].lower_ in PARTY_VALUES and name_head(
                [t.lower_ for t in doc[start:end]]) in ("party", "movement", "front", "alliance", "union"):
            start -= 2  # "Liberty and" + "Justice Party", "Peace and" + "Prosperity Party of X"
        elif prev.lower_ == "and" and start >= 3 and free_before(start - 2) and doc[start - 2].pos_ == "PROPN" \
                and (is_possessive(doc[start - 3]) or doc[start - 3].lower_ == "the") \
                and doc[end - 1].lower_ in GOVERNMENT_UNIT_HEADS:
            start -= 2  # "the Department's Grid and" + "Storage Division"
        elif prev.text == "," and not comma_used and start >= 2 and free_before(start - 2) \
                and any(t.lower_ == "and" for t in doc[start:end]):
            # "Australian Workplace, Innovation and Social Research Center": a series inside one name
            comma_used = True
            start -= 1
        else:
            break
    if doc[start].text == ",":
        start += 1
    start = hyphen_joined_start(doc, start)  # "Japan-Korea Economic Association"
    while end > start and doc[end - 1].lower_ in ("of", "for", "and", "&", "de", "the"):
        end -= 1
    return start, end


def hyphen_joined_start(doc, start: int) -> int:
    """"Norway-Chile Business Council": names joined to a name's first word by a hyphen with no
    spaces begin the name."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
        start -= 2
    return start


def hyphen_joined_end(doc, end: int, part=lambda tok: tok.text[:1].isupper()) -> int:
    """"PML-N", "PP-DB": parts joined to a name's last word by a hyphen with no spaces end the
    name (`part` says which words may be such parts)."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and part(doc[end + 1]):
        end += 2
    return end


def _institution_head(span) -> bool:
    """Whether a name's head (the word before its first "of", else its last word) is an
    institution's: "Department of Commerce", "Railroad Commission", "Air Resources Board"."""
    head = name_head([t.lower_ for t in span])
    return head in REPAIRABLE_HEADS or head == "board"


def _company_after_place(doc, ent, headlines=()):
    """A firm's registered name that the ruler cut into pieces: "Shenzhen Hongxin Trading Co.,
    Ltd." (a city first), "Ericsson Egypt Limited" (a firm, then a country), "China Maple Leaf
    Educational Systems". The run of capitalised words must end in a firm word ("Co.", "Ltd.",
    "Group", "Systems") and may swallow places and untagged words, never another known firm or
    person."""
    first_is_name = ent.label_ in ("GPE", "LOC") or (ent.ent_id_ and ent.label_ in ("ORG", "PERSON") and
                                                     (ent.label_ != "PERSON" or len(ent) == 1))
    if not first_is_name or any(a <= ent.start_char < b for a, b in headlines):
        return ent
    j = ent.end
    last_suffix = None
    while j < len(doc) and j - ent.end < 8:
        tok = doc[j]
        if tok.ent_id_ and tok.ent_type_ not in ("GPE", "LOC"):
            break  # another known actor
        if (tok.lower_ in COMPANY_SUFFIXES | COMPANY_HEADS or tok.lower_ in REPAIRABLE_HEADS or tok.lower_ == "board"
                or tok.lower_ in FIRM_NAME_ENDS - {"international"}) \
                and (j > ent.end or ent.label_ == "ORG") and tok.text[:1].isupper():
            # "... Trading Co.", a body's head ("California Air Resources Board"), or a known
            # firm's business ("Mizuho Securities": the subsidiary, unless the gazetteer says
            # the longer name is the firm's own)
            last_suffix = j
        elif tok.text == "," and last_suffix == j - 1 and j + 1 < len(doc) and doc[j + 1].lower_ in COMPANY_SUFFIXES:
            pass
        elif tok.text == "&" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            pass
        elif not tok.text[:1].isupper() or tok.is_punct or tok.ent_type_ in ("PERSON", "DATE") or tok.is_sent_start:
            break
        j += 1
    if last_suffix is None:
        return ent
    span = doc[hyphen_joined_start(doc, ent.start):last_suffix + 1]
    span.label_ = "ORG"
    return span


# "the Southern District", "Office for the Southern District": a name that ends in a federal
# judicial district, which "of New York" completes
JUDICIAL_DISTRICT = re.compile(r"(?:^|\s)(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District$")


def _repair_span(doc, ent, by_start: dict, gaz: Gazetteer):
    """Mend organisation spans the small model cut short: "Office for the Eastern District of" +
    "New York", "District Court" + "for the District of Oregon", "U.S. Attorney's" + "Office"
    (a possessive inside the name), "U.S." + "District Court"."""
    start, end = ent.start, ent.end
    # "the Southern District" + "of New York": a federal judicial district (its prosecutors or court)
    district = None
    if JUDICIAL_DISTRICT.search(ent.text) and end + 1 < len(doc) and doc[end].lower_ == "of" \
            and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        district = by_start.get(end + 1)
    if district is not None:
        end = district.end
    elif ent.label_ != "ORG" or ent.ent_id_:
        return ent
    institutional = doc[end - 1].lower_ in REPAIRABLE_HEADS
    if end < len(doc) and doc[end - 1].lower_ == "the" and end - 2 > start and doc[end - 2].lower_ in ("of", "for"):
        pass  # "Third Plenum of the" + "Central Committee" is handled as one name below
    if end < len(doc) and (doc[end - 1].lower_ in ("of", "for", "and") or
                           (doc[end - 1].lower_ == "the" and end - 2 > start and doc[end - 2].lower_ in ("of", "for"))) \
            and doc[end].ent_iob_ == "B":
        nxt = by_start.get(end)
        if nxt is not None and nxt.label_ in ("GPE", "LOC", "ORG"):
            end = _hyphened_run(doc, nxt.end) if nxt.label_ != "ORG" else nxt.end
    elif doc[end - 1].lower_ in REPAIRABLE_HEADS and end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_sent_start and not doc[k].is_punct:
            k += 1
            if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].text[:1].isupper():
                k += 1
        if k > j and doc[k - 1].lower_ != "of":
            end = k
    if start >= 2 and is_possessive(doc[start - 1]) and _name_with_possessive(doc, start - 1, gaz) \
            and doc[start].text[:1].isupper():
        start -= 2
        while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start \
                and not is_possessive(doc[start - 1]):
            start -= 1
    elif start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].text.isupper() \
            and "." in doc[start - 1].text and institutional:
        start -= 1  # "U.S. District Court": an abbreviated country that begins the name
    if (start, end) == (ent.start, ent.end):
        return ent
    span = doc[start:end]
    span.label_ = "ORG" if district is not None else ent.label_
    return span


def _split(doc, start: int, end: int, gaz: Gazetteer, places: set[str]) -> list[tuple[int, int]]:
    """Split an entity span at line breaks, sentence starts, parentheses ("Office of Foreign
    Assets Control (OFAC"), a verb's "to" or "from" phrase run into it ("Tarn Cars to Kelso
    Motors") and an inner possessive whose owner is a name of its own ("Japan's
    Soka University", "the Treasury's Office ..."), but not in "Moody's Capital Markets"."""
    out = []
    cur = start
    if end - start > 2 and doc[start].lower_ in STATUS_WORDS and doc[start].text[:1].isupper():
        cur = start + 1  # "Acting FTC Bureau of ... Director X": the word places the title in time
    if end - cur > 3 and doc[cur].is_upper and doc[cur + 1].lower_ in GOVERNMENT_UNIT_HEADS and doc[cur + 2].lower_ == "of" \
            and doc[cur + 1].text[:1].isupper() and (entry := gaz.lookup(doc[cur].text)) is not None \
            and entry.type == "GovernmentBody":
        out.append((cur, cur + 1))  # "FTC Bureau of Competition": the agency, then its bureau
        cur += 1
    for i in range(cur, end):
        tok = doc[i]
        if tok.is_space or "\n" in tok.text or tok.text in ("(", ")", "/"):
            if cur < i:
                out.append((cur, i))
            cur = i + 1
        elif tok.is_sent_start and i > cur:
            out.append((cur, i))
            cur = i
        elif tok.lower_ in ("to", "from") and tok.is_lower and i > cur and i + 1 < end and doc[i + 1].text[:1].isupper() \
                and tok.dep_ in ("dative", "prep") and not start <= tok.head.i < end:
            # "sold Tarn Cars to Kelso Motors": a verb's phrase the model ran two names over, not a
            # name's own word ("the Committee to Protect Journalists")
            out.append((cur, i))
            cur = i + 1
        elif is_possessive(tok) and start < i < end - 1 and not _name_with_possessive(doc, i, gaz):
            owner = doc[cur:i]
            owner_text = re.sub(r"^(?:the|The)\s+", "", owner.text)
            if len(owner) > 1 or gaz.lookup(owner_text) is not None or owner_text in places:
                if cur < i:
                    out.append((cur, i))
                cur = i + 1
    if cur < end:
        out.append((cur, end))
    return out


def _long_form(short: str, before: str) -> str | None:
    """The words `before` a parenthesised `short` form that it abbreviates, found as Schwartz and
    Hearst do (every letter of the short form, in order, in the words before it; its first letter
    at a word's start), from at most min(n + 5, 2n) words, choosing the reading where most letters
    begin a word or a hyphenated part; all its letters but one must, so stray letters inside
    unrelated words do not make a definition."""
    letters = [ch.lower() for ch in short if ch.isalnum()]
    if len(letters) < 2:
        return None
    words = before.split()
    window = " ".join(words[-min(len(letters) + 5, 2 * len(letters)):])
    low = window.lower()
    at_start = [i == 0 or not window[i - 1].isalnum() for i in range(len(window))]

    @lru_cache(maxsize=None)
    def best(k: int, limit: int) -> tuple[int, int] | None:
        """(letters at word starts, position of the first letter) for letters[:k + 1] before `limit`."""
        found = None
        for pos in range(limit - 1, -1, -1):
            if low[pos] != letters[k] or (k == 0 and not at_start[pos]):
                continue
            rest = (0, pos) if k == 0 else best(k - 1, pos)
            if rest is not None:
                score = (rest[0] + at_start[pos], rest[1])
                if found is None or score[0] > found[0]:
                    found = score
        return found

    found = best(len(letters) - 1, len(window))
    if found is None or found[0] < len(letters) - 1:
        return None
    return window[found[1]:]


def acronyms_as_defined(doc, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """An article's own definition of an acronym outranks the gazetteer's: "the Pakistan
    Tehreek-e-Insaf (PTI)" is no news agency's PTI, and "closed-circuit television cameras (CCTV)"
    no broadcaster, anywhere in that article. A short form defined by a name the gazetteer does not
    give for it (sharing no word with any of the entry's forms) loses the entry; one defined by a
    lower-case description of a thing, not of a body ("cameras", "funds"), names no actor and goes."""
    lost: set[str] = set()
    things: set[str] = set()
    for tok in doc:
        if tok.text != "(":
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 7, len(doc))) if doc[j].text == ")"), None)
        # "(“AML”)", "("SEC")": press releases often quote the short form they define
        short = doc[tok.i + 1:close].text.strip("\"'“”‘’ ") if close is not None else ""
        if not re.fullmatch(r"[A-Z][A-Z&-]{1,7}", short):
            continue
        long = _long_form(short, doc[max(tok.sent.start, tok.i - 16):tok.i].text)
        if long is None:
            continue
        words = [w for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in ("the", "of", "and", "for", "de")]
        if words and all(w.islower() for w in words):
            if not any(w in DESCRIPTION_TYPES for w in (words[-1], " ".join(words[-2:]))):
                things.add(short)
            continue
        if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and words[-1].lower() not in LAW_HEADS:
            cands = _named_by_long_form(doc, cands, tok, long, gaz)
        entry = gaz.lookup(short)
        if entry is None or gaz.lookup(long) is entry:
            continue
        known = {w.lower() for form in entry.forms for w in re.findall(r"[A-Za-z]+", form)}
        if not known & {w.lower() for w in words}:
            lost.add(short)
    for c in cands:
        if c.text in lost and c.gaz is not None:
            c.gaz = None
    return [c for c in cands if c.text not in things]


def _named_by_long_form(doc, cands: list[Candidate], paren, long: str, gaz: Gazetteer) -> list[Candidate]:
    """The whole name an acronym abbreviates is one candidate, and the acronym its short form: the
    model's pieces of it ("Pakistan" + "(PTI)", "Pakistan Muslim League" + "-N (PML-N)") go."""
    start_char = doc.text.rfind(long, paren.sent.start_char, paren.idx)
    span = doc.char_span(start_char, start_char + len(long), alignment_mode="expand") if start_char >= 0 else None
    short = next((c for c in cands if c.start == paren.i + 1 and c.end < len(doc) and doc[c.end].text == ")"), None)
    if span is None or span.start < paren.sent.start:
        return cands
    if any(c.start == span.start and c.end == span.end for c in cands) or \
            any(c.start < span.start < c.end or c.start < span.end < c.end for c in cands):
        return cands  # already whole, or part of a longer name
    whole = Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                      gaz=gaz.lookup(span.text), in_headline=any(c.in_headline for c in cands if c.start == span.start))
    kept = [c for c in cands if not (span.start <= c.start and c.end <= span.end)]
    if short is None:
        close = next(j for j in range(paren.i + 1, len(doc)) if doc[j].text == ")")
        inner = doc[paren.i + 1:close]
        short = Candidate(inner.start, inner.end, inner.text, inner.start_char, inner.end_char, "ORG",
                          gaz=gaz.lookup(inner.text), in_headline=whole.in_headline)
        kept = [c for c in kept if not (c.start < short.end and short.start < c.end)] + [short]
    short.acronym_of = whole
    return sorted(kept + [whole], key=lambda c: c.start)
