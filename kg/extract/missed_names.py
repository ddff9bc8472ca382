"""Names the small model missed, found from the names it did find and from the parse.

- party names headed by Alliance, Front, Rally, Union, ... or followed by a lower-case "party",
  when a political cue says so ("the ruling Civic Alliance", "Green Rally lawmaker Iris Kaal");
- institution names ending in a head word ("Soka University", "Ministry of Commerce", "Seoul
  Central District Prosecutors' Office"), typed by their words;
- names beside found names: in a list with names of one type ("Apple, Amazon and Facebook"), in
  an affiliation ("a senior economist at Natixis"), and index codes ("CAC-40", "IBEX 35");
- repeated names: the same words again ("Raman said"), a person's surname or given name, the
  initials of a long name ("BI" after "Business Insider"); aliases decide later whom each names;
- lower-case units after their parent body ("the Senate banking committee");
- a place's collective officials as one body ("China's financial regulators", "Seoul prosecutors");
- an acronym in parentheses after a lower-case description ("the electoral commission (CENI)"),
  typed by the description's head.

Each finder returns new candidates; those that absorb existing ones remove them from the list
they are given (the list is the article's candidates, changed in place).
"""

from __future__ import annotations

import re

from kg.extract.candidates import NAME_PARTICLES, Candidate, ends_in_charge_title, hyphen_joined_end, hyphen_joined_start, index_code_start
from kg.extract.confidence import (
    ENTITY_FOUND_BESIDE_NAME, ENTITY_FOUND_BY_HEAD_WORD, ENTITY_REPEATED_NAME, ENTITY_STRONG_CONTEXT_CUE,
)
from kg.extract.entity_lexicon import (
    LISTING_WORDS, SITE_PARTICIPLES,
    AFFILIATION_NOUNS, BODY_UNITS, COLLECTIVE_BODIES, COMPANY_HEADS, DESCRIPTION_TYPES, ELECTION_VERBS, ELECTION_WORDS, INSTITUTION_HEADS,
    is_legal_form, LEGISLATURE_WORDS, NAME_JOINERS, PARTY_NAME_HEADS, PARTY_PEOPLE_NOUNS, PARTY_STANCE_WORDS,
    COMPANY_ORGANS, GIVEN_NAMES, LANGUAGE_NAMES, NOT_ENTITIES, PERSON_ROLE_NOUNS, PERSON_TITLES, PORTFOLIO_HOLDER_TITLES,
    PORTFOLIO_WORDS, PORTFOLIOS, SPEECH_LEMMAS, CALENDAR_WORDS, OUTLET_KIND_NOUNS,
)
from kg.extract.entity_types import (
    FIRM_NOUNS_BEFORE_A_NAME, TITLES_BEFORE_A_PERSON, described_as_firm, described_by_copula, names_a_measure,
    reads_as_a_person, set_off_after_a_post_at_a_body, taken_up_by_he_or_she, type_by_words)
from kg.extract.name_forms import initials, is_possessive, name_head, name_key
from kg.extract.noise import capitalised_only_where_all_words_are
from kg.gazetteer import Gazetteer
from kg.nlp import english_word, english_word_or_plural, title_case
from kg.resources import given_names


def institution_names(doc, gaz: Gazetteer, cands: list[Candidate], headlines) -> list[Candidate]:
    """Capitalised names ending in an institutional head word that NER missed ("Soka University"
    after a ruler-tagged "Japan's", "Ministry of Commerce"), typed by their words."""
    for c in cands:
        if c.gaz is None and c.end + 1 < len(doc) and _office_of_an_official(doc, doc[c.end + 1]) \
                and doc[c.end + 1].i - 2 == c.end - 1:
            # "the Velka District Prosecutor's office": the official the model named owns the body
            span = doc[c.start:c.end + 2]
            c.end, c.text, c.end_char = span.end, span.text, span.end_char
            c.type, c.cls = type_by_words(span.text)
            c.worded = True
    covered = set()
    for c in cands:
        covered.update(range(c.start, c.end))
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        head_ok = tok.lower_ in INSTITUTION_HEADS and (tok.text[:1].isupper() or tok.lower_ in ("party", "index")
                                                       or _office_of_an_official(doc, tok))
        if not head_ok or i in covered or tok.text == "party" and i > 0 and doc[i - 1].lower_ in LISTING_WORDS:
            i += 1  # "an Entity List party": a party to a transaction, named on a list
            continue
        start = i
        while start > 0 and start - 1 not in covered and not doc[start - 1].is_sent_start and (
                (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"))
                # "Prosecutors' Office", "People's Court": a plural possessive inside the name
                or (doc[start - 1].text in ("'", "’", "'s", "’s") and start - 2 >= 0
                    and doc[start - 2].text[:1].isupper() and start - 2 not in covered)):
            start -= 1
        if index_code_start(doc, start, i) < start:
            # "GSE 50 Composite Index": an exchange's code and a number begin the name
            start = index_code_start(doc, start, i)
            cands[:] = [c for c in cands if not (start <= c.start and c.end <= i and c.gaz is None)]
        end = i + 1
        while end + 1 < len(doc) and doc[end].lower_ in NAME_JOINERS and not _office_of_an_official(doc, tok):
            nxt = end + 1
            if doc[nxt].lower_ == "the" and nxt + 1 < len(doc):
                nxt += 1
            if not doc[nxt].text[:1].isupper() or doc[nxt].lower_ in CALENDAR_WORDS:
                break  # "the X Commission on Thursday blocked ...": a day, not the rest of the name
            end = nxt
            # names run on through capitalised words, including a place ("... District of New York")
            while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct \
                    and not doc[end].is_sent_start:
                end += 1
        # "U.S. Attorney's Office": a place right before the name (no possessive between) is part of it
        if start > 0 and start - 1 in covered and doc[start - 1].ent_type_ in ("GPE", "LOC") \
                and not is_possessive(doc[start]):
            place = next((c for c in cands if c.end == start), None)
            if place is not None:
                start = place.start
                cands[:] = [c for c in cands if c is not place]  # part of the name now
        joined = hyphen_joined_start(doc, start)  # "Norway-Chile Business Council"
        if joined < start:
            start = joined
            cands[:] = [c for c in cands if not (c.end > start and c.start < i)]
        while end > start + 1 and doc[end - 1].lower_ in NAME_JOINERS | {"the"}:
            end -= 1
        span = doc[start:end]
        i = end
        organ = next((n for n in (2, 3) if doc[start:start + n].text.lower() in COMPANY_ORGANS), 0)
        if organ:
            # "the Board of Directors of Tarn": the firm after "of" is the name, the organ none
            rest = start + organ + 1 if start + organ < end and doc[start + organ].lower_ == "of" else end
            span = doc[rest + (rest < end and doc[rest].lower_ == "the"):end]
        if len(span) < 2 or any(a <= span.start_char < b for a, b in headlines):
            continue
        if not span[0].text[:1].isupper():
            continue
        if tok.text.islower() and all(t.ent_type_ == "NORP" or gaz.is_demonym(t.text) or t.text == "-"
                                      for t in doc[start:tok.i]):
            continue  # "the pan-European index", "the Japanese index": a description, no name
        entry = gaz.lookup(span.text)
        kind, cls = (entry.type, entry.finer_class) if entry else type_by_words(span.text)
        if kind is None or entry is None and names_a_measure(span.text):
            continue  # "the Consumer Prices Index": a statistic, no market's index
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind, cls=cls, gaz=entry, confidence=ENTITY_FOUND_BY_HEAD_WORD, worded=entry is None))
    return out


# Officials whose "office" is a body of its own ("the U.S. Attorney's office", "the District
# Attorney's office", "the Prosecutor General's office")
OFFICE_HOLDER_WORDS = {"attorney", "attorneys", "prosecutor", "prosecutors", "general", "ombudsman", "comptroller",
                       "auditor", "inspector", "solicitor", "procurator", "counsel", "controller"}


def _office_of_an_official(doc, tok) -> bool:
    """Whether a lower-case "office" is the office of a capitalised official ("the U.S. Attorney's
    office", "the Tokyo District Prosecutor's office", "the Inspector General's office"), a body
    named as written; not a person's office ("Ortan's office") nor one of a firm."""
    if tok.lower_ != "office" or tok.i < 2 or not is_possessive(doc[tok.i - 1]):
        return False
    holder = doc[tok.i - 2]
    return holder.text[:1].isupper() and holder.lower_ in OFFICE_HOLDER_WORDS


def _uncovered_name(doc, tok, covered) -> tuple[int, int] | None:
    """The proper-noun name headed by `tok` (with its compounds), if no candidate covers it."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i in covered:
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == tok \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    if any(i in covered for i in range(start, tok.i + 1)):
        return None
    return start, tok.i + 1


def outlets_named_before_their_kind(doc, cands: list[Candidate], headlines) -> list[Candidate]:
    """"Wired magazine editor X", "Fortune magazine once called her ...": one to three capitalised
    words right before a lowercase kind of outlet name that outlet (the model leaves them untagged,
    or reads "Wired" as a verb); not a nationality or a day ("British magazine", "Sunday newspaper")."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in OUTLET_KIND_NOUNS or not tok.is_lower or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and not doc[start - 1].is_stop \
                and doc[start - 1].ent_type_ not in ("NORP", "GPE", "DATE", "PERSON") \
                and doc[start - 1].lower_ not in CALENDAR_WORDS:
            start -= 1
        if start == tok.i or any(i in covered for i in range(start, tok.i)) \
                or any(a <= doc[start].idx < b for a, b in headlines):
            continue
        span = doc[start:tok.i]
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="MediaOutlet", confidence=ENTITY_FOUND_BESIDE_NAME))
        covered.update(range(span.start, span.end))
    return out


# Nouns for what one owns of a firm: "shares of X", "a stake in X".
SHARE_NOUNS = {"share", "stock", "stake", "shareholder", "holding"}


def skipped_names(doc, cands: list[Candidate], headlines) -> list[Candidate]:
    """Names the small model skipped in reliable places: a list with other names of one type
    ("Apple, Amazon and Facebook"), an affiliation ("a senior economist at Natixis"), a union after
    the noun that says it is one ("trade union Unite") and a firm owned in shares ("shares of
    Safaricom", "a stake in Tarnwell")."""
    covered = set()
    for c in cands:
        covered.update(range(c.start, c.end))
    out = []
    for c in list(cands):
        if c.type not in ("Company", "Person", "Place", "Organization", "MediaOutlet") or c.in_headline:
            continue
        root = doc[c.start:c.end].root
        for conj in root.conjuncts:
            found = _uncovered_name(doc, conj, covered)
            if found and found[1] - found[0] == 1 and (conj.ent_type_ in ("NORP", "LANGUAGE")
                                                       or conj.lower_ in LANGUAGE_NAMES):
                continue  # "in Russian, Urdu and Pashto": languages beside a language the model called a place
            if found and all(t.lower_ in PERSON_TITLES for t in doc[found[0]:found[1]]):
                continue  # "acting President and Prime Minister X": a title coordinated with a title
            if found and conj.lower_ in PERSON_TITLES and c.type == "Person":
                continue  # "Former Tarn CEO and President X": a firm's title beside the holder's name, no name
            if found:
                span = doc[found[0]:found[1]]
                out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char,
                                     c.label, type=c.type, confidence=ENTITY_FOUND_BESIDE_NAME))
                covered.update(range(span.start, span.end))
    for tok in doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "of", "with") \
                or tok.head.head.lemma_.lower() not in AFFILIATION_NOUNS:
            continue
        found = _uncovered_name(doc, tok, covered)
        if not found or any(a <= tok.idx < b for a, b in headlines):
            continue
        if doc[found[0]:found[1]].text.lower() in COMPANY_ORGANS | {"board"}:
            continue  # "Chairman of the Board": the firm's own board, no name
        if any(c.type == "Person" and c.start == found[1] for c in cands):
            continue  # "Director of Enforcement Karen Wells": the end of a title, then the name
        owner = next((c for c in cands if c.end + 1 == found[0] and is_possessive(doc[c.end])
                      and c.type in ("Company", "Organization")), None)
        if owner is not None:
            found = (owner.start, found[1])  # "Moody's Capital Markets": the firm's longer name
        out.append(_firm_found_beside(doc, found))
        covered.update(range(found[0], found[1]))
    # a union named after the noun that says it is one: "trade union Unite", "the farmers' union Agrifront"
    for tok in doc:
        if tok.i == 0 or doc[tok.i - 1].lower_ not in ("union", "unions") or not doc[tok.i - 1].is_lower \
                or tok.pos_ != "PROPN" or any(a <= tok.idx < b for a, b in headlines):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and end - tok.i < 4 \
                and doc[end].ent_type_ not in ("DATE", "TIME"):
            end += 1
        named = next((c for c in cands if c.start == tok.i), None)
        if named is not None and named.gaz is None and named.type == "Company":
            named.type, named.cls = "Organization", None  # the model's firm is the union the noun says it is
        if any(i in covered for i in range(tok.i, end)):
            continue
        span = doc[tok.i:end]
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="Organization", confidence=ENTITY_FOUND_BESIDE_NAME))
        covered.update(range(span.start, span.end))
    # a firm owned in shares: "shares of Safaricom", "a stake in Tarnwell", "Tarnwell's shares",
    # "Tarnwell shares" (a proper noun: "Bank shares" is a sector)
    for tok in doc:
        if tok.pos_ != "PROPN" or any(a <= tok.idx < b for a, b in headlines):
            continue
        owned = tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and tok.head.head.lemma_.lower() in SHARE_NOUNS
        held = tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in ("share", "stock") \
            and tok.head.pos_ == "NOUN" and tok.head.i > tok.i and not tok.is_sent_start
        found = _uncovered_name(doc, tok, covered) if owned or held else None
        if not found or found[1] - found[0] == 1 and doc[found[0]].lower_ in CALENDAR_WORDS:  # "shares of May"
            continue
        out.append(_firm_found_beside(doc, found))
        covered.update(range(found[0], found[1]))
    # a firm its description follows in apposition: "Drevan, the nation's largest brewer,", "Halcyra,
    # the state-owned oil company,"
    for tok in doc:
        if tok.pos_ != "PROPN" or not described_as_firm(tok) or any(a <= tok.idx < b for a, b in headlines):
            continue
        found = _uncovered_name(doc, tok, covered)
        if not found:
            continue
        out.append(_firm_found_beside(doc, found))
        covered.update(range(found[0], found[1]))
    # a firm named right after the noun that says it is one: "the German carmaker Vollo", "budget
    # airline Skyhop" (the model often leaves a name it does not know untagged there)
    for tok in doc:
        noun = doc[tok.i - 1] if tok.i else None
        if tok.pos_ != "PROPN" or noun is None or noun.pos_ != "NOUN" or not noun.is_lower \
                or noun.lemma_ not in FIRM_NOUNS_BEFORE_A_NAME or tok.head.i != noun.i \
                or any(a <= tok.idx < b for a, b in headlines):
            continue
        found = _uncovered_name(doc, tok, covered)
        if not found or found[0] != tok.i:
            continue
        out.append(_firm_found_beside(doc, found))
        covered.update(range(found[0], found[1]))
    # index names written as capitals and their number: "CAC-40", "IBEX 35", "KOSPI-200"
    for tok in doc:
        if tok.i in covered or any(a <= tok.idx < b for a, b in headlines):
            continue
        m = INDEX_CODE.fullmatch(tok.text)
        if m and tok.text.lower() not in NOT_ENTITIES:
            out.append(Candidate(tok.i, tok.i + 1, tok.text, tok.idx, tok.idx + len(tok.text), "ORG",
                                 type="MarketIndex", cls="MarketIndex", confidence=ENTITY_FOUND_BESIDE_NAME))
            covered.add(tok.i)
    return out


def _firm_found_beside(doc, found: tuple[int, int]) -> Candidate:
    """A name the words beside it show to be a firm's ("an economist at X", "shares of X", "X, the
    nation's largest brewer,"), typed by its own words where they tell more ("X Bank")."""
    span = doc[found[0]:found[1]]
    kind, cls = type_by_words(span.text)
    return Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                     type=kind or "Company", cls=cls, confidence=ENTITY_FOUND_BESIDE_NAME)


INDEX_CODE = re.compile(r"[A-Z]{3,6}-\d{2,3}")


def repeated_names(doc, cands: list[Candidate], headlines, blocked: set[int] = frozenset()) -> list[Candidate]:
    """Other occurrences of names already found that the model did not tag again: the same
    words ("Raman said"), a person's surname or given name, or the initials of a long name ("BI"
    after "Business Insider"). Alias resolution decides later whom each one names."""
    covered = set(blocked)
    for c in cands:
        covered.update(range(c.start, c.end))
    forms: dict[tuple[str, ...], Candidate] = {}
    for c in cands:
        if not c.type or c.in_title:
            continue  # ("Finance" of "Finance Minister Ana Ruiz" is a word of her title, not a name to find again)
        toks = tuple(t.text for t in doc[c.start:c.end])
        forms.setdefault(toks, c)
        if c.type == "Person":
            parts = [t for t in doc[c.start:c.end] if t.text[:1].isupper() and len(t.text) > 1 and t.text[-1] != "."]
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    forms.setdefault((part.text,), c)
        elif c.type != "Place" and c.end - c.start > 1 and not any(
                t.is_upper and len(t) > 1 and t.is_alpha for t in doc[c.start:c.end]):
            # (a name with an acronym in it has no initials of its own: "MPLA party" is no "MP")
            letters = initials(c.text)
            if 2 <= len(letters) <= 6 and letters.lower() not in PARTY_PEOPLE_NOUNS | PERSON_TITLES:
                forms.setdefault((letters,), c)
        if c.type == "Company" and c.gaz is None:
            for short in _without_legal_form(doc, c):
                forms.setdefault(short, c)
        first = doc[c.start]
        if c.type in ("Company", "Organization") and c.gaz is None and c.end - c.start > 1 and first.is_alpha \
                and first.is_upper and 2 <= len(first) <= 6 and not doc[c.start + 1].is_upper:
            forms.setdefault((first.text,), c)  # "IKB" after "IKB Deutsche Industriebank": the letters it opens with
    # "the Commission" after "the European Commission": a body's head word alone, capitalised,
    # is that body when the article names only one body with that head
    heads: dict[str, list[Candidate]] = {}
    for c in cands:
        words = [t for t in doc[c.start:c.end]]
        if len(words) < 2:
            continue
        lower = [t.lower_ for t in words]
        head = words[lower.index(name_head(lower))]
        if head.lower_ not in SHORTENED_HEADS or not head.text[:1].isupper():
            continue
        same = heads.setdefault(head.text, [])
        if all(name_key(d.text) != name_key(c.text) and (c.gaz is None or d.gaz is not c.gaz) for d in same):
            same.append(c)
    head_forms = set()
    for head, bodies in heads.items():
        if len(bodies) == 1 and bodies[0].type in ("GovernmentBody", "Organization"):
            forms.setdefault((head,), bodies[0])
            head_forms.add((head,))
    # a firm's short name may take over what the model made of its words ("Arctic" a place and
    # "Vale" a person, in "Arctic Lithium's founder" and "Vale chief executive ..." after
    # "Arctic Lithium Corp" and "Vale SA"): those mentions are the firm's
    absorbable = {}
    for c in cands:
        if c.gaz is None or c.type == "Place" and c.gaz.type == "Place":
            if c.type in ("Person", "Place") and c.end - c.start <= 2 and not (
                    c.type == "Person" and reads_as_a_person(doc, c)):
                # (not "chairman Harlan Voss" after "Harlan Voss Corp.": the founder the firm is named for)
                for j in range(c.start, c.end):
                    absorbable[j] = c
    out = []
    longest = max((len(f) for f in forms), default=0)
    i = 0
    while i < len(doc):
        if (i in covered and i not in absorbable) or not doc[i].text[:1].isupper():
            i += 1
            continue
        match = None
        for n in range(min(longest, len(doc) - i), 0, -1):
            toks = tuple(t.text for t in doc[i:i + n])
            if toks in forms and not any(j in covered for j in range(i, i + n)):
                match = (n, forms[toks], False)
                break
            inside = [absorbable.get(j) for j in range(i, i + n) if j in covered]
            if toks in forms and forms[toks].type == "Company" and inside and all(inside) \
                    and all(i <= c.start and c.end <= i + n for c in inside) \
                    and any(form != toks and form[:len(toks)] == toks for form in forms if forms[form] is forms[toks]):
                taken = {id(c) for c in inside}
                cands[:] = [c for c in cands if id(c) not in taken]
                match = (n, forms[toks], True)
                break
        if match is None:
            i += 1
            continue
        n, template, tagged = match
        span = doc[i:i + n]
        if n == 1 and span[0].pos_ != "PROPN" and not span.text.isupper() and not tagged:
            i += 1
            continue
        c = Candidate(span.start, span.end, span.text, span.start_char, span.end_char, template.label,
                      type=template.type, cls=template.cls,
                      gaz=template.gaz if span.text == template.text or tuple(t.text for t in span) in head_forms else None,
                      confidence=ENTITY_REPEATED_NAME)
        c.in_headline = any(a <= c.start_char < b for a, b in headlines)
        out.append(c)
        covered.update(range(span.start, span.end))
        i += n
    return out


# Head words a body is often called by alone once named ("the Commission", "the Ministry").
SHORTENED_HEADS = {"commission", "ministry", "council", "parliament", "agency", "authority", "bureau", "committee",
                   "department", "court", "tribunal", "administration"}


def _without_legal_form(doc, c: Candidate) -> list[tuple[str, ...]]:
    """"Vale SA" -> ("Vale",); "Arctic Lithium Corp." -> ("Arctic", "Lithium"): the words of a
    firm's name before its legal form, the short name an article goes on to use."""
    toks = [t for t in doc[c.start:c.end]]
    if len(toks) < 2 or not is_legal_form(toks[-1].text):
        return []
    words = toks[:-1]
    while words and words[-1].text in (",", "&"):
        words = words[:-1]
    if not words or (len(words) == 1 and words[0].pos_ != "PROPN"):
        return []
    return [tuple(t.text for t in words)]


def lowercase_units(doc, cands: list[Candidate]) -> list[Candidate]:
    """Units named in lower case after their parent body: "the Senate banking committee", "the
    White House office of trade and manufacturing policy". The parent's name inside is part of
    the unit's name."""
    out = []
    for c in list(cands):
        if c.type != "GovernmentBody":
            continue
        j = c.end
        while j < len(doc) and j - c.end < 4 and doc[j].text.islower() and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") \
                and doc[j].lower_ not in BODY_UNITS:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in BODY_UNITS or not doc[j].text.islower():
            continue
        end = j + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "on", "for") and doc[end + 1].text.islower() \
                and doc[end + 1].pos_ in ("NOUN", "ADJ"):
            k = end + 1
            while k < len(doc) and doc[k].text.islower() and (doc[k].pos_ in ("NOUN", "ADJ") or doc[k].lower_ == "and"):
                k += 1
            if doc[k - 1].lower_ != "and":
                end = k
        span = doc[c.start:end]
        cls = "Legislature" if c.cls == "Legislature" else None
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="GovernmentBody", cls=cls, confidence=ENTITY_FOUND_BY_HEAD_WORD))
        cands[:] = [d for d in cands if d is not c]
    return out


# Lower-case chambers and standing bodies a text names by their function words alone, with the
# words one of them needs right before its head: "the lower house", "the upper chamber", "the
# bank's monetary policy committee", "the national executive committee", "its governing council".
NAMED_CHAMBER_HEADS = {
    "house": {"lower", "upper"},
    "chamber": {"lower", "upper"},
    "committee": {"policy", "executive", "central", "standing", "working"},
    "council": {"governing", "executive"},
}


def chambers_by_function(doc, cands: list[Candidate]) -> list[Candidate]:
    """A legislature's chamber or a body's standing committee named in lower case by the words
    that make it one body: "the lower house (of parliament)", "the upper chamber", "the bank's
    monetary policy committee", "the party's national executive committee", "the 23-member
    governing council". Only a definite one (after "the", a possessive or "its"): "a policy
    committee", "an upper house" and "the house" are none; the owner ("the bank's") stays an
    entity of its own, and a name the model tagged ("Monetary Policy Committee") wins."""
    out = []
    covered = {i for c in cands for i in range(c.start, c.end)}
    for tok in doc:
        needed = NAMED_CHAMBER_HEADS.get(tok.lower_)
        if needed is None or not tok.text.islower() or tok.tag_ not in ("NN", "NNP") or tok.i in covered:
            continue
        j = tok.i
        while j > 0 and tok.i - j < 3 and doc[j - 1].text.islower() and doc[j - 1].is_alpha \
                and doc[j - 1].pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and doc[j - 1].lower_ not in ("the", "its", "a", "an") \
                and not (j > 1 and doc[j - 2].text == "-"):
            j -= 1
        mods = [t.lower_ for t in doc[j:tok.i]]
        if not mods or mods[-1] not in needed and not (tok.lower_ == "committee" and "policy" in mods):
            continue
        if tok.lower_ in ("house", "chamber"):
            j = tok.i - 1  # "the powerful lower house": the chamber is the lower house
        # definite: "the", a possessive, "its" before the words (a number or an adjective between)
        k = j - 1
        while k >= 0 and (doc[k].like_num or doc[k].text == "-" or doc[k].pos_ == "ADJ" and doc[k].text.islower()
                          or k > 0 and doc[k - 1].text == "-" or doc[k + 1].text == "-"):
            k -= 1
        if k < 0 or not (doc[k].lower_ in ("the", "its", "their") or is_possessive(doc[k])):
            continue
        if any(i in covered for i in range(j, tok.i + 1)):
            continue
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("parliament", "congress"):
            end += 2
        span = doc[j:end]
        cls = "Legislature" if tok.lower_ in ("house", "chamber") else None
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="GovernmentBody", cls=cls, confidence=ENTITY_FOUND_BY_HEAD_WORD, worded=True))
        covered.update(range(span.start, span.end))
    return out


def collective_bodies(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """A place's collective officials as one body: "China's financial regulators", "Seoul
    prosecutors", "Hong Kong authorities". A place word that is only part of such a name
    ("Seoul" in "Seoul prosecutors") is no longer a mention of the place."""
    out = []
    taken = {(c.start, c.end) for c in cands}
    for tok in doc:
        if tok.lower_ not in COLLECTIVE_BODIES or tok.tag_ != "NNS":
            continue
        left = [t for t in tok.lefts if t.dep_ in ("poss", "amod", "compound", "nmod")]
        place = [t for t in left if gaz.country_of_demonym(t.text) is not None
                 or t.ent_type_ in ("GPE", "NORP") and (gaz.country_of_demonym(doc[t.left_edge.i:t.i + 1].text)
                                                         or tok.lower_ != "regulators")]
        if not place:
            continue
        start = min(t.left_edge.i for t in place)
        if doc[start].lower_ == "the":
            start += 1
        span = doc[start:tok.i + 1]
        if (span.start, span.end) in taken:
            continue
        if gaz.lookup(span.text) is not None:
            continue  # "Chinese authorities": the gazetteer's national government
        kind, cls = COLLECTIVE_BODIES[tok.lower_]
        if cls is not None and not any(is_possessive(t) for t in span) and any(
                c.type == "GovernmentBody" and (c.cls == cls or c.gaz is not None and cls in c.gaz.classes)
                for c in cands):
            # "U.S. prosecutors said" in an article that names a prosecutor's body: no second body, and
            # the country inside is no mention of its own
            _absorb(cands, span, ("Place",))
            continue
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind, cls=cls, confidence=ENTITY_FOUND_BY_HEAD_WORD))
        _absorb(cands, span, ("Place", "GovernmentBody"))
    return out


def _absorb(cands: list[Candidate], span, kinds: tuple[str, ...]) -> None:
    """A place (or body) written inside a body's name without a possessive ("Seoul prosecutors",
    "the central bank of Nigeria") is part of that name, no mention of its own; with one
    ("China's regulators") it stays."""
    if not any(is_possessive(t) for t in span):
        cands[:] = [c for c in cands if not (span.start <= c.start and c.end <= span.end and c.type in kinds)]


# Lower-case heads of a country's own bodies, with the words one of them needs before it
# ("central bank", "finance ministry"; None: the head alone will do), their type and class.
NATIONAL_BODY_HEADS = {
    "bank": ({"central"}, "CentralBank"),
    "ministry": (PORTFOLIOS, "Ministry"),
    "parliament": (None, "Legislature"),
    "legislature": (None, "Legislature"),
    "cabinet": (None, None),
    "government": (None, "NationalGovernment"),
    "commission": ({"election", "electoral", "securities", "competition", "anti-corruption", "planning", "trade"},
                   "Regulator"),
    "court": ({"supreme", "constitutional", "high"}, "Court"),
    "office": ({"presidential"}, None),  # "Korea's presidential office"
}


def national_bodies(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """A country's body named in lower case after the country: "Argentina's central bank",
    "the Turkish finance ministry", "the central bank of Nigeria", "Kenya's parliament" (a
    regulator so named introduces the body named next: see `description_mentions`). The
    gazetteer's entry when it knows the form; otherwise a government body named as written.
    A country inside such a name without a possessive ("the central bank of Nigeria") is part
    of the name, not a mention of its own."""
    out = []
    taken = {(c.start, c.end) for c in cands}
    covered = {i for c in cands for i in range(c.start, c.end) if c.type != "Place"}
    for tok in doc:
        rule = NATIONAL_BODY_HEADS.get(tok.lower_)
        if rule is None or not tok.text.islower() or tok.tag_ not in ("NN", "NNP") or tok.i in covered:
            continue
        needed, cls = rule
        mods = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod") and t.text.islower()]
        if needed is not None and not any(t.lower_ in needed for t in mods):
            continue
        # "Brazil's finance ministry": the parser may hang the country on the modifier
        place = [t for head in (tok, *mods) for t in head.lefts if t.dep_ in ("poss", "amod", "compound", "nmod")
                 and gaz.country_of_demonym(doc[t.left_edge.i:t.i + 1].text) is not None]
        if not place:
            place = _possessor_written_before(doc, gaz, min([t.i for t in mods] + [tok.i]))
        start, end = None, tok.i + 1
        country = None
        if place:
            start = min(t.left_edge.i for t in place)
            country = gaz.country_of_demonym(doc[place[0].left_edge.i:place[0].i + 1].text)
        else:
            of = [t for t in tok.rights if t.dep_ == "prep" and t.lower_ == "of"]
            country = [t for t in (of[0].children if of else []) if t.dep_ == "pobj"
                       and gaz.country_of_demonym(doc[t.left_edge.i:t.i + 1].text) is not None]
            if not country:
                bare = _bare_body(doc, tok, covered, taken) or _bare_central_bank(doc, tok, mods, cands, covered, taken)
                if bare is not None:
                    out.append(bare)
                continue
            start = min([t.left_edge.i for t in mods] + [tok.i])
            end = country[0].i + 1
            country = gaz.country_of_demonym(doc[country[0].left_edge.i:end].text)
        if doc[start].lower_ == "the":
            start += 1
        span = doc[start:end]
        if (span.start, span.end) in taken or any(i in covered for i in range(span.start, span.end)):
            continue
        entry = gaz.lookup(span.text) or _known_without_status(gaz, span) or (
            _central_bank_of(gaz, country) if cls == "CentralBank" else None)
        kind, fine = (entry.type, entry.finer_class) if entry else ("GovernmentBody", cls)
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind, cls=fine, gaz=entry, confidence=ENTITY_FOUND_BY_HEAD_WORD, worded=entry is None))
        _absorb(cands, span, ("Place",))
    return out


def _possessor_written_before(doc, gaz: Gazetteer, first: int) -> list:
    """The country written with "'s" right before a body's words, where the parser hung it on a later
    noun ("Brazil's central bank chief X": "Brazil's" read as X's possessor): its last token, as the
    parser's own possessor would be."""
    if first < 2 or doc[first - 1].text not in ("'s", "’s"):
        return []
    owner = doc[first - 2]
    ent = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
    text = ent.text if ent is not None and ent.end == owner.i + 1 else owner.text
    return [owner] if gaz.country_of_demonym(text) is not None and owner.text[:1].isupper() else []


# words of a body's time, not its name: "India's new government", "Egypt's former government"
BODY_STATUS_WORDS = {"new", "former", "previous", "current", "interim", "incoming", "outgoing", "caretaker",
                     "transitional", "present"}


def _known_without_status(gaz: Gazetteer, span) -> object | None:
    """The gazetteer's entry for a country's body named with a word of its time ("India's new
    government" is the Indian government, "Egypt's former government" Egypt's), so the body is one
    entity however the article dates it."""
    kept = [t for t in span if t.lower_ not in BODY_STATUS_WORDS]
    return gaz.lookup("".join(t.text_with_ws for t in kept).strip()) if len(kept) < len(span) else None


# Heads of a country's bodies an article about one country names alone ("the bill passed in
# parliament", "the cabinet's decision")
BARE_BODY_HEADS = {"parliament", "legislature", "cabinet"}
# Nouns whose "of parliament" names a part, a seat or a member, not the body acting ("the lower
# house of parliament", "a member of parliament", "the speaker of parliament")
PART_OF_BODY_NOUNS = {"house", "chamber", "member", "members", "speaker", "session", "seat", "seats", "floor",
                      "building", "dissolution", "majority", "approval", "vote", "president", "leader"}


def _bare_body(doc, tok, covered: set[int], taken: set[tuple[int, int]]) -> Candidate | None:
    """A legislature or cabinet named by its head word alone, in lower case, as the body itself
    ("lawmakers approved the bill in parliament", "protesters stormed parliament", "the cabinet's
    decision"; with a regional adjective, "the Norrish parliament"): a government body named as
    written. Not a modifier ("cabinet nominees", "parliament building"), a plural, a part or a
    member of it ("the lower house of parliament", "a member of parliament"), one a determiner
    other than "the" makes any ("a parliament", "each cabinet"), one named by its leader ("the
    cabinet of Prime Minister X": the leader's government), nor one with an owner who is
    no country ("the bloc's legislature", "his cabinet")."""
    if tok.lower_ not in BARE_BODY_HEADS or tok.tag_ != "NN" or tok.dep_ in ("compound", "amod", "nmod"):
        return None
    if tok.head.lower_ == "of" and tok.head.head.lower_ in PART_OF_BODY_NOUNS:
        return None
    if any(t.dep_ == "det" and t.lower_ != "the" or t.dep_ in ("nummod", "poss") for t in tok.lefts):
        return None  # "a parliament", "the bloc's legislature", "his cabinet": not the one body named alone
    if any(c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.children) for c in tok.rights):
        return None  # "the cabinet of Prime Minister X": the leader's government, which the text names by its leader
    start = tok.i
    adjective = [t for t in tok.lefts if t.dep_ in ("amod", "compound") and t.i == tok.i - 1
                 and t.text[:1].isupper() and t.ent_type_ in ("NORP", "GPE", "LOC")]
    if adjective:
        start = adjective[0].i  # "the Crimean parliament"
    if any(i in covered for i in range(start, tok.i + 1)) or (start, tok.i + 1) in taken:
        return None
    span = doc[start:tok.i + 1]
    cls = "Legislature" if tok.lower_ != "cabinet" else None
    return Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                     type="GovernmentBody", cls=cls, confidence=ENTITY_FOUND_BY_HEAD_WORD, worded=True)


def _bare_central_bank(doc, tok, mods, cands: list[Candidate], covered: set[int],
                       taken: set[tuple[int, int]]) -> Candidate | None:
    """"The central bank raised rates", "the country's central bank said": a central bank named
    by its words alone, in a story that names no central bank (where it names one, those words
    take it up: kg.extract.coreference), is a government body named as written."""
    if tok.lower_ != "bank" or tok.tag_ != "NN" or [t.lower_ for t in mods] != ["central"] \
            or tok.dep_ in ("compound", "amod", "nmod", "poss"):
        return None  # ("central bank governors", "the central bank's governor": a modifier, no body named)
    if any(t.dep_ == "det" and t.lower_ != "the" or t.dep_ == "nummod" for t in tok.lefts) or any(
            t.dep_ == "poss" and t.lower_ not in ("country", "nation") for t in tok.lefts):
        return None  # "a central bank", "each central bank", "its central bank", "the bloc's central bank"
    if any(c.cls == "CentralBank" or (c.gaz is not None and getattr(c.gaz, "finer_class", None) == "CentralBank")
           for c in cands):
        return None
    span = doc[mods[0].i:tok.i + 1]
    if any(i in covered for i in range(span.start, span.end)) or (span.start, span.end) in taken:
        return None
    return Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                     type="GovernmentBody", cls="CentralBank", confidence=ENTITY_FOUND_BY_HEAD_WORD, worded=True)


def _central_bank_of(gaz: Gazetteer, country) -> object | None:
    """The gazetteer's one central bank named for `country` ("Bank of Japan" for Japan,
    "Central Bank of Nigeria" for Nigeria), or None."""
    if country is None:
        return None
    names = {name.casefold() for name in country.forms}
    banks = [e for e in gaz.entries.values() if "CentralBank" in e.classes
             and any(re.search(rf"\b{re.escape(n)}\b", form.casefold()) for form in e.forms for n in names)]
    return banks[0] if len(banks) == 1 else None


# Title words after a nationality that make it name the country whose office it is
# ("Australian Prime Minister X", "Egyptian President X", "Nigerian Finance Minister X").
OFFICE_WORDS = {"president", "prime", "premier", "chancellor", "king", "queen", "emperor", "minister", "vice",
                "foreign", "finance", "trade", "economy", "defence", "defense", "interior", "deputy", "crown",
                "leader", "oil", "energy", "petroleum", "commerce", "industry"}


OFFICE_HEADS = {"president", "premier", "chancellor", "king", "queen", "emperor", "minister", "leader"}


def countries_of_office_holders(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"Australian Prime Minister Anthony Albanese": a nationality before a head of state's or
    minister's title, before a person, names the country whose office it is; the country is an
    entity even where the article never writes its name (named as the gazetteer names it)."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    people = {c.start for c in cands if c.type == "Person"}
    out = []
    skip = set()
    for tok in doc:
        # a two-word nationality first: "South African", "North Korean", "Saudi Arabian" (not "African",
        # nor "Korean" read as the other Korea's)
        two = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and \
            gaz.is_demonym(tok.text + " " + doc[tok.i + 1].text) and tok.i + 1 not in covered
        if tok.i in skip or tok.i in covered or not tok.text[:1].isupper() or not (two or gaz.is_demonym(tok.text)):
            continue
        width = 2 if two else 1
        if two:
            skip.add(tok.i + 1)
        j = tok.i + width
        # ("North Korean leader Kim Jong Un": the office may be in lower case when the holder follows)
        while j < len(doc) and j - tok.i <= 3 + width and doc[j].lower_ in OFFICE_WORDS:
            j += 1
        if j > tok.i + width and doc[j - 1].text.islower() and (
                doc[j - 1].lower_ not in OFFICE_HEADS or j not in people):
            j = tok.i + width  # (a lower-case office only right before its holder; "the X finance minister, Y," below)
        if j == tok.i + width and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            # "the Kenyan finance minister, Joseph Mbeki,": the office in lower case, the holder
            # in apposition after a comma
            while j < len(doc) and j - tok.i <= 3 and doc[j].lower_ in OFFICE_WORDS:
                j += 1
            if doc[j - 1].lower_ not in OFFICE_HEADS or j + 1 >= len(doc) or doc[j].text != ",":
                continue
            j += 1
        if j == tok.i + width or j not in people:
            continue
        span = doc[tok.i:tok.i + width]
        country = gaz.country_of_demonym(span.text)
        out.append(Candidate(tok.i, tok.i + width, span.text, span.start_char, span.end_char, "GPE",
                             type="Place", cls=country.finer_class, gaz=country, confidence=ENTITY_FOUND_BESIDE_NAME))
    return out


def places_of_firms(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """Capitalised names the model missed where a firm is placed: before "-based" ("the
    Stavanger-based lender") or after "based in" / "headquartered in" ("a firm based in Cluj")."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in SITE_PARTICIPLES:
            continue
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_:
            end = tok.i - 1  # "Stavanger-based": the name ends before the hyphen
            start = end
            while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
                start -= 1
        elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in":
            start = end = tok.i + 2  # "based in Cluj": the name starts after "in"
            while end < len(doc) and end - start < 3 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                end += 1
        else:
            continue
        if start == end or any(i in covered for i in range(start, end)):
            continue
        span = doc[start:end]
        entry = gaz.lookup(span.text)
        if entry is not None and entry.type != "Place":
            continue
        if entry is None and end - start == 1 and capitalised_only_where_all_words_are(doc, doc[start]):
            continue  # "Corruption-Based Fraud" in a headline: a word every word there capitalises
        covered.update(range(start, end))
        out.append(Candidate(start, end, span.text, span.start_char, span.end_char, "GPE", type="Place",
                             cls=entry.finer_class if entry else None, gaz=entry, confidence=ENTITY_STRONG_CONTEXT_CUE,
                             cue=True))
    return out


# titles of office written right before a holder's name ("Judge Ana Ruiz", "Senator Ivo Pelt")
# (the entity typer's titles before a person, and the offices it leaves out)
OFFICE_TITLES_BEFORE_A_NAME = TITLES_BEFORE_A_PERSON | {
    "justice", "magistrate", "sen", "director", "chairwoman", "chair", "premier", "chancellor", "congressman",
    "congresswoman", "representative", "rep", "attorney"}


def people_by_context(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """A run of two to four capitalised words that speaks ("Ana Ruiz said", "said Deepak
    Parekh", "told ... , Luiz Fernando Alves said"), is described as a person ("Sofia Marquez,
    a lawyer for ...") or follows a capitalised title ("by U.S. District Judge Lena Okafor") is a
    person's name, whatever the model made of its words ("Sofia" a
    place, "Lima" a capital). Names the gazetteer knows, and names ending in a firm's or a
    body's word, are left alone."""
    covered = {i: c for c in cands for i in range(c.start, c.end)}
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.is_alpha) \
                or (i in covered and not _misread_name_part(covered[i])) \
                or ends_in_charge_title(doc, i):
            i += 1  # "Special Agent in Charge Omar Reyes": "Charge" ends the title
            continue
        j = i
        while j < len(doc) and j - i < 4 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and doc[j].is_alpha \
                and not (j > i and doc[j].is_sent_start):
            j += 1
        span = doc[i:j]
        titles = [t.i for t in span if t.lower_.rstrip(".") in PERSON_TITLES or t.lower_ in PERSON_ROLE_NOUNS]
        if titles:
            # "Special Agent", "Finance Minister": a title, not a name; the name may follow it
            # ("said BBG Chair Jeff Shell", "lawmaker Ana Ruiz")
            i = titles[-1] + 1
            continue
        # (or stands right after a capitalised title of office and opens with a given name: "by U.S.
        # District Judge Ana Ruiz"; not "Bank Secrecy Act", "Sanctions Target" in a headline)
        after_title = span.start > 0 and doc[span.start - 1].text[:1].isupper() \
            and doc[span.start - 1].lower_.rstrip(".") in OFFICE_TITLES_BEFORE_A_NAME and span[0].lower_ in given_names()
        if not 2 <= len(span) <= 4 or span[-1].lower_ in COMPANY_HEADS | INSTITUTION_HEADS \
                or gaz.lookup(span.text) is not None or not (_speaks_or_is_described(doc, span) or after_title):
            i += 1
            continue
        inside = {id(c): c for k in range(span.start, span.end) if k in covered for c in [covered[k]]}
        person = next(iter(inside.values())) if len(inside) == 1 else None
        if person is not None and person.type == "Person" and person.gaz is None and person.end == span.end \
                and person.start > span.start \
                and not (span.start > 0 and doc[span.start - 1].lower_ in NAME_JOINERS | {"in"}):
            # "Tiago" + "Jose Pedro Almada": the model left out a given name before the rest
            person.start, person.text, person.start_char = span.start, span.text, span.start_char
            i = j
            continue
        titled = [c for c in inside.values() if c.start < span.start and c.end == span.end and c.gaz is None
                  and not c.worded and all(t.lower_.rstrip(".") in PERSON_TITLES or t.lower_ in PERSON_ROLE_NOUNS
                                           for t in doc[c.start:span.start])]
        if titled:
            # "Chair Jeff Rowland" read as one firm: the title, then a person's name
            cands[:] = [c for c in cands if c is not titled[0]]
            out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "PERSON",
                                 type="Person", confidence=ENTITY_FOUND_BESIDE_NAME, cue=True))
            i = j
            continue
        whole = [c for c in inside.values() if (c.start, c.end) == (span.start, span.end)]
        if whole and whole[0].type == "Place" and whole[0].gaz is None and span[0].lower_ in given_names() \
                and span[0].lower_ not in _PLACE_NAME_OPENERS:
            # "Pia Lund wrote": a given name and a town's name that speak are a person's name
            whole[0].type, whole[0].label, whole[0].cls = "Person", "PERSON", None
            whole[0].confidence, whole[0].cue = ENTITY_FOUND_BESIDE_NAME, True
            i = j
            continue
        if any(c.start < span.start or c.end > span.end for c in inside.values()) \
                or any(c.type == "Person" or (c.start, c.end) == (span.start, span.end) for c in inside.values()) \
                or any(c.gaz is not None and c.start == span.start and span[0].lower_ not in GIVEN_NAMES
                       and not _described_by_a_role(doc, span) for c in inside.values()):
            # the model read the whole run as one name already, or it begins with a known place
            # that is no given name ("Dubai World", unlike "Sofia Marquez")
            i = j
            continue
        cands[:] = [c for c in cands if id(c) not in inside]
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "PERSON",
                             type="Person", confidence=ENTITY_FOUND_BESIDE_NAME, cue=True))
        i = j
    return out


# "X, who goes by his nom de guerre Y", "X, better known as Y", "X (a.k.a. Y)": Y is X's other name
_OTHER_NAME_MARKER = re.compile(
    r"^[,(]?\s*(?:who\s+(?:is\s+|was\s+)?(?:goes|went)\s+by\s+(?:(?:his|her|the)\s+)?"
    r"(?:(?:nom\s+de\s+guerre|nickname|name|pseudonym)\s+(?:of\s+)?)?"
    r"|(?:who\s+is\s+|who\s+was\s+)?(?:better\s+|also\s+|widely\s+|popularly\s+|commonly\s+)?known\s+as\s+"
    r"|a\.k\.a\.?\s+|aka\s+|alias\s+|nicknamed\s+|(?:his|her)\s+nom\s+de\s+guerre\s+)$", re.I)


def people_known_by_another_name(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Ana Maria de Sousa, who goes by her nom de guerre Lua Matak, ...", "Omar Haddad, better
    known as Abu Omar", "Ivo Sand (a.k.a. Ivo the Bold)": the name after the marker is another
    name of the same person, whether or not the model found it; its later mentions ("Matak
    said") are then that person's. People only: "a firm known as X" is the business-names rule's."""
    out = []
    covered = {(c.start, c.end): c for c in cands}
    for c in list(cands):
        if c.type != "Person" and c.label != "PERSON":
            continue
        sent_end = doc[c.start].sent.end
        for j in range(min(sent_end, c.end + 10) - 1, c.end, -1):  # the longest marker first
            if not _OTHER_NAME_MARKER.match(doc[c.end:j].text + " "):
                continue
            k = j
            while k < sent_end and k - j < 5 and (doc[k].is_alpha and doc[k].text[:1].isupper()
                                                   or doc[k].lower_ in NAME_PARTICLES and k > j):
                k += 1
            while k > j and doc[k - 1].lower_ in NAME_PARTICLES:
                k -= 1
            if k == j:
                break
            other = covered.get((j, k))
            if other is not None:
                if other.type in ("Person", None) or other.label == "PERSON" or other.gaz is None:
                    other.acronym_of, other.type, other.label = c, "Person", "PERSON"
            else:
                span = doc[j:k]
                new = Candidate(j, k, span.text, span.start_char, span.end_char, "PERSON", type="Person",
                                confidence=ENTITY_FOUND_BESIDE_NAME, cue=True)
                new.acronym_of = c
                cands[:] = [d for d in cands if not (j <= d.start < k)]
                out.append(new)
            break
    return out


# First words of place names that are also given names ("Santa Clara said", "Monte Carlo")
_PLACE_NAME_OPENERS = {"santa", "santo", "san", "monte", "saint", "st", "george", "victoria", "alexandria", "charlotte",
                       "elizabeth", "port", "fort", "mount", "lake", "cape"}


def _misread_name_part(c: Candidate) -> bool:
    """A candidate a person's name may take over: a place ("Sofia", "Lima", or its capital's
    government) or a firm the model guessed, not a person or anything else it knows."""
    if c.type not in ("Place", "Company", None):
        return False
    return c.gaz is None or c.gaz.type in ("Place", "GovernmentBody")


def _speaks_or_is_described(doc, span) -> bool:
    """"Ana Ruiz said", "said Ana Ruiz", "Ana Ruiz, an economist at ...", "Ana Ruiz told",
    "the bank's chief economist, Ana Ruiz, ..."."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_LEMMAS:
        return True
    if root.dep_ == "nsubj" and taken_up_by_he_or_she(doc, span.start, span.end):
        return True  # "Greta Vanleer works for the bank. She says ...": taken up by "he" or "she"
    if root.dep_ == "appos" and root.head.lower_ in PERSON_ROLE_NOUNS and root.head.pos_ == "NOUN" \
            and span.start > 0 and doc[span.start - 1].text == ",":
        return True  # "Norland's finance minister, Ana Ruiz, resigned": the holder of a post named before
    if set_off_after_a_post_at_a_body(doc, span.start, span.end) and span.end < len(doc) and doc[span.end].text == ",":
        return True  # "the executive director of Chile's Mining Council, Pablo Reyes, said": the post's holder
    k = span.start - 1
    while k > 0 and span.start - k <= 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "in", "for")) \
            and not doc[k].is_punct:
        k -= 1  # "said Special Agent in Charge Karen Wells": over the title to the verb
    if k >= 0 and doc[k].lemma_.lower() in SPEECH_LEMMAS and doc[k].pos_ == "VERB":
        return True
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in PERSON_ROLE_NOUNS \
            and doc[span.start - 1].dep_ == "compound" and span.start <= doc[span.start - 1].head.i < span.end:
        return True  # "opposition lawmaker Ana Ruiz voted", "Acme chairman Tom Ruiz": a post written before its holder
    if _given_name_acts(doc, span):
        return True
    return _described_by_a_role(doc, span)


def _given_name_acts(doc, span) -> bool:
    """"Ana Ferreira won the election", "Ana Ferreira was elected president", "defeating Tomas
    Vaitkus", "filed charges against Ana Ferreira": a common given name and a surname that is no
    given name, the subject or object of a verb or the object of a preposition that names a party
    to an act ("against", "with", "by", "for", "from", "to"), in a sentence of plain prose (not a
    title-case headline)."""
    root = span.root
    if len(span) < 2 or span[0].lower_ not in given_names() or span[-1].lower_ in given_names():
        return False
    party = root.dep_ == "pobj" and root.head.lower_ in ("against", "with", "by", "for", "from", "to")
    if not party and (root.dep_ not in ("nsubj", "nsubjpass", "dobj") or root.head.pos_ not in ("VERB", "AUX")):
        return False
    return not title_case(list(span.sent))


def _described_by_a_role(doc, span) -> bool:
    """"Ana Ruiz, an economist at ...", "Sydney Park, associate director at ...": a person's
    role in apposition right after the name; or by a copula ("Ana Ruiz is the chief executive of")."""
    if described_by_copula(doc, span.start, span.end):
        return True
    after = [t.lower_ for t in doc[span.end:span.end + 4]]
    if after[:1] == [","] and len(after) >= 3 and after[1] in ("a", "an", "the") \
            and any(w in PERSON_ROLE_NOUNS for w in after[2:]):
        return True
    if after[:1] == [","] and len(after) >= 3 and after[1] in PERSON_ROLE_NOUNS and after[2] in ("at", "of", "for", "with"):
        return True  # "Ana Ruiz, governor of the Bank of X", "Ivo Sand, president at Y"
    return after[:1] == [","] and len(after) >= 4 and any(w in PERSON_ROLE_NOUNS for w in after[1:3]) \
        and after[3] in ("at", "of", "for", "with")


def party_names(doc, gaz: Gazetteer, cands: list[Candidate], headlines) -> list[Candidate]:
    """Party names that do not end in "Party", typed by a political cue around them: a
    lower-case "party" after the name ("Ivo Sand's People's Front party"; the name is the words
    before it), "the ruling X", "the opposition X", "X candidate Y", "candidates from the X"; in a
    sentence about elections also "Y of the X", "the leader of the X", "X leader Y", "whose X" and
    "the X won 40 seats" (a union's vote is no election). The name is taken whole ("Farmers'
    Alliance", which the model may cut in two) and its pieces are dropped; a name the gazetteer
    knows keeps the gazetteer's type ("the African Union")."""
    out = []
    for c in list(cands):
        # "Vostra MP Pavel Dorn" taken as one name: the party, its lawmaker's title, the lawmaker
        k = next((k for k in range(c.start + 1, c.end - 2) if doc[k].lower_ in PARTY_PEOPLE_NOUNS), None)
        if k is None or c.gaz is not None or c.end - k - 1 > 3 or not all(
                t.is_alpha and t.text[:1].isupper() for t in doc[c.start:c.end] if t.i != k):
            continue
        person = doc[k + 1:c.end]
        out.append(Candidate(person.start, person.end, person.text, person.start_char, person.end_char, "PERSON",
                             type="Person", confidence=ENTITY_STRONG_CONTEXT_CUE, cue=True))
        c.end, c.text, c.end_char, c.type = k, doc[c.start:k].text, doc[k - 1].idx + len(doc[k - 1]), None
    for c in cands:
        if c.gaz is None and (c.type in ("Company", "Organization", None) and _named_as_a_party(doc, c)
                              or c.type == "GovernmentBody" and _party_noun_after(doc, c.end)
                              or c.type == "Person" and (_after_political_group(doc, c) or (
                                  _appos_of_party(doc, c) and c.start > 0 and doc[c.start - 1].text == ","))
                              or c.type in ("Person", "Place") and _after_party_stance(doc, c.start)):
            c.type, c.cls, c.confidence, c.cue = "PoliticalParty", "PoliticalParty", ENTITY_STRONG_CONTEXT_CUE, True
    out += _parties_in_parentheses(doc, gaz, cands)
    out += _acronyms_after_party_stance(doc, gaz, cands + out)
    for i, tok in enumerate(doc):
        headed = tok.lower_ in PARTY_NAME_HEADS and tok.text[:1].isupper() and tok.lower_ != "party"
        if tok.text == "party" and i > 0:
            if doc[i - 1].lower_ in LISTING_WORDS:
                continue  # "an Entity List party": a party to a transaction, named on a list
            end = i  # "People's Front party": the name ends before the lower-case head
        elif headed:
            end = i + 1
        else:
            continue
        start = _party_name_start(doc, end, cands)
        if start is None or any(a <= doc[start].idx < b for a, b in headlines):
            continue
        if headed:
            end = _name_after_head(doc, end)  # "Alliance for Change", "Union for the Republic"
        span = doc[start:end]
        words = [t for t in span if t.is_alpha]
        if not words or (len(words) < 2 and (headed or words[0].ent_type_ == "NORP" or words[0].pos_ != "PROPN")):
            continue
        if gaz.lookup(span.text) is not None or gaz.lookup(doc[start:i + 1].text) is not None:
            continue
        if not _political_cue(doc, start, end, cands):
            continue
        stop = end + 1 if end < len(doc) and doc[end].text == "party" else end
        inside = [c for c in cands if c.start < stop and c.end > start]
        if any(c.start < start and c.end > start + 1 or c.end > stop or c.gaz is not None and c.start <= start
               for c in inside):
            continue  # the name is part of a longer one, or known (a known name inside it is its tail)
        for c in inside:
            if c.start < start:  # "Ivo Sand's": the owner before the name keeps its own words
                c.end, c.text, c.end_char = start - 1, doc[c.start:start - 1].text, doc[start - 2].idx + len(doc[start - 2])
        cands[:] = [c for c in cands if not (c in inside and c.start >= start)]
        owner = next((c for c in cands if c.end == start - 1 and is_possessive(doc[start - 1])), None)
        if owner is not None and owner.gaz is None and owner.type in ("Company", "Organization") \
                and 2 <= len(owner.text.split()) <= 3:
            owner.type, owner.cls, owner.cue = "Person", None, True  # a party's owner is its leader, not a firm
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="PoliticalParty", cls="PoliticalParty", confidence=ENTITY_STRONG_CONTEXT_CUE,
                             cue=True, written=doc[start:stop].text if stop > end else None))
    return out


# Words of a sentence about governments, parliaments and their members, where a name in parentheses
# after a person's is the person's party ("Health Minister Inga Berza (New Unity)").
_POLITICAL_SENTENCE_WORDS = PARTY_PEOPLE_NOUNS | LEGISLATURE_WORDS | ELECTION_WORDS | {
    "minister", "ministers", "deputy", "deputies", "speaker", "premier", "president", "coalition", "government",
    "cabinet", "portfolio", "portfolios", "ministry", "opposition"}


_CAPTION_WORDS = {"left", "right", "center", "centre", "pictured", "file", "photo", "top", "bottom", "jr", "sr",
                  "retd", "ret", "deceased"}


def _parties_in_parentheses(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"Health Minister Inga Berza (New Unity)", "Prime Minister-designate Eva Sil (New Unity) said":
    in a sentence about a government or parliament, one to four capitalised words in parentheses
    right after a person's name are that person's party. A name the gazetteer knows keeps its own
    type, an acronym or a place stays what it is, and a party the model found there is typed so."""
    people_ends = {c.end: c for c in cands if c.type == "Person"}
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i not in people_ends:
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 7, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            continue
        inner = doc[tok.i + 1:close]
        words = [t for t in inner if t.is_alpha]
        if not words or len(words) != len(inner) or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper() \
                or all(t.is_upper for t in words) or not any(t.lower_ in _POLITICAL_SENTENCE_WORDS for t in tok.sent):
            continue
        entry = gaz.lookup(inner.text)
        if entry is not None or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") for t in inner) or all(
                t.lower_ in PORTFOLIO_WORDS | PERSON_TITLES | _CAPTION_WORDS for t in words):
            continue  # "(Finance)", "(Retd.)", "(left)": a portfolio, a title or a caption's word
        inside = [c for c in cands if c.start >= inner.start and c.end <= inner.end]
        if any(c.gaz is not None for c in inside) or any(c.start < inner.end and c.end > inner.start and c not in inside
                                                          for c in cands):
            continue
        cands[:] = [c for c in cands if c not in inside]
        out.append(Candidate(inner.start, inner.end, inner.text, inner.start_char, inner.end_char, "ORG",
                             type="PoliticalParty", cls="PoliticalParty", confidence=ENTITY_STRONG_CONTEXT_CUE,
                             cue=True))
    return out


def _acronyms_after_party_stance(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"the ruling KDP", "the opposition PML-N": an acronym the model left untagged right after a
    party's standing (see `_after_party_stance`) is that party; a hyphen with no spaces joins its
    parts."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6) or tok.i in taken \
                or not _after_party_stance(doc, tok.i):
            continue
        end = hyphen_joined_end(doc, tok.i + 1, lambda t: t.is_upper and t.is_alpha)  # "PML-N", "PP-DB"
        if any(i in taken for i in range(tok.i, end)) or tok.lower_ in NOT_ENTITIES | PARTY_PEOPLE_NOUNS | PERSON_TITLES:
            continue
        span = doc[tok.i:end]
        if gaz.lookup(span.text) is not None:
            continue  # a known name is typed by the gazetteer where the model tags it
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type="PoliticalParty", cls="PoliticalParty", confidence=ENTITY_STRONG_CONTEXT_CUE,
                             cue=True))
    return out


def _named_as_a_party(doc, c: Candidate) -> bool:
    """Any name the model found, said to be a party by the words around it: a party's people
    after it ("UNITA lawmaker Ana Brel") or the noun "party" in apposition ("the main opposition
    party, the Civic Forum,", "the Civic Forum, the largest party in parliament,")."""
    if c.end + 1 < len(doc) and doc[c.end].lower_ in PARTY_PEOPLE_NOUNS and doc[c.end + 1].text[:1].isupper() \
            and doc[c.end + 1].is_alpha:
        return True
    return _appos_of_party(doc, c) or _after_political_group(doc, c) or _after_party_stance(doc, c.start) \
        or _party_noun_after(doc, c.end)


def _party_noun_after(doc, end: int) -> bool:
    """A lower-case "party" after a name, past its short form in parentheses or a standing: "the
    Velkan Congress for Renewal (VCR) party", "the Union for Progress opposition party"."""
    j = end
    if end > 0 and doc[end - 1].lower_ in LISTING_WORDS:
        return False  # "an Entity List party", "Entity Listed parties": a party to a deal, named on a list
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper():
        j += 3
    if j < len(doc) and doc[j].is_lower and doc[j].lower_ in PARTY_STANCE_WORDS:
        j += 1
    return j > end and j < len(doc) and doc[j].text == "party" and doc[j].dep_ != "compound" \
        and not (j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN")  # not "party supplies"


def _after_party_stance(doc, start: int) -> bool:
    """A name right after "the ruling" / "the opposition" / "the governing" written in lower case,
    with a determiner before ("the ruling APC won", "leaders of the opposition PDP", "its ruling
    Unity Front"): only a party takes that standing before its name ("a court ruling" is a noun, with
    no determiner right before it)."""
    if start < 2:
        return False
    stance, det = doc[start - 1], doc[start - 2]
    return stance.lower_ in PARTY_STANCE_WORDS and stance.is_lower \
        and (det.lower_ in ("the", "its", "their", "his", "her") or det.tag_ == "POS")


def _appos_of_party(doc, c: Candidate) -> bool:
    """The noun "party" in apposition with the name: "the main opposition party, the Civic
    Forum,", "the Civic Forum, the largest party in parliament,". The common noun only: beside a
    party's own name ("the Labour Party, Ivo Sand,") stands the person who leads it."""
    root = doc[c.start:c.end].root
    if root.dep_ == "appos" and root.head.text == "party" and root.head.i < c.start:
        return True
    return any(ch.dep_ == "appos" and ch.text == "party" for ch in root.children)


def _after_political_group(doc, c: Candidate) -> bool:
    """A name right after a party's or a union of parties' noun with a political leaning or
    standing before it: "the centre-right alliance X", "the ruling coalition X", "the far-right
    party X" (nobody's own name follows "party" so, whatever the model read)."""
    if c.start < 2 or doc[c.start - 1].lower_ not in POLITICAL_GROUP_NOUNS or not doc[c.start - 1].is_lower \
            or doc[c.start].lower_.rstrip(".") in PARTY_PEOPLE_NOUNS | PERSON_TITLES:
        return False  # "his party MP Ana Brel": the party's lawmaker, not a party
    before = doc[max(0, c.start - 5):c.start - 1]
    return any(t.lower_ in POLITICAL_LEANINGS for t in before) and not any(t.is_punct and t.text != "-" for t in before)


# Nouns for a party or a union of parties before its name, and the words of a political leaning
# or standing one of them takes ("the centre-right alliance X", "the opposition bloc X").
POLITICAL_GROUP_NOUNS = {"party", "alliance", "coalition", "bloc", "movement"}
POLITICAL_LEANINGS = {"ruling", "opposition", "governing", "right", "left", "wing", "conservative", "liberal",
                      "nationalist", "populist", "socialist", "islamist", "centrist", "far", "pro", "progressive"}


def _name_after_head(doc, end: int) -> int:
    """The end of a name whose head word is followed by "for" or "of" and capitalised words
    ("Movement for Democratic Change", "League of the Patriots")."""
    if end + 1 < len(doc) and doc[end].lower_ in ("for", "of"):
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            k += 1
        if k == j + 1 and k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_alpha \
                and doc[k + 1].text[:1].isupper() and (k + 2 >= len(doc) or not doc[k + 2].text[:1].isupper()):
            k += 2  # "Union of Greens and Farmers": one word joined to one word
        if k > j:
            return k
    return end


def _party_name_start(doc, end: int, cands: list[Candidate]) -> int | None:
    """The first word of a capitalised name ending before `end`: capitalised words and plural
    possessives inside it ("Farmers' Alliance", "People's Front"), not the possessive of a name
    before it ("Ivo Sand's Green Rally")."""
    ends = {c.end for c in cands}
    j = end
    if not (doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper()):
        return None
    j -= 1
    while j > 0:
        t = doc[j - 1]
        if t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop:
            j -= 1
            if t.is_sent_start:
                break
        elif t.text in ("'", "’") and j >= 2 and doc[j - 2].text[:1].isupper() and doc[j - 2].lower_.endswith("s"):
            j -= 2  # "Farmers' Alliance"
        elif t.text in ("'s", "’s") and j >= 2 and doc[j - 2].text[:1].isupper() and doc[j - 2].is_alpha \
                and j - 1 not in ends and not (j >= 3 and doc[j - 3].is_alpha and doc[j - 3].text[:1].isupper()):
            j -= 2  # "People's Front", not "Ivo Sand's Front"
        else:
            break
    if doc[j].is_sent_start and doc[j].pos_ != "PROPN" and j < end - 1:
        j += 1  # "Opposition Green Rally ...": a capitalised first word of a sentence
    return j


def _political_cue(doc, start: int, end: int, cands: list[Candidate]) -> bool:
    """Words around the name doc[start:end] that say it is a political party."""
    after = doc[end].text if end < len(doc) else ""
    if after == "party" or after.lower() in PARTY_PEOPLE_NOUNS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        return True  # "People's Front party", "Civic Alliance candidate Pavel Dorn"
    sent = doc[start].sent
    election = any(t.lower_ in ELECTION_WORDS for t in sent)
    if election and after.lower() in ("leader", "leaders", "chairman", "chairwoman") and end + 1 < len(doc) \
            and doc[end + 1].text[:1].isupper():
        return True  # "Green Rally leader Iris Kaal lost her seat"
    head = doc[end - 1]
    if head.dep_ == "nsubj" and head.head.lemma_ in ELECTION_VERBS and head.lower_ != "union" and any(
            t.lower_ in ELECTION_WORDS for c in head.head.children if c.dep_ == "dobj" for t in c.subtree):
        return True  # "the Reform Bloc won 40 seats", "the Civic Front lost the election"
    b = start - 1
    if b >= 0 and doc[b].lower_ == "the":
        b -= 1
    if b < 0:
        return False
    if doc[b].lower_ in PARTY_STANCE_WORDS:
        return True  # "the ruling X", "the opposition X"
    if doc[b].lower_ in ("whose", "his", "her", "their") and election:
        return True  # "Ivo Sand, whose Civic Alliance lost seats"
    if doc[b].lower_ in ("of", "from", "for") and b > 0:
        owner = doc[b - 1]
        if owner.lower_ in PARTY_PEOPLE_NOUNS:
            return True  # "candidates from the X", "a lawmaker for the X"
        person = any(c.end == b and c.type == "Person" for c in cands)
        if election and (person or owner.lower_ in ("leader", "leaders", "member", "members", "head", "chairman")):
            return True  # "Lena Korr of the X won a second term", "the leader of the X lost her seat"
    return False


# A description's head -> the type of the acronym it introduces, where DESCRIPTION_TYPES allows two.
_AMBIGUOUS_HEAD_TYPES = {"bank": "Company", "group": "Organization"}


def acronyms_after_descriptions(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"the electoral commission (CENI)", "the state oil company (PDVSA)", "the ruling party (ANC)":
    an acronym in parentheses right after a lower-case description names the body described, typed
    by the description's head ("the central bank" a government body). A name the gazetteer knows
    keeps its own type; one the model took for a firm by default takes the description's."""
    out = []
    for i, tok in enumerate(doc):
        if tok.text != "(" or i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1]
        if not _unknown_acronym(acr, gaz):
            continue
        kind = _kind_described_before(doc, i)
        if kind is None:
            continue
        found = [c for c in cands if c.start == i + 1 and c.end == i + 2]
        if found:
            c = found[0]
            if c.gaz is None and c.type in ("Company", "Person", None) and kind != c.type:
                c.type, c.cls, c.confidence = kind, None, ENTITY_FOUND_BY_HEAD_WORD
            continue
        if any(c.start <= i + 1 < c.end for c in cands):
            continue
        out.append(Candidate(i + 1, i + 2, acr.text, acr.idx, acr.idx + len(acr.text), "ORG", type=kind,
                             confidence=ENTITY_FOUND_BY_HEAD_WORD))
    out += _acronyms_set_after_descriptions(doc, gaz, cands + out)
    return out


def _unknown_acronym(tok, gaz: Gazetteer) -> bool:
    """Two to seven capital letters the gazetteer does not know ("CENI", "CADE")."""
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 7 and gaz.lookup(tok.text) is None


def _kind_described_before(doc, i: int) -> str | None:
    """The type a lower-case description ending just before token `i` gives the name there ("the
    central bank (X)", "antitrust regulator X"), or None: its last word or last two words, looked
    up in DESCRIPTION_TYPES (a head of several kinds settled by _AMBIGUOUS_HEAD_TYPES)."""
    if i < 1:
        return None
    head = doc[i - 1]
    two = f"{doc[i - 2].lower_} {head.lower_}" if i >= 2 else ""
    phrase = two if two in DESCRIPTION_TYPES else head.lower_
    if not head.text.islower() or phrase not in DESCRIPTION_TYPES:
        return None
    kinds = DESCRIPTION_TYPES[phrase]
    return next(iter(kinds)) if len(kinds) == 1 else _AMBIGUOUS_HEAD_TYPES.get(phrase)


def _acronyms_set_after_descriptions(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"Brazil's antitrust regulator CADE approved ...", "the state oil company PDVSA said": an
    acronym the model left untagged right after a lower-case description, with no parentheses,
    names the body described (typed by the description's head). An acronym the gazetteer knows is
    found by it; one followed by another capitalised word is part of a longer name."""
    out = []
    covered = {j for c in cands for j in range(c.start, c.end)}
    for i, acr in enumerate(doc):
        if i < 1 or i in covered or not _unknown_acronym(acr, gaz):
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            continue
        kind = _kind_described_before(doc, i)
        if kind is None:
            continue
        out.append(Candidate(i, i + 1, acr.text, acr.idx, acr.idx + len(acr.text), "ORG", type=kind,
                             confidence=ENTITY_FOUND_BY_HEAD_WORD))
        covered.add(i)
    return out


def holders_after_elect_titles(doc, cands: list[Candidate]) -> list[Candidate]:
    """"President-elect Ana Ruiz", "Prime Minister-elect X": the two or three capitalised words
    after a title ending "-elect" are the holder's name, which the model, thrown by the hyphen,
    often leaves out."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        if tok.lower_ != "elect" or tok.i < 2 or doc[tok.i - 1].text not in ("-", "‐") \
                or doc[tok.i - 2].lower_ not in PERSON_TITLES:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                and not doc[j].is_sent_start:
            j += 1
        name = doc[tok.i + 1:j]
        # (a headline's verb is no given name: "Brazil President-Elect Promises Reform")
        if 2 <= len(name) <= 3 and not any(t.i in covered for t in name) \
                and not any(t.lower_ in PERSON_TITLES | PERSON_ROLE_NOUNS for t in name) \
                and not (english_word_or_plural(name[0]) and name[0].lower_ not in given_names()):
            out.append(Candidate(name.start, name.end, name.text, name.start_char, name.end_char, "PERSON",
                                 type="Person", confidence=ENTITY_FOUND_BESIDE_NAME, cue=True))
    return out


def holders_after_portfolios(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"Minister of Local Government and Housing Affairs Dora Kimani", "Minister for Arts and Sport
    Dylan Marsh": after a minister's title and a portfolio of several capitalised words, the two or
    three capitalised words after the portfolio's last word are its holder's name. The small model
    reads such runs as one firm, as a party and a firm ("Labour", "Social Security"), or not at all;
    what it found inside the title goes, and the holder is a person."""
    out = []
    for tok in doc:
        if tok.lower_ not in PORTFOLIO_HOLDER_TITLES or not tok.text[:1].isupper() or tok.i + 3 >= len(doc) \
                or doc[tok.i + 1].lower_ not in ("of", "for"):
            continue
        j, last_portfolio = tok.i + 2, None
        while j < len(doc) and j - tok.i < 18 and (doc[j].text[:1].isupper() and doc[j].is_alpha
                                                   or doc[j].lower_ in ("and", ",", "the", "&", "for")):
            if doc[j].lower_ in PORTFOLIO_WORDS:
                last_portfolio = j
            j += 1
        while j > tok.i + 2 and doc[j - 1].lower_ in ("and", ",", "the", "&", "for"):
            j -= 1  # "..., Energy and the Environment Keith Krach, who ...": the run ends at the name
        if last_portfolio is None:
            continue
        name = doc[last_portfolio + 1:j]
        if not 2 <= len(name) <= 3 and j - last_portfolio > 4:
            # "Assistant Secretary of Commerce for Export Enforcement Ana Ruiz": a field after "for"
            # ends the title; the holder's name is the given name and surname at the end
            tail = next((doc[j - n:j] for n in (2, 3) if doc[j - n].lower_ in given_names()
                         and doc[j - n - 1].lower_ not in given_names()), None)
            if tail is not None and any(t.lower_ == "for" for t in doc[last_portfolio + 1:tail.start]):
                name, last_portfolio = tail, tail.start - 1
        if len(name) == 3 and name[0].lower_ not in given_names() and name[1].lower_ in given_names() \
                and any(t.lower_ == "for" for t in doc[tok.i + 2:name.start]):
            name, last_portfolio = name[1:], name.start  # "... for Trade Enforcement Maria Lopez"
        known = gaz.lookup(name.text)
        if not 2 <= len(name) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in name) \
                or any(t.lower_ in PORTFOLIO_WORDS | PERSON_TITLES for t in name) \
                or known is not None and known.type != "Person":
            continue
        title = (tok.i + 2, last_portfolio + 1)
        if any(c.start == name.start and c.type == "Person" for c in cands) or \
                j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].is_alpha or doc[j].text in "-'’"):
            # "Ken Ofori-Atta": the name goes on
            cands[:] = [c for c in cands if not (title[0] <= c.start and c.end <= title[1])]
            continue
        cands[:] = [c for c in cands if not (c.start < name.end and c.end > title[0])]
        out.append(Candidate(name.start, name.end, name.text, name.start_char, name.end_char, "PERSON",
                             type="Person", confidence=ENTITY_STRONG_CONTEXT_CUE, cue=True))
    return out


def firms_by_legal_form(doc, cands: list[Candidate], headlines) -> list[Candidate]:
    """"Tenet Healthcare Corporation, operator of ...", "Ardent Grain Co. said": capitalised words
    ending in a legal form (Inc., Corp., Corporation, Ltd., LLC, plc, AG, SA ...) are a firm's
    name wherever the model left them untagged (it skips such names in long press releases that
    it tags in a short text). A run that is only a legal form or starts a headline is left alone,
    and so are words already in a candidate, but for three repairs that replace the candidates
    concerned in `cands`: a country the model tagged inside a firm's name ("Brenna [USA] LLC"), a
    person's name opening one ("[Betty Simon] Trustee LLC"), and a firm tagged without its legal
    form ("[Austal USA] LLC"), which takes the form in."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    covering = {i: c for c in cands for i in range(c.start, c.end)}
    out = []
    for tok in doc:
        by_head = tok.text in FIRM_NAME_HEADS
        if not (is_legal_form(tok.text) or by_head) or not tok.text[:1].isupper():
            continue
        own, person = covering.get(tok.i), covering.get(tok.i - 1) if tok.i > 0 else None
        if own is not None and own.start > 0 and own.start < tok.i and own.gaz is None:
            person = covering.get(own.start - 1)
        if own is not None and person is not None and person is not own and person.type == "Person" \
                and person.gaz is None and person.end == own.start and own.end <= tok.i + 2 \
                and all(_name_word(t) for t in doc[person.start:person.end]):
            # "[Betty Simon] [Trustee LLC]": a person's name opens the firm's the model split
            span = doc[person.start:own.end]
            cands.remove(person)
            cands.remove(own)
            out.append(_firm_candidate(span, ENTITY_FOUND_BY_HEAD_WORD))
            for i in range(span.start, span.end):
                covering[i] = out[-1]
            covered.update(range(span.start, span.end))
            continue
        alone = covering.get(tok.i)
        if alone is not None and alone.start == tok.i and alone.gaz is None and \
                all(t.text == "." or is_legal_form(t.text) for t in doc[alone.start:alone.end]):
            # the model tagged the legal form alone ("Halvard Brazil [LLC]"): the name is to be found
            cands.remove(alone)
            del covering[tok.i]
            covered -= set(range(alone.start, alone.end))
        if tok.i in covered:
            continue
        before = covering.get(tok.i - 1)
        if before is not None and before.type == "Company" and before.end == tok.i and before.gaz is None \
                and not doc[tok.i].is_sent_start:
            # "Austal USA LLC" tagged without its legal form: the form is part of the firm's name
            end = tok.i + 1
            if end < len(doc) and doc[end].text == "." and not tok.text.endswith(".") and _abbreviated(tok):
                end += 1
            span = doc[before.start:end]
            before.end, before.text, before.end_char = span.end, span.text, span.end_char
            covered.update(range(span.start, span.end))
            continue
        start = tok.i
        absorbed = []
        while start > 0 and tok.i - start < 5 and not doc[start].is_sent_start:
            prev = doc[start - 1]
            if start - 1 in covered:
                # a country inside a firm's name: "Brenna USA LLC", "Tarn North America Inc." (its
                # model-tagged country gives way when a capitalised word of the name comes before)
                c = covering[start - 1]
                if c.type == "Place" and c.gaz is not None and c.start > 0 and not absorbed \
                        and start == tok.i and c.start - 1 not in covered and _name_word(doc[c.start - 1]):
                    absorbed.append(c)
                    start = c.start
                    continue
                if c.type == "Person" and c.gaz is None and c.end == start and not absorbed \
                        and all(_name_word(t) for t in doc[c.start:c.end]):
                    # a person's name opens a firm's ("Betty Simon Trustee LLC", "Ada Lind Consulting Inc.")
                    absorbed.append(c)
                    start = c.start
                break
            if not (prev.text == "&" or _name_word(prev)):
                break
            start -= 1
        end = tok.i + 1
        if end < len(doc) and doc[end].text == "." and not tok.text.endswith(".") and _abbreviated(tok):
            end += 1
        span = doc[start:end]
        if start == tok.i or doc[start].text == "&" or any(a <= span.start_char < b for a, b in headlines):
            continue
        if by_head and (absorbed or all(english_word(t) for t in doc[start:tok.i])):
            continue  # "Aegerion Pharmaceuticals", not "National Industries": a coined word names the firm
        if absorbed and start == absorbed[0].start:
            continue  # the country opens the run: "USA LLC" is no name
        out.append(_firm_candidate(span, ENTITY_FOUND_BY_HEAD_WORD))
        covered.update(range(span.start, span.end))
        # (a legal form after a head word then joins the name found: "Velmora Systems Inc.")
        covering.update(dict.fromkeys(range(span.start, span.end), out[-1]))
        for c in absorbed:
            cands.remove(c)
    return out


# the business nouns that end a firm's own name before "of COUNTRY" is added to say where it is
# ("Orvex Steel of Luxembourg", "Halvard Mining of Canada"); a bank, a corporation, an authority
# or an exchange "of" a country is most often that country's institution ("Royal Bank of Canada",
# "Steel Authority of India") and keeps its whole name
FIRM_OF_COUNTRY_HEADS = COMPANY_HEADS - {
    "bank", "corporation", "corp", "corp.", "company", "co", "co.", "group", "holdings", "holding", "trust",
    "insurance", "securities", "capital", "investments", "financial", "development", "markets", "exchange",
    "management", "bancorp", "partners", "ventures", "resources", "research", "railways", "railway", "lines",
    "airways", "airlines", "air", "energy"}


def firms_of_their_country(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """"Orvex Steel of Luxembourg", "Halvard Mining of Canada": a firm's name the model ran on into
    "of" and its country is the firm, and the country a place of its own (the relations read the
    firm as in it). Names the gazetteer knows whole stay whole."""
    out = []
    for c in cands:
        if c.gaz is not None or c.type != "Company" or c.end - c.start < 4:
            continue
        words = doc[c.start:c.end]
        of = next((t.i for t in words if t.lower_ == "of"), None)
        if of is None or of - c.start < 2 or doc[of - 1].lower_ not in FIRM_OF_COUNTRY_HEADS:
            continue
        country = gaz.country_of_demonym(doc[of + 1:c.end].text)
        if country is None or gaz.lookup(c.text) is not None:
            continue
        place = doc[of + 1:c.end]
        firm = doc[c.start:of]
        c.end, c.text, c.end_char = firm.end, firm.text, firm.end_char
        out.append(Candidate(place.start, place.end, place.text, place.start_char, place.end_char, "GPE",
                             type="Place", gaz=country, confidence=ENTITY_FOUND_BY_HEAD_WORD))
    return out


def firm_names_with_countries(doc, cands: list[Candidate], gaz) -> list[Candidate]:
    """"Austal USA LLC ... Austal USA is a subsidiary of Austal Limited": a firm whose name holds a
    country ("X USA", "X North America", "X Japan") is that firm wherever the same words come again,
    though the model tags the country alone there. Candidates inside such a repeat give way to the
    firm's name."""
    firms = {}
    for c in cands:
        if c.type != "Company" or c.end - c.start < 2:
            continue
        words = [t.text for t in doc[c.start:c.end]]
        while len(words) > 2 and (words[-1] == "." or is_legal_form(words[-1])):
            words.pop()
        if any(d.type == "Place" and d.gaz is not None and d.start > c.start and d.end == c.start + len(words)
               for d in cands) or _ends_in_country(doc, c.start, c.start + len(words), gaz):
            firms.setdefault(tuple(words), c)
    if not firms:
        return cands
    out, added = list(cands), []
    for words, firm in firms.items():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i:i + n]) != words or any(a.start <= i < a.end for a in out if a.type == "Company"):
                continue
            inside = [d for d in out if i <= d.start and d.end <= i + n]
            if not inside or any(d.start < i < d.end or d.start < i + n < d.end for d in out):
                continue
            span = doc[i:i + n]
            out = [d for d in out if d not in inside]
            added.append(_firm_candidate(span, firm.confidence))
    return out + added


def airline_names(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Air France", "Air India", "Air New Zealand": a capitalised "Air" right before a place the
    model tagged alone is an airline's name, the place part of it (no mention of the place)."""
    out = []
    for c in cands:
        if c.type == "Person" and c.gaz is None and c.end - c.start >= 2 and doc[c.start].text == "Air" \
                and all(t.ent_type_ in ("GPE", "LOC") for t in doc[c.start + 1:c.end]):
            c.type, c.cls, c.cue = "Company", None, True  # "Air India said ...": read as a speaker's name
            continue
        if c.type != "Place" or c.start == 0 or doc[c.start - 1].text != "Air" \
                or any(d.start <= c.start - 1 < d.end for d in cands):
            continue
        firm = _firm_candidate(doc[c.start - 1:c.end], ENTITY_FOUND_BESIDE_NAME)
        firm.cue = True  # (its words settle its type: no later reading makes it a person)
        out.append((c, firm))
    if not out:
        return cands
    gone = {id(c) for c, _ in out}
    return [c for c in cands if id(c) not in gone] + [firm for _, firm in out]


def _ends_in_country(doc, start: int, end: int, gaz) -> bool:
    """Whether the words [start, end) end in a word the gazetteer knows as a country ("USA", "Japan")."""
    entry = gaz.lookup(doc[end - 1].text) if end - start >= 2 else None
    return entry is not None and "Country" in entry.classes


# plural business nouns that end only firms' names ("Aegerion Pharmaceuticals", "Kelvara
# Therapeutics"), read like a legal form when the model left the name untagged
FIRM_NAME_HEADS = {"Pharmaceuticals", "Therapeutics", "Biosciences", "Laboratories", "Industries", "Holdings",
                   "Airlines", "Electronics", "Technologies", "Semiconductors", "Foods", "Motors", "Airways",
                   "Networks", "Systems", "Enterprises", "Brands", "Logistics", "Resources", "Communications", "Labs"}


def _firm_candidate(span, confidence: float) -> Candidate:
    """A firm's name found by the words around it (the model tagged it otherwise or not at all)."""
    return Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG", type="Company",
                     confidence=confidence)


def _abbreviated(tok) -> bool:
    """Whether a legal form is written with a full stop ("Inc.", "Corp."), not "LLC", "AG"."""
    return tok.text.lower() in ("inc", "corp", "ltd", "co", "bhd", "pty", "cos")


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN"
