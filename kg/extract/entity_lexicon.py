"""Word lists that entity resolution reads, kept as data apart from the code that applies them.

Every list names a general class of words (legal forms, title words, head nouns of government
bodies, words that describe a firm), never a particular article's wording. Which step reads a
list is said in its comment; the steps live in candidates, entity_types, noise, missed_names,
aliases and coreference.
"""

from __future__ import annotations

# NER labels that never name an actor (candidates).
NOISE_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
                "EVENT", "LAW", "WORK_OF_ART"}

# NER labels whose spans become candidates.
KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"}

# Acronyms and terms the small model often tags as names but that name no actor.
NOT_ENTITIES = {
    "drs", "messrs", "mmes", "ai", "ceo", "cfo", "coo", "cto", "gdp", "ipo", "ipos", "covid", "covid-19", "ev", "evs", "etf", "etfs",
    "it", "api", "esg", "r&d", "m&a", "q1", "q2", "q3", "q4", "llm", "llms", "5g", "6g", "tv", "atm", "atms", "fta", "ftas",
    "internet", "web", "ok", "pm", "am", "gmt", "est", "utc", "hr", "pr", "vs", "inc", "ltd", "corp",
    "cpi", "ppi", "pmi", "usd", "rmb", "yuan", "dollar", "euro", "yen", "bitcoin",
    "eur", "gbp", "jpy", "chf", "cny", "zar", "inr", "aud", "cad", "hkd", "sgd",
    "fpo", "sez", "qip", "spac", "spacs", "reit", "reits", "nbfc", "ofs", "adr", "adrs", "h share", "a share",
    "brent", "brent crude", "wti", "west texas intermediate", "ether", "ethereum", "treasuries",
    "brexit", "grexit", "social security",  # a policy and a pension scheme, not actors
    "economics report",  # a broadcaster's programme ("this is the Economics Report"), not an actor
    # terms of enforcement press releases: filings and sanctions designations, not actors
    "ex",  # "Ex-Barclays trader": a prefix the model may tag alone
    "rt", "hon", "amb",  # "Rt. Hon.": abbreviated titles the model may tag alone
    "civil action", "criminal complaint", "criminal information", "complaint", "indictment",
    "specially designated national", "specially designated nationals", "specially designated global terrorist",
    "specially designated global terrorists", "sdn", "sdgt",
    "cease", "desist", "cease and desist order", "consent order", "formal agreement",  # orders: "a Cease and Desist Order"
    # markers of broadcast scripts and wire video shot lists: "(SOUNDBITE) (English) NAME, TITLE SAYING:"
    "soundbite", "sound bite", "narrator", "voiceover", "voice-over", "upsound",
}

# A firm's own organs, not bodies of their own: a post on "the Board of Directors" is held at the firm.
# plural nouns of firms: a group of them ("a number of lenders") or a list of their names after them
# ("four Iranian companies, A, B and C"): kg.extract.relations, kg.extract.entity_types
FIRM_GROUP_NOUNS = {"companies", "firms", "businesses", "corporations", "groups", "ventures", "startups", "start-ups",
                    "banks", "lenders", "insurers", "operators", "brands", "outlets", "carriers", "miners", "producers",
                    "broadcasters", "retailers", "airlines", "utilities", "newspapers", "funds", "developers",
                    "refiners", "shippers", "exporters", "manufacturers", "subsidiaries"}

COMPANY_ORGANS = {"board of directors", "board of trustees", "supervisory board", "management board",
                  "boards of directors", "boards of trustees", "supervisory boards", "management boards"}


# Legal-form suffixes written after a comma ("Tesla, Inc."): part of the firm's name, never a name.
LEGAL_SUFFIXES = {"inc", "ltd", "corp", "llc", "plc", "co", "sa", "s.a", "ag", "nv", "n.v", "gmbh", "lp", "llp",
                  "limited", "incorporated", "corporation", "spa", "s.p.a", "bv", "ab", "asa", "oyj", "se", "kk",
                  "a/s", "aps", "i/s", "k/s",  # Danish and Norwegian: "Novo Nordisk A/S"
                  "n.a", "national association",  # a U.S. national bank: "Acme Bank, N.A."
                  "fsb", "f.s.b",  # a U.S. federal savings bank: "Acme Savings Bank, FSB"
                  # Italian, French, Latin American, Australian, Singaporean, Malaysian, Central
                  # European and Indonesian forms: "Ferro Nord S.r.l.", "Kanga Mining Pty Ltd"
                  "srl", "s.r.l", "sarl", "s.a.r.l", "ltda", "pty", "pte", "bhd", "kft", "sro", "s.r.o", "tbk"}

LEGAL_FORMS = {x.replace(".", "") for x in LEGAL_SUFFIXES}


def singular_forms(word: str) -> set[str]:
    """A lower-case word and what it may be the plural of ("commissioners" -> "commissioner",
    "secretaries" -> "secretary", "chairmen" -> "chairman"), to read plural titles before names
    ("Commissioners Ana Ruiz and Ivo Sand") as titles."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("men"):
        forms.add(word[:-3] + "man")
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def is_legal_form(word: str) -> bool:
    """Whether a word is a firm's legal form, however it is dotted or cased ("Inc.", "S.A.", "LLC")."""
    return word.lower().replace(".", "") in LEGAL_FORMS

# Street words after a place name: "1600 Pennsylvania Avenue" is an address, not the state.
STREET_WORDS = {"avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane", "drive",
                "parkway", "highway", "terrace"}

# Words that describe a product, brand or game, not a firm: "the Xbox console", "a game franchise".
PRODUCT_DESCRIPTORS = {"console", "consoles", "game", "games", "franchise", "brand", "brands", "series",
                       "title", "titles", "handset", "phone", "smartphone", "app", "device", "devices",
                       "chatbot", "headset", "video-game", "videogame"}

# Words around "Treasury" that make it a bond, not the department: "the 10-year Treasury yield".
SECURITY_WORDS = {"yield", "yields", "bond", "bonds", "note", "notes", "bill", "bills", "futures", "securities"}

# Military and police ranks, titles before a name ("Staff Sergeant X", "Sergeant First Class X").
RANKS = {"sergeant", "sgt", "lieutenant", "colonel", "captain", "capt", "corporal", "cpl", "admiral", "commander",
         "brigadier", "major", "staff", "master", "class", "detective", "constable", "trooper", "agent", "specialist"}

# Words of titles written before a person's name, stripped from it ("President Donald Trump").
PERSON_TITLES = {
    "mr", "mrs", "emeritus", "ms", "miss", "miz", "dr", "drs", "messrs", "mmes", "prof", "professor", "president", "vice", "premier", "prime", "minister",
    "chancellor", "secretary", "general", "attorney", "deputy", "chairman", "chairwoman", "chair",
    "chairperson", "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "ceo", "cfo", "chief", "executive", "officer", "founder", "co-founder", "cofounder", "economist",
    "analyst", "strategist", "judge", "justice", "commissioner", "director", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "speaker", "leader", "king", "queen", "prince", "princess",
    "sheikh", "emperor", "gen", "lt", "col", "adm", "sir", "dame", "lord", "lady", "treasury", "commerce",
    "state", "finance", "foreign", "trade", "defense", "defence", "interior", "labor", "labour", "economy",
    "former", "acting", "then", "u.s.", "us", "chinese", "american", "british", "federal", "reserve",
    "central", "bank", "head", "boss", "billionaire", "tycoon", "entrepreneur", "investor", "partner",
    "managing", "senior", "vp", "evp", "svp", "pm", "accountant", "counsel", "hon", "rt", "amb", "cllr", "chairman-elect", "president-elect", "secretary-general",
    "assistant", "associate", "special", "principal", "solicitor", "inspector", "comptroller", "auditor",
    "treasurer", "mp", "mep", "lawmaker", "mister", "madam", "doctor", "prosecutor", "magistrate",
    "undersecretary", "under-secretary",
    # occupations written as titles ("Stockbroker X, from Y, says", "Banker X resigned")
    "stockbroker", "broker", "banker", "trader", "journalist", "columnist", "consultant", "lawyer",
} | RANKS

# The services a rank is held in: "the Army", "the Navy" alone name a body.
SERVICE_WORDS = {"army", "navy", "air", "force", "marine", "marines", "police"}
# Words of a rank with its service ("Army Sergeant First Class"): a span of only these names no one.
RANK_WORDS = RANKS | SERVICE_WORDS | {"first", "second", "special", "chief", "petty", "warrant", "officer",
                                     "private"}

# Head nouns of government bodies (typing, noise: a headline name with one is kept).
GOVERNMENT_HEADS = {
    "ministry", "department", "commission", "bureau", "agency", "administration", "authority", "office",
    "court", "tribunal", "prosecutor", "prosecutors", "procuratorate", "senate", "congress", "parliament",
    "assembly", "council", "cabinet", "government", "treasury", "reserve", "police", "army", "navy",
    "directorate", "inspectorate", "regulator", "regulators", "supervisor", "customs", "kremlin",
    "committee", "service", "secretariat", "duma", "legislature", "house",
}

# Words that, with a government head, make a name a government body ("Federal Reserve").
GOVERNMENT_WORDS = {"securities", "regulatory", "supervision", "supervisory", "monetary", "federal",
                    "national", "state", "ministry", "central", "attorney", "justice", "department"}

# Last words of firms' names: legal forms and business nouns ("... Holdings", "... Motors").
COMPANY_HEADS = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
    "llc",
    "plc", "ag", "sa", "nv", "gmbh", "group", "holdings", "holding", "technologies", "technology", "motors",
    "airlines", "airways", "bank", "partners", "capital", "securities", "investments", "ventures",
    "systems", "energy", "pharmaceuticals", "labs", "electronics", "industries", "enterprises",
    "networks", "communications", "telecom", "insurance", "financial", "markets", "brands", "foods",
    "development", "properties", "realty", "resources", "logistics", "semiconductor", "steel", "cement", "cements",
    "consulting", "pharma", "biotech", "research",
    # business nouns that end firms' names ("Halden Freight", "Skyline Air", "Corvid Mining")
    "air", "freight", "shipping", "lines", "mining", "minerals", "metals", "oil", "petroleum", "chemicals",
    "materials", "automotive", "aerospace", "railways", "railway", "software", "robotics", "retail", "stores",
    "trading", "therapeutics", "biosciences", "healthcare", "hotels", "resorts", "utilities", "textiles",
    "apparel", "beverages", "breweries", "construction", "engineering", "manufacturing", "instruments",
    "semiconductors", "bancorp", "management", "solutions", "motor", "pharmaceutical", "entertainment",
    "brokerage",
    # a maker's or a seller's goods ("Holloway Toys", "Corvin Brewing", "Lee Wah Industrial")
    "industrial", "toys", "brewing", "brewery", "distillers", "distillery", "steelworks", "ironworks",
    "shipyard", "shipyards", "tobacco", "cosmetics", "furniture", "supermarkets", "pharmacies",
    # legal forms of other countries ("Ferro Nord SpA", "Marisca Tubi Srl", "Kanga Mining Pty Ltd")
    "spa", "s.p.a.", "srl", "s.r.l.", "s.r.l", "sarl", "ltda", "ltda.", "pty", "pte", "bhd", "bhd.", "bv", "oyj", "kft", "tbk",
}

# Further last words of firms' names, kept out of COMPANY_HEADS because a body or a charity can end
# in them too ("Amnesty International"): they end a firm's name only after its country's name
# ("Norland Radio International", "Kestria Steel Works").
FIRM_NAME_ENDS = {"works", "traders", "exporters", "mills", "international",
                  # a manufacturer's or a carrier's line ("Norland Integrated Circuit", "Kestria
                  # Telecommunication"): "Circuit" alone also ends a court's name ("the Ninth Circuit")
                  "circuit", "circuits", "telecommunication", "telecommunications", "communication", "optics",
                  "microelectronics", "optoelectronics", "photonics", "machinery", "equipment", "shipbuilding"}

# Head words of the names of universities and schools.
EDUCATION_HEADS = {"university", "college", "school", "academy", "polytechnic"}

# Words in the names of newspapers, broadcasters and agencies.
MEDIA_WORDS = {"news", "times", "post", "journal", "herald", "tribune", "gazette", "daily", "radio",
               "television", "tv", "broadcasting", "press", "media", "magazine", "newspaper", "wire"}
# The kinds of outlet written after an outlet's own name ("Wired magazine", "Fortune magazine")
OUTLET_KIND_NOUNS = {"magazine", "newspaper", "weekly", "tabloid", "newsweekly", "broadcaster"}

# Head words of market index names ("Nasdaq Composite", "Dow Jones Industrial Average").
INDEX_HEADS = {"index", "composite", "average"}

# Head word of political parties' names.
PARTY_HEADS = {"party"}

# Parties named for their members: "the Social Democrats", "the Christian Democrats", "the Sweden
# Democrats", "the Progressive Conservatives" (the words before are part of the name).
PARTY_PLURALS = {"democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "nationalists",
                 "communists", "progressives", "populists", "unionists"}
# Words before a plural that name the members' chamber or place, not a party: "House Democrats".
NOT_PARTY_QUALIFIERS = {"house", "senate", "congressional", "state", "party", "young", "many", "some", "most",
                        "top", "leading", "senior", "moderate", "fellow", "the"}

# Words that make a "... Movement" or "... Front" a political party ("Orange Democratic
# Movement", "National Liberation Front").
POLITICAL_NAME_WORDS = {"democratic", "democrats", "national", "people's", "peoples", "liberation", "socialist",
                        "republican", "progressive", "popular", "patriotic", "revolutionary", "freedom", "unity",
                        "labour", "labor", "conservative", "liberal", "green", "communist", "islamic", "civic"}

# Head words of associations, funds and other non-government bodies.
ORGANIZATION_HEADS = {"association", "foundation", "federation", "union", "organization", "organisation",
                      "institute", "forum", "society", "alliance", "coalition", "fund", "chamber",
                      "council", "league", "consortium", "club", "ngo", "center", "centre", "community",
                      # labour unions named for their members ("United Auto Workers", "the Teamsters")
                      "workers", "steelworkers", "teamsters", "brotherhood"}

# A country's missions abroad: government bodies ("the U.S. Embassy in Kabul").
MISSION_HEADS = {"embassy", "consulate", "mission"}

# Last words of a list, a designation or a rule, before which "party" is a party to a transaction
# ("an Entity List party", "a Listed party", "a Blocked party"), not a political party.
LISTING_WORDS = {"list", "listed", "designated", "sanctioned", "blocked", "restricted", "denied", "regulations",
                 "rule", "rules", "act", "law"}

# Participles that place a firm: "Stavanger-based", "based in Stavanger", "Cluj-registered".
SITE_PARTICIPLES = {"based", "headquartered", "registered", "incorporated", "domiciled"}

# Head words of laws, treaties, plans and events named like organisations (noise).
LAW_HEADS = {"act", "law", "bill", "treaty", "agreement", "accord", "directive", "regulation",
             "regulations", "code", "order", "list", "register", "statute", "amendment", "rule", "rules",
             # events and programmes are not actors either
             "plenum", "summit", "initiative", "protocol", "declaration", "convention", "war", "crisis",
             "pandemic", "conference", "games", "olympics", "expo", "festival", "pact", "plan", "programme",
             "program", "strategy", "doctrine", "dialogue", "talks", "session", "meeting", "election", "elections",
             # a court's or an agency's documents, capitalised in releases ("a proposed Final Judgment",
             # "the Consent Decree", "a Final Determination")
             "judgment", "judgement", "decree", "injunction", "determination"}
# The heads among them that end a statute's name ("the Export Administration Regulations", "the
# Bank Secrecy Act"): the words before them name the law, not a body (not "Rules": "the
# Securities Commission Rules" are the commission's own, and name it)
STATUTE_HEADS = {"act", "regulations", "regulation", "code", "directive", "statute", "amendment"}

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

# Descriptions that also ask for a finer class (coreference).
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

# Portfolio words of ministers' titles ("Finance Minister"): inside a title, not a body's name.
PORTFOLIOS = {"finance", "commerce", "treasury", "foreign", "defense", "defence", "trade", "energy", "economy",
              "interior", "justice", "labor", "labour", "health", "education", "agriculture", "home",
              "transport", "industry", "state", "economic", "foreign affairs", "home affairs"}

# Last words of a ministry's longer portfolio, which end a title before its holder's name
# ("Minister of Cooperative Governance and Traditional Affairs X", "Secretary for Economic Development Y").
PORTFOLIO_TAILS = {"affairs", "development", "relations", "resources", "security", "governance", "planning",
                   "cooperation", "services", "reform", "reforms", "administration", "integration", "protection",
                   "enterprises", "works", "communications", "technology", "innovation", "environment", "tourism",
                   "culture", "sports", "sport", "youth", "welfare", "infrastructure", "housing", "fisheries", "mines",
                   "petroleum", "science", "research", "investment", "employment", "information", "telecommunications",
                   "government", "land", "lands", "arts", "mining", "water", "forestry", "livestock", "fisheries",
                   "trade", "commerce", "finance", "health", "education", "justice", "defence", "defense", "labour",
                   "labor", "energy", "industry", "agriculture", "transport", "economy", "planning", "safety",
                   "training", "heritage", "gender", "children", "family", "veterans", "aviation", "roads",
                   "irrigation", "cooperatives", "statistics", "communication", "media", "digitalization",
                   "technologies", "solidarity", "interior", "treasury", "oil", "gas", "privatization", "privatisation"}

# The words of a government portfolio ("Finance", "Local Government and Housing Affairs")
PORTFOLIO_WORDS = PORTFOLIOS | PORTFOLIO_TAILS

# Titles a portfolio follows with "of" or "for" ("Minister of Lands and Housing X").
PORTFOLIO_HOLDER_TITLES = {"minister", "secretary", "commissioner", "undersecretary", "under-secretary", "mec"}

# Buildings that stand for an executive office ("the Kremlin said").
SEATS_OF_POWER = {"kremlin", "white house", "downing street", "elysee", "élysée",
                  "elysee palace", "zhongnanhai", "pentagon", "blue house", "quirinale", "chancellery"}

# Plural or role nouns whose possessive begins a body's name: "the People's Bank", "Attorney's Office".
INNER_POSSESSORS = {"attorney", "attorneys", "people", "prosecutor", "prosecutors", "workers", "women",
                    "children", "veterans", "consumers", "investors"}

# Heads of bodies whose names the small model cuts before "of"/"for" (candidates mend them).
REPAIRABLE_HEADS = {
    "court", "office", "division", "commission", "bureau", "agency", "department", "ministry", "authority",
    "administration", "council", "committee", "tribunal", "directorate", "service"}

# Words that end a firm's registered name ("... Trading Co., Ltd.", "... Educational Systems").
COMPANY_SUFFIXES = {"co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "llc",
                    "plc", "group", "company", "holdings", "gmbh", "ag", "development", "properties", "realty",
                    "resources", "logistics", "semiconductor", "steel", "cements", "power", "gas", "ports",
                    "transmission", "research", "consulting", "education", "educational", "pharma", "biotech",
                    "srl", "s.r.l.", "sarl", "ltda", "ltda.", "pty", "pte", "bhd", "bhd.", "tbk"}

# Units of a body ("the Justice Department's Criminal Division"): a government body too.
GOVERNMENT_UNIT_HEADS = {"division", "office", "bureau", "unit", "section", "branch", "directorate", "service"}

# Nouns before a name that say it is a place ("the capital Porto Lindo").
PLACE_NOUNS = {"capital", "city", "town", "province", "state", "region", "village", "port", "county",
               "district", "island", "country", "nation", "municipality", "prefecture"}

# Nouns near a name that say it is a product ("the Ernie 4.5 model").
PRODUCT_NOUNS = {"truck", "car", "vehicle", "phone", "smartphone", "model", "chip", "processor", "app",
                 "drug", "vaccine", "device", "chatbot", "software", "console", "laptop", "tablet", "jet",
                 "aircraft", "plane", "satellite", "rocket", "game", "sedan", "suv", "robot", "headset"}

# Title nouns said only of people: "X, the chief executive of Y", "the head of Y, X".
PERSON_ROLE_NOUNS = {
    "ceo", "cfo", "chairman", "chairwoman", "chairperson", "president", "director", "head", "chief", "minister",
    "secretary", "governor", "economist", "analyst", "strategist", "professor", "spokesman", "spokeswoman",
    "spokesperson", "executive", "officer", "commissioner", "ambassador", "senator", "congressman",
    "congresswoman", "mayor", "premier", "chancellor", "king", "queen", "lawyer", "attorney", "judge",
    "prosecutor", "envoy", "lawmaker", "manager", "founder", "co-founder", "cofounder", "adviser", "advisor",
    "politician", "candidate", "negotiator", "researcher", "deputy", "boss", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "activist", "official", "dean", "editor", "correspondent", "reporter",
    "stockbroker", "broker", "banker", "trader", "journalist", "columnist", "consultant",
}

# Head words that end an institution's name the model may miss (missed names, noise).
INSTITUTION_HEADS = EDUCATION_HEADS | PARTY_HEADS | INDEX_HEADS | {
    "ministry", "commission", "agency", "bureau", "court", "institute", "foundation", "association",
    "authority", "department", "council", "federation", "exchange", "office", "board", "administration",
    "center", "centre", "embassy", "consulate"}

# Small words inside multi-word names ("Bank of Japan", "Procter & Gamble").
NAME_JOINERS = {"of", "and", "for", "&", "on", "de"}

# Nouns for people whose workplace follows "at"/"with" ("an economist at Natixis").
AFFILIATION_NOUNS = {
    "economist", "analyst", "strategist", "professor", "lecturer", "researcher", "director", "partner",
    "fellow", "chief", "head", "executive", "manager", "scientist", "official", "spokesperson",
    "spokesman", "spokeswoman", "adviser", "advisor", "founder", "chairman", "president", "trader",
    "investor", "officer", "engineer", "employee", "lawyer", "attorney", "consultant", "dean", "expert",
}

# Units written in lower case after their parent body ("the Senate banking committee").
BODY_UNITS = {"committee", "subcommittee", "panel", "office", "commission", "council", "caucus", "task force"}

# A place's collective officials as one body, with its type and class ("Seoul prosecutors").
COLLECTIVE_BODIES = {
    "regulators": ("GovernmentBody", "Regulator"), "watchdogs": ("GovernmentBody", "Regulator"),
    "prosecutors": ("GovernmentBody", "LawEnforcement"), "authorities": ("GovernmentBody", None),
}

# Verbs of speech whose subject, or whose name right after ("said Ana Ruiz"), is a person who
# speaks: context that makes a run of capitalised words a person's name.
SPEECH_LEMMAS = {"say", "tell", "add", "note", "warn", "explain", "state", "write", "argue", "ask", "stress",
                 "insist", "caution", "predict", "reply", "comment"}

# Common first names in international news, to keep "she" and "he" apart (unknown names fit both).
FEMALE_FIRST_NAMES = {
    "agnes", "aisha", "alexandria", "alice", "amy", "ana", "angela", "anna", "annalena", "anne",
    "barbara", "benazir", "carrie", "catherine", "christine", "chrystia", "claudia", "cristina",
    "dianne", "dilma", "elena", "elise", "elizabeth", "ellen", "elvira", "emily", "emma", "fatima",
    "gina", "ginni", "giorgia", "gita", "grace", "hannah", "hasina", "helen", "hillary", "indira",
    "irina", "isabel", "isabella", "jacinda", "janet", "jennifer", "jessica", "jill", "julia", "julie",
    "kamala", "karen", "kemi", "kirsten", "kristalina", "kristi", "lael", "laura", "lauren", "leila",
    "lina", "linda", "lindsey", "lisa", "liz", "loretta", "margrethe", "maria", "mariam", "marine",
    "marta", "mary", "mary-jane", "melania", "melanie", "mette", "michele", "michelle", "nancy",
    "natalia", "natalie", "ngozi", "nikki", "nirmala", "olga", "olivia", "patricia", "penny", "priti",
    "priya", "rachel", "rebecca", "roberta", "rosalind", "ruth", "safra", "sanae", "sanna", "sarah",
    "sheryl", "sofia", "sonia", "sophia", "suella", "susan", "svetlana", "tatiana", "theresa", "tulsi",
    "ursula", "valentina", "victoria", "yingluck", "yoko", "yulia", "yuriko", "yvette",
}
MALE_FIRST_NAMES = {
    "ahmed", "akio", "alan", "alexei", "ali", "andres", "andrew", "anthony", "antony", "barack", "ben",
    "benjamin", "bill", "boris", "brian", "charles", "christopher", "chuck", "daniel", "david",
    "dmitry", "donald", "elon", "emmanuel", "eric", "francois", "friedrich", "fumio", "gary", "gavin",
    "george", "hank", "haruhiko", "jack", "jair", "jake", "james", "javier", "jeff", "jens", "jensen",
    "jerome", "joe", "john", "justin", "kazuo", "keir", "ken", "kenny", "kevin", "larry", "lloyd",
    "luiz", "mario", "mark", "masayoshi", "matthew", "merrick", "michael", "mike", "mitch", "mohammed",
    "muhammad", "narendra", "olaf", "paul", "pedro", "peter", "pierre", "recep", "richard",
    "rick", "rishi", "robert", "ron", "satya", "sergei", "sergey", "shinzo", "steve", "steven",
    "sundar", "ted", "thomas", "tim", "vladimir", "volodymyr", "warren", "wolfgang",
}
GIVEN_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES

# Languages: a programme "in Urdu, Pashto and Dari" names no actor (a language that is also a
# nationality, "Russian", is known from the gazetteer's demonyms).
LANGUAGE_NAMES = {
    "english", "mandarin", "cantonese", "urdu", "pashto", "dari", "farsi", "persian", "creole", "swahili", "hausa",
    "amharic", "tigrinya", "somali", "oromo", "yoruba", "igbo", "zulu", "xhosa", "tagalog", "bengali", "bangla",
    "hindi", "tamil", "telugu", "punjabi", "marathi", "gujarati", "kurdish", "arabic", "hebrew", "latin", "uzbek",
    "kazakh", "tajik", "turkmen", "azeri", "tibetan", "uyghur", "uighur", "burmese", "khmer", "lao", "malay",
    "bahasa", "javanese", "sinhala", "nepali", "french", "spanish", "portuguese", "german", "italian", "dutch",
    "russian", "ukrainian", "polish", "romanian", "greek", "turkish", "korean", "japanese", "vietnamese", "thai",
    "chinese", "georgian", "armenian", "albanian", "serbian", "croatian", "bosnian", "lingala", "kinyarwanda",
}

# Head words of party names that do not end in "Party" ("Farmers' Alliance", "Green Rally",
# "National Unity Congress"); such a name is a party only when a political cue says so, since
# the same heads name unions, leagues and fronts of other kinds.
PARTY_NAME_HEADS = {"alliance", "front", "rally", "movement", "league", "congress", "union", "coalition", "bloc",
                    "party"}

# Words right before a party's name that say it is one ("the ruling X", "the opposition X").
PARTY_STANCE_WORDS = {"ruling", "opposition", "governing"}

# Nouns for a party's people: after a party's name ("X lawmaker Y") or before it ("candidates
# from the X", "a senator of the X"), they make the name a party and the name after them a person.
PARTY_PEOPLE_NOUNS = {"candidate", "candidates", "lawmaker", "lawmakers", "legislator", "legislators", "senator",
                      "senators", "mp", "mps", "parliamentarian", "parliamentarians",
                      "politician", "politicians", "congressman", "congresswoman", "councillor", "councilor",
                      "nominee"}

# Words of a sentence about elections, seats and office terms.
ELECTION_WORDS = {"election", "elections", "vote", "votes", "voters", "seat", "seats", "ballot", "ballots", "poll",
                  "polls", "term", "parliament", "parliamentary", "campaign", "electoral", "elected", "re-elected",
                  "reelected", "reelection", "re-election", "constituency", "constituencies", "referendum",
                  "legislature", "mandate", "runoff", "run-off", "primaries"}

# Verbs whose subject wins or loses seats, votes or elections ("the Reform Bloc won 40 seats").
ELECTION_VERBS = {"win", "lose", "gain", "secure", "take", "sweep", "retain", "keep", "contest", "capture"}


# The calendar's names, in order (kg.extract.dates reads dates with them; a month or a day after
# a person's name is no surname).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# Calendar words, which name no actor.
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)


# Words for a country's legislature, in names ("the National Assembly") and alone ("the Sejm").
LEGISLATURE_WORDS = frozenset({"parliament", "assembly", "congress", "senate", "duma", "knesset", "diet", "house",
                               "majlis", "legislature", "sejm", "bundestag", "riksdag", "storting", "folketing",
                               "cortes",
                               # national legislatures known by their own word (general knowledge): Latvia,
                               # Lithuania, Estonia, Finland, Iceland, Ireland, Ukraine, North Macedonia and
                               # Bulgaria, Serbia, Croatia, Bangladesh, Kyrgyzstan, Mongolia, Germany, Austria,
                               # Malaysia ("Dewan Rakyat"), the Gulf's consultative councils
                               "saeima", "seimas", "riigikogu", "eduskunta", "althing", "oireachtas", "sobranie",
                               "skupstina", "sabor", "sangsad", "kenesh", "khural", "bundesrat", "nationalrat"})
# legislatures named by two words, whose words alone are also surnames ("Rada", "Dewan")
LEGISLATURE_NAMES = frozenset({"verkhovna rada", "dewan rakyat", "dewan negara", "lok sabha", "rajya sabha",
                               "shura council", "dail eireann"})

# a state's armed services, named by their last words
ARMED_SERVICES = {"air force", "coast guard", "marine corps", "national guard", "armed forces", "defense forces",
                  "defence forces", "armed force", "defense force", "defence force"}

# Words after a product's name that name a model of it ("iPhone 6 Plus", "Galaxy S24 Ultra")
PRODUCT_VERSION_WORDS = frozenset({"plus", "pro", "max", "mini", "ultra", "air", "lite", "xl", "se", "edge", "note"})

# Names of currencies: "the Argentine Peso" is money, not an actor (a move of a currency is
# told by the market-move reader, which needs no entity for it)
CURRENCY_WORDS = {"peso", "pesos", "yen", "dollar", "dollars", "euro", "euros", "rupee", "rupees", "yuan", "renminbi",
                  "won", "pound", "pounds", "sterling", "ruble", "rubles", "rouble", "roubles", "real", "reais", "rand",
                  "naira", "lira", "franc", "francs", "krona", "kronor", "krone", "kroner", "ringgit", "baht", "dong",
                  "shilling", "shillings", "cedi", "kwacha", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals",
                  "rupiah", "zloty", "forint", "hryvnia", "lev", "leu", "bolivar", "bolivares", "sol", "tenge", "kyat",
                  "taka", "manat", "som", "lari", "dram", "kuna", "birr", "kwanza", "metical", "ouguiya", "pula"}

# Verbs by which a stock market moves ("Tokyo fell 2 percent", "the CAC lost 0.5%", "Seoul was down
# 3 points"); entity typing runs before, and apart from, the event lexicon's verbs of moving
PLACE_MOVE_VERBS = {"fall", "drop", "rise", "gain", "lose", "slide", "slip", "climb", "jump", "surge", "tumble",
                    "plunge", "sink", "dip", "rally", "advance", "decline", "retreat", "shed", "add", "be", "close",
                    "end", "finish", "edge", "soar", "slump", "rebound", "skid", "dive"}


# Words before (or "-elect" after) a title that place it in time, to the status recorded.
STATUS_OF_WORD = {
    "former": "former", "ex": "former", "then": "former", "previous": "former", "onetime": "former",
    "one-time": "former", "erstwhile": "former", "retired": "former", "outgoing": "outgoing",
    "incoming": "incoming", "acting": "acting", "interim": "interim", "caretaker": "interim",
}
# the same words as a set: they qualify a title and are none themselves ("Former Tarn CEO X")
STATUS_WORDS = frozenset(STATUS_OF_WORD)


# A firm's results as it reports them ("posted a net loss", "announced record profits"): the
# events' results reader and the typing of a name that "reported" them read the same words.
BUSINESS_RESULT_NOUNS = frozenset({"profit", "profits", "loss", "losses", "earnings", "revenue", "revenues", "sales",
                                   "results", "income"})
