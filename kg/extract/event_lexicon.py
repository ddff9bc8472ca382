"""The event trigger lexicon: which words name which kind of event, kept as data.

Each event class lists its verbal lemmas, its nominal forms, and the light verbs that make a
noun of the class an event of their subject ("held talks", "imposed a fine", "filed a lawsuit").
The argument patterns that read the roles around a trigger live in kg.extract.events (the
engine); what counts as a trigger lives here, so adding a synonym is a one-word change reviewed
as data.

Every construction the engine knows carries its own examples below (sentences written for it,
never taken from an article, with the participants expected); tests/test_event_lexicon.py runs
them all, so adding a rule means adding its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TriggerClass:
    """The words that signal one event class."""

    event: str
    verbs: frozenset[str]  # lemmas
    nouns: frozenset[str]  # surface forms, singular and plural
    light_verbs: frozenset[str] = frozenset()  # verb + noun of this class: the verb's subject acts


def _words(text: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in text.split())


TRIGGERS: dict[str, TriggerClass] = {t.event: t for t in (
    TriggerClass(
        "Meeting",
        verbs=_words("meet host preside chair receive welcome hold convene visit summon"),
        nouns=_words("meeting meetings summit summits talks audience symposium forum visit session dinner lunch "
                     "luncheon banquet reception roundtable round-table conference gathering consultations "
                     "negotiations seminar seminars workshop workshops"),
        # "held talks with", "had an audience with", "joined a video conference with"
        light_verbs=_words("hold have convene conduct host"),
    ),
    TriggerClass(
        "RegulatoryAction",
        verbs=_words("probe investigate fine charge sue indict sanction ban block bar restrict penalize penalise "
                     "prosecute punish raid subpoena suspend revoke target censure reprimand freeze seize blacklist "
                     "convict arrest detain designate sentence extradite veto arraign"),
        nouns=_words("crackdown probe probes investigation investigations inquiry inquiries fine fines penalty "
                     "penalties charges charge indictment indictments lawsuit lawsuits suit case action actions "
                     "sanctions sanction ban restrictions prohibitions measures complaint scrutiny prosecution "
                     "ruling order orders settlement settlements suspension embargo listing review curbs controls "
                     "veto allegations accusations subpoena subpoenas judgment injunction injunctions freeze proceedings "
                     "designation designations"),
        light_verbs=_words("impose take bring file launch open start lead announce issue adopt order levy slap "
                           "unseal institute initiate commence"),
    ),
    TriggerClass(
        "Investment",
        verbs=_words("acquire buy purchase invest merge takeover fund back"),
        nouns=_words("acquisition merger takeover deal stake investment buyout purchase bid tie-up offer"),
        light_verbs=_words("make launch announce complete agree"),
    ),
    TriggerClass(
        "IPO",
        verbs=_words("list float debut"),
        nouns=_words("ipo ipos listing flotation debut offering"),
        light_verbs=_words("launch file plan complete hold price seek prepare announce pursue"),
    ),
    TriggerClass(
        "PolicyAnnouncement",
        verbs=_words("announce unveil propose introduce adopt approve pass debate enact sign launch decide promise "
                     "pledge vow keep maintain cut raise hike lower reduce extend end halt outline present set "
                     "increase trim taper hold leave slash boost expand reverse"),
        nouns=_words("policy policies plan plans package bill measure measures program programme stimulus budget "
                     "reform reforms rate rates spending tax taxes rescue bailout law legislation regulation "
                     "regulations rules proposals proposal efforts purchases subsidies support deficit borrowing "
                     "relief strategy agenda initiative tariffs tariff target targets ratio requirement requirements "
                     "aid funding lifeline decree decrees"),
    ),
    TriggerClass(
        "TradeConflict",
        verbs=_words("retaliate"),
        nouns=_words("tariff tariffs duties levies war dispute tensions conflict retaliation"),
        light_verbs=_words("impose slap raise announce threaten levy place put hike extend set confirm finalize "
                           "finalise introduce apply increase double triple unveil propose approve order"),
    ),
    TriggerClass(
        "Other",
        # leaving or taking an office, an election won or lost, a guilty plea, a bankruptcy filing
        verbs=_words("resign quit elect defeat beat win lose plead"),
        nouns=_words("resignation departure election elections vote runoff run-off poll ballot primary "
                     "bankruptcy insolvency"),
    ),
    TriggerClass(
        "ProductRelease",
        verbs=_words("launch release unveil introduce debut roll ship announce"),
        nouns=frozenset(),
    ),
)}

# Verbs of a price, share or index that moves up or down ("the index rose", "shares slid"); the
# engine reads their figures, the learned reader takes them as market-move triggers.
MOVE_UP_VERBS = frozenset({"rise", "gain", "climb", "jump", "surge", "rally", "advance", "soar", "rebound", "add",
                           "increase", "edge", "firm", "spike", "leap", "recover", "grow", "strengthen", "appreciate",
                           "skyrocket", "rocket", "bounce", "inch", "tick"})
MOVE_DOWN_VERBS = frozenset({"fall", "drop", "decline", "lose", "slide", "slump", "tumble", "plunge", "sink", "shed",
                             "dip", "retreat", "crash", "sag", "slip", "weaken", "plummet", "collapse", "ease",
                             "depreciate", "tank", "shrink", "skid", "dive", "nosedive", "decrease"})
# Verbs of moving that take their direction from the words after them ("edged lower", "inched up",
# "ticked down"); they are in MOVE_UP_VERBS for the learned reader, which reads no direction
MOVE_EITHER_WAY_VERBS = frozenset({"edge", "inch", "tick"})

# Nominal forms of a policy act that are an announcement when a government or official owns
# them: "the finance minister's rescue package", "efforts by the president to ...", "a move by
# the central bank". Bare "policy", "law" or "rates" name no act.
POLICY_ACT_NOUNS = _words("plan package proposal stimulus reform bailout rescue efforts move step decision "
                          "initiative measures devaluation intervention injection")
# Verbs of a government stepping in for a firm or a sector: "step in to help X", "bail out X".
SUPPORT_VERBS = _words("rescue bail help support prop shore recapitalize recapitalise nationalize nationalise")

# A communication between a government and a firm that carries an objection: kg.extract.events._objection.
OBJECTION_NOUNS = _words("concern concerns objection objections reservations opposition")
OBJECTION_HOLD_VERBS = _words("have raise express voice cite share flag signal outline detail")
NOTIFY_VERBS = _words("tell inform warn notify advise caution alert")
OBJECTION_WORDS = OBJECTION_NOUNS | _words(
    "harm hurt damage violate breach break illegal unlawful anticompetitive anti-competitive block oppose challenge "
    "reduce lessen threaten reject deny refuse sue gatekeeper monopoly competition")

# An agreement that provides for a firm to invest: kg.extract.events._agreement_terms.
AGREEMENT_NOUNS = _words("deal agreement pact contract accord memorandum arrangement treaty")
PROVISION_VERBS = _words("call require include involve envisage envision provide oblige commit see allow foresee")
INVESTING_ACTS = _words("build open set construct invest buy acquire purchase fund finance expand establish develop "
                        "create launch take")

# Events of type Other (kg.extract.events._other). A contest a candidate wins or loses:
ELECTION_NOUNS = _words("election elections vote voting runoff run-off poll polls ballot primary presidency race "
                        "contest leadership landslide seat seats majority term mandate re-election reelection")
ELECTION_VERBS = _words("win lose defeat beat secure clinch")
# the contests themselves (lemmas), as against what is won in them ("seat", "majority", "term"):
# an election's outcome is told at its time, and it has candidates and parties, never a target
CONTEST_NOUNS = _words("election vote race referendum poll primary ballot runoff run-off")
# leaving an office: "resigned", "quit", "stepped down", "his resignation"
RESIGN_VERBS = _words("resign quit")
RESIGN_NOUNS = _words("resignation")
# an office given or taken away by someone: "appointed X (as) minister", "X was named CEO", "sacked X",
# "X was ousted", "the dismissal of X" (kg.extract.events._office_change)
APPOINT_VERBS = _words("appoint reappoint name nominate reinstate install hire tap pick choose select approve confirm")
# appointing verbs that give an office only when one is named ("hired 300 workers", "picked a site")
APPOINT_IF_OFFICE = _words("name nominate remove install hire tap pick choose select approve confirm")
# what a firm recalls when it takes back what it sold (kg.extract.events._other)
RECALLED_GOODS = _words("cars vehicles trucks units devices phones handsets products models batteries laptops "
                        "tablets toys drugs pills vaccines airbags engines appliances")
REMOVE_VERBS = _words("sack fire dismiss oust remove depose topple overthrow unseat impeach")
OFFICE_CHANGE_NOUNS = _words("appointment reappointment nomination reinstatement dismissal ouster removal sacking "
                             "firing impeachment")
# taking someone's place in an office: "X succeeded Y as prime minister", "X replaced Y as CEO"
SUCCEED_VERBS = _words("succeed replace")
# a firm failing: "filed for bankruptcy", "sought bankruptcy protection", "declared insolvency"
BANKRUPTCY_NOUNS = _words("bankruptcy insolvency receivership administration")
BANKRUPTCY_VERBS = _words("file seek declare enter apply")

# governments and officials committing to an act: "promised to close the central bank", "vowed to cut
# taxes" (kg.extract.events._pledge)
PLEDGE_VERBS = _words("promise pledge vow")
# governments bound by an agreement: "signed the treaty", "agreed to a provisional deal", "reached an
# accord" (kg.extract.events._agreement_signed; firms' deals are investments)
SIGNING_VERBS = _words("sign ratify agree reach conclude strike seal")

# Phrases that name other agencies acting together with the main actor: "in conjunction with",
# "in coordination with", "together with", "alongside", "jointly with".
JOINT_HEADS = _words("conjunction coordination cooperation co-operation partnership concert collaboration")


@dataclass(frozen=True)
class Example:
    """One sentence written for a construction, with the (event type, entity, role) triples it
    must give; entities are (name, coarse type) pairs; keys in `expected` are name slugs."""

    construction: str
    text: str
    entities: tuple[tuple[str, str], ...]
    expected: frozenset[tuple[str, str, str]]


def _ex(construction, text, entities, *expected) -> Example:
    return Example(construction, text, tuple(entities), frozenset(expected))


_GOV, _CO, _P, _PL, _ORG = "GovernmentBody", "Company", "Person", "Place", "Organization"
_BOARD = ("Trade Board", _GOV)
_FIRMS = (("Palo Widgets", _CO), ("Kestrel Foods", _CO), ("Norvex Corp", _CO))

EXAMPLES: tuple[Example, ...] = (
    # synonyms of one class give the same frame: subject acts, object is acted on
    *(_ex("regulatory verb", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "The Trade Board fined Palo Widgets for hiding defects.",
        "The Trade Board is investigating Palo Widgets over its pricing.",
        "The Trade Board sued Palo Widgets on Friday.",
        "The Trade Board blacklisted Palo Widgets last month.",
    )),
    # passives: the agent acts, the subject is acted on
    *(_ex("passive regulatory verb", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "Palo Widgets was fined by the Trade Board.",
        "Palo Widgets has been sanctioned by the Trade Board.",
        "Palo Widgets was charged on Monday by the Trade Board with fraud.",
    )),
    # nominalisations: the owner of the noun acts, its of/into/against phrase is acted on
    *(_ex("regulatory noun", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "The Trade Board's probe of Palo Widgets widened this week.",
        "The Trade Board opened an inquiry into Palo Widgets.",
        "The Trade Board filed a lawsuit against Palo Widgets.",
        "The Trade Board announced a consent order with Palo Widgets.",
    )),
    # coordinations and lists after a dash: every listed defendant is a target
    *(_ex("listed defendants", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "palo-widgets", "target"), ("RegulatoryAction", "kestrel-foods", "target"),
          ("RegulatoryAction", "norvex-corp", "target")) for t in (
        "The Trade Board charged Palo Widgets, Kestrel Foods and Norvex Corp with price fixing.",
        "The Trade Board announced charges against three firms – Palo Widgets, Kestrel Foods, and Norvex Corp.",
        "The Trade Board issued orders barring three traders, Palo Widgets, Kestrel Foods and Norvex Corp, from "
        "the market.",
    )),
    # a counted group named like an entity still stands for the members it lists
    *(_ex("counted group", t, [_BOARD, ("Northern Traders", _CO), *_FIRMS],
          ("RegulatoryAction", "palo-widgets", "target"), ("RegulatoryAction", "kestrel-foods", "target")) for t in (
        "The Trade Board suspended the licences of three Northern Traders – Palo Widgets, Kestrel Foods and "
        "Norvex Corp.",
        "The Trade Board fined two Northern Traders, Palo Widgets and Kestrel Foods, for late filings.",
        "The Trade Board charged three Northern Traders, Palo Widgets, Kestrel Foods and Norvex Corp, with fraud.",
    )),
    # a person acts for the government when a government title names them
    *(_ex("titled official", t, [("Ada Brenn", _P), *_FIRMS],
          ("RegulatoryAction", "ada-brenn", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "Trade Secretary Ada Brenn issued an order barring Palo Widgets from exporting.",
        "Judge Ada Brenn fined Palo Widgets for contempt.",
        "Deputy Attorney General Ada Brenn charged Palo Widgets with fraud.",
    )),
    # other agencies acting together with the main actor
    *(_ex("joint action", t, [_BOARD, ("Water Office", _GOV), *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "water-office", "actor")) for t in (
        "The Trade Board fined Palo Widgets in conjunction with the Water Office.",
        "The Trade Board, together with the Water Office, fined Palo Widgets.",
        "The Trade Board fined Palo Widgets in coordination with actions by the Water Office.",
    )),
    # what a firm is charged for, done by another firm, targets that firm too
    *(_ex("misconduct by", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "kestrel-foods", "target")) for t in (
        "The Trade Board fined Palo Widgets for misconduct by Kestrel Foods.",
        "The Trade Board penalized Palo Widgets over violations by Kestrel Foods.",
        "The Trade Board announced a penalty for fraud committed by Kestrel Foods.",
    )),
    # meetings: for talks with, joining a conference, a gathering of an organisation
    *(_ex("travel for talks", t, [("Ana Sousa", _P), ("Tor Vik", _P), ("Lisbon", _PL)],
          ("Meeting", "ana-sousa", "attendee"), ("Meeting", "tor-vik", "attendee")) for t in (
        "Ana Sousa was in Lisbon on Monday for talks with Tor Vik.",
        "Ana Sousa flew to Lisbon for a meeting with Tor Vik.",
        "Ana Sousa arrived in Lisbon for consultations with Tor Vik.",
    )),
    *(_ex("join a meeting", t, [("Ana Sousa", _P), ("Tor Vik", _P), ("Nordic Council", _ORG)],
          ("Meeting", "ana-sousa", "attendee"), ("Meeting", "tor-vik", "attendee")) for t in (
        "Ana Sousa joined a video conference with Tor Vik on Monday.",
        "Ana Sousa attended the summit with Tor Vik.",
        "Ana Sousa took part in talks with Tor Vik.",
    )),
    *(_ex("meeting of an organisation", t, [("Nordic Council", _ORG), ("Ana Sousa", _P), ("Oslo", _PL)],
          ("Meeting", "nordic-council", "chair")) for t in (
        "Ana Sousa spoke at a gathering of the Nordic Council in Oslo.",
        "The deal was signed at the Nordic Council summit in Oslo.",
        "Ana Sousa attended the Nordic Council's annual meeting.",
    )),
    # investment: appositive names, relative clauses, money offered to buy
    *(_ex("investment object", t, [*_FIRMS],
          ("Investment", "palo-widgets", "actor"), ("Investment", "kestrel-foods", "target")) for t in (
        "Palo Widgets will merge with the region's biggest grocer, Kestrel Foods.",
        "Norvex Corp sued Kestrel Foods, which Palo Widgets acquired in May.",
        "Palo Widgets offered two billion dollars to buy Kestrel Foods.",
    )),
    # passives: the agent buys; a government or its fund buys too
    *(_ex("bought by", t, [*_FIRMS, ("Estland", _PL), ("Estland Wealth Fund", _GOV)],
          ("Investment", "kestrel-foods", "target")) for t in (
        "Kestrel Foods was acquired by Palo Widgets in 2019.",
        "Kestrel Foods, bought by Norvex Corp last year, is profitable.",
        "The Estland Wealth Fund bought a 10 percent stake in Kestrel Foods.",
    )),
    # a listing and where it happens
    *(_ex("listing venue", t, [("Kestrel Foods", _CO), ("Lisbon Exchange", _ORG)],
          ("IPO", "kestrel-foods", "subject"), ("IPO", "lisbon-exchange", "location")) for t in (
        "Kestrel Foods debuted on the Lisbon Exchange on Friday.",
        "Shares of Kestrel Foods began trading on the Lisbon Exchange on Thursday.",
        "Kestrel Foods went public on the Lisbon Exchange in June.",
        "Kestrel Foods will list on the Lisbon Exchange next month.",
        "Kestrel Foods plans an initial public offering, known as an IPO, in June on the Lisbon Exchange.",
    )),
    # who makes a deal offer invests; the firm answering it is bid for
    *(_ex("offer by", t, [*_FIRMS], ("Investment", "palo-widgets", "actor"), ("Investment", "kestrel-foods", "target"))
      for t in (
        "Kestrel Foods rejected a takeover bid by Palo Widgets.",
        "The board of Kestrel Foods accepted a buyout offer led by Palo Widgets.",
        "Investors cheered an offer from Palo Widgets for Kestrel Foods.",
    )),
    # policy acts owned by a government or official
    *(_ex("policy noun", t, [("Ivo Sand", _P), ("Northland Bank", _GOV), ("Estland", _PL)],
          ("PolicyAnnouncement", "northland-bank", "actor")) for t in (
        "Markets cheered the Northland Bank's rescue package.",
        "Despite a bold move by the Northland Bank a day earlier, stocks fell.",
        "Efforts by the Northland Bank to calm markets have failed.",
    )),
    # a fine with its sum: the firm fined is parsed as the indirect object
    *(_ex("fined a sum", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "The Trade Board fined Palo Widgets $5 million.",
        "The Trade Board fined Palo Widgets and Kestrel Foods 40 million euros for late filings.",
        "The Trade Board has fined Palo Widgets two million pounds over the leak.",
    )),
    # a move stated in a "with" phrase, without a verb of its own
    *(_ex("move in a with phrase", t, [("Tagus Index", "MarketIndex"), ("Douro Index", "MarketIndex")],
          ("MarketMove", "tagus-index", "subject"), ("MarketMove", "douro-index", "subject")) for t in (
        "Stocks fell on Monday, with the Tagus Index down 3 percent and the Douro Index off 1.5 percent.",
        "Markets rallied, with the Tagus Index up 2 percent and the Douro Index 1 percent higher.",
        "Trading was calm, with the Douro Index down 40 points and the Tagus Index up 0.2 percent.",
    )),
    # a stock market named by its place moves as that place
    *(_ex("market of a place", t, [("Lisbon", _PL), ("Porto", _PL)], ("MarketMove", "lisbon", "subject")) for t in (
        "Stocks in Lisbon fell 2 percent on Monday.",
        "Markets in Lisbon and Porto tumbled about 4 percent.",
        "The Lisbon stock market dropped 3 percent at the open.",
    )),
    # Other: leaving an office, taking one, an election, a guilty plea, a bankruptcy filing
    *(_ex("leaving an office", t, [("Ivo Sand", _P), ("Kestrel Foods", _CO)],
          ("Other", "ivo-sand", "actor"), ("Other", "kestrel-foods", "target")) for t in (
        "Ivo Sand resigned as chief executive of Kestrel Foods on Monday.",
        "Kestrel Foods chief Ivo Sand stepped down last week.",
        "The head of Kestrel Foods, Ivo Sand, quit after the scandal.",
    )),
    *(_ex("taking an office", t, [("Ana Sousa", _P), ("Estland", _PL)], ("Other", "ana-sousa", "subject")) for t in (
        "Ana Sousa became prime minister on Tuesday.",
        "Ana Sousa was sworn in as president of Estland.",
        "Ana Sousa took office in January.",
        "Ana Sousa was elected president last year.",
    )),
    *(_ex("election won or lost", t, [("Ana Sousa", _P), ("Tor Vik", _P), ("Estland", _PL)],
          ("Other", "ana-sousa", "subject"), ("Other", "tor-vik", "subject")) for t in (
        "Ana Sousa won the presidential election, defeating Tor Vik.",
        "Ana Sousa defeated Tor Vik in the runoff on Sunday.",
        "Tor Vik lost the vote to Ana Sousa.",
    )),
    *(_ex("guilty plea", t, [("Ivo Sand", _P), ("Kestrel Foods", _CO)],
          ("Other", "ivo-sand", "subject"), ("RegulatoryAction", "ivo-sand", "target")) for t in (
        "Ivo Sand pleaded guilty to fraud on Friday.",
        "Ivo Sand has pleaded guilty to bribing officials of Kestrel Foods.",
        "Ivo Sand, a former trader, pleaded guilty in May.",
    )),
    *(_ex("office given or taken away", t, [("Ana Sousa", _P), ("Tor Vik", _P)],
          ("Other", "ana-sousa", "actor"), ("Other", "tor-vik", "target")) for t in (
        "Ana Sousa appointed Tor Vik as trade minister in April.",
        "Tor Vik was sacked by Ana Sousa on Friday.",
        "Ana Sousa named Tor Vik foreign minister last week.",
    )),
    *(_ex("bankruptcy filing", t, [("Kestrel Foods", _CO)], ("Other", "kestrel-foods", "actor")) for t in (
        "Kestrel Foods filed for bankruptcy protection on Monday.",
        "Kestrel Foods has filed for bankruptcy.",
        "Kestrel Foods sought bankruptcy protection last year.",
    )),
    # an official or a government committing to an act
    *(_ex("government pledge", t, [("Ana Sousa", _P), ("Northland Bank", _GOV)],
          ("PolicyAnnouncement", "ana-sousa", "actor")) for t in (
        "President Ana Sousa promised to close the Northland Bank.",
        "Prime Minister Ana Sousa vowed to slash public spending.",
        "Finance Minister Ana Sousa has pledged to cut taxes for small firms.",
    )),
    # governments bound by an agreement (Other): the signers act
    *(_ex("agreement signed", t, [("Estland", _PL), ("Nordland", _PL)],
          ("Other", "estland", "actor"), ("Other", "nordland", "actor")) for t in (
        "Estland and Nordland signed the treaty on Sunday.",
        "Estland and Nordland have agreed to a provisional trade agreement.",
        "Estland reached an agreement with Nordland last week.",
    )),
    # approval withheld: the firm refused is the target
    *(_ex("approval withheld", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "The Trade Board denied Palo Widgets a license to drill.",
        "The Trade Board rejected Palo Widgets' request to expand.",
        "The Trade Board turned down the application from Palo Widgets.",
    )),
    # a ruling or order names whom it binds
    *(_ex("ruling", t, [_BOARD, *_FIRMS],
          ("RegulatoryAction", "trade-board", "actor"), ("RegulatoryAction", "palo-widgets", "target")) for t in (
        "The Trade Board ruled that Palo Widgets had broken the law.",
        "The Trade Board ruled against Palo Widgets on Tuesday.",
        "The Trade Board ordered Palo Widgets to refund its customers.",
    )),
    # trade measures: the goods' origin is the target; retaliation; supplies cut off
    *(_ex("tariffs on goods from", t, [("Estland", _PL), ("Nordland", _PL)],
          ("TradeConflict", "estland", "actor"), ("TradeConflict", "nordland", "target")) for t in (
        "Estland imposed tariffs of 20 percent on steel from Nordland.",
        "Estland announced a surcharge on imports from Nordland.",
        "Estland slapped new duties on cheese from Nordland on Monday.",
    )),
    *(_ex("retaliation", t, [("Estland", _PL), ("Nordland", _PL)],
          ("TradeConflict", "nordland", "actor"), ("TradeConflict", "estland", "target")) for t in (
        "Nordland retaliated against Estland.",
        "Nordland threatened to retaliate against Estland.",
        "Nordland retaliated with duties on wine from Estland.",
    )),
    *(_ex("supplies cut off", t, [("Estland", _PL), ("Nordland", _PL)],
          ("TradeConflict", "estland", "actor"), ("TradeConflict", "nordland", "target")) for t in (
        "Estland cut off gas supplies to Nordland on Sunday.",
        "Estland halted shipments to Nordland.",
        "Estland has suspended oil exports to Nordland.",
    )),
    # a host receiving a guest chairs the meeting
    *(_ex("host a guest", t, [("Ana Sousa", _P), ("Tor Vik", _P), ("Lisbon", _PL)],
          ("Meeting", "ana-sousa", "chair"), ("Meeting", "tor-vik", "attendee")) for t in (
        "Premier Ana Sousa hosted Tor Vik in Lisbon.",
        "Ana Sousa received Tor Vik at the palace.",
        "Ana Sousa welcomed Tor Vik to Lisbon on Monday.",
    )),
    *(_ex("government support", t, [("Northland Bank", _GOV), ("Kestrel Foods", _CO)],
          ("PolicyAnnouncement", "northland-bank", "actor"), ("PolicyAnnouncement", "kestrel-foods", "target"))
      for t in (
        "The Northland Bank would step in to help Kestrel Foods.",
        "The Northland Bank agreed to bail out Kestrel Foods.",
        "The Northland Bank moved to rescue Kestrel Foods on Sunday.",
    )),
)

__all__ = ["EXAMPLES", "MOVE_DOWN_VERBS", "MOVE_EITHER_WAY_VERBS", "MOVE_UP_VERBS", "TRIGGERS", "Example", "TriggerClass"]
