"""Typing: the coarse type and finer class of each candidate, from evidence in a fixed order.

1. The gazetteer's class, when the name is known.
2. The name's own words: its head ("... University", "... Commission", "... Index", "... Party",
   "... Bank") and legal form ("Inc.", "Ltd.").
3. The NER label, overruled by the words around the name: "e-commerce giant X" and "X CEO" make
   a firm, "the capital X" a place, "its new truck, the X" a product, "X, the chief executive of
   Y" a person, "told X" or "X reported" a media outlet, "bought X" a firm.
4. Steps over all candidates: a leader's name before "administration" names a government; a
   title word before a name makes a person; a unit of a government body ("the SEC's Division of
   Enforcement") is one too; a word inside a long job title is no entity; a single word that is a
   person's surname elsewhere in the article is that person.

A capital city that acts ("Beijing said", "Washington imposed") is read as its country's
government later, once its mentions are grouped (`acts_as_agent`, used by aliases).
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate, moved_by_a_figure
from kg.extract.confidence import (
    ENTITY_CONTEXT_CUE, ENTITY_DESCRIBED, ENTITY_GAZETTEER, ENTITY_GIVEN_NAME_FIRST, ENTITY_LEADER_GOVERNMENT, ENTITY_LEGAL_FORM,
    ENTITY_NER_DEFAULT, ENTITY_NER_ORG_BY_WORDS, ENTITY_NER_PERSON, ENTITY_NER_PLACE, ENTITY_SAID_OF_A_PERSON,
    ENTITY_STRONG_CONTEXT_CUE, ENTITY_SURNAME_OF_PERSON, ENTITY_TITLE_BEFORE_NAME, ENTITY_UNIT_OF_GOVERNMENT,
    ENTITY_WEAK_CONTEXT_CUE, ENTITY_WORDS_OVER_LABEL,
)
from kg.extract.entity_lexicon import (
    AFFILIATION_NOUNS, ARMED_SERVICES, BUSINESS_RESULT_NOUNS, COMPANY_DESCRIPTORS, COMPANY_FOLLOWERS, COMPANY_HEADS,
    EDUCATION_HEADS, FIRM_GROUP_NOUNS, GOVERNMENT_HEADS,
    GOVERNMENT_UNIT_HEADS, GOVERNMENT_WORDS, INDEX_HEADS, LAW_HEADS, is_legal_form, singular_forms, LEGISLATURE_NAMES, LEGISLATURE_WORDS,
    MEDIA_WORDS, MISSION_HEADS, NAME_JOINERS, OUTLET_KIND_NOUNS,
    NON_ACTING_VERBS, NOT_PARTY_QUALIFIERS, ORGANIZATION_HEADS, PARTY_HEADS, PARTY_PLURALS, PARTY_PEOPLE_NOUNS,
    POLITICAL_NAME_WORDS, PERSON_ROLE_NOUNS, PORTFOLIO_HOLDER_TITLES, PORTFOLIO_WORDS, PERSON_TITLES, PLACE_MOVE_VERBS, PLACE_NOUNS,
    PRODUCT_DESCRIPTORS, PRODUCT_NOUNS, SEATS_OF_POWER,
    SITE_PARTICIPLES, SPEECH_LEMMAS, STANCE_ADJECTIVES, STANCE_OBJECT_VERBS, STATUS_WORDS,
)
from kg.extract.name_forms import is_initial, is_possessive, name_head, name_words, person_name_parts
from kg.gazetteer import Gazetteer
from kg.nlp import US_STATE_ABBREVIATIONS, english_word, title_case
from kg.resources import given_names


# A polity's formal name: "the State of X", "the Kingdom of X" is the place X.
STATE_FORMS = ("state", "commonwealth", "republic", "kingdom", "principality", "emirate", "province", "prefecture")


# "X State" names a federal unit (a place) unless X says it is a movement, a doctrine or a school.
NOT_PLACE_STATES = {"islamic", "deep", "police", "welfare", "nation", "penn", "ohio", "michigan", "iowa", "arizona",
                    "florida", "kansas", "oregon", "washington"}


# The business a legislature's or a central bank's committee is named for.
COMMITTEE_BUSINESS_WORDS = {"intelligence", "finance", "financial", "budget", "judiciary", "ethics", "appropriations",
                            "foreign", "security", "defence", "defense", "armed", "banking", "oversight", "ways",
                            "rules", "monetary", "audit", "accounts", "select", "standing", "energy", "commerce",
                            "agriculture", "health", "education", "justice", "constitutional", "legal", "economic",
                            "taxation", "trade", "infrastructure", "transport"}


def type_by_words(text: str) -> tuple[str | None, str | None]:
    """Coarse type and finer class from the words of an organisation name."""
    words = name_words(text)
    if not words:
        return None, None
    last = words[-1]
    # The head of "X of Y" is X: "Ministry of Energy" is a ministry, "Bureau of Securities" a
    # bureau, whatever business noun Y is.
    head = name_head(words)
    wordset = set(words)
    if wordset & EDUCATION_HEADS:
        return "EducationalInstitution", "University"
    if len(words) > 2 and words[0] in STATE_FORMS and words[1] == "of":
        return "Place", None  # "the State of New Jersey", "the Commonwealth of Virginia"
    # "10 Downing Street", "No. 10 Downing Street": the house number is no part of the seat
    if re.sub(r"^(?:no\.?\s+)?\d+\s+", "", " ".join(words)) in SEATS_OF_POWER:
        return "GovernmentBody", "ExecutiveOffice"
    if re.search(r"\bhouse of (representatives|commons|lords|councillors)\b", " ".join(words)):
        return "GovernmentBody", "Legislature"
    if last in ("street", "avenue", "square", "palace", "plaza", "boulevard"):
        return "Place", None
    if last in INDEX_HEADS or (last.isdigit() and len(words) > 1 and wordset & {"index", "nikkei", "ftse", "csi"}):
        return "MarketIndex", "MarketIndex"
    if last in PARTY_PLURALS and len(words) > 1 and words[0] not in NOT_PARTY_QUALIFIERS:
        return "PoliticalParty", "PoliticalParty"  # "Social Democrats", "Sweden Democrats"
    if last in PARTY_HEADS or head in PARTY_HEADS or (words[0] in PARTY_HEADS and len(words) > 2 and words[1] == "of"):
        return "PoliticalParty", "PoliticalParty"  # "Labour Party", "Party of the Regions"
    if (last in ("movement", "front") or head in ("movement", "front")) and wordset & POLITICAL_NAME_WORDS:
        return "PoliticalParty", "PoliticalParty"  # "Orange Democratic Movement", "National Liberation Front"
    if "central" in wordset and "bank" in wordset or "reserve" in wordset and "bank" in wordset:
        return "GovernmentBody", "CentralBank"
    if "news" in wordset and "agency" in wordset:
        return "MediaOutlet", "NewsAgency"
    if head in ("commission", "board", "council", "regulator") and wordset & {"broadcasting", "media", "press",
                                                                               "television", "radio"}:
        return "GovernmentBody", "Regulator"  # "National Broadcasting Commission", "Broadcasting Board of Governors"
    if words[:2] == ["voice", "of"] and len(words) > 2:
        return "MediaOutlet", None  # a state broadcaster: "Voice of Nigeria"
    if wordset & {"broadcasting", "television", "radio", "newspaper", "newswire"}:
        return "MediaOutlet", None
    if head in COMPANY_HEADS and head not in ("bank",):
        return "Company", None
    if last == "exchange" and wordset & {"stock", "securities", "futures", "commodity", "commodities", "mercantile"}:
        return "Organization", "StockExchange"  # "Toronto Stock Exchange", "Chicago Mercantile Exchange"
    if head == "board" and len(words) > 1:
        return "GovernmentBody", None  # "National Labor Relations Board", "Air Resources Board"
    if head in ("division", "branch", "section", "unit") and len(words) > 1:
        return "GovernmentBody", None  # "Criminal Division", "the Executive Branch", "Fraud Section", "FCPA Unit"
    if " ".join(words[-2:]) in ARMED_SERVICES or last == "navy":
        return "GovernmentBody", None  # "the Air Force", "the U.S. Coast Guard", "the Royal Navy"
    if wordset & {"court", "tribunal"}:
        return "GovernmentBody", "Court"
    if head in MISSION_HEADS:
        return "GovernmentBody", None  # "the U.S. Embassy", "the Consulate General of Japan"
    if words[0] in ("division", "directorate", "bureau") and len(words) > 2 and words[1] == "of":
        return "GovernmentBody", None  # "Division of Corporation Finance", "Bureau of Prisons"
    if re.search(r"\b(northern|southern|eastern|western|central|middle) district of\b", " ".join(words)) or (
            words[:2] == ["district", "of"] and len(words) > 2 and words[2:] != ["columbia"]):
        return "GovernmentBody", "LawEnforcement"  # a federal judicial district: "the District of New Jersey"
    if wordset & {"prosecutor", "prosecutors", "procuratorate", "police"} or "attorney" in wordset and "office" in wordset:
        return "GovernmentBody", "LawEnforcement"
    if wordset & {"ministry", "department", "treasury"}:
        return "GovernmentBody", "Ministry"
    if wordset & LEGISLATURE_WORDS - {"house"} or " ".join(words[-2:]) in LEGISLATURE_NAMES or \
            (last == "house" and len(words) > 1) or words == ["house"]:  # "House Democrats", "the House voted"
        return "GovernmentBody", "Legislature"
    if head in ("committee", "subcommittee") and wordset & {"house", "congressional", "parliamentary"}:
        return "GovernmentBody", None  # "House Foreign Affairs Committee": a chamber's committee
    if head in ("committee", "subcommittee") and len(words) > 1 and wordset & COMMITTEE_BUSINESS_WORDS:
        # "the Intelligence Committee", "the Monetary Policy Committee": a legislature's or a
        # central bank's committee, named for its business
        return "GovernmentBody", None
    if words[0] == "committee" and len(words) > 2 and words[1] in ("to", "for", "against"):
        return "Organization", None  # "the Committee to Protect Journalists", "Committee for Economic Development"
    if wordset & {"commission", "authority", "bureau", "agency", "administration", "regulator",
                  "regulators", "supervision", "directorate", "inspectorate", "customs"}:
        return "GovernmentBody", "Regulator"
    if wordset & GOVERNMENT_HEADS and wordset & GOVERNMENT_WORDS:
        return "GovernmentBody", None
    if (last == "bank" or head == "bank") and "post" in wordset:
        return "Company", "Bank"  # "Post Office Savings Bank": a bank's head outranks a media word inside
    if wordset & MEDIA_WORDS - {"post"} and len(words) > 1 or \
            "post" in wordset and len(words) > 1 and not _postal_name(words) and not _person_named_post(words):
        return "MediaOutlet", None
    if last == "bank" or len(words) == 1 and len(last) > 6 and last.endswith("bank"):
        return "Company", "Bank"  # "... Bank", and one word: "Gazprombank", "Rabobank"
    if wordset & ORGANIZATION_HEADS:
        return "Organization", None
    if wordset & {"office", "council", "cabinet", "government"}:
        return "GovernmentBody", None
    if last == "state" and len(words) > 1 and words[-2] != "of" and words[0] not in NOT_PLACE_STATES:
        return "Place", None  # a federal unit written with "State": "Oyo State", "Lara State"
    if re.search(r"\.(com|net|org|io|ai)$", text.lower()):
        return "MediaOutlet" if text[:1].isupper() and "news" in text.lower() else "Company", None
    return None, None


# Places whose name before "Post" names a national postal operator, not a newspaper ("Japan Post",
# "Canada Post"; but "Bangkok Post", "Washington Post", "Huffington Post" are newspapers).
POSTAL_COUNTRIES = {"japan", "canada", "australia", "china", "india", "korea", "swiss", "deutsche", "austrian",
                    "singapore", "new zealand", "an", "hongkong", "pakistan", "nigerian", "vietnam"}


def _person_named_post(words: list[str]) -> bool:
    """"David Post": a given name before the surname Post is a person's name, not a newspaper's
    (the newspapers are named for places: "Washington Post", "Denver Post")."""
    return len(words) == 2 and words[1] == "post" and words[0] in given_names()


def _postal_name(words: list[str]) -> bool:
    """"Japan Post", "Deutsche Post", "the Post Office": a postal service, not a newspaper."""
    i = words.index("post")
    if i + 1 < len(words) and words[i + 1] in ("office", "offices"):
        return True
    return i == len(words) - 1 and " ".join(words[:i]) in POSTAL_COUNTRIES


def names_a_law(text: str) -> bool:
    """Laws, treaties, plans and events named like organisations ("Inflation Reduction Act",
    "Third Plenum of the Central Committee", "Belt and Road Initiative")."""
    words = name_words(text)
    if len(words) < 2:
        return False
    head = name_head(words, ("of", "for", "on"))
    return words[-1] in LAW_HEADS or head in LAW_HEADS


# Words before "Rate" in the rates a central bank sets ("the Repo Rate", "the Bank Rate", "the
# Reverse Repo Rate", "the Federal Funds Rate", "the Prime Lending Rate")
POLICY_RATE_WORDS = {"repo", "reverse", "bank", "policy", "interest", "prime", "lending", "funds", "federal", "base",
                     "discount", "deposit", "overnight", "cash", "benchmark", "key", "official", "refinancing",
                     "marginal", "standing", "facility", "reserve", "lombard", "rediscount", "fed"}
# Words that make an "Index" a statistic of prices or of a survey, not a market's index ("the
# Consumer Prices Index", "the Wholesale Price Index", "the Purchasing Managers' Index")
STATISTIC_WORDS = {"price", "prices", "consumer", "producer", "wholesale", "purchasing", "managers", "inflation",
                   "retail"}


def names_a_measure(text: str) -> bool:
    """A rate a central bank sets or a statistic of prices, written capitalised: "the Repo Rate",
    "the Bank Rate", "the Consumer Prices Index", "the Purchasing Managers' Index"; a measure,
    not an actor (a market's index, "the Hang Seng Index", stays)."""
    words = name_words(text)
    if len(words) < 2:
        return False
    if words[-1] in ("rate", "rates"):
        return all(w in POLICY_RATE_WORDS for w in words[:-1])
    return words[-1] == "index" and bool(set(words[:-1]) & STATISTIC_WORDS) \
        and all(w in STATISTIC_WORDS | {"of", "the", "harmonised", "harmonized", "core", "national"} for w in words[:-1])


def _strip_person_titles(doc, c: Candidate) -> None:
    """"President Donald Trump" -> "Donald Trump"; "Mr. Xi" -> "Xi"; "Economist Lonski" -> "Lonski";
    the end of a title the model took into the name: "Director of Enforcement Karen Wells",
    "Special Agent in Charge Karen Wells" -> "Karen Wells", "Comptroller of the Currency Ruth
    Adeyemi" -> "Ruth Adeyemi"."""
    s = c.start
    while s < c.end - 1 and (singular_forms(doc[s].lower_.rstrip(".")) & PERSON_TITLES or doc[s].text in (".",)):
        s += 1
    if s == c.start and c.end - s >= 3 and s >= 2 and doc[s - 1].lower_ in ("of", "in", "for") \
            and doc[s - 2].text[:1].isupper() and not doc[s - 2].is_sent_start:
        s += 1
    elif s == c.start and c.end - s >= 3 and s >= 3 and doc[s - 1].lower_ == "the" and doc[s - 2].lower_ in ("of", "for") \
            and doc[s - 3].lower_.rstrip(".") in PERSON_TITLES and doc[s - 3].text[:1].isupper():
        s += 1  # "Comptroller of the [Currency Ruth Adeyemi]": the title's last word, then the name
    while c.end - s >= 3 and s >= 1 and doc[s].lower_ in PORTFOLIO_WORDS and (
            doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in ("and", "of", "for")):
        s += 1  # "Minister of Cooperative Governance and Traditional Affairs Pravin Gordhan"
    if s != c.start and c.end - s == 1 and len(doc[s].text.rstrip(".")) == 1:
        return  # "Trader B", "Banker C.": a release's designation of someone it does not name
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
    return _owned_in_shares(doc, c) or _listed_after_plural_firm_noun(doc, c)


# Plural nouns of firms that head a list of their names: "phone companies X and Y", "the lenders X, Y and Z".
PLURAL_FIRM_NOUNS = {"companies", "firms", "banks", "lenders", "carriers", "operators", "insurers", "airlines",
                     "automakers", "carmakers", "chipmakers", "retailers", "brokers", "brokerages", "manufacturers",
                     "producers", "suppliers", "miners", "refiners", "conglomerates", "startups", "exporters",
                     "developers", "subsidiaries", "groups", "makers"}


def _listed_after_plural_firm_noun(doc, c: Candidate) -> bool:
    """A name in a list right after a plural noun of firms ("mobile phone companies Corvane and
    Telmaro", "the lenders Orvel Bank, Mistrale and Kavona"): each name is a firm's. Only capitalised
    words, commas and "and" may stand between the noun and the name ("companies in Ghana and Kenya"
    is a list of places)."""
    i = c.start - 1
    while i >= 0 and c.start - i <= 15:
        tok = doc[i]
        if tok.text in (",", "and", "&") or tok.text[:1].isupper() and not tok.is_sent_start:
            i -= 1
            continue
        return tok.lower_ in PLURAL_FIRM_NOUNS and tok.tag_ == "NNS" and i + 1 < len(doc) \
            and doc[i + 1].text[:1].isupper()
    return False


def _owned_in_shares(doc, c: Candidate) -> bool:
    """"shares of X", "a stake in X": only a firm is owned in shares, whatever its name looks like."""
    before2 = doc[c.start - 2:c.start].text.lower() if c.start >= 2 else ""
    return before2 in ("shares of", "stake in", "stock of", "shareholders of", "investors in")


# Nouns that describe a firm in apposition: "X, the Houston-based oil contractor,".
FIRM_DESCRIPTIONS = {"company", "firm", "contractor", "maker", "manufacturer", "producer", "supplier", "retailer",
                     "conglomerate", "operator", "carrier", "airline", "lender", "insurer", "miner", "exporter",
                     "importer", "developer", "startup", "start-up", "automaker", "carmaker", "chipmaker",
                     "drugmaker", "brewer", "distributor", "subsidiary", "bank", "chain", "refiner", "shipper",
                     "steelmaker", "brokerage", "wholesaler", "railroad", "railway", "utility", "monopoly",
                     # what a release calls a bank or a finance house: "X, an Iranian financial institution,"
                     "institution"}


def described_as_firm(root) -> bool:
    """A name with a firm's description in apposition after a comma ("X, the oil contractor,",
    "X, a Lyon-based drug maker,"), also where a possessive stands for the article ("X, the
    country's second-largest retailer,", "Y, Spain's biggest bakery chain,")."""
    for c in root.children:
        if c.dep_ != "appos" or c.i <= root.i or c.lemma_.lower() not in FIRM_DESCRIPTIONS or c.pos_ != "NOUN" \
                or root.doc[root.i + 1].text != "," or _describes_a_job(c):
            continue
        if any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children) or (
                c.lemma_.lower() not in TRADES_OF_PLACES and any(d.dep_ == "poss" for d in c.children)):
            return True
    return False


# what a region is called after its country's possessive as well as a firm: "Kerala, India's
# largest producer of rubber", "X, the country's biggest exporter of palm oil"
TRADES_OF_PLACES = {"producer", "exporter", "importer", "supplier", "miner"}


def _firm_noun_before(root, nouns):
    """The noun of `nouns` a name is set off after with a comma ("its parent firm, X"), else None."""
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and head.lemma_.lower() in nouns \
            and _set_off_by_a_comma(root):
        return head
    return None


def _named_after_a_firm_noun(root) -> bool:
    """A name set off after a firm's noun ("through his investment company, Tracinda,", "its
    parent firm, X"): the firm's name, whatever the NER label said."""
    return _firm_noun_before(root, ("company", "firm")) is not None


def _set_off_by_a_comma(root) -> bool:
    """Whether the name `root` heads comes right after a comma (its first word, not its head)."""
    start = min(root.left_edge.i, root.i)
    return start > 0 and root.doc[start - 1].text == ","


def _named_after_a_countrys_firm(root) -> bool:
    """"Chile's biggest copper miner, X,", "Kenya's largest lender, Y,": a name set off after a
    firm's description that a country's possessive opens is that firm's name."""
    head = _firm_noun_before(root, FIRM_DESCRIPTIONS)
    return head is not None and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children)


def _named_after_one_of_the_firms(root) -> bool:
    """"One of Germany's biggest carmakers, X,": a name set off after "one of" a firm's plural
    noun is one of the firms."""
    head = root.head
    return root.dep_ == "appos" and head.i < root.i and head.lower_ == "one" and root.doc[root.i - 1].text == "," \
        and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in FIRM_DESCRIPTIONS for o in p.children)
            for p in head.children)


def _placed_by_a_demonym(noun) -> bool:
    """Whether a firm's noun is described by where the firm is from ("the Russian oil company"):
    a name set off after it is the firm's even where the model read a person's name."""
    return any(m.dep_ == "amod" and m.ent_type_ == "NORP" for m in noun.lefts)


def _describes_a_job(noun) -> bool:
    """"a former web producer for X", "a software developer at Y", "a longtime contractor with Z":
    a post held (once) at an organisation named after "for", "at" or "with", not a firm's trade
    (a firm is "a producer of steel")."""
    if any(d.lower_ in ("former", "longtime", "ex", "retired", "freelance", "senior", "junior") for d in noun.lefts):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("for", "at", "with") and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children) for p in noun.children)


# Nouns only a person is described by in apposition ("Ivo Pelt, a shipping tycoon,").
PERSON_DESCRIPTIONS = {"businessman", "businesswoman", "tycoon", "magnate", "billionaire", "entrepreneur",
                       "politician", "lawmaker", "spokesman", "spokeswoman", "economist", "banker", "lawyer",
                       "senator", "congressman", "congresswoman", "activist", "journalist", "philanthropist",
                       "diplomat", "oligarch", "professor",
                       # what only a person is to a country or a firm ("X, an Italian national,",
                       # "X, a U.S. citizen,", "X, a former executive with Y,")
                       "national", "citizen", "resident", "executive", "employee",
                       # posts only a person holds ("X, chairman of Y,", "X, Y's founder,")
                       "chairman", "chairwoman", "chairperson", "ceo", "founder", "co-founder", "president",
                       "minister", "director"}


def _described_as_person(root) -> bool:
    """A name with a person's description in apposition after a comma ("X, a shipping tycoon,",
    "X, American businessman,")."""
    doc = root.doc
    return root.i + 1 < len(doc) and doc[root.i + 1].text == "," and any(
        c.dep_ == "appos" and c.i > root.i and c.lower_ in PERSON_DESCRIPTIONS and c.pos_ == "NOUN"
        for c in root.children)


# Nouns of a business that "known as X", "called X" name: "an operation known as X".
BUSINESS_NOUNS = FIRM_DESCRIPTIONS | {"operation", "business", "outfit", "enterprise", "entity", "network",
                                      "venture", "fund", "platform", "website", "service", "brand", "chain",
                                      "group", "partnership", "bank", "broker", "brokerage", "exchange"}


def _named_as_business(doc, c: Candidate) -> bool:
    """A business named by "known as", "called", "named", "dubbed" or "doing business as" ("a New
    York-based operation known as X", "a lender called X", "doing business as X"): the name is
    the firm's, whatever the NER label said."""
    before = [t.lower_ for t in doc[max(c.start - 3, 0):c.start]]
    if before[-3:] == ["doing", "business", "as"]:
        return True
    if before[-2:] == ["known", "as"]:
        verb = c.start - 2
    elif before[-1:] and before[-1] in ("called", "named", "dubbed"):
        verb = c.start - 1
    else:
        return False
    noun = doc[verb - 1] if verb > 0 else None
    return noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in BUSINESS_NOUNS


def _context_cue(doc, c: Candidate, cands: list[Candidate]) -> None:
    """Words around a name that settle its type whatever the NER label said: "the capital
    Porto Lindo" is a place, "its first electric truck, the Lumen Hauler" a product, "the
    benchmark VAL 40 index" an index."""
    if c.gaz is not None:
        return
    span = doc[c.start:c.end]
    root = span.root
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    after = [t.lower_ for t in doc[c.end:c.end + 3]]
    if c.type in ("Company", "Place", "Product", None) and _described_as_person(root):
        # "Ivo Pelt, a shipping tycoon,", "X, American-Armenian businessman,": a person's description
        c.type, c.cls, c.confidence, c.cue = "Person", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Company", "Person", "Organization", "MediaOutlet", None) and _has_a_minister(doc, c):
        # "Velmora's finance minister, X,", "Velmora's Prime Minister X": a minister's is a country
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Company", "Place", None) and not c.cue and aged(doc, c):
        # "Rajoelina, 44, was sworn in": an age in apposition is a person's
        c.type, c.cls, c.confidence, c.cue = "Person", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Place", "Person", "GovernmentBody", None) and _party_to_a_merger(root):
        # "the merger of Staples and Office Depot": the parties to a merger are firms
        c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_CONTEXT_CUE, True
    elif c.type == "Place" and _makes_a_deal(root):
        # "Veolia raised its offer for Suez", "Kestova agreed to buy X": a place buys nothing
        c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Place", "Person", None) and (described_as_firm(root) or _named_as_business(doc, c)) or \
            c.type in ("Place", None) and _named_after_a_firm_noun(root) or \
            c.type == "Person" and _named_after_a_firm_noun(root) and _placed_by_a_demonym(root.head) or \
            c.type in ("Place", "Person", None) and (_named_after_one_of_the_firms(root) or _named_after_a_countrys_firm(root)):
        # "Halliburton, the Houston-based oil contractor,": a name a firm's description follows
        c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_CONTEXT_CUE, True
    elif c.type != "Place" and after[:1] == ["-"] and after[1:2] and after[1] in ("based", "headquartered", "registered") \
            and c.end < len(doc) and not doc[c.end - 1].whitespace_:
        # "the Tromso-based lender": where a firm is based is a place
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_STRONG_CONTEXT_CUE, True
    elif c.type in ("Company", "Organization", "Person") and c.start >= 2 and doc[c.start - 1].lower_ == "in" \
            and doc[c.start - 2].lower_ in SITE_PARTICIPLES | {"located"} and root.dep_ == "pobj" \
            and c.end - c.start <= 2 and not type_by_words(c.text)[0]:
        # "Tarn is headquartered in Lyon", "a firm based in Tarnville": where a firm sits is a place
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Person", "Company", "Organization", None) and _town_before_its_region(doc, c, cands):
        # "a plant in Kettering, Ohio", "farms in Tulane, Elkin and Marrow, Oklahoma", "X Bank, Rapid
        # Falls, South Dakota,": names set before a known state or country, as addresses are, are towns
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True
    elif c.type != "Place" and _town_before_state_site(doc, c):
        # "Abbott Park, Ill.-based X", "Dayton, Ohio-based X": the town of a "City, State-based" firm
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_STRONG_CONTEXT_CUE, True
    elif c.type == "Person" and (after[:1] == [","] and after[1:2] in (["based"], ["headquartered"])
                               or before in ("based", "headquartered") and c.start >= 2 and doc[c.start - 2].text == "-"):
        # "Albemarle, based in Charlotte", "Charlotte-based Albemarle": people are not based anywhere
        c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_CONTEXT_CUE, True
    elif before in PLACE_NOUNS and doc[c.start - 1].text.islower() and c.type == "Person":
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True
    elif before == "of" and c.start >= 2 and doc[c.start - 2].lower_ in PLACE_NOUNS and doc[c.start - 2].text.islower() \
            and c.type in ("Person", "Company", "Organization", None):
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True  # "the port of Lamu", "the province of Yunnan"
    elif c.type == "Person" and root.dep_ == "pobj" and root.head.lower_ in ("in", "across", "near") \
            and c.start > 0 and doc[c.start - 1].lower_ in ("in", "across", "near") \
            and not (c.end < len(doc) and is_possessive(doc[c.end])):
        c.type, c.cls, c.confidence, c.cue = "Place", None, ENTITY_CONTEXT_CUE, True
    elif c.type == "Person" and c.start >= 2 and is_possessive(doc[c.start - 1]) and \
            any(d.end == c.start - 1 and d.type == "Company" for d in cands) and not (
                root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_LEMMAS):
        # (but "Tarn Capital's Ana Ruiz said": one who speaks is the firm's person)
        c.type, c.cls, c.confidence, c.cue = "Product", None, ENTITY_WEAK_CONTEXT_CUE, True  # "Apple's App Store"
    elif c.type in ("Company", "Person", "Place") and re.search(r"\d", c.text) and c.end < len(doc) and (
            doc[c.end].lemma_.lower() in PRODUCT_NOUNS or
            (c.end + 1 < len(doc) and doc[c.end + 1].lemma_.lower() in PRODUCT_NOUNS and doc[c.end].pos_ in ("NOUN", "ADJ"))):
        c.type, c.cls, c.confidence, c.cue = "Product", None, ENTITY_CONTEXT_CUE, True  # "Ernie 4.5 model", "R1 reasoning model"
    elif before in ("regulator", "watchdog") and c.type in ("Person", "Company", "Place", "Product"):
        c.type, c.cls, c.confidence, c.cue = "GovernmentBody", "Regulator", ENTITY_CONTEXT_CUE, True  # "energy regulator Ofgem"
    elif (before in ("newspaper", "broadcaster", "daily", "magazine", "outlet", "tabloid") and c.type != "Person") or (
            c.end < len(doc) and doc[c.end].lower_ in OUTLET_KIND_NOUNS and doc[c.end].is_lower
            and (c.type != "Person" or c.text.split()[0].lower() not in given_names())):
        # "the newspaper X", and "X magazine" (the outlet's name before its kind)
        c.type, c.cls, c.confidence, c.cue = "MediaOutlet", None, ENTITY_CONTEXT_CUE, True
    elif c.type in ("Company", "Organization", None) and span[-1].lower_ in GOVERNMENT_UNIT_HEADS and \
            c.start >= 2 and is_possessive(doc[c.start - 1]) and \
            any(d.end == c.start - 1 and d.type == "GovernmentBody" for d in cands):
        # "the Justice Department's Criminal Division": a unit of a government body is one too
        c.type, c.cls, c.confidence, c.cue = "GovernmentBody", None, ENTITY_STRONG_CONTEXT_CUE, True
    elif c.type in ("GovernmentBody", "Organization", None) and c.gaz is None and span[-1].lower_ in GOVERNMENT_UNIT_HEADS \
            and c.start >= 2 and is_possessive(doc[c.start - 1]) and \
            any(d.end == c.start - 1 and d.type == "Company" for d in cands):
        # "Tarn Chemicals' Water Treatment Division": a firm's unit is a firm's, whatever its head
        c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_STRONG_CONTEXT_CUE, True
    elif c.type in ("Company", "MediaOutlet", "Organization", None) and _moves_in_points(root):
        # "BET lost 3.88% to 4,258.04 points": only an index moves in points
        c.type, c.cls, c.confidence, c.cue = "MarketIndex", "MarketIndex", ENTITY_CONTEXT_CUE, True
    elif before == "benchmark" or span[-1].lower_ in ("index", "average"):
        c.type, c.cls, c.confidence, c.cue = "MarketIndex", None, ENTITY_STRONG_CONTEXT_CUE, True
    elif (root.dep_ == "appos" and root.head.lemma_.lower() in PRODUCT_NOUNS) or \
            (before in PRODUCT_NOUNS and doc[c.start - 1].pos_ == "NOUN") or \
            any(t.dep_ == "appos" and t.lemma_.lower() in PRODUCT_NOUNS for t in root.children):
        c.type, c.cls, c.confidence, c.cue = "Product", None, ENTITY_CONTEXT_CUE, True


def _town_before_its_region(doc, c: Candidate, cands: list[Candidate]) -> bool:
    """A short name, or a list of them, right before ", STATE" where the state (or country) is a
    known place and the address ends there: "in Kettering, Ohio,", "in Tulane, Elkin and Marrow,
    Oklahoma.", "X Bank, Rapid Falls, South Dakota, agreed". Not a firm's name by its words, and not
    a name the gazetteer knows."""
    if c.end - c.start > 3 or type_by_words(c.text)[0] or not all(t.is_alpha and t.text[:1].isupper() for t in doc[c.start:c.end]):
        return False
    starts = {x.start: x for x in cands}
    j, steps = c.end, 0
    while j < len(doc) and steps < 8:
        steps += 1
        if doc[j].text in (",", "and") and j + 1 < len(doc):
            nxt = starts.get(j + 1)
            if nxt is None:
                return False
            if doc[j].text == "," and nxt.type == "Place" and nxt.gaz is not None \
                    and (nxt.end >= len(doc) or doc[nxt.end].text in (",", ".", ";", ")", ":") or doc[nxt.end].lower_ == "and"):
                return True
            if nxt.end - nxt.start > 3:
                return False
            j = nxt.end
            continue
        return False
    return False


def _town_before_state_site(doc, c: Candidate) -> bool:
    """A name before ", State-based": "Abbott Park, Ill.-based", "Dayton, Ohio-based". The state is
    an abbreviation or one capitalised word (a two-word state, "New Jersey-based", too)."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return False
    j = i + 1
    while j < min(i + 3, len(doc)) and (doc[j].text in US_STATE_ABBREVIATIONS or doc[j].text[:1].isupper()
                                          and doc[j].is_alpha):
        if j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and doc[j + 2].lower_ in SITE_PARTICIPLES:
            return True
        j += 1
    return False


# Verbs of a firm's deal, and the nouns of an offer: "X bought Y", "X raised its offer for Y".
DEAL_VERBS = {"buy", "acquire", "purchase", "merge", "divest", "bid"}
OFFER_NOUNS = {"offer", "bid", "stake"}


def _party_to_a_merger(root) -> bool:
    """Whether the name is one of the parties after "the merger of" ("the merger of X and Y")."""
    first = root.head if root.dep_ == "conj" else root
    return first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in ("merger", "mergers")


def _makes_a_deal(root) -> bool:
    """Whether the name is the subject of buying, merging or bidding ("X agreed to buy Y", "X
    raised its offer for Y", "X acquired Y")."""
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in DEAL_VERBS:
        return True
    if any(t.dep_ == "xcomp" and t.lemma_.lower() in DEAL_VERBS for t in verb.children):
        return True  # "agreed to buy", "plans to acquire"
    return verb.lemma_.lower() in ("raise", "sweeten", "lift", "make", "launch") and any(
        t.dep_ == "dobj" and t.lemma_.lower() in OFFER_NOUNS for t in verb.children)


def _moves_in_points(root) -> bool:
    """Whether the name is the subject of a verb whose change or level is counted in points
    ("X fell 120 points", "X rose 2% to 4,258 points", "X closed at 3,100 points"); not in basis
    or percentage points, which rates move in ("the committee raised the rate 50 basis points")."""
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    return any(t.lemma_.lower() == "point" and any(n.like_num for n in t.children) for t in root.head.subtree
               if t.i > root.i and not (t.i > 0 and t.doc[t.i - 1].lower_ in ("basis", "percentage")))


def _inside_title(doc, c: Candidate, person_starts: set[int]) -> bool:
    """True when the candidate sits in a capitalised title that runs from a title word up to a
    person's name."""
    def title_word(tok):
        return tok.text[:1].isupper() or tok.lower_ in NAME_JOINERS or tok.lower_ == "the"

    j = c.end
    while j < len(doc) and title_word(doc[j]) and not doc[j].is_punct and doc[j].lower_ not in PORTFOLIO_HOLDER_TITLES:
        j += 1
    if j < len(doc) and doc[j].lower_ in PORTFOLIO_HOLDER_TITLES and doc[j].text[:1].isupper() and (
            j + 1 in person_starts or j + 2 in person_starts and doc[j + 1].lower_.rstrip(".") in PERSON_TITLES) \
            and all(t.lower_ in NAME_JOINERS or not t.is_upper and english_word(t) for t in doc[c.start:c.end]):
        return True  # "Education and Science Minister Anda Kalnina": a portfolio (common words) before its title
    i = c.start - 1
    saw_title = False
    while i >= 0 and title_word(doc[i]) and not doc[i].is_punct:
        if doc[i].lower_.rstrip(".") in PERSON_TITLES and doc[i].text[:1].isupper() and doc[i].lower_ not in STATUS_WORDS:
            saw_title = True  # "Former" opening "Former Tarn CEO X" places a title in time and is none
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


# What a firm reports: its results, not news.
RESULT_NOUNS = BUSINESS_RESULT_NOUNS | {"sale", "result", "growth", "decline", "drop", "rise", "increase", "deficit",
                                       "surplus", "margin"}


def _media_context(doc, c: Candidate) -> bool:
    """An organisation someone "told", that "reported", or gave "an interview with": an outlet."""
    head = doc[c.start:c.end].root
    if head.dep_ in ("dobj", "dative") and head.head.lemma_ == "tell":
        return True
    if head.dep_ == "nsubj" and head.head.lemma_ in ("report", "broadcast"):
        # a firm reports its results ("Tallinor reported a loss", "X reported $2 billion in sales")
        return not _organisation_by_role(doc, c) and not any(
            c2.dep_ in ("dobj", "obj") and (c2.lemma_.lower() in RESULT_NOUNS or c2.ent_type_ == "MONEY")
            for c2 in head.head.children)
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


def _firm_noun_after(doc, c: Candidate) -> bool:
    """A name that modifies "shares" or "stock" ("Tom Arden shares fell", not "Tom Arden shares
    his views" nor "Tom Arden's shares"), or a chief executive's title before another name ("Tom
    Arden CEO Ana Ruiz"): the name of a firm."""
    if c.end + 1 >= len(doc):
        return False
    after, then = doc[c.end], doc[c.end + 1]
    if after.lower_ in ("shares", "stock", "stocks") and after.pos_ == "NOUN" and doc[c.end - 1].head.i == after.i:
        return True
    return after.text in ("CEO", "Chairman", "Chief") and then.text[:1].isupper() and then.pos_ == "PROPN"


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


# Nouns for firms that, right before a name, say it is a firm's even when it reads as a person's
FIRM_NOUNS_BEFORE_A_NAME = {
    "maker", "automaker", "carmaker", "chipmaker", "drugmaker", "steelmaker", "firm", "company", "conglomerate",
    "retailer", "lender", "insurer", "airline", "manufacturer", "exporter", "importer", "miner", "refiner",
    "brokerage", "carrier", "shipper", "publisher", "bank"}


def _describes_the_name(doc, c: Candidate) -> bool:
    """Whether the noun right before a name is said of it ("French bank X", "the investment bank X
    advised"), not a noun of its own that the name's clause follows ("the bank X founded")."""
    noun, root = doc[c.start - 1], doc[c.start:c.end].root
    return c.start <= noun.head.i < c.end or root.head.i == noun.i or noun.dep_ == root.dep_ == "compound"


# What people, not firms, are makers of ("movie maker X", "policy maker X").
PEOPLE_WHO_MAKE = {"movie", "film", "policy", "deal", "decision", "law", "peace", "match", "king", "rain",
                   "money", "trouble", "documentary", "game", "record", "music"}

# Roles only an organisation takes: founded, owned, headquartered; a subsidiary, a parent.
_ORG_ONLY_VERBS = {"found", "co-found", "cofound", "headquarter", "base", "own", "list", "acquire", "buy", "purchase"}
_ORG_ONLY_NOUNS = {"subsidiary", "unit", "affiliate", "division", "parent", "co", "cofounder", "co-founder",
                   "headquarters", "shareholders", "chief", "boss", "board", "stake"}


def _organisation_by_role(doc, c: Candidate) -> bool:
    """A one-word name in a role no person takes: "founded Velora", "Velora, founded by ...",
    "Velora, a subsidiary of ...", "Velora's parent", "Velora co-founder", "Velora chief executive"."""
    root = doc[c.start:c.end].root
    head = root.head
    lem = head.lemma_.lower() if head.i != root.i else ""
    if head.lower_ in ("founded", "co-founded", "cofounded"):
        lem = "found"
    if root.dep_ in ("dobj", "nsubjpass") and lem in _ORG_ONLY_VERBS:
        return True  # "founded Velora", "Velora is owned by X"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _ORG_ONLY_NOUNS | {
            "founder", "ceo", "chairman", "shareholder", "subsidiaries"}:
        return True  # "the founder of Velora", "a subsidiary of Velora"
    if any(t.dep_ == "acl" and t.tag_ == "VBN" and (t.lemma_.lower() in _ORG_ONLY_VERBS or
                                                  t.lower_ in ("founded", "co-founded", "owned", "based"))
           for t in root.children):
        return True  # "Velora, founded by X,", "Velora, based in Lyon,"
    if any(t.dep_ == "appos" and t.lower_ in _ORG_ONLY_NOUNS | {"company", "firm", "maker", "group"}
           for t in root.children):
        return True  # "Velora, a subsidiary of X"
    nxt = doc[c.end] if c.end < len(doc) else None
    if nxt is not None and is_possessive(nxt) and c.end + 1 < len(doc) and \
            doc[c.end + 1].lower_ in _ORG_ONLY_NOUNS | {"ceo", "chairman", "founder", "shares"}:
        return True  # "Velora's parent", "Velora's board"
    return nxt is not None and nxt.is_lower and nxt.lower_ in _ORG_ONLY_NOUNS - {"stake", "parent"}


# Words between a country's possessive and its minister: "Prime Minister", "trade minister",
# "Deputy Foreign Minister", "minister of state".
_MINISTER_QUALIFIERS = PORTFOLIO_WORDS | {"prime", "deputy", "vice", "acting", "former", "chief", "senior", "junior",
                                         "and", "state"}


def _has_a_minister(doc, c: Candidate) -> bool:
    """A name the model did not type as a place whose possessive owns a minister ("Velmora's
    trade minister", "Velmora's Prime Minister"): no firm, person or newspaper has ministers, so
    it is a country or a region. A body's name with a head of its own ("the Unity Party's finance
    minister") is left as it is."""
    if c.end + 1 >= len(doc) or not is_possessive(doc[c.end]) or name_head(name_words(c.text)) in (
            PARTY_HEADS | GOVERNMENT_HEADS | ORGANIZATION_HEADS | COMPANY_HEADS):
        return False
    j = c.end + 1
    while j < len(doc) and j - c.end <= 4 and doc[j].lower_ in _MINISTER_QUALIFIERS:
        j += 1
    return j < len(doc) and doc[j].lower_ in ("minister", "premier")


def aged(doc, c: Candidate) -> bool:
    """"X, 44, was sworn in", "X, 61, resigned": a two-digit number between commas right after the
    name (not a year, not a share of something) is the person's age."""
    return c.end + 3 < len(doc) and doc[c.end].text == "," and doc[c.end + 2].text == "," \
        and re.fullmatch(r"[1-9]\d", doc[c.end + 1].text) is not None and 18 <= int(doc[c.end + 1].text) <= 99


def described_by_copula(doc, start: int, end: int) -> bool:
    """"X is the chief executive of Y", "X was a senior economist at Y", "X is the former chief of
    Y": a name that a copula describes by a role only people hold."""
    after = [t.lower_ for t in doc[end:end + 7]]
    if not after or after[0] not in ("is", "was", "has", "had"):
        return False
    if after[0] in ("has", "had"):
        after = after[1:] if after[1:2] == ["been"] else []
    if len(after) < 3 or after[1] not in ("a", "an", "the"):
        return False
    words = after[2:6]
    cut = next((i for i, w in enumerate(words) if w in ("of", "at", "for", "with", ",", ".")), len(words))
    return any(w in PERSON_ROLE_NOUNS for w in words[:cut])


def set_off_after_a_post_at_a_body(doc, start: int, end: int) -> bool:
    """A name set off by a comma after a post and the body it is held at ("the chair of the
    Commission, X"): the parser hangs X on the body, not on the post, and X is the post's holder."""
    root = doc[start:end].root
    head = root.head
    return root.dep_ == "appos" and start > 0 and doc[start - 1].text == "," and head.dep_ == "pobj" \
        and head.head.lower_ in ("of", "at") \
        and head.head.head.lemma_.lower() in PERSON_ROLE_NOUNS | PERSON_TITLES and head.head.head.i < start


def _said_of_a_person(doc, c: Candidate) -> bool:
    """A name in apposition with a title only people hold ("X, the United States Attorney for
    ...", "the head of the Commission, X") or after one ("the club's chairman X"): a person."""
    root = doc[c.start:c.end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS and root.head.i < c.start:
        return True
    if set_off_after_a_post_at_a_body(doc, c.start, c.end):
        return True
    before = doc[c.start - 1] if c.start > 0 else None
    if before is not None and before.is_lower and before.lemma_.lower() in PERSON_ROLE_NOUNS \
            and len(c.text.split()) > 1 and before.head.i in range(c.start, c.end):
        return True  # "the club's chairman Ivo Brandauer"
    if described_by_copula(doc, c.start, c.end) and len(c.text.split()) >= 2:
        return True  # "Ivo Brandt is the chief executive of Tarn Motors"
    return any(t.dep_ == "appos" and t.lemma_.lower() in PERSON_ROLE_NOUNS and t.i > root.i for t in root.children)


def _given_name_first(doc, c: Candidate) -> bool:
    """"Carly Wendover said", "T.S. Harlan ruled": two or three capitalised words that start with a
    common given name or with initials are a person's name, though the model called them an
    organisation. Not where the words
    around mark a firm ("shares of Raymond James") and not in a title-case headline."""
    words = [t for t in doc[c.start:c.end] if t.text not in (".", "-")]
    initials = len(words) == 2 and re.fullmatch(r"(?:[A-Z]\.){1,3}", words[0].text) and words[1].is_alpha
    if initials:
        words = words[1:]  # "T.S. Harlan", "R.J. Holloway": initials stand for given names
    elif not 2 <= len(words) <= 3 or not words[0].is_alpha or words[0].lower_ not in given_names():
        return False
    elif words[-1].lower_ in given_names():
        return False  # two given names and no surname: "Fannie Mae" is a firm named like a person
    if not all(t.text[:1].isupper() and not t.is_upper or 0 < k < len(words) - 1 and len(t.text) == 1
               for k, t in enumerate(words)):
        return False  # capitals are a firm's ("ACME Corp"); a middle initial without its stop is a name's
    if _company_context(doc, c) or _organisation_by_role(doc, c) or _acquired(doc, c):
        return False
    sentence = doc[c.start].sent
    if any(t.lower_ == "its" for t in doc[c.end:sentence.end]):
        return False  # "A.G. Edwards cut its forecast": taken up as a thing
    return not title_case(sentence)


def _type_candidate(doc, c: Candidate) -> None:
    if c.gaz is not None:
        c.type, c.cls, c.confidence = c.gaz.type, c.gaz.finer_class, ENTITY_GAZETTEER
        return
    by_words, cls = type_by_words(c.text)
    label = c.label
    if label == "PERSON":
        if by_words and by_words != "Person" and (len(c.text.split()) > 1 or cls in ("Bank", "Legislature")):
            c.type, c.cls, c.confidence, c.worded = by_words, cls, ENTITY_WORDS_OVER_LABEL, True
        elif len(c.text.split()) > 1 and c.start > 0 and doc[c.start - 1].is_lower \
                and doc[c.start - 1].lower_ in FIRM_NOUNS_BEFORE_A_NAME \
                and not (c.start > 1 and doc[c.start - 2].lower_ in PEOPLE_WHO_MAKE) \
                and _describes_the_name(doc, c):
            # "building materials maker Tom Arden", "Lisbon exporter Rui Vale": a firm
            # named for people
            c.type, c.confidence, c.cue = "Company", ENTITY_CONTEXT_CUE, True
        elif len(c.text.split()) > 1 and (_acquired(doc, c) or _owned_in_shares(doc, c) or _firm_noun_after(doc, c)):
            # "Microsoft bought Activision Blizzard", "shares of Tom Arden", "Tom Arden shares
            # fell", "Tom Arden CEO Ana Ruiz": what is bought, merged with, owned in shares or
            # run by a chief executive is a firm
            c.type, c.confidence, c.cue = "Company", ENTITY_WEAK_CONTEXT_CUE, True
        elif len(c.text.split()) == 1 and (_company_context(doc, c) or _affiliation_object(doc, c) or
                                           (c.start > 0 and doc[c.start - 1].lower_ in COMPANY_DESCRIPTORS)
                                           or _organisation_by_role(doc, c)):
            # "Zentrix CEO ...", "shares of Zentrix", "analysts at Berenberg": a firm, whatever NER said
            c.type, c.confidence, c.cue = "Company", ENTITY_WEAK_CONTEXT_CUE, True
        else:
            c.type, c.confidence = "Person", ENTITY_NER_PERSON
    elif label in ("ORG",):
        if by_words:
            c.type, c.cls, c.confidence, c.worded = by_words, cls, ENTITY_NER_ORG_BY_WORDS, True
        elif _said_of_a_person(doc, c):
            c.type, c.confidence, c.cue = "Person", ENTITY_SAID_OF_A_PERSON, True
        elif _media_context(doc, c):
            c.type, c.confidence = "MediaOutlet", ENTITY_WEAK_CONTEXT_CUE
        elif _given_name_first(doc, c):
            c.type, c.confidence, c.cue = "Person", ENTITY_GIVEN_NAME_FIRST, True
        else:
            c.type, c.confidence = "Company", ENTITY_NER_DEFAULT
    elif label in ("GPE", "LOC", "FAC"):
        if by_words and by_words != "Place":
            c.type, c.cls, c.confidence, c.worded = by_words, cls, ENTITY_WORDS_OVER_LABEL, True
        elif c.gaz is None and len(c.text.split()) > 1 and _said_of_a_person(doc, c):
            # "the bank's president, Takamune Okihara,": a name beside a title only people hold,
            # though the model took it for a place
            c.type, c.confidence, c.cue = "Person", ENTITY_SAID_OF_A_PERSON, True
        elif _company_context(doc, c):
            c.type, c.confidence = "Company", ENTITY_WEAK_CONTEXT_CUE
        else:
            c.type, c.confidence = "Place", ENTITY_NER_PLACE
    elif label == "PRODUCT":
        if _company_context(doc, c) or (c.end < len(doc) and is_possessive(doc[c.end])):
            c.type, c.confidence = "Company", ENTITY_WEAK_CONTEXT_CUE
        else:
            c.type, c.confidence = "Product", ENTITY_NER_DEFAULT
    elif label == "NORP":
        c.type = None  # nationality adjectives are dropped unless the gazetteer knows a party


# Verbs a place's market moves by without a figure ("Seoul ended higher", "Taipei slipped"); "add",
# "be", "shed" and "lose" are left out, since a government adds, is, sheds and loses things too.
MARKET_ONLY_VERBS = PLACE_MOVE_VERBS - {"add", "be", "shed", "lose"}
# What a place's market posts, records, gives up or loses ("posted heavy losses", "lost ground").
MARKET_OBJECTS = {"loss", "gain", "decline", "drop", "rise", "fall", "advance", "slide", "rally", "ground",
                  "point", "percent", "selloff", "sell", "increase", "decrease", "retreat", "rebound", "slump"}
MARKET_OBJECT_VERBS = {"post", "record", "log", "suffer", "book", "notch", "register", "see", "give", "lose",
                       "extend", "pare", "trim", "erase", "add", "shed"}
# Nouns a place holds as its market ("Madrid's IBEX index", "Jakarta's bourse").
MARKET_NOUNS = {"index", "indexes", "indices", "bourse", "exchange", "benchmark", "composite", "average"}


def _market_moved(verb) -> bool:
    """True when the verb of a place's clause tells how its market moved, with no figure: a verb of
    moving with no object and no clause after it ("Seoul ended higher", "Bangkok rose sharply"),
    or a verb whose object is a market's gain or loss ("posted heavy losses", "gave up its early
    gains", "lost ground"). "Manila ended its ban" or "Jakarta declined to comment" still act."""
    objects = [t for t in verb.children if t.dep_ in ("dobj", "obj")]
    if any(t.dep_ in ("xcomp", "ccomp", "nsubjpass") for t in verb.children):
        return False
    if verb.lemma_ in MARKET_ONLY_VERBS and not objects:
        return True
    return verb.lemma_ in MARKET_OBJECT_VERBS and bool(objects) and all(t.lemma_.lower() in MARKET_OBJECTS
                                                                        for t in objects)


def acts_as_agent(doc, c: Candidate) -> bool:
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
        if moved_by_a_figure(verb):
            return False  # "Seoul dropped 3.1 percent": its stock market moved, no government acted
        if _market_moved(verb):
            return False  # "Seoul ended higher", "Manila posted steep losses"
        return True
    if head.dep_ == "poss" and head.head.pos_ == "NOUN":
        noun = head.head
        if noun.ent_type_ and noun.ent_type_ not in ("DATE", "CARDINAL", "PERCENT", "MONEY"):
            return False  # "London's FTSE 100 index", "Tokyo's Keio University": what it holds
        # "Tokyo's governor", "Paris's city council": the city's own offices, not the country's;
        # "Oslo's biggest lender", "Seoul's top brokerage": a firm there
        return noun.lemma_ not in FIRM_NOUNS_BEFORE_A_NAME | MARKET_NOUNS | {
            "economy", "capital", "city", "street", "border", "territory", "population", "people", "market", "stock",
            "share", "airport", "resident", "mayor", "governor", "council", "assembly", "police", "port", "university",
            "hospital", "school", "metro", "subway"}
    if head.dep_ == "dobj" and head.head.lemma_ in STANCE_OBJECT_VERBS:
        return True
    return False



# ----------------------------------------------------------------------------------------------
# Typing steps over all candidates, in the order resolve_entities runs them


def leader_governments(doc, cands: list[Candidate]) -> list[Candidate]:
    """"the Obama administration", "the Meloni government", "the Kishida cabinet": a leader's
    name before a word for the executive names that government. Each such candidate grows over
    the word and is typed as a national government; the list of them is returned, since the
    person-name steps that follow must leave them alone."""
    governments: list[Candidate] = []
    for c in cands:
        if c.label == "PERSON" and c.end < len(doc) and doc[c.end].lower_ in EXECUTIVE_WORDS \
                and (c.gaz is None or c.gaz.type == "Person"):
            span = doc[c.start:c.end + 1]
            c.end, c.text, c.end_char = c.end + 1, span.text, span.end_char
            c.label, c.gaz = "ORG", None
            c.type, c.cls, c.confidence = "GovernmentBody", "NationalGovernment", ENTITY_LEADER_GOVERNMENT
            governments.append(c)
    return governments


EXECUTIVE_WORDS = ("administration", "government", "cabinet", "regime")


def type_by_name_and_label(doc, cands: list[Candidate], gaz: Gazetteer, settled: list[Candidate]) -> None:
    """Type every candidate not in `settled` from the gazetteer, its words and its NER label. A
    person's name is first stripped of its titles and looked up again, also without middle
    initials ("Lina M. Khan" is the gazetteer's "Lina Khan"); a hit of another type is no link."""
    for c in cands:
        if c in settled:
            continue
        if c.gaz is None:
            c.gaz = _country_by_formal_name(c.text, gaz)
        if c.label == "PERSON" and c.gaz is None:
            _strip_person_titles(doc, c)
            c.gaz = gaz.lookup(c.text) or gaz.lookup(re.sub(r"\s[A-Z]\.(?=\s)", "", c.text))
            if c.gaz is not None and c.gaz.type != "Person":
                c.gaz = None
        _type_candidate(doc, c)


def _country_by_formal_name(text: str, gaz: Gazetteer):
    """The gazetteer's country named formally: "the Republic of Uganda", "the Kingdom of Lesotho"
    are Uganda and Lesotho; None for any other name."""
    words = text.split()
    if len(words) > 2 and words[0].lower() in STATE_FORMS and words[1].lower() == "of":
        entry = gaz.lookup(" ".join(words[2:]))
        if entry is not None and "Country" in entry.classes:
            return entry
    return None


def firms_listed_with_firms(doc, cands: list[Candidate]) -> None:
    """"adding Corvex, Tarvo and Miravel Microelectronics to the list", "fined Ostara, Kelvix
    Holdings and Brantor Group": a one-word name the model called a person or a place, listed with
    two firms, or with one that its own words or the gazetteer type, and with no known person or
    place among them, is a firm as well. (Not a surname the article gives a person's full name for.)"""
    surnames = {c.text.split()[-1] for c in cands if c.type == "Person" and len(c.text.split()) > 1}
    for c in cands:
        if c.gaz is not None or c.cue or c.end - c.start != 1 or c.type not in ("Person", "Place") \
                or c.text in surnames:
            continue
        listed = [d for d in _listed_with(doc, c, cands) if d is not c]
        firms = [d for d in listed if d.type == "Company"]
        others = [d for d in listed if d.type in ("Person", "Place") and (d.gaz is not None or d.end - d.start > 1)]
        if (len(firms) >= 2 or any(d.worded or d.gaz is not None for d in firms)) and not others:
            c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_WEAK_CONTEXT_CUE, True


def firms_listed_after_their_noun(doc, cands: list[Candidate]) -> None:
    """"designated four Iranian companies, Pars Tarash, Farayand Technique and Fajr Industries":
    each name of a list set right after a plural noun of firms and its comma is a firm, whatever
    the model called it (unfamiliar names read as people or places). Not a name the gazetteer knows."""
    ordered = sorted(cands, key=lambda d: d.start)

    def outside_parentheses(a: int, b: int) -> list:
        """The tokens between a and b not inside parentheses (None when one stays open)."""
        depth, words = 0, []
        for t in doc[a:b]:
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text != ")":
                words.append(t)
        return words if depth == 0 else None

    for n, c in enumerate(ordered):
        if c.start < 2 or doc[c.start - 1].text != "," or doc[c.start - 2].lower_ not in FIRM_GROUP_NOUNS - {"brands"}:
            continue
        listed, last = [c], c
        for d in ordered[n + 1:]:
            words = outside_parentheses(last.end, d.start)
            if words is None:
                continue  # a name inside "(a/k/a B)", another name of the firm before
            if not (words and all(t.lower_ in LIST_GLUE for t in words) and any(t.text in (",", "and") for t in words)):
                break
            listed.append(d)
            last = d
        for d in listed:
            if d.gaz is None and d.type in ("Person", "Place", None):
                d.type, d.cls, d.confidence, d.cue = "Company", None, ENTITY_WEAK_CONTEXT_CUE, True


# What stands between two names of one list: "A, B", "A and B", "A, the B and C".
LIST_GLUE = {",", "and", "or", "the", "&"}


def _listed_with(doc, c: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """The names written in one list with `c` (the small model's parse of long lists is not to be
    trusted, so the list is read off the surface): names joined only by commas, "and", "or"."""
    ordered = sorted(cands, key=lambda d: d.start)
    i = ordered.index(c)
    lo = hi = i
    glued = lambda a, b: b.start >= a.end and all(t.lower_ in LIST_GLUE for t in doc[a.end:b.start]) \
        and any(t.text in (",", "and", "or") for t in doc[a.end:b.start])
    while lo > 0 and glued(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and glued(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo:hi + 1]


def type_by_context(doc, cands: list[Candidate], settled: list[Candidate]) -> None:
    """Let the words around each name (not in `settled`) overrule its NER label: see `_context_cue`."""
    for c in cands:
        if c not in settled:
            _context_cue(doc, c, cands)
            _appointed_person(doc, c, cands)


# Verbs that put someone in a post: "X was named finance minister", "Y appointed X as its chairman".
APPOINT_VERBS = {"name", "appoint", "elect", "nominate", "promote", "re-elect", "reelect", "install", "hire", "choose",
                 "pick", "tap", "succeed", "replace"}


def _appointed_person(doc, c: Candidate, cands: list[Candidate]) -> None:
    """ "Ines Kalb was named finance minister", "the board appointed Ines Kalb as its chairman":
    whoever is put in a person's post is a person, whatever the NER label (the small model reads
    unfamiliar names as places); a name the model cut short ("Ines" of "Ines Kalb") takes the
    rest of the name that the verb governs."""
    if c.gaz is not None or c.type not in ("Place", "Company", "Product", None):
        return
    arg = doc[c.start:c.end].root
    while arg.dep_ == "compound" and arg.head.pos_ == "PROPN" and arg.head.i > arg.i and arg.head.i - c.start < 4:
        arg = arg.head
    verb = arg.head
    if arg.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in APPOINT_VERBS:
        return
    posts = [t for t in verb.children if t.dep_ in ("oprd", "attr", "xcomp")]
    posts += [p for t in [*verb.children, *(x for w in doc[c.start:max(c.end, arg.i + 1)] for x in w.children)]
              if t.dep_ == "prep" and t.lower_ == "as"
              for p in t.children if p.dep_ == "pobj"]  # "succeeded Y as chief executive": "as" on Y
    if not any(p.lower_ in PERSON_ROLE_NOUNS for p in posts):
        return
    if arg.i >= c.end and all(doc[i].pos_ == "PROPN" and not any(d.start <= i < d.end for d in cands if d is not c)
                              for i in range(c.end, arg.i + 1)):
        c.end = arg.i + 1
        c.end_char = doc[arg.i].idx + len(doc[arg.i].text)
        c.text = doc[c.start:c.end].text
    if arg.i < c.end:
        c.type, c.cls, c.confidence, c.cue = "Person", None, ENTITY_CONTEXT_CUE, True


def type_by_description(doc, cands: list[Candidate]) -> None:
    """What the text calls a name settles its type: "the Xbox console" is a product, not its
    maker; "Globex, Corp." (a name, a comma and a legal form) is a firm, whatever NER said."""
    for c in cands:
        if c.type in ("Company", "Person") and c.gaz is None and _described_as_product(doc, c):
            c.type, c.cls, c.confidence, c.cue = "Product", None, ENTITY_DESCRIBED, True
        if c.gaz is None and c.end + 1 < len(doc) and doc[c.end].text == "," and \
                is_legal_form(doc[c.end + 1].text) \
                and doc[c.end + 1].text[:1].isupper():
            c.type, c.cls, c.confidence, c.cue = "Company", None, ENTITY_LEGAL_FORM, True


def people_taken_up_by_he_or_she(doc, cands: list[Candidate]) -> None:
    """A two- or three-word name the model guessed was a firm that is the subject of its sentence,
    with the next sentence going on with "He" or "She" ("Dana Ossei works for the bank. She
    says ..."): a person. Firms are "it"."""
    for c in cands:
        if c.type != "Company" or c.gaz is not None or c.cue or c.worded or c.label != "ORG" \
                or not 2 <= c.end - c.start <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                                            for t in doc[c.start:c.end]):
            continue
        if doc[c.start:c.end].root.dep_ == "nsubj" and taken_up_by_he_or_she(doc, c.start, c.end):
            c.type, c.confidence, c.cue = "Person", ENTITY_SAID_OF_A_PERSON, True
    for c in cands:
        # a name the model guessed was a firm or a place whose surname comes back as a person
        if c.type in ("Company", "Place") and c.gaz is None and not c.cue and not c.worded \
                and c.label in ("ORG", "GPE", "LOC") and 2 <= c.end - c.start <= 3 \
                and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in doc[c.start:c.end]) \
                and not english_word(doc[c.start]) and _surname_acts_as_a_person(doc, c, need_pronoun=c.type == "Place"):
            c.type, c.cls, c.confidence, c.cue = "Person", None, ENTITY_SAID_OF_A_PERSON, True


def _surname_acts_as_a_person(doc, c: Candidate, need_pronoun: bool = False) -> bool:
    """"Hiroko Tanabe ... Tanabe said", "Tanabe admitted he had": the last word of the name, no
    dictionary word, comes back alone as the subject of a speech verb or of a clause that goes on
    with "he" or "she" (`need_pronoun`: only the latter). People are named again by their
    surname; firms by their first word ("Kelvo" for "Kelvo Holdings") and taken up as "it"."""
    last = doc[c.end - 1]
    if english_word(last) or last.lower_ in given_names():
        return False
    root = doc[c.start:c.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_LEMMAS and _he_or_she_after(doc[c.end:root.sent.end]):
        return True  # the whole name, once: "Kenta Morioka said he was sorry"
    for tok in doc:
        if tok.text != last.text or c.start <= tok.i < c.end or tok.dep_ != "nsubj" \
                or (tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha) \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha):
            continue  # only the surname by itself, the subject of its clause
        after = doc[tok.i + 1:tok.sent.end]
        if any(t.lower_ in ("it", "its") for t in after):
            continue  # "Kelvo said it would appeal": a thing
        if tok.head.lemma_.lower() in SPEECH_LEMMAS and not need_pronoun:
            return True
        if _he_or_she_after(after):
            return True
    return False


def _he_or_she_after(after) -> bool:
    """"he", "she", "his" or "her" as a subject or owner in `after`, and no "it" or "its"."""
    return not any(t.lower_ in ("it", "its") for t in after) and any(
        t.lower_ in ("he", "she", "his", "her") and t.dep_ in ("nsubj", "nsubjpass", "poss") for t in after)


def taken_up_by_he_or_she(doc, start: int, end: int) -> bool:
    """Whether the sentence after the name at doc[start:end] begins with "He" or "She" as its
    subject, with no "it"/"its" after the name in the name's own sentence."""
    sent = doc[start].sent
    return sent.end < len(doc) and doc[sent.end].lower_ in ("he", "she") and doc[sent.end].dep_ == "nsubj" \
        and not any(t.lower_ in ("it", "its") for t in doc[end:sent.end])


def people_after_title_words(doc, cands: list[Candidate]) -> None:
    """A title word before a short name the model called an organisation ("Mr. Ng", "Economist
    Lim", "Senator Vale"): a person."""
    ends = {c.end for c in cands}
    for c in cands:
        if c.gaz is not None or c.start == 0 or c.type not in ("Company", "Organization", "Place"):
            continue
        title = doc[c.start - 1].lower_.rstrip(".")
        if c.type != "Place" and len(c.text.split()) <= 2 and title in TITLES_BEFORE_A_PERSON:
            c.type, c.confidence = "Person", ENTITY_TITLE_BEFORE_NAME
        elif title in TITLES_BEFORE_A_PERSON | PARTY_PEOPLE_NOUNS and c.start - 1 in ends \
                and 2 <= len(c.text.split()) <= 3 and all(w[:1].isupper() for w in c.text.split()):
            # "Centre Party lawmaker Anna Holt", "Tarn Bank chairman Ivo Pelt": a body's name, the
            # title of one of its people, then that person
            c.type, c.cls, c.confidence, c.cue = "Person", None, ENTITY_TITLE_BEFORE_NAME, True


def people_named_like_places(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Chad A. Readler", "Jordan B. Hale": a one-word place name (to the gazetteer or the model)
    with a middle initial and a capitalised word after it is a person's given name; places take
    no middle initials. The place candidate becomes the whole person's name."""
    starts = {c.start: c for c in cands}
    out = []
    for c in cands:
        i = c.end
        if c.type == "Place" and c.end - c.start == 1 and i + 1 < len(doc) \
                and is_initial(doc[i].text) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
                and (i + 1 not in starts or starts[i + 1].type == "Person") and i not in starts:
            end = starts[i + 1].end if i + 1 in starts else i + 2
            span = doc[c.start:end]
            out.append(Candidate(c.start, end, span.text, span.start_char, span.end_char, "PERSON", type="Person",
                                 confidence=ENTITY_CONTEXT_CUE, cue=True))
        else:
            out.append(c)
    absorbed = {(o.start, o.end) for o in out if o.type == "Person" and o.end - o.start > 1}
    return [o for o in out if not any(a < o.start < b and o.type == "Person" and (o.start, o.end) != (a, b)
                                      for a, b in absorbed)]


TITLES_BEFORE_A_PERSON = {"mr", "mrs", "ms", "miz", "dr", "prof", "president", "minister", "secretary", "chairman",
                          "economist", "analyst", "senator", "governor", "envoy", "ambassador", "commissioner",
                          "mayor", "judge", "prosecutor", "lawmaker", "strategist", "spokesman", "spokeswoman"}


def units_of_government_bodies(doc, cands: list[Candidate]) -> None:
    """"the SEC's Division of Enforcement": a unit a government body owns (its possessive comes
    right before) is a government body too, not a firm."""
    for c in cands:
        if c.gaz is None and c.type in ("Company", "Organization") and c.start >= 2 and is_possessive(doc[c.start - 1]):
            owner = next((d for d in cands if d.end == c.start - 1), None)
            if owner is not None and owner.type == "GovernmentBody":
                c.type, c.confidence = "GovernmentBody", ENTITY_UNIT_OF_GOVERNMENT


def without_words_inside_titles(doc, cands: list[Candidate]) -> list[Candidate]:
    """"Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson":
    capitalised words inside a long title before a person's name are part of the title, not a
    firm; only weakly typed firm readings (the NER default) are dropped this way."""
    person_starts = {c.start for c in cands if c.type == "Person"}
    return [c for c in cands if not (c.gaz is None and c.type == "Company" and c.confidence <= ENTITY_NER_DEFAULT
                                     and _inside_title(doc, c, person_starts))
            and not (c.gaz is None and c.type == "Person" and _title_opening_a_name(doc, c, person_starts))]


def _title_opening_a_name(doc, c: Candidate, person_starts: set[int]) -> bool:
    """"Acting Comptroller of the Currency Ruth Adeyemi": title words the model took for a person,
    the title running on ("of the Currency") to the name that holds it."""
    if not all(t.lower_.rstrip(".") in PERSON_TITLES for t in doc[c.start:c.end]):
        return False
    j = c.end
    if j >= len(doc) or doc[j].lower_ not in ("of", "for"):
        return False
    while j < len(doc) and j - c.end < 8 and (doc[j].text[:1].isupper() or doc[j].lower_ in NAME_JOINERS | {"the"}) \
            and not doc[j].is_punct:
        if j in person_starts and j > c.end:
            return True
        j += 1
    return j in person_starts


def surnames_as_people(cands: list[Candidate]) -> None:
    """A single word the model called an organisation or place that is the first or last part of
    a person's full name in the article ("Sunak said", tagged ORG) is that person; and a full
    name of two or three words it called a firm or place by default, whose last word the article
    uses alone for a person ("Rajoelina, 44,"), is that person's full name."""
    surnames = {c.text.lower() for c in cands if c.type == "Person" and " " not in c.text and c.cue}
    for c in cands:
        words = c.text.split()
        if c.type in ("Company", "Place") and c.gaz is None and not c.cue and not c.worded \
                and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and words[-1].lower() in surnames:
            c.type, c.cls, c.confidence, c.label = "Person", None, ENTITY_SURNAME_OF_PERSON, "PERSON"
    person_parts = set()
    for c in cands:
        if c.type == "Person":
            parts = person_name_parts(c.text)
            if len(parts) >= 2:
                person_parts.update({parts[0], parts[-1]})
    for c in cands:
        if c.type != "Person" and c.gaz is None and " " not in c.text and c.text.lower() in person_parts:
            c.type, c.confidence, c.label = "Person", ENTITY_SURNAME_OF_PERSON, "PERSON"


# Words before a name that make it a person's: an honorific or a title
_PERSON_CUE_WORDS = TITLES_BEFORE_A_PERSON | {"sir", "dame", "founder", "chairwoman", "chief", "executive", "ceo",
                                             "director", "owner"}


def reads_as_a_person(doc, c: Candidate) -> bool:
    """Whether a mention reads as a person's: an honorific or a title before it, "who", an age or
    a title in apposition after it ("X, the founder of Y,"), or "he"/"she" taking it up in the
    next sentence."""
    before = doc[c.start - 1].lower_.rstrip(".") if c.start > 0 else ""
    after = [t.lower_ for t in doc[c.end:c.end + 3] if t.lower_ not in ("the", "its", "a", "their")]
    if after[:1] == [","] and after[1:2] and (after[1] in _PERSON_CUE_WORDS or after[1] in PERSON_ROLE_NOUNS):
        return True
    root = doc[c.start:c.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("found", "co-found", "cofound", "establish"):
        return True  # "X founded X Optics": the founder
    return before in _PERSON_CUE_WORDS or [t.lower_ for t in doc[c.end:c.end + 2]] == [",", "who"] \
        or aged(doc, c) or taken_up_by_he_or_she(doc, c.start, c.end)
