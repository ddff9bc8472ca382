"""Noise: candidates that name no actor, dropped after typing.

Dates, numbers and money never become candidates; these are the names that do but name no
actor: common acronyms and terms ("GDP", "ESG", "bitcoin"), lower-case words, laws, treaties, plans
and events named like organisations ("Inflation Reduction Act", "Belt and Road Initiative"), a
legal form after a comma ("Tesla, Inc."), a place that begins an address or a treaty's name
("1600 Pennsylvania Avenue", "the Paris Agreement"), "Treasury" as a bond ("10-year Treasury
yield"), a lone language or nationality word ("news in Urdu and Pashto"), a title read as a body
("the Minister for Trade"), a capitalised adjective ("a government of National unity") or a price
glued to its currency ("$US27.11"), title-case headline words that are neither known names nor found
in the body, and dictionary words capitalised only by their setting ("Riot police"). A portfolio word in a job title ("Finance Minister Kato", "the Secretary of State")
is kept but marked, to stay only as a mention of a body the article names in full.
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.extract.candidates import Candidate
from kg.extract.entity_lexicon import (
    COMPANY_DESCRIPTORS, COMPANY_ORGANS, CURRENCY_WORDS, GOVERNMENT_HEADS, INSTITUTION_HEADS, LANGUAGE_NAMES, LAW_HEADS, LEGAL_FORMS, LISTING_WORDS, is_legal_form, NOT_ENTITIES, STATUTE_HEADS, PERSON_ROLE_NOUNS, PERSON_TITLES,
    PORTFOLIOS, RANK_WORDS, SECURITY_WORDS, SERVICE_WORDS, STREET_WORDS,
)
from kg.extract.entity_types import TITLES_BEFORE_A_PERSON, names_a_law, names_a_measure, type_by_words
from kg.extract.name_forms import name_words
from kg.nlp import english_word, english_word_or_plural


def split_off_noise(doc, cands: list[Candidate], settled: list[Candidate],
                    gaz: Gazetteer) -> tuple[list[Candidate], set[int]]:
    """The candidates that name an actor (those in `settled` always do), and the token positions
    of the noise, where no later step may find a name again."""
    body_forms = {c.norm for c in cands if not c.in_headline}
    noise = [c for c in cands if c not in settled and is_noise(doc, c, body_forms, gaz)]
    kept = [c for c in cands if c not in noise]
    blocked = {i for c in noise for i in range(c.start, c.end)}
    return kept, blocked


def without_orphan_short_forms(cands: list[Candidate]) -> list[Candidate]:
    """The short form of a dropped name (a law's acronym in parentheses) goes with it."""
    kept = {id(c) for c in cands}
    return [c for c in cands if c.acronym_of is None or id(c.acronym_of) in kept]


# generational suffixes after a person's name and a comma ("Hugh Penton, Jr.")
GENERATIONAL_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def without_legal_form_fragments(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Globex, Corp.": a legal form after a comma is part of the firm before it, whichever step
    found it as a name of its own; so is a generational suffix part of the person before it
    ("Hugh Penton, Jr.", which the model may read as a place)."""
    return [c for c in cands if not (c.gaz is None and c.start > 0 and doc[c.start - 1].text == ","
                                     and (is_legal_form(c.norm) or is_legal_form(c.norm.replace(" ", ""))
                                          or c.norm.rstrip(".") in GENERATIONAL_SUFFIXES))]


# Lower-case words after a name that make it a disease's name ("Down syndrome", "Ebola virus")
DISEASE_WORDS = {"syndrome", "disease", "virus", "fever", "flu"}
# Last words of holidays' names ("the Lunar New Year holiday", "Independence Day")
HOLIDAY_WORDS = {"year", "holiday", "eve"}


# Last words of the sums an enforcement order imposes, written capitalised in releases ("a $462,271
# Civil Monetary Penalty", "Criminal Forfeiture", "Victim Compensation Payment Amount")
REMEDY_WORDS = {"penalty", "penalties", "forfeiture", "restitution", "disgorgement", "amount", "fine", "fines"}


# Last words of the measures a central bank or a regulator sets, written capitalised ("the
# Statutory Liquidity Ratio", "the Capital Adequacy Ratio")
MEASURE_WORDS = {"ratio", "ratios"}


def _names_no_actor(doc, c: Candidate, words: list[str]) -> bool:
    """An ideology ("Communism"), a disease ("Down syndrome"), a holiday ("Lunar New Year"), a
    policy measure ("Cash Reserve Ratio"), an oath ("the Oath of Allegiance"), a
    seminar's or course's title ("a Spotting Payment Fraud seminar") or a sum an order imposes
    ("Civil Monetary Penalty")."""
    nxt = doc[c.end] if c.end < len(doc) else None
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+ism", c.text):
        return True
    if words and words[-1] in REMEDY_WORDS and all(english_word(t) for t in doc[c.start:c.end] if t.is_alpha):
        return True
    if len(words) >= 2 and (words[-1] in MEASURE_WORDS or c.norm.startswith("oath of ")) \
            and all(english_word(t) or t.is_stop for t in doc[c.start:c.end] if t.is_alpha):
        return True  # a policy measure ("the Cash Reserve Ratio") or a ceremony's oath ("the Oath of Office")
    if names_a_measure(c.text):
        return True  # a central bank's rate ("the Repo Rate") or a statistic ("the Consumer Prices Index")
    if nxt is not None and nxt.is_lower and nxt.lower_ in DISEASE_WORDS:
        return True
    if c.type != "Person" and len(words) >= 2 and words[-1] in HOLIDAY_WORDS:
        return True
    # a title read as a name, with a word for an event after it: "a Combating Fraud seminar"
    return len(words) >= 2 and nxt is not None and nxt.is_lower and nxt.lower_ in EVENT_NOUNS \
        and type_by_words(c.text)[0] in (None, "Company") and not set(words) & LEGAL_FORMS


EVENT_NOUNS = {"seminar", "seminars", "conference", "workshop", "workshops", "course", "courses", "training",
               "programme", "program", "summit", "webinar", "symposium"}


# An amount after a currency's short sign ("TL 7.6020 per dollar", "Rs 74.50", "Ps 18.2"): the number
# has decimals or stands apart from the sign, so "G20" and "F-16" are not amounts.
AMOUNT_IN_SHORT_CURRENCY = re.compile(r"[A-Z][A-Za-z]{0,2}\.?(?:\s\d[\d,]*(?:\.\d+)?|\s?\d+\.\d+)(?:\s+(?:a|per)\s+\w+)?")
# A day written with its month's short form and no space ("Feb.1", "Dec.31st").
DAY_OF_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?\d{1,2}(?:st|nd|rd|th)?")


def is_noise(doc, c: Candidate, body_forms: set[str], gaz: Gazetteer) -> bool:
    """Whether a typed candidate names no actor: see the module docstring for the kinds."""
    norm = c.norm
    if not norm or len(norm) < 2 and not c.text.isupper():
        return True
    if norm in NOT_ENTITIES or norm.replace(" ", "-") in NOT_ENTITIES or (
            re.fullmatch(r"(?:[A-Z]\.){2,5}", c.text) and c.text.replace(".", "").lower() in NOT_ENTITIES):
        return True  # (also dotted, as some broadcasters write them: "C.E.O.", "G.D.P.")
    if c.gaz is None and norm in COMPANY_ORGANS:
        return True  # "its Board of Directors": the firm's organ, no body of its own
    if c.gaz is None and c.text == c.text.lower():
        return True  # "fed funds": a lower-case word is not a name
    if c.gaz is None and names_a_law(c.text):
        return True
    if c.type is None:
        return True
    nxt = doc[c.end].lower_ if c.end < len(doc) else ""
    if c.gaz is None and norm in PORTFOLIOS and nxt in ("minister", "secretary", "ministry", "chief", "spokesman",
                                                          "spokeswoman", "spokesperson", "official", "officials",
                                                          "representative", "envoy", "negotiator", "czar"):
        # "Finance Minister Kato": part of a title; it stays only as a mention of a body the
        # article names in full ("Treasury Secretary Yellen" with "the Treasury Department")
        c.in_title = True
    before = [t.lower_ for t in doc[max(0, c.start - 3):c.start]]
    title_before = before[-2:] in (["secretary", "of"], ["minister", "of"], ["minister", "for"]) or \
        before[-1:] == ["the"] and before[-3:-1] == ["secretary", "of"]
    if c.gaz is None and norm in PORTFOLIOS and title_before:
        c.in_title = True  # "the Secretary of State", "Minister for Trade": the rest of a title
    if c.gaz is not None and c.gaz.demonyms and _opens_a_court_officers_title(doc, c.end):
        # "U.S. District Judge X", "U.S. Attorney X", "U.S. Magistrate Judge X": the country is
        # part of a judge's or a prosecutor's title; it stays only if the article names it elsewhere
        c.in_title = True
    if c.gaz is None and (gaz.is_demonym(c.text) or c.end - c.start == 1 and c.norm in LANGUAGE_NAMES):
        # "Moldovan officials", "programmes in Ukrainian, Urdu and Pashto": a nationality or a
        # language names no actor
        return True
    words = name_words(c.text)
    if c.gaz is None and _names_no_actor(doc, c, words):
        return True
    if c.gaz is None and len(words) >= 3 and words[0] in PERSON_ROLE_NOUNS and words[1] in ("of", "for") \
            and not set(words) & (INSTITUTION_HEADS | GOVERNMENT_HEADS):
        return True  # "the Minister for Trade", "Secretary of Energy": a title, not a body
    if c.start > 0 and doc[c.start - 1].text == "," and norm.replace(".", "").replace(" ", "") in \
            LEGAL_FORMS:
        return True  # "Tesla, Inc.": the legal form belongs to the firm before the comma
    if c.type == "Place" and nxt in STREET_WORDS and doc[c.end].text[:1].isupper():
        return True  # "1600 Pennsylvania Avenue": an address, not the state
    if c.gaz is None and nxt in ("number", "numbers", "card", "cards") and doc[c.end].is_lower:
        return True  # "Social Security numbers": an identifier, not an actor
    if norm.split()[-1:] == ["treasury"] and nxt in SECURITY_WORDS:
        return True  # "US Treasury bonds": a security, not the department
    if norm == "treasury" and (nxt in SECURITY_WORDS or
                               re.search(r"\d+-(year|month|week)\s*$", doc[max(0, c.start - 4):c.start].text)):
        return True
    if c.type == "Place" and nxt in LAW_HEADS and c.end < len(doc) and doc[c.end].text[:1].isupper():
        return True  # "Paris" in "the Paris Agreement" names the treaty, not the city
    if c.in_headline and c.gaz is None and norm not in body_forms and \
            (type_by_words(c.text)[0] in (None, "Company", "Place") or
             name_words(c.text)[-1] not in INSTITUTION_HEADS | GOVERNMENT_HEADS | {"bank"}):
        return True  # title-case headline words ("Imposing Swift") unless a body's name
    if all(t.like_num or t.is_punct for t in doc[c.start:c.end]):
        return True
    if re.fullmatch(r"(?:USD|EUR|GBP|JPY|CHF|CNY|AUD|CAD|INR|HKD|SGD|ZAR|US)\s?\$?\d[\d.,]*", c.text):
        return True  # "USD 2.18": an amount in a currency's code
    if c.gaz is None and len(words) >= 2 and words[-1] in CURRENCY_WORDS \
            and _names_a_country(c.text.rsplit(" ", 1)[0], gaz) \
            and doc[c.start:c.end].root.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "selling the Argentine Peso": money, not an actor (unless it moves: "the Rand fell")
    if re.fullmatch(r"(?:[A-Z][A-Za-z]{0,2}\$|\$[A-Z][A-Za-z]{0,2})\s?\d[\d.,]*", c.text):
        return True  # "HK$2.72", "S$1.45", "Tw$127.0", "Sg$22.86": a price in a dollar of some country
    if c.gaz is None and (AMOUNT_IN_SHORT_CURRENCY.fullmatch(c.text) or DAY_OF_MONTH.fullmatch(c.text)):
        return True  # "TL 7.6020 per dollar", "Rs 74.50", "Feb.1": a rate or a day, not an actor
    if c.gaz is None and re.fullmatch(r"[NSEWCM]\.\s?D\.\s?[A-Z][a-z]{1,4}\.?", c.text):
        return True  # "(N.D. Cal.)", "S.D.N.Y."-style court citations in a case caption
    if c.gaz is None and len(words) >= 2 and all(w in PERSON_TITLES | PERSON_ROLE_NOUNS for w in words) \
            and words[-1] in PERSON_ROLE_NOUNS and c.end < len(doc) and doc[c.end].ent_type_ == "PERSON":
        return True  # "Federal Prosecutor X", "Chief Economist X": a title before its holder, no body
    if c.gaz is None and c.type == "Person" and words and all(w in PERSON_TITLES for w in words) \
            and c.start > 0 and doc[c.start - 1].text == "," and (c.end >= len(doc) or doc[c.end].text in (";", ".")):
        return True  # "Voting were: A, Chair; B, Vice Chair;": the title set off after a name, no person
    if c.gaz is None and words and all(w in RANK_WORDS for w in words) and set(words) - SERVICE_WORDS:
        return True  # "Army Sergeant First" (Class X): a rank and its service, cut off from the holder
    if c.gaz is None and (norm in PORTFOLIOS and c.end - c.start == 1 and c.type != "GovernmentBody" or
                          len(words) >= 3 and words[0] in PLURAL_BODY_HEADS and words[1] == "of"):
        # "the Departments of Commerce, State, Defense and Energy", "the FTC and State of Florida":
        # a series of bodies, or a portfolio word alone read as a firm, names no one actor ("the
        # Treasury" read as a body stays)
        return True
    if c.gaz is None and c.end - c.start == 1 and _common_word(doc[c.start]):
        return True
    if c.gaz is None and c.end - c.start >= 2 and doc[c.end - 1].lower_ in ("party", "parties") \
            and doc[c.end - 2].lower_ in LISTING_WORDS:
        return True  # "an Entity List party": a party to a transaction named on a list, no political party
    if c.gaz is None and c.end - c.start == 1 and re.fullmatch(r"[A-Z]{2,}s", c.text):
        return True  # "sold UAVs to", "two ETFs": an abbreviation in the plural names a kind of thing, no actor
    if c.gaz is None and c.end - c.start == 1 and _capitalised_only_as_first_word(doc, doc[c.start]):
        return True  # "Turnout was low", "Riots broke out": a dictionary word capitalised only to begin a sentence
    if c.gaz is None and c.end - c.start == 1 and c.type in ("Person", "Company", "Product") and not c.cue \
            and not (c.type == "Person" and c.start > 0 and doc[c.start - 1].lower_.rstrip(".") in TITLES_BEFORE_A_PERSON) \
            and capitalised_only_where_all_words_are(doc, doc[c.start]):
        # "Riot police ...", a headline's "Banks": a dictionary word capitalised by its setting, read
        # as a person or a firm with no word around it that marks one ("Acme's president, X,"
        # stays); places and bodies named by words stay ("Phoenix", "Congress"), and so does a
        # person after a title ("President Bush met Prime Minister Blair": titles are capitalised)
        return True
    if c.gaz is None and c.end - c.start == 1 and doc[c.start].is_sent_start and c.end + 1 < len(doc) \
            and doc[c.end].is_lower and doc[c.end].lemma_ in COMPANY_DESCRIPTORS and doc[c.end + 1].text[:1].isupper():
        return True  # "Software maker Novell", "Mining group X": the first word names the trade, not a firm
    return False


# First words of the titles and courts of a country's judicial districts, after the country's
# name ("U.S. District Judge", "U.S. Attorney", "U.S. Court of Appeals")
COURT_OFFICER_WORDS = {"district", "attorney", "attorneys", "magistrate", "bankruptcy", "circuit", "marshal",
                       "marshals", "trustee", "probation", "pretrial"}


def _opens_a_court_officers_title(doc, end: int) -> bool:
    """Whether the capitalised words after a country's name begin a court's or a court officer's
    title: "U.S. District Court", "U.S. Attorney Jane Roe", "U.S. Court of Appeals" (not "U.S.
    Attorney General", a minister's title, nor "U.S. courts", where the country is meant)."""
    words = [t for t in doc[end:end + 3]]
    if not words or not words[0].text[:1].isupper():
        return False
    first = words[0].lower_
    if first == "attorney" and len(words) > 1 and words[1].lower_ == "general":
        return False
    if first == "court":
        return [t.lower_ for t in words[1:3]] == ["of", "appeals"]
    return first in COURT_OFFICER_WORDS


def opens_a_law_name(doc, c: Candidate) -> bool:
    """Whether an unknown name is the start of a law's name, a capitalised law head right after
    it ("U.S. Export Administration" + "Regulations", "Bank Secrecy" + "Act"), or the law's short
    form in parentheses after its head ("Regulations (EAR)")."""
    if c.gaz is None and _after_a_statute_head(doc, c.start):
        return True  # "... Regulations (EAR)": the law's short form
    return c.gaz is None and c.end < len(doc) and doc[c.end].text[:1].isupper() \
        and doc[c.end].lower_ in STATUTE_HEADS


def _after_a_statute_head(doc, start: int) -> bool:
    """Whether tokens from `start` open a parenthesis right after a capitalised statute head
    ("... Regulations (", "... Act (")."""
    return start >= 2 and doc[start - 1].text == "(" and doc[start - 2].text[:1].isupper() \
        and doc[start - 2].lower_ in STATUTE_HEADS


def law_short_forms(doc) -> set[str]:
    """The short forms the article defines for laws: "the Truth in Lending Act (TILA)", "the Export
    Administration Regulations (EAR)". Later mentions ("as TILA requires", "subject to the EAR")
    name the law too, not a firm the model took them for."""
    forms = set()
    for k in range(2, len(doc) - 1):
        if _after_a_statute_head(doc, k):
            close = next((j for j in range(k + 1, min(k + 3, len(doc))) if doc[j].text == ")"), None)
            short = doc[k:close].text if close else ""
            if re.fullmatch(r"[A-Z][A-Za-z&.-]{1,9}", short) and sum(ch.isupper() for ch in short) >= 2:
                forms.add(short)
    return forms


def without_law_short_forms(doc, cands: list[Candidate]) -> list[Candidate]:
    """Every unknown name that is a law's defined short form (see `law_short_forms`) goes."""
    forms = law_short_forms(doc)
    return [c for c in cands if not (c.gaz is None and c.text in forms)] if forms else cands


def is_bare_law_word(doc, c: Candidate) -> bool:
    """"Order", "Act", "Rules" alone ("President X's new Executive Order", the model reading
    "Order" as a person): a law's head word by itself names no actor."""
    return c.gaz is None and c.end - c.start == 1 and doc[c.start].lower_ in LAW_HEADS


# Words right before a quoted title that say it is a document's name
DOCUMENT_NOUNS = {"order", "e.o.", "eo", "act", "bill", "law", "resolution", "report", "entitled", "titled",
                  "directive", "decree", "memorandum", "proclamation", "regulation", "rule"}
_OPENING_QUOTES = {"\u201c", '"'}
_CLOSING_QUOTES = {"\u201d", '"'}


def document_title_spans(doc) -> list[tuple[int, int]]:
    """Token ranges of a document's quoted title ("the Executive Order (E.O.) \u201cBlocking Property
    of ... and Prohibiting Dealings With Its Agents\u201d", "a report titled
    \u201cTrade and Growth\u201d"): its capitalised words read as firms and people, but the title
    names no actor of its own. The names it quotes that the gazetteer knows stay."""
    spans = []
    for k, tok in enumerate(doc):
        if tok.text not in _OPENING_QUOTES:
            continue
        j = k - 1
        while j >= 0 and doc[j].text in (")", "(") or j >= 1 and doc[j - 1].text == "(" and doc[j].text[:1].isupper():
            j -= 1  # over a short form in parentheses: "Executive Order (E.O.) \u201c..."
        if j < 0 or doc[j].lower_ not in DOCUMENT_NOUNS:
            continue
        end = next((m for m in range(k + 1, min(len(doc), k + 60)) if doc[m].text in _CLOSING_QUOTES), None)
        if end is None:
            continue
        words = [t for t in doc[k + 1:end] if t.is_alpha and len(t) > 3]
        if words and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words):
            spans.append((k + 1, end))  # written in title case: a title, not a quotation
    return spans


# Words that begin a person's title, where a series of portfolios before "Minister" stops
_TITLE_STARTS = {"president", "prime", "deputy", "vice", "chief", "general", "senior", "former", "acting",
                 "minister", "ministers", "secretary", "state", "interim"}


def portfolio_series_spans(doc) -> list[tuple[int, int]]:
    """Token ranges of a series of portfolios before a minister's or a secretary's title ("Health,
    Labour and Welfare Minister", "Land, Transport, and Tourism Minister"): dictionary words
    joined by commas and "and", none of them a name. No name lies inside; the model read the
    pieces as firms, people or a party."""
    spans = []
    for k, tok in enumerate(doc):
        if tok.text not in ("Minister", "Secretary") or k == 0 or not doc[k - 1].is_alpha:
            continue  # "..., Minister X": a title after a comma begins no series
        i, joined = k, False
        while i > 0:
            prev = doc[i - 1]
            if prev.text == "," or prev.lower_ in ("and", "&"):
                joined = True
            elif not (prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in _TITLE_STARTS
                      and prev.ent_type_ not in ("GPE", "LOC", "PERSON")
                      and (english_word(prev) or prev.lower_ in PORTFOLIOS)):
                break
            i -= 1
        while i < k and (doc[i].text == "," or doc[i].lower_ in ("and", "&")):
            i += 1
        if joined and any(doc[j].text == "," or doc[j].lower_ in ("and", "&") for j in range(i, k)):
            spans.append((i, k))
    return spans


# Plural heads of a series of bodies ("the Departments of Commerce and State").
PLURAL_BODY_HEADS = {"departments", "ministries", "agencies", "offices", "bureaus", "commissions"}


def _names_a_country(text: str, gaz: Gazetteer) -> bool:
    """"Argentine", "South African", "Hong Kong": a nationality or a known place."""
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    entry = gaz.lookup(text)
    return gaz.is_demonym(text) or entry is not None and entry.type == "Place"


def _capitalised_only_as_first_word(doc, tok) -> bool:
    """A dictionary word the tagger reads as a common word, that begins a sentence or a line and
    is never written with a capital anywhere else in the article: its capital is the sentence's,
    not a name's ("Turnout in the vote was low"). A name is read as a proper noun, recurs with
    its capital ("Corvane said ... Corvane's shares") or is no dictionary word."""
    first = tok.i == 0 or tok.is_sent_start or "\n" in tok.doc[tok.i - 1].whitespace_ + tok.doc[tok.i - 1].text
    if not first or not tok.is_alpha or tok.is_upper or tok.tag_ in ("NNP", "NNPS") or not english_word(tok):
        return False
    return not any(t.text == tok.text and t.i != tok.i and not (t.is_sent_start or t.i == 0) for t in doc)


def capitalised_only_where_all_words_are(doc, tok) -> bool:
    """A dictionary word whose every capitalised writing stands where any word takes a capital:
    first in a sentence or a line as a plain noun's modifier ("Riot police"), or among title-case
    words (a headline: "Regulator Fines X for Corruption-Based Fraud"). A name recurs in plain
    prose with its capital ("Corvane said ... shares of Corvane"), acts or is described there, or
    is no dictionary word."""
    if not tok.is_alpha or tok.is_upper or not english_word_or_plural(tok):
        return False
    return all(_capital_expected(doc, t) for t in doc if t.text == tok.text)


# the model's labels of words capitalised wherever they stand (people, places, days), unlike its
# organisations, which a title-case line makes of any words
NAMED_ANYWHERE = {"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME"}


def _capital_expected(doc, tok) -> bool:
    """Whether a word stands where it would be capitalised whatever it is: first in a sentence or
    a line as a plain noun's modifier, or among words most of which (and at least two) are
    capitalised, names aside."""
    if tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].whitespace_ + doc[tok.i - 1].text:
        # first in a sentence, as the modifier of a plain noun ("Riot police fired"), not a name
        # that acts or is described ("Bristol, the Leeds-based carrier,", "Acme's president")
        return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.head.is_lower
    near = [t for t in doc[max(0, tok.i - 4):tok.i + 5] if t.i != tok.i and t.is_alpha and len(t) > 3
            and t.ent_type_ not in NAMED_ANYWHERE]  # ("X confronted Olympus on Friday": names and days)
    capitals = [t for t in near if t.text[:1].isupper()]
    return len(capitals) >= 2 and len(capitals) >= 0.75 * len(near)


def _common_word(tok) -> bool:
    """A lone word the tagger reads as an adjective in mid-sentence ("a government of National
    unity"), or a price glued to its currency ("$US27.11"): no name."""
    if re.fullmatch(r"[A-Z]{1,3}\d[\d.,]*", tok.text):
        return True
    return tok.is_alpha and not tok.is_upper and tok.tag_ == "JJ" and tok.i > 0 and not tok.is_sent_start \
        and "\n" not in tok.doc[tok.i - 1].whitespace_
