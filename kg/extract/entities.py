"""Entity resolution: spaCy entities of one article -> typed, de-duplicated entities with mentions.

Steps, each stated in general terms:

1. Candidates: every named entity span (gazetteer ruler or statistical NER), cleaned of what the
   small model gets wrong: leading "the", trailing possessives and punctuation, titles before
   person names ("President Donald Trump" -> "Donald Trump"), spans running across a line break,
   an organisation swallowed with its country ("Japan's Soka University" -> Japan + Soka
   University), a parenthesised short form ("Business Insider (BI)").
2. Noise is dropped: dates, numbers, money, laws, nationality adjectives that are not parties,
   common acronyms, and title-case headline fragments that are neither known names nor found in
   the body.
3. Typing: gazetteer class first; otherwise the head word ("... University", "... Commission",
   "... Index", "... Party"), the NER label and the words around the name ("e-commerce giant X").
   A capital city that acts ("Beijing said", "Washington imposed") is its country's government.
4. Aliases within the article: surname-only mentions join the full name unless two people share
   it; acronyms join their expansion; a shorter organisation name joins the one longer name that
   contains it ("Comcast" -> "Comcast Corporation").
5. Definite descriptions ("the company", "the regulator", "the government", "the central bank")
   become extra mentions of the nearest compatible entity; they never create entities.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.table import EntityTable
from kg.gazetteer import Gazetteer, GazetteerEntry, entity_path, load_gazetteer, normalize_form
from kg.models import Article, Entity, Mention

NOISE_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
                "EVENT", "LAW", "WORK_OF_ART"}
KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"}

# Acronyms and terms the small model often tags as names but that name no actor.
NOT_ENTITIES = {
    "ai", "ceo", "cfo", "coo", "cto", "gdp", "ipo", "ipos", "covid", "covid-19", "ev", "evs", "etf", "etfs",
    "it", "api", "esg", "r&d", "m&a", "q1", "q2", "q3", "q4", "llm", "llms", "5g", "6g", "tv",
    "internet", "web", "ok", "pm", "am", "gmt", "est", "utc", "hr", "pr", "vs", "inc", "ltd", "corp",
    "cpi", "ppi", "pmi", "usd", "rmb", "yuan", "dollar", "euro", "yen", "bitcoin",
    "fpo", "sez", "qip", "spac", "spacs", "reit", "reits", "nbfc", "ofs", "adr", "adrs", "h share", "a share",
    "brent", "brent crude", "wti", "west texas intermediate", "ether", "ethereum", "treasuries",
}
# Legal-form suffixes written after a comma ("Tesla, Inc."): part of the firm's name, never a name.
LEGAL_SUFFIXES = {"inc", "ltd", "corp", "llc", "plc", "co", "sa", "s.a", "ag", "nv", "n.v", "gmbh", "lp", "llp",
                  "limited", "corporation", "spa", "s.p.a", "bv", "ab", "asa", "oyj", "se", "kk"}
LEGAL_FORMS = {x.replace(".", "") for x in LEGAL_SUFFIXES}
# Street words after a place name: "1600 Pennsylvania Avenue" is an address, not the state.
STREET_WORDS = {"avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane", "drive",
                "parkway", "highway", "terrace"}
# Words that describe a product, brand or game, not a firm: "the Xbox console", "a game franchise".
PRODUCT_DESCRIPTORS = {"console", "consoles", "game", "games", "franchise", "brand", "brands", "series",
                       "title", "titles", "handset", "phone", "smartphone", "app", "device", "devices",
                       "chatbot", "headset", "video-game", "videogame"}
# Verbs whose object is a firm: "Microsoft bought Activision Blizzard".
ACQUIRE_VERBS = {"buy", "acquire", "purchase", "take", "merge", "sell", "invest", "own"}
# Words around "Treasury" that make it a bond, not the department: "the 10-year Treasury yield".
SECURITY_WORDS = {"yield", "yields", "bond", "bonds", "note", "notes", "bill", "bills", "futures", "securities"}

PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "premier", "prime", "minister",
    "chancellor", "secretary", "general", "attorney", "deputy", "chairman", "chairwoman", "chair",
    "chairperson", "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "ceo", "cfo", "chief", "executive", "officer", "founder", "co-founder", "cofounder", "economist",
    "analyst", "strategist", "judge", "justice", "commissioner", "director", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "speaker", "leader", "king", "queen", "prince", "princess",
    "sheikh", "emperor", "gen", "lt", "col", "adm", "sir", "dame", "lord", "lady", "treasury", "commerce",
    "state", "finance", "foreign", "trade", "defense", "defence", "interior", "labor", "labour", "economy",
    "former", "acting", "then", "u.s.", "us", "chinese", "american", "british", "federal", "reserve",
    "central", "bank", "head", "boss", "billionaire", "tycoon", "entrepreneur", "investor", "partner",
    "managing", "senior", "vp", "evp", "svp", "chairman-elect", "president-elect", "secretary-general",
    "assistant", "associate", "special", "principal", "solicitor", "inspector", "comptroller", "auditor",
}

GOVERNMENT_HEADS = {
    "ministry", "department", "commission", "bureau", "agency", "administration", "authority", "office",
    "court", "tribunal", "prosecutor", "prosecutors", "procuratorate", "senate", "congress", "parliament",
    "assembly", "council", "cabinet", "government", "treasury", "reserve", "police", "army", "navy",
    "directorate", "inspectorate", "regulator", "regulators", "supervisor", "customs", "kremlin",
    "committee", "service", "secretariat", "duma", "legislature", "house",
}
GOVERNMENT_WORDS = {"securities", "regulatory", "supervision", "supervisory", "monetary", "federal",
                    "national", "state", "ministry", "central", "attorney", "justice", "department"}
COMPANY_HEADS = {
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "llc",
    "plc", "ag", "sa", "nv", "gmbh", "group", "holdings", "holding", "technologies", "technology", "motors",
    "airlines", "airways", "bank", "partners", "capital", "securities", "investments", "ventures",
    "systems", "energy", "pharmaceuticals", "labs", "electronics", "industries", "enterprises",
    "networks", "communications", "telecom", "insurance", "financial", "markets", "brands", "foods",
    "development", "properties", "realty", "resources", "logistics", "semiconductor", "steel", "cements",
    "consulting", "pharma", "biotech", "research",
}
EDUCATION_HEADS = {"university", "college", "school", "academy", "polytechnic"}
MEDIA_WORDS = {"news", "times", "post", "journal", "herald", "tribune", "gazette", "daily", "radio",
               "television", "tv", "broadcasting", "press", "media", "magazine", "newspaper", "wire"}
INDEX_HEADS = {"index", "composite", "average"}
PARTY_HEADS = {"party"}
ORGANIZATION_HEADS = {"association", "foundation", "federation", "union", "organization", "organisation",
                      "institute", "forum", "society", "alliance", "coalition", "fund", "chamber",
                      "council", "league", "consortium", "club", "ngo"}
LAW_HEADS = {"act", "law", "bill", "treaty", "agreement", "accord", "directive", "regulation",
             "regulations", "code", "order", "list", "register", "statute", "amendment", "rule", "rules",
             # events and programmes are not actors either
             "plenum", "summit", "initiative", "protocol", "declaration", "convention", "war", "crisis",
             "pandemic", "conference", "games", "olympics", "expo", "festival", "pact", "plan", "programme",
             "program", "strategy", "doctrine", "dialogue", "talks", "session", "meeting", "election", "elections"}

# Nouns before a name that say it is a firm: "e-commerce giant Alibaba", "chipmaker Nvidia".
COMPANY_DESCRIPTORS = {
    "giant", "maker", "firm", "company", "startup", "start-up", "group", "rival", "carrier", "lender",
    "bank", "retailer", "automaker", "carmaker", "chipmaker", "conglomerate", "operator", "platform",
    "developer", "insurer", "manufacturer", "supplier", "producer", "brand", "unit", "subsidiary",
    "affiliate", "owner", "provider", "titan", "behemoth", "heavyweight", "player", "company's",
    "fund", "investor", "broker", "brokerage", "bank", "exchange", "airline", "shipper", "miner", "refiner",
}
# Words after a name that say it is a firm: "Huawei CEO", "Alibaba shares".
COMPANY_FOLLOWERS = {"ceo", "shares", "stock", "stocks", "chairman", "founder", "cofounder", "co-founder",
                     "executive", "executives", "employees", "spokesperson", "spokesman", "spokeswoman",
                     "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "'s shares"}

# Definite descriptions and the entity types they may refer to.
DESCRIPTION_TYPES = {
    "company": {"Company"}, "firm": {"Company"}, "group": {"Company", "Organization"},
    "conglomerate": {"Company"}, "carrier": {"Company"}, "lender": {"Company"},
    "automaker": {"Company"}, "carmaker": {"Company"}, "chipmaker": {"Company"}, "startup": {"Company"},
    "retailer": {"Company"}, "insurer": {"Company"}, "giant": {"Company"},
    "bank": {"Company", "GovernmentBody"}, "central bank": {"GovernmentBody"},
    "regulator": {"GovernmentBody"}, "watchdog": {"GovernmentBody"}, "agency": {"GovernmentBody"},
    "department": {"GovernmentBody"}, "ministry": {"GovernmentBody"}, "bureau": {"GovernmentBody"},
    "commission": {"GovernmentBody"}, "government": {"GovernmentBody"}, "administration": {"GovernmentBody"},
    "federal government": {"GovernmentBody"}, "court": {"GovernmentBody"}, "party": {"PoliticalParty"},
    "index": {"MarketIndex"}, "benchmark": {"MarketIndex"}, "university": {"EducationalInstitution"},
    "newspaper": {"MediaOutlet"}, "outlet": {"MediaOutlet"}, "broadcaster": {"MediaOutlet"},
}
DESCRIPTION_CLASS = {"central bank": "CentralBank"}

# Verbs whose subject acting is a government rather than a place ("Beijing imposed ...").
NON_ACTING_VERBS = {"be", "lie", "sit", "host", "locate", "border", "have"}
# Nouns whose possessor acts: "Beijing's crackdown", "Washington's sanctions".
STANCE_OBJECT_VERBS = {"anger", "criticize", "criticise", "urge", "pressure", "lobby", "warn", "accuse",
                       "defy", "provoke", "please", "persuade", "petition", "irritate", "ask", "surprise",
                       "alarm", "worry", "rattle", "unsettle", "irk", "frustrate", "reassure", "placate",
                       "appease", "sanction", "blame", "condemn", "rebuke", "snub", "court", "embarrass"}
# "Beijing was willing to ...": a copula with a stance adjective still has an acting subject.
STANCE_ADJECTIVES = {"willing", "ready", "determined", "prepared", "eager", "reluctant", "unwilling", "keen",
                     "open", "opposed", "committed", "intent", "unlikely", "likely", "quick", "slow", "wary",
                     "cautious", "confident", "adamant", "firm", "resolute", "angry", "furious", "concerned"}

PORTFOLIOS = {"finance", "commerce", "treasury", "foreign", "defense", "defence", "trade", "energy", "economy",
              "interior", "justice", "labor", "labour", "health", "education", "agriculture", "home",
              "transport", "industry", "state", "economic", "foreign affairs", "home affairs"}

SEATS_OF_POWER = {"kremlin", "white house", "downing street", "elysee", "élysée",
                  "elysee palace", "zhongnanhai", "pentagon", "blue house", "quirinale", "chancellery"}



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
    confidence: float = 0.7
    acronym_of: Candidate | None = None  # the candidate this parenthesised form abbreviates
    in_headline: bool = False
    cue: bool = False  # typed by the words around it, which outvotes the NER label elsewhere
    worded: bool = False  # typed by its own words ("... Commission", "... University")
    in_title: bool = False  # a portfolio word inside a job title ("Treasury" in "Treasury Secretary")

    @property
    def norm(self) -> str:
        return _norm(self.text)


@dataclass
class Group:
    """Candidates taken to name one entity."""

    members: list[Candidate] = field(default_factory=list)
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans (descriptions)
    type: str | None = None
    cls: str | None = None
    gaz: GazetteerEntry | None = None
    confidence: float = 0.7
    name_override: str | None = None

    @property
    def first(self) -> int:
        return min(c.start_char for c in self.members)

    def forms(self) -> list[str]:
        """Distinct surface forms in text order; "Reuters" stands for "REUTERS" in a caption."""
        seen: dict[str, str] = {}
        for c in sorted(self.members, key=lambda c: c.start_char):
            key = _norm(c.text)
            if key not in seen or (seen[key].isupper() and not c.text.isupper() and len(c.text) > 4):
                seen[key] = c.text
        return list(seen.values())


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    text = normalize_form(text).lower()
    text = re.sub(r"'s$|'$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^\w&]+", " ", text).strip()


# ----------------------------------------------------------------------------------------------
# 1. candidates


def _headline_ranges(text: str) -> list[tuple[int, int]]:
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


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """Wire datelines at the start of a line: "WASHINGTON –", "BEIJING, Feb 3 (Reuters) -"."""
    pattern = re.compile(r"^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=\s*(?:,|\(|[-–—]))", re.M)
    return [m.span(1) for m in pattern.finditer(text)]


def _is_possessive(tok) -> bool:
    return tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’")


def _trim(doc, start: int, end: int, gaz: Gazetteer | None = None) -> tuple[int, int]:
    """Drop leading determiners/punctuation and trailing possessives/punctuation (but not the
    possessive that ends a known name: "McDonald's")."""
    # "tech-heavy Nasdaq Composite", "blue-chip Dow": lower-case descriptors before a name
    while start < end - 1 and doc[start].text.islower() and doc[start].pos_ in ("ADJ", "NOUN", "VERB", "ADV") \
            and any(t.text[:1].isupper() for t in doc[start + 1:end]) and doc[start].lower_ not in ("the", "a", "an"):
        start += 1
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space or doc[start].text in ("-", "–", "—")):
        start += 1
    while end > start and (_is_possessive(doc[end - 1]) and not (gaz and _name_with_possessive(doc, end - 1, gaz))
                           or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text not in (".",))
                           or doc[end - 1].text in ("(", ")")):
        end -= 1
    # a lone trailing full stop belongs to abbreviations ("Inc.", "U.S."), not to names like "Google."
    if end > start and doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    return start, end


def _candidates(doc, gaz: Gazetteer, headlines, datelines) -> list[Candidate]:
    out: list[Candidate] = []
    doc_ents = list(doc.ents)  # Doc.ents rebuilds its list on every access: read it once
    by_start = {e.start: e for e in doc_ents}
    places = {e.text for e in doc_ents if e.label_ in ("GPE", "LOC")}
    ents = [_repair_span(doc, ent, by_start, gaz) if ent.label_ in KEEP_LABELS else ent for ent in doc_ents]
    ents = [_company_after_place(doc, ent, headlines) for ent in ents]
    ents = _join_versions(doc, ents)
    # a name the repair absorbed ("Oregon" in "... District of Oregon") is part of it, not a mention
    original = {(e.start, e.end) for e in doc_ents}
    grown = [e for e in ents if (e.start, e.end) not in original]
    ents = [e for e in ents if e in grown or not any(g.start <= e.start and e.end <= g.end for g in grown)]
    for ent in ents:
        if ent.label_ in NOISE_LABELS or ent.label_ not in KEEP_LABELS:
            continue
        ent, ent_id = _given_name_before_surname(doc, ent, gaz)
        whole = _trim(doc, ent.start, ent.end)
        if ent_id or gaz.lookup(doc[whole[0]:whole[1]].text) is not None:
            pieces = [(ent.start, ent.end)]  # a known name is never split ("Supreme People's Court")
        else:
            pieces = _split(doc, ent.start, ent.end, gaz, places)
        for i, (s, e) in enumerate(pieces):
            s, e = _trim(doc, s, e, gaz)
            if s >= e:
                continue
            # "the NASDAQ index", "the Conservative party": the lower-case head belongs to the name
            if e < len(doc) and e == ent.end and doc[e].lower_ in ("index", "average", "party", "composite") \
                    and (ent.label_ in ("ORG", "NORP") if doc[e].lower_ == "party" else ent.label_ != "NORP"):
                e += 1
            elif e < len(doc) and e == ent.end and ent.label_ == "PRODUCT" and not doc[e].is_space and \
                    not doc[e - 1].whitespace_ == "" and re.fullmatch(r"\d+(\.\d+)*(-[A-Za-z]+)?|Pro|Max|Ultra|Mini|Turbo|Flash", doc[e].text):
                e += 1  # "Qwen 2.5-Max", "Gemini Ultra": the version belongs to the product
            elif e + 1 < len(doc) and e == ent.end and doc[e].like_num and doc[e + 1].lower_ in ("index", "average") \
                    and ent.label_ in ("ORG", "GPE", "PRODUCT"):
                e += 2  # "the benchmark VAL 40 index"
            span = doc[s:e]
            entry = None
            if ent_id and len(pieces) == 1:
                entry = gaz.get(ent_id)
            if entry is None:
                entry = gaz.lookup(span.text)
            cand = Candidate(s, e, span.text, span.start_char, span.end_char, ent.label_, gaz=entry)
            if any(a <= span.start_char < b for a, b in datelines):
                continue  # a dateline says where the story was filed, not who acted
            cand.in_headline = any(a <= cand.start_char < b for a, b in headlines)
            out.append(cand)
            # "Business Insider (BI)": the parenthesised short form names the same entity
            if e < len(doc) and doc[e].text == "(" and ent.label_ != "PERSON":
                j = e + 1
                while j < len(doc) and doc[j].text != ")" and j - e <= 6:
                    j += 1
                if j < len(doc) and doc[j].text == ")" and j > e + 1:
                    inner = doc[e + 1:j]
                    # "(BI)", "(Comcast)"; not a senator's "(D-Mass.)"
                    if inner.text[:1].isupper() and not any(t.like_num for t in inner) \
                            and not re.match(r"^[A-Z]-", inner.text):
                        acr = Candidate(inner.start, inner.end, inner.text, inner.start_char, inner.end_char,
                                        ent.label_, gaz=gaz.lookup(inner.text))
                        acr.acronym_of = cand
                        acr.in_headline = cand.in_headline
                        out.append(acr)
    # NER may also find the parenthesised short form on its own: keep one candidate per span
    unique: dict[tuple[int, int], Candidate] = {}
    for c in out:
        prev = unique.get((c.start, c.end))
        if prev is None:
            unique[(c.start, c.end)] = c
        elif c.acronym_of is not None and prev.acronym_of is None:
            prev.acronym_of = c.acronym_of
    return _join_split_people(doc, list(unique.values()))


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


# Plural or role nouns whose possessive begins a body's name: "the People's Bank", "Attorney's Office".
INNER_POSSESSORS = {"attorney", "attorneys", "people", "prosecutor", "prosecutors", "workers", "women",
                    "children", "veterans", "consumers", "investors"}


def _name_with_possessive(doc, i: int, gaz: Gazetteer) -> bool:
    """Whether the possessive at token `i` ends a name of its own ("Moody's", "McDonald's"),
    so "Moody's Investors Service" is one name, not Moody plus a service."""
    if i < 1:
        return False
    owner = doc[i - 1]
    if owner.lower_ in INNER_POSSESSORS:
        return True
    return gaz.lookup(owner.text + "'s") is not None


REPAIRABLE_HEADS = {
    "court", "office", "division", "commission", "bureau", "agency", "department", "ministry", "authority",
    "administration", "council", "committee", "tribunal", "directorate", "service"}


COMPANY_SUFFIXES = {"co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "llc",
                    "plc", "group", "company", "holdings", "gmbh", "ag", "development", "properties", "realty",
                    "resources", "logistics", "semiconductor", "steel", "cements", "power", "gas", "ports",
                    "transmission", "research", "consulting", "education", "educational", "pharma", "biotech"}


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
    return out


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
        if tok.lower_ in COMPANY_SUFFIXES | COMPANY_HEADS and j > ent.end and tok.text[:1].isupper():
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
    span = doc[ent.start:last_suffix + 1]
    span.label_ = "ORG"
    return span


JUDICIAL_DISTRICT = re.compile(r"^(?:the\s+)?(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District$")


def _repair_span(doc, ent, by_start: dict, gaz: Gazetteer):
    """Mend organisation spans the small model cut short: "Office for the Eastern District of" +
    "New York", "District Court" + "for the District of Oregon", "U.S. Attorney's" + "Office"
    (a possessive inside the name), "U.S." + "District Court"."""
    start, end = ent.start, ent.end
    # "the Southern District" + "of New York": a federal judicial district (its prosecutors or court)
    if JUDICIAL_DISTRICT.match(ent.text) and end + 1 < len(doc) and doc[end].lower_ == "of" \
            and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        nxt = by_start.get(end + 1)
        if nxt is not None:
            span = doc[start:nxt.end]
            span.label_ = "ORG"
            return span
    if ent.label_ != "ORG" or ent.ent_id_:
        return ent
    institutional = doc[end - 1].lower_ in REPAIRABLE_HEADS
    if end < len(doc) and doc[end - 1].lower_ == "the" and end - 2 > start and doc[end - 2].lower_ in ("of", "for"):
        pass  # "Third Plenum of the" + "Central Committee" is handled as one name below
    if end < len(doc) and (doc[end - 1].lower_ in ("of", "for", "and") or
                           (doc[end - 1].lower_ == "the" and end - 2 > start and doc[end - 2].lower_ in ("of", "for"))) \
            and doc[end].ent_iob_ == "B":
        nxt = by_start.get(end)
        if nxt is not None and nxt.label_ in ("GPE", "LOC", "ORG"):
            end = nxt.end
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
    if start >= 2 and _is_possessive(doc[start - 1]) and _name_with_possessive(doc, start - 1, gaz) \
            and doc[start].text[:1].isupper():
        start -= 2
        while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start \
                and not _is_possessive(doc[start - 1]):
            start -= 1
    elif start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].text.isupper() \
            and "." in doc[start - 1].text and institutional:
        start -= 1  # "U.S. District Court": an abbreviated country that begins the name
    if (start, end) == (ent.start, ent.end):
        return ent
    span = doc[start:end]
    span.label_ = ent.label_
    return span


def _split(doc, start: int, end: int, gaz: Gazetteer, places: set[str]) -> list[tuple[int, int]]:
    """Split an entity span at line breaks, sentence starts, parentheses ("Office of Foreign
    Assets Control (OFAC") and an inner possessive whose owner is a name of its own ("Japan's
    Soka University", "the Treasury's Office ..."), but not in "Moody's Capital Markets"."""
    out = []
    cur = start
    for i in range(start, end):
        tok = doc[i]
        if tok.is_space or "\n" in tok.text or tok.text in ("(", ")", "/"):
            if cur < i:
                out.append((cur, i))
            cur = i + 1
        elif tok.is_sent_start and i > cur:
            out.append((cur, i))
            cur = i
        elif _is_possessive(tok) and start < i < end - 1 and not _name_with_possessive(doc, i, gaz):
            owner = doc[cur:i]
            owner_text = re.sub(r"^(?:the|The)\s+", "", owner.text)
            if len(owner) > 1 or gaz.lookup(owner_text) is not None or owner_text in places:
                if cur < i:
                    out.append((cur, i))
                cur = i + 1
    if cur < end:
        out.append((cur, end))
    return out





# ----------------------------------------------------------------------------------------------
# 2-3. noise and typing


def _head_words(text: str) -> list[str]:
    text = re.sub(r"['’]s\b|(?<=s)['’]", "", text)
    return [w.lower().strip(".,") for w in re.findall(r"[\w&.'-]+", text)]


def _type_by_words(text: str) -> tuple[str | None, str | None]:
    """Coarse type and finer class from the words of an organisation name."""
    words = _head_words(text)
    if not words:
        return None, None
    last = words[-1]
    wordset = set(words)
    if wordset & EDUCATION_HEADS:
        return "EducationalInstitution", "University"
    # "10 Downing Street", "No. 10 Downing Street": the house number is no part of the seat
    if re.sub(r"^(?:no\.?\s+)?\d+\s+", "", " ".join(words)) in SEATS_OF_POWER:
        return "GovernmentBody", "ExecutiveOffice"
    if re.search(r"\bhouse of (representatives|commons|lords|councillors)\b", " ".join(words)):
        return "GovernmentBody", "Legislature"
    if last in ("street", "avenue", "square", "palace", "plaza", "boulevard"):
        return "Place", None
    if last in INDEX_HEADS or (last.isdigit() and len(words) > 1 and wordset & {"index", "nikkei", "ftse", "csi"}):
        return "MarketIndex", "MarketIndex"
    if last in PARTY_HEADS or (words[0] in PARTY_HEADS and len(words) > 2 and words[1] == "of"):
        return "PoliticalParty", "PoliticalParty"  # "Labour Party", "Party of the Regions"
    if "central" in wordset and "bank" in wordset or "reserve" in wordset and "bank" in wordset:
        return "GovernmentBody", "CentralBank"
    if "news" in wordset and "agency" in wordset:
        return "MediaOutlet", "NewsAgency"
    if wordset & {"broadcasting", "television", "radio", "newspaper", "newswire"}:
        return "MediaOutlet", None
    if last in COMPANY_HEADS and last not in ("bank",):
        return "Company", None
    if wordset & {"court", "tribunal"}:
        return "GovernmentBody", "Court"
    if words[0] in ("division", "directorate", "bureau") and len(words) > 2 and words[1] == "of":
        return "GovernmentBody", None  # "Division of Corporation Finance", "Bureau of Prisons"
    if re.search(r"\b(northern|southern|eastern|western|central|middle) district of\b", " ".join(words)):
        return "GovernmentBody", "LawEnforcement"
    if wordset & {"prosecutor", "prosecutors", "procuratorate", "police"} or "attorney" in wordset and "office" in wordset:
        return "GovernmentBody", "LawEnforcement"
    if wordset & {"ministry", "department", "treasury"}:
        return "GovernmentBody", "Ministry"
    if wordset & {"senate", "congress", "parliament", "assembly", "duma", "legislature"} or \
            (last == "house" and len(words) > 1):
        return "GovernmentBody", "Legislature"
    if wordset & {"commission", "authority", "bureau", "agency", "administration", "regulator",
                  "regulators", "supervision", "directorate", "inspectorate", "customs"}:
        return "GovernmentBody", "Regulator"
    if wordset & GOVERNMENT_HEADS and wordset & GOVERNMENT_WORDS:
        return "GovernmentBody", None
    if wordset & MEDIA_WORDS and len(words) > 1:
        return "MediaOutlet", None
    if last == "bank":
        return "Company", "Bank"
    if wordset & ORGANIZATION_HEADS:
        return "Organization", None
    if wordset & {"office", "council", "cabinet", "government"}:
        return "GovernmentBody", None
    if re.search(r"\.(com|net|org|io|ai)$", text.lower()):
        return "MediaOutlet" if text[:1].isupper() and "news" in text.lower() else "Company", None
    return None, None


def _is_law(text: str) -> bool:
    """Laws, treaties, plans and events named like organisations ("Inflation Reduction Act",
    "Third Plenum of the Central Committee", "Belt and Road Initiative")."""
    words = _head_words(text)
    if len(words) < 2:
        return False
    head = next((words[i - 1] for i, w in enumerate(words) if w in ("of", "for", "on") and i > 0), words[-1])
    return words[-1] in LAW_HEADS or head in LAW_HEADS


def _strip_person_titles(doc, c: Candidate) -> None:
    """"President Donald Trump" -> "Donald Trump"; "Mr. Xi" -> "Xi"; "Economist Lonski" -> "Lonski"."""
    s = c.start
    while s < c.end - 1 and (doc[s].lower_.rstrip(".") in PERSON_TITLES or doc[s].text in (".",)):
        s += 1
    if s != c.start:
        span = doc[s:c.end]
        c.start, c.text, c.start_char = s, span.text, span.start_char


def _company_context(doc, c: Candidate) -> bool:
    """Words around the name that mark a firm: "gaming giant X", "X CEO", "startup X's"."""
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    after = doc[c.end].lower_ if c.end < len(doc) else ""
    after2 = doc[c.end + 1].lower_ if c.end + 1 < len(doc) else ""
    if before in COMPANY_DESCRIPTORS:
        return True
    if after in COMPANY_FOLLOWERS or (after in ("'s", "’s") and after2 in COMPANY_FOLLOWERS):
        return True
    before2 = doc[c.start - 2:c.start].text.lower() if c.start >= 2 else ""
    return before2 in ("shares of", "stake in", "stock of", "shareholders of", "investors in")


GOVERNMENT_UNIT_HEADS = {"division", "office", "bureau", "unit", "section", "branch", "directorate", "service"}
PLACE_NOUNS = {"capital", "city", "town", "province", "state", "region", "village", "port", "county",
               "district", "island", "country", "nation", "municipality", "prefecture"}
PRODUCT_NOUNS = {"truck", "car", "vehicle", "phone", "smartphone", "model", "chip", "processor", "app",
                 "drug", "vaccine", "device", "chatbot", "software", "console", "laptop", "tablet", "jet",
                 "aircraft", "plane", "satellite", "rocket", "game", "sedan", "suv", "robot", "headset"}


def _context_cue(doc, c: Candidate, cands: list[Candidate]) -> None:
    """Words around a name that settle its type whatever the NER label said: "the capital
    Porto Lindo" is a place, "its first electric truck, the Lumen Hauler" a product, "the
    benchmark VAL 40 index" an index."""
    if c.gaz is not None:
        return
    span = doc[c.start:c.end]
    root = span.root
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    if before in PLACE_NOUNS and doc[c.start - 1].text.islower() and c.type == "Person":
        c.type, c.cls, c.confidence, c.cue = "Place", None, 0.7, True
    elif c.type == "Person" and root.dep_ == "pobj" and root.head.lower_ in ("in", "across", "near") \
            and not (c.end < len(doc) and _is_possessive(doc[c.end])):
        c.type, c.cls, c.confidence, c.cue = "Place", None, 0.7, True
    elif c.type == "Person" and c.start >= 2 and _is_possessive(doc[c.start - 1]) and \
            any(d.end == c.start - 1 and d.type == "Company" for d in cands):
        c.type, c.cls, c.confidence, c.cue = "Product", None, 0.6, True  # "Apple's App Store"
    elif c.type in ("Company", "Person", "Place") and re.search(r"\d", c.text) and c.end < len(doc) and (
            doc[c.end].lemma_.lower() in PRODUCT_NOUNS or
            (c.end + 1 < len(doc) and doc[c.end + 1].lemma_.lower() in PRODUCT_NOUNS and doc[c.end].pos_ in ("NOUN", "ADJ"))):
        c.type, c.cls, c.confidence, c.cue = "Product", None, 0.7, True  # "Ernie 4.5 model", "R1 reasoning model"
    elif before in ("regulator", "watchdog") and c.type in ("Person", "Company", "Place", "Product"):
        c.type, c.cls, c.confidence, c.cue = "GovernmentBody", "Regulator", 0.7, True  # "energy regulator Ofgem"
    elif before in ("newspaper", "broadcaster", "daily", "magazine", "outlet", "tabloid") and c.type != "Person":
        c.type, c.cls, c.confidence, c.cue = "MediaOutlet", None, 0.7, True
    elif c.type in ("Company", "Organization", None) and span[-1].lower_ in GOVERNMENT_UNIT_HEADS and \
            c.start >= 2 and _is_possessive(doc[c.start - 1]) and \
            any(d.end == c.start - 1 and d.type == "GovernmentBody" for d in cands):
        # "the Justice Department's Criminal Division": a unit of a government body is one too
        c.type, c.cls, c.confidence, c.cue = "GovernmentBody", None, 0.75, True
    elif before == "benchmark" or span[-1].lower_ in ("index", "average"):
        c.type, c.cls, c.confidence, c.cue = "MarketIndex", None, 0.75, True
    elif (root.dep_ == "appos" and root.head.lemma_.lower() in PRODUCT_NOUNS) or \
            (before in PRODUCT_NOUNS and doc[c.start - 1].pos_ == "NOUN") or \
            any(t.dep_ == "appos" and t.lemma_.lower() in PRODUCT_NOUNS for t in root.children):
        c.type, c.cls, c.confidence, c.cue = "Product", None, 0.7, True


def _inside_title(doc, c: Candidate, person_starts: set[int]) -> bool:
    """True when the candidate sits in a capitalised title that runs from a title word up to a
    person's name."""
    def title_word(tok):
        return tok.text[:1].isupper() or tok.lower_ in NAME_JOINERS or tok.lower_ == "the"

    i = c.start - 1
    saw_title = False
    while i >= 0 and title_word(doc[i]) and not doc[i].is_punct:
        if doc[i].lower_.rstrip(".") in PERSON_TITLES and doc[i].text[:1].isupper():
            saw_title = True
        if doc[i].is_sent_start:
            break
        i -= 1
    if not saw_title:
        return False
    j = c.end
    while j < len(doc) and title_word(doc[j]) and not doc[j].is_punct:
        if j in person_starts:
            return True
        j += 1
    return j in person_starts


def _affiliation_object(doc, c: Candidate) -> bool:
    """"analysts at Berenberg", "an economist at Natixis": the place someone works."""
    head = doc[c.start:c.end].root
    if head.dep_ != "pobj" or head.head.lower_ not in ("at", "with"):
        return False
    return head.head.head.lemma_.lower() in AFFILIATION_NOUNS


def _media_context(doc, c: Candidate) -> bool:
    """An organisation someone "told", that "reported", or gave "an interview with": an outlet."""
    head = doc[c.start:c.end].root
    if head.dep_ in ("dobj", "dative") and head.head.lemma_ == "tell":
        return True
    if head.dep_ == "nsubj" and head.head.lemma_ in ("report", "broadcast"):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lower_ in ("interview", "interviews"):
        return True
    return False


def _acquired(doc, c: Candidate) -> bool:
    """True when the name is the object of a purchase or merger: "bought X", "acquire X", "merge
    with X", "its takeover of X". People are hired or met, not bought."""
    root = doc[c.start:c.end].root
    head = root.head
    if root.dep_ in ("dobj", "obj") and head.lemma_.lower() in ("buy", "acquire", "purchase"):
        return True
    if root.dep_ == "pobj" and head.lower_ in ("with", "of") and head.head.lemma_.lower() in (
            "merge", "merger", "takeover", "acquisition", "purchase", "buyout"):
        return True
    return False


def _described_as_product(doc, c: Candidate) -> bool:
    """True when the words around a name call it a product, brand or game: "the Xbox console",
    "Call of Duty, the popular game franchise"."""
    if c.end < len(doc) and doc[c.end].is_lower and doc[c.end].lower_ in PRODUCT_DESCRIPTORS:
        nxt = doc[c.end + 1].lower_ if c.end + 1 < len(doc) else ""
        return nxt not in ("maker", "makers", "developer", "developers", "publisher", "studio", "studios",
                           "company", "companies", "unit", "division", "business")
    # "titles like Call of Duty", "games such as Fortnite", "consoles including the Switch"
    before = [t.lower_ for t in doc[max(0, c.start - 3):c.start]]
    if before[-1:] in (["like"], ["including"]) and before[-2:-1] and before[-2] in PRODUCT_DESCRIPTORS:
        return True
    if before[-2:] == ["such", "as"] and len(before) == 3 and before[0] in PRODUCT_DESCRIPTORS:
        return True
    root = doc[c.start:c.end].root
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in PRODUCT_DESCRIPTORS:
            return True
    return False


# Title nouns said only of people: "X, the chief executive of Y", "the head of Y, X".
PERSON_ROLE_NOUNS = {
    "ceo", "cfo", "chairman", "chairwoman", "chairperson", "president", "director", "head", "chief", "minister",
    "secretary", "governor", "economist", "analyst", "strategist", "professor", "spokesman", "spokeswoman",
    "spokesperson", "executive", "officer", "commissioner", "ambassador", "senator", "congressman",
    "congresswoman", "mayor", "premier", "chancellor", "king", "queen", "lawyer", "attorney", "judge",
    "prosecutor", "envoy", "lawmaker", "manager", "founder", "co-founder", "cofounder", "adviser", "advisor",
    "politician", "candidate", "negotiator", "researcher", "deputy", "boss", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "activist", "official", "dean", "editor", "correspondent", "reporter",
}


def _said_of_a_person(doc, c: Candidate) -> bool:
    """A name in apposition with a title only people hold ("X, the United States Attorney for
    ...", "the head of the Commission, X") or after one ("the club's chairman X"): a person."""
    root = doc[c.start:c.end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS and root.head.i < c.start:
        return True
    before = doc[c.start - 1] if c.start > 0 else None
    if before is not None and before.is_lower and before.lemma_.lower() in PERSON_ROLE_NOUNS \
            and len(c.text.split()) > 1 and before.head.i in range(c.start, c.end):
        return True  # "the club's chairman Ivo Brandauer"
    return any(t.dep_ == "appos" and t.lemma_.lower() in PERSON_ROLE_NOUNS and t.i > root.i for t in root.children)


def _type_candidate(doc, c: Candidate) -> None:
    if c.gaz is not None:
        c.type, c.cls, c.confidence = c.gaz.type, c.gaz.finer_class, 0.95
        return
    by_words, cls = _type_by_words(c.text)
    label = c.label
    if label == "PERSON":
        if by_words and by_words != "Person" and len(c.text.split()) > 1:
            c.type, c.cls, c.confidence, c.worded = by_words, cls, 0.7, True
        elif len(c.text.split()) > 1 and _acquired(doc, c):
            # "Microsoft bought Activision Blizzard": what is bought or merged with is a firm
            c.type, c.confidence, c.cue = "Company", 0.6, True
        elif len(c.text.split()) == 1 and (_company_context(doc, c) or _affiliation_object(doc, c) or
                                           (c.start > 0 and doc[c.start - 1].lower_ in COMPANY_DESCRIPTORS)):
            # "Zentrix CEO ...", "shares of Zentrix", "analysts at Berenberg": a firm, whatever NER said
            c.type, c.confidence, c.cue = "Company", 0.6, True
        else:
            c.type, c.confidence = "Person", 0.85
    elif label in ("ORG",):
        if by_words:
            c.type, c.cls, c.confidence, c.worded = by_words, cls, 0.85, True
        elif _said_of_a_person(doc, c):
            c.type, c.confidence, c.cue = "Person", 0.7, True
        elif _media_context(doc, c):
            c.type, c.confidence = "MediaOutlet", 0.6
        else:
            c.type, c.confidence = "Company", 0.6
    elif label in ("GPE", "LOC", "FAC"):
        if by_words and by_words != "Place":
            c.type, c.cls, c.confidence, c.worded = by_words, cls, 0.7, True
        elif _company_context(doc, c):
            c.type, c.confidence = "Company", 0.6
        else:
            c.type, c.confidence = "Place", 0.8
    elif label == "PRODUCT":
        if _company_context(doc, c) or (c.end < len(doc) and _is_possessive(doc[c.end])):
            c.type, c.confidence = "Company", 0.6
        else:
            c.type, c.confidence = "Product", 0.6
    elif label == "NORP":
        c.type = None  # nationality adjectives are dropped unless the gazetteer knows a party


def _is_noise(doc, c: Candidate, body_forms: set[str]) -> bool:
    norm = c.norm
    if not norm or len(norm) < 2 and not c.text.isupper():
        return True
    if norm in NOT_ENTITIES or norm.replace(" ", "-") in NOT_ENTITIES:
        return True
    if c.gaz is None and c.text == c.text.lower():
        return True  # "fed funds": a lower-case word is not a name
    if c.gaz is None and _is_law(c.text):
        return True
    if c.type is None:
        return True
    nxt = doc[c.end].lower_ if c.end < len(doc) else ""
    if c.gaz is None and norm in PORTFOLIOS and nxt in ("minister", "secretary", "ministry", "chief", "spokesman",
                                                          "spokeswoman", "spokesperson", "official", "officials"):
        # "Finance Minister Kato": part of a title; it stays only as a mention of a body the
        # article names in full ("Treasury Secretary Yellen" with "the Treasury Department")
        c.in_title = True
    if c.start > 0 and doc[c.start - 1].text == "," and norm.replace(".", "").replace(" ", "") in \
            LEGAL_FORMS:
        return True  # "Tesla, Inc.": the legal form belongs to the firm before the comma
    if c.type == "Place" and nxt in STREET_WORDS and doc[c.end].text[:1].isupper():
        return True  # "1600 Pennsylvania Avenue": an address, not the state
    if norm.split()[-1:] == ["treasury"] and nxt in SECURITY_WORDS:
        return True  # "US Treasury bonds": a security, not the department
    if norm == "treasury" and (nxt in SECURITY_WORDS or
                               re.search(r"\d+-(year|month|week)\s*$", doc[max(0, c.start - 4):c.start].text)):
        return True
    if c.type == "Place" and nxt in LAW_HEADS and c.end < len(doc) and doc[c.end].text[:1].isupper():
        return True  # "Paris" in "the Paris Agreement" names the treaty, not the city
    if c.in_headline and c.gaz is None and norm not in body_forms and \
            (_type_by_words(c.text)[0] in (None, "Company", "Place") or
             _head_words(c.text)[-1] not in INSTITUTION_HEADS | GOVERNMENT_HEADS | {"bank"}):
        return True  # title-case headline words ("Imposing Swift") unless a body's name
    if all(t.like_num or t.is_punct for t in doc[c.start:c.end]):
        return True
    return False


# ----------------------------------------------------------------------------------------------
# 3b. place versus government


def _acts(doc, c: Candidate) -> bool:
    """True when a place name acts like an agent: subject of a verb, possessor of an action noun
    ("Beijing's scrutiny") or the one angered/urged ("angered Beijing")."""
    head = doc[c.start:c.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "Seoul and Tokyo have stepped up": both act
    if head.dep_ in ("nsubj", "nsubjpass", "agent") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if verb.lemma_ in NON_ACTING_VERBS and not any(
                t.dep_ in ("xcomp", "ccomp") or (t.dep_ == "acomp" and t.lemma_.lower() in STANCE_ADJECTIVES)
                for t in verb.children):
            return False
        if head.dep_ == "nsubjpass":
            return False
        return True
    if head.dep_ == "poss" and head.head.pos_ == "NOUN":
        noun = head.head
        if noun.ent_type_ and noun.ent_type_ not in ("DATE", "CARDINAL", "PERCENT", "MONEY"):
            return False  # "London's FTSE 100 index", "Tokyo's Keio University": what it holds
        return noun.lemma_ not in {"economy", "capital", "city", "street", "border", "territory", "population",
                                   "people", "market", "stock", "share", "airport", "resident", "mayor"}
    if head.dep_ == "dobj" and head.head.lemma_ in STANCE_OBJECT_VERBS:
        return True
    return False


# ----------------------------------------------------------------------------------------------
# 4. grouping and aliases


def _person_tokens(text: str) -> list[str]:
    """Name parts without initials ("Janet L. Yellen" -> ["janet", "yellen"])."""
    parts = [p for p in re.split(r"\s+", normalize_form(text)) if p]
    return [p.lower() for p in parts if not re.fullmatch(r"[A-Z]\.?", p) and p.lower() not in ("jr.", "jr", "sr.", "iii", "ii")]


def _initials(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in ("of", "and", "the", "for", "&", "on", "in", "de")]
    return "".join(w[0] for w in words).upper()


def _group_candidates(doc, cands: list[Candidate], gaz: Gazetteer) -> list[Group]:
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
            _merge(groups, target, other)
            for k, g in group_of.items():
                if g is other:
                    group_of[k] = target
    # acronyms in parentheses join their expansion
    for i, c in enumerate(cands):
        target = c.acronym_of
        if target is None:
            continue
        j = next((k for k, d in enumerate(cands) if d is target), None)
        if j is None or group_of[j] is group_of[i]:
            continue
        into, other = group_of[j], group_of[i]
        _merge(groups, into, other)
        for k, g in group_of.items():
            if g is other:
                group_of[k] = into
    groups = [g for g in groups if g.members]
    for g in groups:
        _settle_type(g)
    return groups


def _merge(groups: list[Group], into: Group, other: Group) -> None:
    if into is other:
        return
    into.members.extend(other.members)
    into.extra_mentions.extend(other.extra_mentions)
    if into.gaz is None and other.gaz is not None:
        into.gaz = other.gaz
    other.members = []
    other.extra_mentions = []


def _settle_type(g: Group) -> None:
    gaz = [c.gaz for c in g.members if c.gaz is not None]
    if gaz:
        g.gaz = max(gaz, key=lambda e: sum(1 for c in g.members if c.gaz is e))
        g.type, g.cls, g.confidence = g.gaz.type, g.gaz.finer_class, 0.95
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


def _alias_merge(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    groups = [g for g in groups if g.members]
    persons = [g for g in groups if g.type == "Person"]
    full = [g for g in persons if max(len(_person_tokens(f)) for f in g.forms()) >= 2]
    # people: "Yellen" / "Janet Yellen" / "Janet L. Yellen"; two "Ma"s keep a bare "Ma" apart
    for g in list(groups):
        if not g.members or g.type not in ("Person", "Company", "Organization", "Place", "Product"):
            continue
        forms = g.forms()
        longest = max((len(_person_tokens(f)) for f in forms), default=0)
        if g.type != "Person" and not (len(forms) == 1 and len(forms[0].split()) == 1):
            continue
        if g.type == "Person" and longest >= 2:
            # "Janet Yellen" vs "Janet L. Yellen": same tokens once initials go; "Van Hollen" is
            # the end of "Chris Van Hollen" (a surname of two words)
            key = tuple(_person_tokens(_longest_form(g)))
            same = [h for h in full if h is not g and h.members and tuple(_person_tokens(_longest_form(h))) == key
                    and (g.gaz is None or h.gaz is None or g.gaz is h.gaz)]
            if not same and g.gaz is None:
                same = [h for h in full if h is not g and h.members
                        and len(_person_tokens(_longest_form(h))) > len(key)
                        and tuple(_person_tokens(_longest_form(h))[-len(key):]) == key]
                same = same if len(same) == 1 else []
            if same:
                _merge(groups, same[0], g)
            continue
        token = _person_tokens(forms[0])
        if len(token) != 1:
            continue
        token = token[0]
        hits = [h for h in full if h is not g and h.members and any(
            token in (pt[0], pt[-1]) for pt in (_person_tokens(f) for f in h.forms()) if len(pt) >= 2)]
        if len({id(h) for h in hits}) == 1:
            if g.gaz is not None and hits[0].gaz is not None and g.gaz is not hits[0].gaz:
                continue
            if hits[0].gaz is None and g.gaz is not None:
                # "Powell" after "Colin Powell": the gazetteer's Powell was a guess from the surname
                g.gaz = None
                for c in g.members:
                    c.gaz = None
            _merge(groups, hits[0], g)
            if hits[0].type != "Person":
                hits[0].type = "Person"
        elif len(hits) > 1 and g.type == "Person" and g.gaz is None:
            g.members = []  # "Ma" with Jack Ma and Pony Ma in the article: ambiguous, no entity
    groups = [g for g in groups if g.members]
    # acronyms without parentheses: "BI" for "Business Insider", "SEC" for an expansion in the text
    for g in list(groups):
        forms = g.forms()
        if not g.members or len(forms) != 1 or not re.fullmatch(r"[A-Z][A-Z&.]{1,7}", forms[0]):
            continue
        letters = forms[0].replace(".", "").replace("&", "")
        hits = [h for h in groups if h is not g and h.members and h.type not in ("Person", "Place")
                and any(len(f.split()) > 1 and _initials(f) == letters for f in h.forms())]
        if len(hits) == 1 and (g.gaz is None or hits[0].gaz is None or g.gaz is hits[0].gaz):
            _merge(groups, hits[0], g)
            _settle_type(hits[0])
    groups = [g for g in groups if g.members]
    # organisations: a shorter name contained in exactly one longer one ("Comcast" in
    # "Comcast Corporation", "Treasury" in "U.S. Department of the Treasury")
    orgish = {"Company", "Organization", "GovernmentBody", "MediaOutlet", "EducationalInstitution",
              "PoliticalParty", "MarketIndex", "Product"}
    for g in sorted(groups, key=lambda g: len(_longest_form(g))):
        if not g.members or g.type not in orgish:
            continue
        short = _norm(_longest_form(g)).split()
        if not short:
            continue
        hits = []
        for h in groups:
            if h is g or not h.members or h.type not in orgish:
                continue
            if g.gaz is not None and h.gaz is not None and g.gaz is not h.gaz:
                continue
            for f in h.forms():
                long = _norm(f).split()
                if len(long) > len(short) and _contains(long, short) and _same_firm(f, short, g, h, gaz):
                    hits.append(h)
                    break
        if len(hits) == 1:
            _merge(groups, hits[0], g)
            _settle_type(hits[0])
    groups = [g for g in groups if g.members]
    # "the Hindenburg report" after "Hindenburg Research": a lone word the model called a
    # place that begins exactly one organisation's name is that organisation
    for g in list(groups):
        forms = g.forms()
        if not g.members or g.gaz is not None or g.type != "Place" or len(forms) != 1 or " " in forms[0]:
            continue
        if not all(doc[c.start:c.end].root.dep_ == "compound" for c in g.members):
            continue  # "Valdoria's President": a real place, whatever firm bears its name
        hits = [h for h in groups if h is not g and h.members and h.type in orgish
                and any(f.split()[0] == forms[0] and len(f.split()) > 1 for f in h.forms())]
        if len(hits) == 1:
            _merge(groups, hits[0], g)
    groups = [g for g in groups if g.members]
    return [g for g in groups if g.members]


def _same_firm(long_form: str, short: list[str], g: Group, h: Group, gaz: Gazetteer) -> bool:
    """Whether a longer name is the same organisation as the shorter one it contains, not a
    regional unit ("Ericsson Egypt Limited") or another firm built on a known name."""
    extra = [w for w in re.findall(r"[\w&.'’-]+", long_form) if _norm(w) not in short]
    for w in extra if h.type == "Company" else ():
        entry = gaz.lookup(w)
        if (entry is not None and entry.type == "Place") or gaz.country_of_demonym(w) is not None:
            return False
    if g.gaz is not None and h.gaz is None:
        legal = COMPANY_SUFFIXES | COMPANY_HEADS | NAME_JOINERS | {"the", "&", ","}
        return all(_norm(w) in legal or not _norm(w) for w in extra)
    return True


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _longest_form(g: Group) -> str:
    forms = g.forms()
    return max(forms, key=lambda f: (len(f), -forms.index(f)))


# ----------------------------------------------------------------------------------------------
# 5. descriptions


def _description_mentions(doc, groups: list[Group], taken: list[tuple[int, int]],
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
        if phrase in ("government", "federal government", "administration"):
            # a national government first; else the ministry or prosecutors acting for it
            national = [g for g in compatible if g.cls in ("NationalGovernment", "Administration", "ExecutiveOffice")]
            compatible = national or [g for g in compatible if g.cls in ("Ministry", "LawEnforcement")]
        # "the Bureau" prefers an entity called "... Bureau ..."
        named = [g for g in compatible if phrase in _norm(_longest_form(g)).split()]
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
        elif len(compatible) == 1:
            target = compatible[0]
        else:
            continue
        target.extra_mentions.append((start, end))


INSTITUTION_HEADS = EDUCATION_HEADS | PARTY_HEADS | INDEX_HEADS | {
    "ministry", "commission", "agency", "bureau", "court", "institute", "foundation", "association",
    "authority", "department", "council", "federation", "exchange", "office"}
NAME_JOINERS = {"of", "and", "for", "&", "on", "de"}


def _institution_names(doc, gaz: Gazetteer, cands: list[Candidate], headlines) -> list[Candidate]:
    """Capitalised names ending in an institutional head word that NER missed ("Soka University"
    after a ruler-tagged "Japan's", "Ministry of Commerce"), typed by their words."""
    covered = set()
    for c in cands:
        covered.update(range(c.start, c.end))
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        head_ok = tok.lower_ in INSTITUTION_HEADS and (tok.text[:1].isupper() or tok.lower_ in ("party", "index"))
        if not head_ok or i in covered:
            i += 1
            continue
        start = i
        while start > 0 and start - 1 not in covered and not doc[start - 1].is_sent_start and (
                (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"))
                # "Prosecutors' Office", "People's Court": a plural possessive inside the name
                or (doc[start - 1].text in ("'", "’", "'s", "’s") and start - 2 >= 0
                    and doc[start - 2].text[:1].isupper() and start - 2 not in covered)):
            start -= 1
        end = i + 1
        while end + 1 < len(doc) and doc[end].lower_ in NAME_JOINERS:
            nxt = end + 1
            if doc[nxt].lower_ == "the" and nxt + 1 < len(doc):
                nxt += 1
            if not doc[nxt].text[:1].isupper():
                break
            end = nxt
            # names run on through capitalised words, including a place ("... District of New York")
            while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct \
                    and not doc[end].is_sent_start:
                end += 1
        # "U.S. Attorney's Office": a place right before the name (no possessive between) is part of it
        if start > 0 and start - 1 in covered and doc[start - 1].ent_type_ == "GPE" and not _is_possessive(doc[start]):
            place = next((c for c in cands if c.end == start), None)
            if place is not None:
                start = place.start
                cands[:] = [c for c in cands if c is not place]  # part of the name now
        # "Norway-Chile Business Council": names joined by a hyphen with no spaces begin it
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
            start -= 2
            cands[:] = [c for c in cands if not (c.end > start and c.start < i)]
        while end > start + 1 and doc[end - 1].lower_ in NAME_JOINERS | {"the"}:
            end -= 1
        span = doc[start:end]
        i = end
        if len(span) < 2 or any(a <= span.start_char < b for a, b in headlines):
            continue
        if not span[0].text[:1].isupper():
            continue
        entry = gaz.lookup(span.text)
        kind, cls = (entry.type, entry.finer_class) if entry else _type_by_words(span.text)
        if kind is None:
            continue
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind, cls=cls, gaz=entry, confidence=0.7))
    return out


AFFILIATION_NOUNS = {
    "economist", "analyst", "strategist", "professor", "lecturer", "researcher", "director", "partner",
    "fellow", "chief", "head", "executive", "manager", "scientist", "official", "spokesperson",
    "spokesman", "spokeswoman", "adviser", "advisor", "founder", "chairman", "president", "trader",
    "investor", "officer", "engineer", "employee", "lawyer", "attorney", "consultant", "dean",
}


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


def _missed_names(doc, cands: list[Candidate], headlines) -> list[Candidate]:
    """Names the small model skipped in two reliable places: a list with other names of one
    type ("Apple, Amazon and Facebook") and an affiliation ("a senior economist at Natixis")."""
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
            if found:
                span = doc[found[0]:found[1]]
                out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char,
                                     c.label, type=c.type, confidence=0.6))
                covered.update(range(span.start, span.end))
    for tok in doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "of", "with") \
                or tok.head.head.lemma_.lower() not in AFFILIATION_NOUNS:
            continue
        found = _uncovered_name(doc, tok, covered)
        if not found or any(a <= tok.idx < b for a, b in headlines):
            continue
        owner = next((c for c in cands if c.end + 1 == found[0] and _is_possessive(doc[c.end])
                      and c.type in ("Company", "Organization")), None)
        if owner is not None:
            found = (owner.start, found[1])  # "Moody's Capital Markets": the firm's longer name
        span = doc[found[0]:found[1]]
        kind, cls = _type_by_words(span.text)
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind or "Company", cls=cls, confidence=0.6))
        covered.update(range(span.start, span.end))
    # index names written as capitals and their number: "CAC-40", "IBEX 35", "KOSPI-200"
    for tok in doc:
        if tok.i in covered or any(a <= tok.idx < b for a, b in headlines):
            continue
        m = INDEX_CODE.fullmatch(tok.text)
        if m and tok.text.lower() not in NOT_ENTITIES:
            out.append(Candidate(tok.i, tok.i + 1, tok.text, tok.idx, tok.idx + len(tok.text), "ORG",
                                 type="MarketIndex", cls="MarketIndex", confidence=0.6))
            covered.add(tok.i)
    return out


INDEX_CODE = re.compile(r"[A-Z]{3,6}-\d{2,3}")


def _repeated_names(doc, cands: list[Candidate], headlines, blocked: set[int] = frozenset()) -> list[Candidate]:
    """Other occurrences of names already found that the model did not tag again: the same
    words ("Raman said"), a person's surname or given name, or the initials of a long name ("BI"
    after "Business Insider"). Alias resolution decides later whom each one names."""
    covered = set(blocked)
    for c in cands:
        covered.update(range(c.start, c.end))
    forms: dict[tuple[str, ...], Candidate] = {}
    for c in cands:
        if not c.type:
            continue
        toks = tuple(t.text for t in doc[c.start:c.end])
        forms.setdefault(toks, c)
        if c.type == "Person":
            parts = [t for t in doc[c.start:c.end] if t.text[:1].isupper() and len(t.text) > 1 and t.text[-1] != "."]
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    forms.setdefault((part.text,), c)
        elif c.type != "Place" and c.end - c.start > 1:
            letters = _initials(c.text)
            if 2 <= len(letters) <= 6:
                forms.setdefault((letters,), c)
    out = []
    longest = max((len(f) for f in forms), default=0)
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper():
            i += 1
            continue
        match = None
        for n in range(min(longest, len(doc) - i), 0, -1):
            toks = tuple(t.text for t in doc[i:i + n])
            if toks in forms and not any(j in covered for j in range(i, i + n)):
                match = (n, forms[toks])
                break
        if match is None:
            i += 1
            continue
        n, template = match
        span = doc[i:i + n]
        if n == 1 and span[0].pos_ != "PROPN" and not span.text.isupper():
            i += 1
            continue
        c = Candidate(span.start, span.end, span.text, span.start_char, span.end_char, template.label,
                      type=template.type, cls=template.cls, gaz=template.gaz if span.text == template.text else None,
                      confidence=0.6)
        c.in_headline = any(a <= c.start_char < b for a, b in headlines)
        out.append(c)
        covered.update(range(span.start, span.end))
        i += n
    return out


BODY_UNITS = {"committee", "subcommittee", "panel", "office", "commission", "council", "caucus", "task force"}


def _lowercase_units(doc, cands: list[Candidate]) -> list[Candidate]:
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
                             type="GovernmentBody", cls=cls, confidence=0.7))
        cands[:] = [d for d in cands if d is not c]
    return out


def _collective_bodies(doc, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
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
        out.append(Candidate(span.start, span.end, span.text, span.start_char, span.end_char, "ORG",
                             type=kind, cls=cls, confidence=0.7))
        if not any(_is_possessive(t) for t in span):
            absorbed = {(c.start, c.end) for c in cands if span.start <= c.start and c.end <= span.end
                        and c.type in ("Place", "GovernmentBody")}
            cands[:] = [c for c in cands if (c.start, c.end) not in absorbed]
    return out


COLLECTIVE_BODIES = {
    "regulators": ("GovernmentBody", "Regulator"), "watchdogs": ("GovernmentBody", "Regulator"),
    "prosecutors": ("GovernmentBody", "LawEnforcement"), "authorities": ("GovernmentBody", None),
}


# ----------------------------------------------------------------------------------------------
# main


def resolve_entities(doc, article: Article | None = None, gazetteer: Gazetteer | None = None) -> EntityTable:
    """The entities of one article with every mention, canonical name, coarse type and aliases."""
    gaz = gazetteer or load_gazetteer()
    text = doc.text
    headlines = _headline_ranges(text)
    cands = _candidates(doc, gaz, headlines, _dateline_spans(text))

    # "the Obama administration", "the Meloni government", "the Kishida cabinet": a leader's
    # name before a word for the executive names that government
    admin: list[Candidate] = []
    for c in cands:
        if c.label == "PERSON" and c.end < len(doc) and doc[c.end].lower_ in ("administration", "government",
                                                                              "cabinet", "regime") \
                and (c.gaz is None or c.gaz.type == "Person"):
            span = doc[c.start:c.end + 1]
            c.end, c.text, c.end_char = c.end + 1, span.text, span.end_char
            c.label, c.gaz = "ORG", None
            c.type, c.cls, c.confidence = "GovernmentBody", "NationalGovernment", 0.8
            admin.append(c)

    for c in cands:
        if c in admin:
            continue
        if c.label == "PERSON" and c.gaz is None:
            _strip_person_titles(doc, c)
            # "Lina M. Khan" is the gazetteer's "Lina Khan"
            c.gaz = gaz.lookup(c.text) or gaz.lookup(re.sub(r"\s[A-Z]\.(?=\s)", "", c.text))
            if c.gaz is not None and c.gaz.type != "Person":
                c.gaz = None
        _type_candidate(doc, c)

    for c in cands:
        if c not in admin:
            _context_cue(doc, c, cands)

    for c in cands:
        if c.type in ("Company", "Person") and c.gaz is None and _described_as_product(doc, c):
            c.type, c.cls, c.confidence, c.cue = "Product", None, 0.7, True
        # "Globex, Corp.": the name before a comma and a legal form is a firm, whatever NER said
        if c.gaz is None and c.end + 1 < len(doc) and doc[c.end].text == "," and \
                doc[c.end + 1].text.lower().replace(".", "") in LEGAL_FORMS \
                and doc[c.end + 1].text[:1].isupper():
            c.type, c.cls, c.confidence, c.cue = "Company", None, 0.8, True

    # a title word before a name the model called an organisation: "Mr. Ng", "Economist Lim"
    for c in cands:
        if c.type in ("Company", "Organization") and c.gaz is None and c.start > 0 and len(c.text.split()) <= 2:
            prev = doc[c.start - 1].lower_.rstrip(".")
            if prev in {"mr", "mrs", "ms", "dr", "prof", "president", "minister", "secretary", "chairman",
                        "economist", "analyst", "senator", "governor"}:
                c.type, c.confidence = "Person", 0.75

    # "the SEC's Division of Enforcement": a unit owned by a government body is one too
    for c in cands:
        if c.gaz is None and c.type in ("Company", "Organization") and c.start >= 2 and _is_possessive(doc[c.start - 1]):
            owner = next((d for d in cands if d.end == c.start - 1), None)
            if owner is not None and owner.type == "GovernmentBody":
                c.type, c.confidence = "GovernmentBody", 0.7

    # "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson":
    # words inside a long title before a name are part of the title
    person_starts = {c.start for c in cands if c.type == "Person"}
    cands = [c for c in cands if not (c.gaz is None and c.type == "Company" and c.confidence <= 0.6
                                      and _inside_title(doc, c, person_starts))]

    body_forms = {c.norm for c in cands if not c.in_headline}
    noise = [c for c in cands if c not in admin and _is_noise(doc, c, body_forms)]
    cands = [c for c in cands if c not in noise]
    blocked = {i for c in noise for i in range(c.start, c.end)}  # no name is found again where noise was
    kept = {id(c) for c in cands}
    # the short form of a dropped name (a law's acronym) goes with it
    cands = [c for c in cands if c.acronym_of is None or id(c.acronym_of) in kept]
    # a lone generic head ("the Department", "the Bureau") refers back; it is not a new entity
    generic = [c for c in cands if c.gaz is None and c.norm in DESCRIPTION_TYPES and " " not in c.norm]
    cands = [c for c in cands if c not in generic]
    cands += _collective_bodies(doc, gaz, cands)
    cands += _lowercase_units(doc, cands)
    cands += _institution_names(doc, gaz, cands, headlines)
    cands += _missed_names(doc, cands, headlines)
    cands += _repeated_names(doc, cands, headlines, blocked)
    # "Globex, Corp.": a legal form after a comma is part of the firm, whichever step found it
    cands = [c for c in cands if not (c.gaz is None and c.start > 0 and doc[c.start - 1].text == ","
                                      and c.norm.replace(".", "").replace(" ", "") in LEGAL_FORMS)]

    # a single word NER called an organisation or place that is a person's surname in the
    # article ("Sunak said", tagged ORG) is that person
    person_parts = set()
    for c in cands:
        if c.type == "Person":
            parts = _person_tokens(c.text)
            if len(parts) >= 2:
                person_parts.update({parts[0], parts[-1]})
    for c in cands:
        if c.type != "Person" and c.gaz is None and " " not in c.text and c.text.lower() in person_parts:
            c.type, c.confidence, c.label = "Person", 0.75, "PERSON"

    groups = _group_candidates(doc, cands, gaz)
    groups = _alias_merge(doc, groups, gaz)
    groups = [g for g in groups if not all(c.in_title for c in g.members)]
    groups = _government_readings(doc, groups, gaz)

    taken = [(c.start_char, c.end_char) for g in groups for c in g.members]
    _description_mentions(doc, groups, taken, [(c.start_char, c.end_char, c.norm) for c in generic])
    return _table(doc, groups)


def _government_readings(doc, groups: list[Group], gaz: Gazetteer) -> list[Group]:
    """A capital whose mentions mostly act ("Beijing said", "Washington imposed") is its
    country's government; it then joins the other names of that government in the article
    ("Chinese authorities")."""
    for g in groups:
        if g.gaz is None or g.gaz.capital_of is None:
            continue
        acting = sum(1 for c in g.members if _acts(doc, c))
        if acting and acting * 2 >= len(g.members):
            country = gaz.get(g.gaz.capital_of)
            gov = gaz.get(country.government) if country and country.government else None
            g.type, g.confidence = "GovernmentBody", 0.75
            g.cls = gov.finer_class if gov is not None else "NationalGovernment"
            if gov is not None:
                g.gaz = gov
    by_gaz: dict[str, Group] = {}
    for g in groups:
        if not g.members or g.gaz is None:
            continue
        if g.gaz.path in by_gaz:
            _merge(groups, by_gaz[g.gaz.path], g)
        else:
            by_gaz[g.gaz.path] = g
    return [g for g in groups if g.members and g.type]


def _canonical_name(g: Group) -> str:
    forms = g.forms()
    if g.type == "Person":
        return max(forms, key=lambda f: (len(_person_tokens(f)), len(f), -forms.index(f)))
    if g.gaz is not None and g.gaz.type == "GovernmentBody" and "NationalGovernment" in g.gaz.classes:
        # a capital city standing for its government is named as the government
        if not any(_norm(f) == _norm(g.gaz.label) for f in forms):
            return g.gaz.label
    return max(forms, key=lambda f: (len(f), -forms.index(f)))


def _table(doc, groups: list[Group]) -> EntityTable:
    table = EntityTable()
    used: set[str] = set()
    text = doc.text  # Doc.text joins every token on each access
    # sentence bounds once: Span.sent walks the whole document on every call
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if len(doc) else []
    sentence_starts = [a for a, _ in sentences]
    for g in sorted(groups, key=lambda g: g.first):
        name = _canonical_name(g)
        key = g.gaz.path if g.gaz is not None and g.gaz.type == g.type else entity_path(g.type, name)
        base, n = key, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        mentions = []
        spans = sorted({(c.start_char, c.end_char) for c in g.members} | set(g.extra_mentions))
        for s, e in spans:
            i = bisect.bisect_right(sentence_starts, s) - 1
            sent_start, sent_end = sentences[i] if i >= 0 else (s, e)
            mentions.append(Mention(
                text=text[s:e], start=s, end=e,
                sentence_start=min(sent_start, s), sentence_end=max(sent_end, e),
            ))
        aliases = [f for f in g.forms() if _norm(f) != _norm(name)]
        table.add(Entity(
            key=key, name=name, type=g.type, ontology_class=g.cls, aliases=aliases, mentions=mentions,
            gazetteer_id=g.gaz.iri if g.gaz is not None and g.gaz.type == g.type else None,
            confidence=round(g.confidence, 2),
        ))
    return table
