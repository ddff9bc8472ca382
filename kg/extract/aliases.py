"""Aliases: the candidates of one article grouped into entities, each group one entity.

Candidates with the same gazetteer entry or the same comparable form make one group, whose type
is a vote of its members' readings (`settle_type`). Groups that are other names of one entity
are then joined (`merge_aliases`): a surname or given name joins the one full name it belongs to
(unless two people share it); acronyms join their expansion; a shorter organisation name joins
the one longer name that contains it ("Comcast" -> "Comcast Corporation"), unless the longer one
is an organ of a union ("African Union Commission"). Last, a capital whose
mentions mostly act ("Beijing said") reads as its country's government and joins the article's
other names of that government (`government_readings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.candidates import Candidate
from kg.extract.confidence import ENTITY_CAPITAL_AS_GOVERNMENT, ENTITY_GAZETTEER, ENTITY_UNTYPED
from kg.extract.entity_lexicon import COMPANY_HEADS, COMPANY_SUFFIXES, NAME_JOINERS, PRODUCT_VERSION_WORDS, is_legal_form
from kg.extract.entity_types import acts_as_agent, reads_as_a_person
from kg.extract.name_forms import (
    abbreviates, abbreviates_in_another_order, is_initial, is_possessive, name_key, person_name_parts,
)
from kg.gazetteer import Gazetteer, GazetteerEntry


@dataclass
class Group:
    """Candidates taken to name one entity."""

    members: list[Candidate] = field(default_factory=list)
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans (descriptions)
    type: str | None = None
    cls: str | None = None
    gaz: GazetteerEntry | None = None
    confidence: float = ENTITY_UNTYPED

    @property
    def first(self) -> int:
        return min(c.start_char for c in self.members)

    def forms(self) -> list[str]:
        """Distinct surface forms in text order; "Reuters" stands for "REUTERS" in a caption."""
        seen: dict[str, str] = {}
        for c in sorted(self.members, key=lambda c: c.start_char):
            key = name_key(c.text)
            if key not in seen or (seen[key].isupper() and not c.text.isupper() and len(c.text) > 4):
                seen[key] = c.text
        return list(seen.values())


def group_candidates(doc, cands: list[Candidate], gaz: Gazetteer) -> list[Group]:
    """One group per name: the same gazetteer entry or the same comparable form (whatever type
    NER gave each mention); an unknown mention written like a known name's mention joins it, and
    a parenthesised short form joins the name it abbreviates. Each group's type is then voted."""
    _local_short_forms(cands)
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    group_of: dict[int, Group] = {}
    for i, c in enumerate(cands):
        # the same text typed differently by NER in two places is still one name; its type is
        # settled by a vote below
        key = ("gaz:" + c.gaz.path) if c.gaz is not None else f"name:{c.norm}"
        g = by_key.get(key)
        if g is None:
            g = Group()
            by_key[key] = g
            groups.append(g)
        g.members.append(c)
        group_of[i] = g
    # ungazetteered text that matches a gazetteer group's surface form joins it
    form_to_group: dict[str, Group] = {}
    for g in groups:
        if any(c.gaz is not None for c in g.members):
            for c in g.members:
                form_to_group.setdefault(c.norm, g)
    for i, c in enumerate(cands):
        target = form_to_group.get(c.norm)
        if c.gaz is None and target is not None and target is not group_of[i]:
            other = group_of[i]
            merge_groups(groups, target, other)
            for k, g in group_of.items():
                if g is other:
                    group_of[k] = target
    # acronyms in parentheses join their expansion, whichever step found the name before them
    for c in cands:
        if c.acronym_of is not None or not c.text.replace(".", "").isupper() or c.type == "Person" or c.start < 2:
            continue
        if doc[c.start - 1].text == "(" and c.end < len(doc) and doc[c.end].text == ")":
            before = c.start - 1
        elif doc[c.start - 1].lower_ == "or" and doc[c.start - 2].text == "," \
                and (c.end == len(doc) or doc[c.end].is_punct):
            before = c.start - 2  # "the Party of the Democratic Revolution, or PRD,"
        else:
            continue
        c.acronym_of = next((d for d in cands if d.end == before and d.type != "Person"
                             and len(d.text) > len(c.text)), None)
    for i, c in enumerate(cands):
        target = c.acronym_of
        if target is None:
            continue
        j = next((k for k, d in enumerate(cands) if d is target), None)
        if j is None or group_of[j] is group_of[i]:
            continue
        into, other = group_of[j], group_of[i]
        merge_groups(groups, into, other)
        for k, g in group_of.items():
            if g is other:
                group_of[k] = into
    groups = [g for g in groups if g.members]
    for g in groups:
        settle_type(g)
    return groups


def _leading_words_of(short: str, long: str) -> bool:
    """Whether a short form is the first words of a longer name ("Berlin" of "Berlin Capital LLC")."""
    words, whole = short.split(), long.split()
    return 0 < len(words) < len(whole) and whole[:len(words)] == words


def _local_short_forms(cands: list[Candidate]) -> None:
    """"National Broadcasting Commission (NBC)": a short form the article defines for a name the
    gazetteer does not know names that body here, not the gazetteer's other "NBC"; every mention of
    it loses the gazetteer's entry and takes the defined name's type. So does a short form that is
    the defined name's first words ("Berlin Capital Partners LLC (Berlin)": the firm, not the city)."""
    local: dict[str, Candidate] = {}
    for c in cands:
        long = c.acronym_of
        if c.gaz is None or long is None or long.gaz is not None:
            continue
        if not c.text.replace(".", "").isupper() and not _leading_words_of(c.text, long.text):
            continue
        if name_key(long.text) in {name_key(f) for f in c.gaz.forms}:
            continue
        local[c.norm] = long
    for c in cands:
        long = local.get(c.norm)
        if long is not None and c.gaz is not None:
            c.gaz, c.type, c.cls, c.confidence = None, long.type, long.cls, long.confidence


def merge_groups(groups: list[Group], into: Group, other: Group) -> None:
    """Move `other`'s mentions into `into`; `other` is left empty (callers drop empty groups)."""
    if into is other:
        return
    into.members.extend(other.members)
    into.extra_mentions.extend(other.extra_mentions)
    if into.gaz is None and other.gaz is not None:
        into.gaz = other.gaz
    other.members = []
    other.extra_mentions = []


def settle_type(g: Group) -> None:
    """The group's type, class and confidence: the gazetteer's when a member is known; otherwise
    a vote of the members' readings weighted by their confidence, where readings from the words
    around a name (cues) outvote the rest and a reading from the name's own words outvotes bare
    mentions typed by default."""
    gaz = [c.gaz for c in g.members if c.gaz is not None]
    if gaz:
        g.gaz = max(gaz, key=lambda e: sum(1 for c in g.members if c.gaz is e))
        g.type, g.cls, g.confidence = g.gaz.type, g.gaz.finer_class, ENTITY_GAZETTEER
        return
    votes: dict[str, float] = {}
    cued = [c for c in g.members if c.cue]
    for c in cued or g.members:
        if c.type:
            votes[c.type] = votes.get(c.type, 0) + c.confidence
    if not votes:
        return
    # a reading from the name's own words ("Securities and Exchange Commission") outvotes bare
    # mentions typed by default ("SEC" three times); otherwise the summed evidence decides
    worded = {c.type for c in g.members if c.worded and c.type}
    if not cued and len(worded) == 1:
        votes = {t: v for t, v in votes.items() if t in worded}
    g.type = max(sorted(votes), key=lambda t: votes[t])
    g.confidence = round(max(c.confidence for c in g.members if c.type == g.type), 2)
    classes = [c.cls for c in g.members if c.type == g.type and c.cls]
    g.cls = classes[0] if classes else None


def merge_aliases(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """Join the groups that are other names of one entity in the article, in steps, each on
    the groups the step before left: people's name variants and name parts, a plural name
    written with its apostrophe before the "s", bare acronyms, short
    organisation names inside one longer name, a lone word read as a person that begins a firm's
    name, a lone place word that begins a firm's name, and a country's central bank named and
    described."""
    groups = join_person_names(groups)
    groups = join_plural_names_written_singular(doc, groups)
    groups = join_bare_acronyms(groups)
    groups = join_short_organisation_names(doc, groups, gaz)
    groups = join_firm_words_read_as_people(doc, groups)
    groups = join_place_words_to_organisations(doc, groups)
    groups = join_local_offices(doc, groups, gaz)
    return join_central_banks(doc, groups, gaz)


def join_person_names(groups: list[Group]) -> list[Group]:
    """People: "Janet L. Yellen" joins "Janet Yellen" (the same name parts once initials go) and
    "Van Hollen" joins "Chris Van Hollen" (a surname of two words); a lone "Yellen" or "Janet"
    joins the one full name it begins or ends. Two full names sharing the part ("Ma" with Jack Ma
    and Pony Ma in the article) leave a bare person "Ma" with no entity. A lone word of another
    type the model mistook ("Sunak" tagged ORG) joins a person the same way."""
    groups = [g for g in groups if g.members]
    full = [g for g in groups if g.type == "Person" and max(len(person_name_parts(f)) for f in g.forms()) >= 2]
    # "K. Raman" then "said Raman": a surname after initials is as full a name as the article gives
    initialled = [g for g in groups if g.type == "Person" and not any(g is h for h in full)
                  and any(map(_initials_and_surname, g.forms()))]
    full += initialled
    for g in list(groups):
        if not g.members or g.type not in ("Person", "Company", "Organization", "Place", "Product"):
            continue
        forms = g.forms()
        if g.type == "Person" and max(len(person_name_parts(f)) for f in forms) >= 2:
            _join_full_name_variant(groups, g, full)
        elif any(g is h for h in initialled):
            continue
        elif g.type == "Person" or (len(forms) == 1 and len(forms[0].split()) == 1):
            _join_name_part(groups, g, forms[0], full)
    return [g for g in groups if g.members]


def _initials_and_surname(form: str) -> bool:
    """A name written as initials and a surname only ("K. Raman", "J. R. Okafor")."""
    words = form.split()
    return len(words) >= 2 and all(map(is_initial, words[:-1])) and not is_initial(words[-1]) and words[-1][:1].isupper()


def _join_full_name_variant(groups: list[Group], g: Group, full: list[Group]) -> None:
    """Join a full name to another spelling of it: the same parts without initials (and no two
    gazetteer people), or, for an unknown name, the end of exactly one longer name."""
    key = tuple(person_name_parts(longest_form(g)))
    same = [h for h in full if h is not g and h.members and tuple(person_name_parts(longest_form(h))) == key
            and (g.gaz is None or h.gaz is None or g.gaz is h.gaz)]
    if not same and g.gaz is None:
        same = [h for h in full if h is not g and h.members
                and len(person_name_parts(longest_form(h))) > len(key)
                and tuple(person_name_parts(longest_form(h))[-len(key):]) == key]
        same = same if len(same) == 1 else []
    if not same and g.gaz is None and len(key) >= 2:
        # "Ahmad Zahid" for "Ahmad Zahid Hamidi": the first two parts of exactly one longer name
        same = [h for h in full if h is not g and h.members and len(person_name_parts(longest_form(h))) > len(key)
                and tuple(person_name_parts(longest_form(h))[:len(key)]) == key]
        same = same if len(same) == 1 else []
    if same:
        merge_groups(groups, same[0], g)


def _join_name_part(groups: list[Group], g: Group, form: str, full: list[Group]) -> None:
    """Join a one-word name to the one full name whose first or last part it is. The gazetteer
    link of a surname ("Powell" read as Jerome Powell) goes when the article's full name is
    another, unknown person ("Colin Powell"); an ambiguous bare person is dropped."""
    parts = person_name_parts(form)
    if len(parts) != 1:
        return
    token = _without_article(parts[0])
    hits = [h for h in full if h is not g and h.members and any(
        token in (pt[0], _without_article(pt[-1])) for f in h.forms() for pt in [person_name_parts(f)]
        if len(pt) >= 2 or pt and _initials_and_surname(f))]
    if len({id(h) for h in hits}) == 1:
        if g.gaz is not None and hits[0].gaz is not None and g.gaz is not hits[0].gaz:
            return
        if hits[0].gaz is None and g.gaz is not None:
            g.gaz = None
            for c in g.members:
                c.gaz = None
        merge_groups(groups, hits[0], g)
        if hits[0].type != "Person":
            hits[0].type = "Person"
    elif len(hits) > 1 and g.type == "Person" and g.gaz is None:
        g.members = []


def join_plural_names_written_singular(doc, groups: list[Group]) -> list[Group]:
    """An organisation whose name ends in "s" written with the apostrophe before that "s"
    ("General Motor's plan", "Delta Air Line's pilots" for "... Lines'") joins the name the text
    also writes whole: a group read only before "'s" whose name with an "s" added is exactly
    one other organisation's."""
    for g in list(groups):
        if not g.members or g.type not in ORGANISATION_TYPES or g.gaz is not None:
            continue
        if not all(c.end < len(doc) and doc[c.end].text in ("'s", "’s") for c in g.members):
            continue
        plural = name_key(longest_form(g)) + "s"
        hits = [h for h in groups if h is not g and h.members and h.type in ORGANISATION_TYPES
                and any(name_key(f) == plural for f in h.forms())]
        if len(hits) == 1:
            merge_groups(groups, hits[0], g)
    return [g for g in groups if g.members]


def _without_article(part: str) -> str:
    """A surname without the Arabic article written before it: "al-falih" and "falih" are one
    surname ("Khalid al-Falih ... said Falih")."""
    return re.sub(r"^(?:al|el|ul|ad|ash|as|at|az|ar)[-‐]", "", part)


def join_bare_acronyms(groups: list[Group]) -> list[Group]:
    """Acronyms written without parentheses join the one organisation whose initials they are:
    "BI" for "Business Insider", "SEC" for an expansion found in the text, "JAL" for "Japan
    Airlines" (one more letter from inside a word); failing that, the one whose initials they are
    in another order ("MPLA" for "People's Movement for the Liberation of Angola")."""
    for g in list(groups):
        forms = g.forms()
        if not g.members or len(forms) != 1 or not re.fullmatch(r"[A-Z][A-Z&.]{1,7}", forms[0]):
            continue
        letters = forms[0].replace(".", "").replace("&", "")
        hits = [h for h in groups if h is not g and h.members and h.type not in ("Person", "Place")
                and any(len(f.split()) > 1 and abbreviates(letters, f) for f in h.forms())]
        if not hits:
            hits = [h for h in groups if h is not g and h.members and h.type not in ("Person", "Place")
                    and any(len(f.split()) > 2 and abbreviates_in_another_order(letters, f) for f in h.forms())]
        if len(hits) == 1 and (g.gaz is None or hits[0].gaz is None or g.gaz is hits[0].gaz):
            merge_groups(groups, hits[0], g)
            settle_type(hits[0])
    return [g for g in groups if g.members]


ORGANISATION_TYPES = {"Company", "Organization", "GovernmentBody", "MediaOutlet", "EducationalInstitution",
                      "PoliticalParty", "MarketIndex", "Product"}
"""Types whose shorter names are runs of words of their longer names ("Comcast", "Treasury")."""


def join_short_organisation_names(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """A shorter organisation name contained in exactly one longer one joins it ("Comcast" in
    "Comcast Corporation", "Treasury" in "U.S. Department of the Treasury"), shortest first, unless
    the longer one is a regional unit or another firm (`_same_firm`), or the text names the
    shorter one as a parent (`_named_as_a_parent`)."""
    for g in sorted(groups, key=lambda g: len(longest_form(g))):
        if not g.members or g.type not in ORGANISATION_TYPES or _named_as_a_parent(doc, g):
            continue
        short = name_key(longest_form(g)).split()
        if not short:
            continue
        hits = []
        for h in groups:
            if h is g or not h.members or h.type not in ORGANISATION_TYPES:
                continue
            if g.gaz is not None and h.gaz is not None and g.gaz is not h.gaz:
                continue
            for f in h.forms():
                long = name_key(f).split()
                if g.type == "Product" and _contains(long, short) and all(
                        (re.fullmatch(r"\d+\w?", w) or w in PRODUCT_VERSION_WORDS) for w in long[len(short):]):
                    break  # "iPhone 6" and "iPhone 6 Plus": another model, not another name of it
                if len(long) > len(short) and _contains(long, short) and _same_firm(f, short, g, h, gaz):
                    hits.append(h)
                    break
        if len(hits) > 1:
            # "ADT" beside "ADT LLC" and "ADT Pulse": the name with only a legal form added is the firm's
            legal = [h for h in hits if any(_adds_only_legal_form(f, short) for f in h.forms())]
            hits = legal if len(legal) == 1 else hits
        if len(hits) == 1:
            merge_groups(groups, hits[0], g)
            settle_type(hits[0])
    return [g for g in groups if g.members]


# Nouns of a firm set under another: "X, a subsidiary of Y", "a unit of Y".
SUBSIDIARY_NOUNS = {"subsidiary", "unit", "affiliate", "division", "arm", "branch"}


def _named_as_a_parent(doc, g: Group) -> bool:
    """Whether the text names the firm as another's parent ("X International Plc, a wholly owned
    subsidiary of X", "a unit of X", "its parent, X", "parent company X"): no longer name that
    contains its name is then the same firm, as no firm is its own subsidiary."""
    for c in g.members:
        before = [t.lower_ for t in doc[max(c.start - 3, 0):c.start]]
        if before[-2:-1] and before[-1] == "of" and before[-2] in SUBSIDIARY_NOUNS:
            return True
        if "parent" in before[-3:] and all(w in ("parent", "company", "firm", ",", "its", "the") for w in
                                           before[before.index("parent"):]):
            return True
    return False


def _adds_only_legal_form(long_form: str, short: list[str]) -> bool:
    """Whether a longer name is the shorter one with only a legal form after it ("ADT LLC")."""
    long = name_key(long_form).split()
    return len(long) > len(short) and long[:len(short)] == short and all(
        is_legal_form(w) for w in long[len(short):])


FIRM_TYPES = {"Company", "MediaOutlet", "Organization"}


def join_firm_words_read_as_people(doc, groups: list[Group]) -> list[Group]:
    """"Pella said" after "Pella Mining Corp.": a lone unknown word the model read as a person,
    which is no part of any person's name in the article (join_person_names ran before, and no
    capitalised word stands before it anywhere, as in "Ana Morgan") and begins exactly one
    firm's name, is that firm; it takes the firm's type."""
    # words with a capitalised word before them somewhere, in one pass over the article
    after_capital = {t.text for t in doc if t.i > 0 and not t.is_sent_start and doc[t.i - 1].is_alpha
                     and doc[t.i - 1].text[:1].isupper()}
    for g in list(groups):
        forms = g.forms()
        if not g.members or g.gaz is not None or g.type != "Person" or len(forms) != 1 or " " in forms[0]:
            continue
        if forms[0] in after_capital:
            continue  # "Ana Morgan": the word ends a person's name the model may have missed
        hits = [h for h in groups if h is not g and h.members and h.type in FIRM_TYPES
                and any(len(f.split()) > 1 and f.split()[0] == forms[0] for f in h.forms())]
        if len(hits) == 1:
            for c in g.members:
                c.type, c.cue = hits[0].type, False
            merge_groups(groups, hits[0], g)
    groups = [g for g in groups if g.members]
    for g in list(groups):
        # "Marten Vogel must pay the fine" after "Marten Vogel Optics, LLC": a firm named after a
        # person, called by the person's name; never titled, addressed or taken up as a person
        forms = g.forms()
        if not g.members or g.gaz is not None or g.type != "Person" or any(len(f.split()) < 2 for f in forms) \
                or any(reads_as_a_person(doc, c) for c in g.members):
            continue
        hits = [h for h in groups if h is not g and h.members and h.type == "Company" and all(
            any(len(hf.split()) > len(f.split()) and hf.split()[:len(f.split())] == f.split() for hf in h.forms())
            for f in forms)]
        if len(hits) == 1:
            for c in g.members:
                c.type, c.cue = hits[0].type, False
            merge_groups(groups, hits[0], g)
    return [g for g in groups if g.members]


def join_place_words_to_organisations(doc, groups: list[Group]) -> list[Group]:
    """"the Hindenburg report" after "Hindenburg Research": a lone unknown word the model called
    a place, always used as a modifier, that begins exactly one organisation's name is that
    organisation. "Valdoria's President" keeps the place, whatever firm bears its name."""
    for g in list(groups):
        forms = g.forms()
        if not g.members or g.gaz is not None or g.type != "Place" or len(forms) != 1 or " " in forms[0]:
            continue
        if not all(doc[c.start:c.end].root.dep_ == "compound" for c in g.members):
            continue
        hits = [h for h in groups if h is not g and h.members and h.type in ORGANISATION_TYPES
                and any(f.split()[0] == forms[0] and len(f.split()) > 1 for f in h.forms())]
        if len(hits) == 1:
            merge_groups(groups, hits[0], g)
    return [g for g in groups if g.members]


# A bank named for a country ("Bank of Uganda", "National Bank of Serbia", "Reserve Bank of
# Malawi") and a country's central bank described in lower case ("Serbia's central bank", "the
# Kazakh central bank", "the central bank of Peru"): the kind word, then the country.
_BANK_NAMED_FOR_COUNTRY = re.compile(
    r"^(?:the\s+)?(?:(?P<kind>National|Reserve|Central|State|People['’]s)\s+)?Bank\s+of\s+(?:the\s+)?(?P<country>.+)$")
# "the Czech National Bank", "the Nigerian Central Bank": a nationality, the kind word, "Bank".
_BANK_NAMED_BY_NATIONALITY = re.compile(
    r"^(?:the\s+)?(?P<country>[A-Z][\w.'’ -]*?)\s+(?P<kind>National|Reserve|Central|State|People['’]s)\s+Bank$")
_CENTRAL_BANK_DESCRIBED = (
    re.compile(r"^(?:the\s+)?(?P<country>.+?)\s+central\s+bank$"),
    re.compile(r"^(?:the\s+)?central\s+bank\s+of\s+(?:the\s+)?(?P<country>.+)$"),
)
# Kinds of bank named for a country that are its central bank by their name alone; a bare "Bank
# of X" or a "National Bank of X" may be a lender ("National Bank of Greece") and needs the
# article to say it sets rates or to call it the central bank.
_CENTRAL_BY_NAME = {"reserve", "central", "people's", "people’s"}
# Rates only a central bank sets: "cut its key rate", "held the benchmark rate".
_POLICY_RATE_WORDS = {"key", "benchmark", "policy", "base", "repo", "refinancing"}
_RATE_VERBS = {"raise", "cut", "lower", "hike", "hold", "keep", "leave", "reduce", "increase", "trim", "slash",
               "lift", "set", "maintain", "tighten", "ease"}


def join_central_banks(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """A country's central bank named once and described elsewhere ("the National Bank of
    Serbia" or "the Serbian National Bank" ... "Serbia's central bank", "the Kazakh central
    bank" in a headline) is one
    entity, a government body. A bank named for a country with no such description is its
    central bank when its name says so ("Reserve Bank of Malawi") or when it sets a policy rate
    ("the Bank of Uganda cut its key rate"); two descriptions of one country's central bank
    with no name are one entity too. A bank the gazetteer knows as a lender is left alone."""
    named: dict[str, list[Group]] = {}
    described: dict[str, list[Group]] = {}
    for g in groups:
        if not g.members or (g.gaz is not None and "CentralBank" not in g.gaz.classes):
            continue
        readings = [r for r in (_central_bank_country(form, gaz) for form in g.forms()) if r[0] is not None]
        if not readings:
            continue
        # a name read before a description, however the article first wrote the two ("Egypt's
        # central bank", then "the Central Bank of Egypt", joined by the gazetteer)
        country, is_name = next((r for r in readings if r[1] is not None), readings[0])
        if is_name is None:
            described.setdefault(country, []).append(g)
        elif is_name or g.cls == "CentralBank" or g.gaz is not None or _acts_as_central_bank(doc, g):
            named.setdefault(country, []).append(g)
        else:
            named.setdefault(country, [])
            described.setdefault("?" + country, []).append(g)  # a name that needs a description
    for country in sorted(set(named) | set(described)):
        if country.startswith("?"):
            continue
        maybe = described.get("?" + country, [])
        banks = named.get(country) or (maybe if described.get(country) else [])
        descriptions = described.get(country, [])
        if len(banks) > 1:
            continue  # two banks named for one country: which one is meant is not said
        into = banks[0] if banks else (descriptions[0] if len(descriptions) > 1 else None)
        if into is None:
            continue
        for g in descriptions:
            merge_groups(groups, into, g)
        into.type, into.cls = "GovernmentBody", "CentralBank"
    return [g for g in groups if g.members]


def _central_bank_country(form: str, gaz: Gazetteer) -> tuple[str | None, bool | None]:
    """(country path, kind) of a form naming or describing a country's central bank: kind True
    for a name that says "central bank" by itself, False for a name that may be a lender's, None
    for a lower-case description; (None, None) for any other form."""
    m = _BANK_NAMED_FOR_COUNTRY.match(form) or _BANK_NAMED_BY_NATIONALITY.match(form)
    if m:
        country = gaz.country_of_demonym(m.group("country"))
        kind = (m.group("kind") or "").lower()
        return (country.path, kind in _CENTRAL_BY_NAME) if country is not None else (None, None)
    for pattern in _CENTRAL_BANK_DESCRIBED:
        m = pattern.match(form)
        if m:
            country = gaz.country_of_demonym(m.group("country"))
            return (country.path, None) if country is not None else (None, None)
    return None, None


def _acts_as_central_bank(doc, g: Group) -> bool:
    """Whether a mention of the group has a governor ("governor of the Bank of Uganda", "the
    National Bank of Serbia's governor") or is the subject of a verb acting on a policy rate
    ("the Bank of Uganda cut its key rate", "... held its benchmark rate at 9%")."""
    for c in g.members:
        root = doc[c.start:c.end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() == "governor" or \
                root.dep_ in ("poss", "compound") and root.head.lemma_.lower() == "governor":
            return True
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in _RATE_VERBS:
            continue
        for t in root.head.subtree:
            if t.lemma_.lower() == "rate" and (any(m.lower_ in _POLICY_RATE_WORDS for m in t.lefts) or (
                    # "the Bank of Ghana maintained its interest rate at 28%": the rate it sets
                    any(m.lower_ == "interest" for m in t.lefts) and any(m.lower_ == "its" for m in t.lefts)
                    and t.head == root.head)):
                return True
    return False


# Bodies whose members are states or groups, and the organs they have ("the African Union" and
# "the African Union Commission" are two bodies)
MEMBERSHIP_HEADS = {"union", "community", "organization", "organisation", "association", "federation", "league",
                    "alliance"}
ORGAN_HEADS = {"commission", "council", "committee", "court", "parliament", "assembly", "secretariat", "bank"}


def _same_firm(long_form: str, short: list[str], g: Group, h: Group, gaz: Gazetteer) -> bool:
    """Whether a longer name is the same organisation as the shorter one it contains, not a
    regional unit ("Ericsson Egypt Limited") or another firm built on a known name."""
    extra = [w for w in re.findall(r"[\w&.'’-]+", long_form) if name_key(w) not in short]
    if short and short[-1] in MEMBERSHIP_HEADS and {name_key(w) for w in extra} & ORGAN_HEADS:
        return False  # "African Union Commission": an organ of the union, not the union
    for w in extra if h.type == "Company" else ():
        entry = gaz.lookup(w)
        if (entry is not None and entry.type == "Place") or gaz.country_of_demonym(w) is not None:
            return False
    if g.gaz is not None and h.gaz is None:
        legal = COMPANY_SUFFIXES | COMPANY_HEADS | NAME_JOINERS | {"the", "&", ","}
        return all(name_key(w) in legal or not name_key(w) for w in extra)
    return True


def _contains(long: list[str], short: list[str]) -> bool:
    """Whether the words `short` occur as a run inside `long`."""
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def longest_form(g: Group) -> str:
    """The group's longest surface form (the first of equal length)."""
    forms = g.forms()
    return max(forms, key=lambda f: (len(f), -forms.index(f)))


def _written_as_a_name(form: str) -> bool:
    """Whether every longer word of a form is capitalised: a name ("Czech National Bank"), not a
    description of the body ("the Czech Republic's central bank"), which never names it."""
    return all(w[:1].isupper() for w in re.findall(r"[A-Za-z]{4,}", form))


def government_readings(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """A capital whose mentions mostly act ("Beijing said", "Washington imposed") is its
    country's government; it then joins the other names of that government in the article
    ("Chinese authorities")."""
    for g in groups:
        if g.gaz is None or g.gaz.capital_of is None:
            continue
        acting = sum(1 for c in g.members if acts_as_agent(doc, c))
        if acting and acting * 2 >= len(g.members):
            country = gaz.get(g.gaz.capital_of)
            gov = gaz.get(country.government) if country and country.government else None
            g.type, g.confidence = "GovernmentBody", ENTITY_CAPITAL_AS_GOVERNMENT
            g.cls = gov.finer_class if gov is not None else "NationalGovernment"
            if gov is not None:
                g.gaz = gov
    by_gaz: dict[str, Group] = {}
    for g in groups:
        if not g.members or g.gaz is None:
            continue
        if g.gaz.path in by_gaz:
            merge_groups(groups, by_gaz[g.gaz.path], g)
        else:
            by_gaz[g.gaz.path] = g
    return [g for g in groups if g.members and g.type]


# "the Denver Field Office of the FBI", "the FBI's Boston Field Office", "the SEC's Chicago Regional
# Office", "the New York Office of the FBI": a local office and the body it belongs to
_OFFICE_KINDS = r"(?:Field|Regional|Resident|Area|Division)"
_OFFICE_OF_BODY = re.compile(r"^(?P<pre>(?:[A-Z][\w.’']*,?\s){1,4})Office of (?:the )?(?P<body>.+)$")
_BODY_PLACE_OFFICE = re.compile(r"^(?P<body>.+?)(?:['’]s)?\s(?:[A-Z][\w.]*\s){0,3}" + _OFFICE_KINDS + r" Office$")
_LOCAL_OFFICE = re.compile(r"^(?:[A-Z][\w.’']*,?\s){1,4}Office$")


# Words before "Office of" that name an office of its own, not a place ("Executive Office of the
# President", "Press Office of the Ministry", "Foreign Office")
_OWN_OFFICE_WORDS = {"Executive", "Legal", "Main", "Head", "Central", "National", "General", "Press", "Budget",
                     "Patent", "Foreign", "Home", "Cabinet", "Oval", "Public", "Inspector", "Prime", "Management"}


def _local_office(form: str) -> bool:
    """Whether a form names a local office of a body ("Boston Field Office", "Denver Field Office of
    the FBI", "New York Office of the FBI"), not a body of its own ("Office of Foreign Assets
    Control", "Executive Office of the President", "U.S. Attorney's Office")."""
    m = _OFFICE_OF_BODY.match(form)
    if m:
        return m.group("pre").replace(",", " ").split()[-1] not in _OWN_OFFICE_WORDS
    return bool(_BODY_PLACE_OFFICE.match(form))


def _body_in_office_name(form: str) -> str | None:
    """The body a local office's name holds ("Denver Field Office of the FBI", "FBI Omaha Field
    Office": "FBI"), else None."""
    m = _OFFICE_OF_BODY.match(form) or _BODY_PLACE_OFFICE.match(form)
    return m.group("body") if m else None


def join_local_offices(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """A local office of a body is that body, as the press releases that name one mean it ("X, the
    Special Agent in Charge of the Denver Field Office of the FBI": X holds a post in the FBI):
    the office joins the body named in it ("... Office of the FBI", "the FBI Boston Field Office"),
    or the body that owns it in a possessive before it ("the SEC's Chicago Regional Office") or
    follows it with "of" ("the New York Office of the FBI", read as two names). An office of a body
    the article names nowhere else is that body when the gazetteer knows it."""
    bodies = [g for g in groups if g.members and g.type == "GovernmentBody"]
    by_start = {c.start: g for g in bodies for c in g.members}
    by_end = {c.end: g for g in bodies for c in g.members}

    def named(body: str):
        key = name_key(body)
        hits = [h for h in bodies if h.members and (any(name_key(f) == key for f in h.forms()) or
                                                    h.gaz is not None and name_key(h.gaz.label) == key)]
        return hits[0] if len(hits) == 1 else None

    for g in bodies:
        if not g.members or g.gaz is not None or not all(
                _local_office(f) or _LOCAL_OFFICE.match(f) and f.split()[0] not in _OWN_OFFICE_WORDS
                for f in g.forms()):
            continue
        owner = None
        for c in g.members:
            body = _body_in_office_name(c.text)
            if body:
                owner = named(body)
            if owner is None and c.start >= 2 and is_possessive(doc[c.start - 1]):
                owner = by_end.get(c.start - 1)  # "the SEC's Chicago Regional Office"
            if owner is None and c.end + 1 < len(doc) and doc[c.end].lower_ == "of":
                owner = by_start.get(c.end + 1) or by_start.get(c.end + 2)  # "... Office of (the) FBI"
            if owner is not None and owner is not g:
                break
            owner = None
        if owner is not None:
            merge_groups(groups, owner, g)
            settle_type(owner)
            continue
        for c in g.members:
            body = _body_in_office_name(c.text)
            entry = gaz.lookup(body) if body else None
            if entry is not None and entry.type == "GovernmentBody":
                c.gaz = entry
                settle_type(g)
                break
    return [g for g in groups if g.members]


def canonical_name(g: Group) -> str:
    """The name an entity is known by: a person's fullest name, else the longest form written as
    a name, not a description of the body ("Norges Bank", not "Norway's central bank"); a capital
    standing for its government is named as the government."""
    forms = g.forms()
    if g.type == "Person":
        return max(forms, key=lambda f: (len(person_name_parts(f)), len(f), -forms.index(f)))
    if g.gaz is not None and g.gaz.type == "GovernmentBody" and "NationalGovernment" in g.gaz.classes:
        # a capital city standing for its government is named as the government
        if not any(name_key(f) == name_key(g.gaz.label) for f in forms):
            return g.gaz.label
    if g.gaz is not None and forms and all(f.split()[-1] in ("bank", "ministry", "parliament", "legislature", "cabinet")
                                           or f.casefold() in {d.casefold() for d in g.gaz.demonyms} for f in forms):
        # only described ("Japan's central bank") or a nationality ("Australian Prime Minister
        # ..."): named as the gazetteer names it
        return g.gaz.label
    # a body is named by its own name, not by one of its local offices ("FBI Denver Field Office")
    own = [f for f in forms if not _local_office(f)]
    if not own and g.gaz is not None:
        return g.gaz.label
    own = own or forms
    return max(own, key=lambda f: (_written_as_a_name(f), len(f), -own.index(f)))
