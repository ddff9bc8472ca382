"""The confidences kg gives what it finds: one table, a name per kind of evidence.

Every confidence a fact or an entity reading carries comes from this table; the extractors refer
to the names, never to numbers. Each entry is a constant followed by a one-line string that says
why it has its value (the string is the entry's documentation, read by `table()` for
`kg eval --calibration` and docs/DESIGN.md).

- `REL_*` (relations), `EVENT_*` (events) and `QUOTE_*` (quotes) are written to the graph as
  `kg:confidence` and filtered by `--min-confidence`. They state how often a fact found that way
  is right; `kg eval --calibration` measures it on annotated articles (docs/DESIGN.md, "Confidence").
- `ENTITY_*` weigh the readings of a name's type against each other (the group of a name's
  mentions takes the type with the largest summed weight); they are not written to the graph.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# --- entities: weights of the evidence for a name's type ---------------------------------------

ENTITY_GAZETTEER = 0.95
"""The gazetteer knows the name: its class is general knowledge, checked by hand."""
ENTITY_NER_PERSON = 0.85
"""The model tagged a person and nothing around the name says otherwise: rarely wrong."""
ENTITY_NER_ORG_BY_WORDS = 0.85
"""An organisation whose own head word types it ("... Commission", "... University")."""
ENTITY_NER_PLACE = 0.8
"""The model tagged a place and nothing around it marks a firm."""
ENTITY_WORDS_OVER_LABEL = 0.7
"""The name's head word overrules the model's person or place label ("Eastbrook University")."""
ENTITY_CONTEXT_CUE = 0.7
"""A word next to the name types it: "the capital X", "regulator X", "its new truck, the X"."""
ENTITY_STRONG_CONTEXT_CUE = 0.75
"""A cue that rarely misleads: a unit of a government body ("the SEC's Division ..."), "benchmark"."""
ENTITY_WEAK_CONTEXT_CUE = 0.6
"""A cue that often misleads: "X CEO", "shares of X", "bought X", "told X", "Apple's App Store"."""
ENTITY_NER_DEFAULT = 0.6
"""The model's label alone for an organisation (a firm) or product: often wrong on unknown names."""
ENTITY_SAID_OF_A_PERSON = 0.7
"""A name in apposition with a title only people hold ("X, the chief executive of Y")."""
ENTITY_GIVEN_NAME_FIRST = 0.65
"""A name the model took for an organisation that starts with a common given name ("Carly Wendover")."""
ENTITY_DESCRIBED = 0.7
"""The text calls the name a product ("the Xbox console")."""
ENTITY_LEGAL_FORM = 0.8
"""A legal form after the name and a comma ("Globex, Corp."): a firm."""
ENTITY_LEADER_GOVERNMENT = 0.8
"""A leader's name before "administration", "government", "cabinet": that government."""
ENTITY_TITLE_BEFORE_NAME = 0.75
"""A person's title before a short name the model called an organisation ("Mr. Ng")."""
ENTITY_UNIT_OF_GOVERNMENT = 0.7
"""A unit owned by a government body (its possessive right before) is one too."""
ENTITY_SURNAME_OF_PERSON = 0.75
"""A single word that is a part of a person's full name in the same article is that person."""
ENTITY_CAPITAL_AS_GOVERNMENT = 0.75
"""A capital whose mentions mostly act ("Beijing said") is its country's government."""
ENTITY_FOUND_BY_HEAD_WORD = 0.7
"""A name the model missed, found and typed by its head word or as a place's officials."""
ENTITY_FOUND_BESIDE_NAME = 0.6
"""A name the model missed, found in a list with a name or after "economist at"."""
ENTITY_REPEATED_NAME = 0.6
"""Another occurrence of a found name's words, surname or initials; aliases decide whom it names."""
ENTITY_UNTYPED = 0.7
"""A candidate before typing (always replaced by a typing step's weight)."""

# --- relations ----------------------------------------------------------------------------------

REL_TITLE_BETWEEN_NAMES = 0.9
"""A title compounded between holder and person ("Tencent CEO Pony Ma"): the tightest form."""
REL_TITLE_BESIDE_NAME = 0.85
"""Title and holder written together next to the name ("Secretary of the Treasury X", "X, an economist at Y")."""
REL_TITLE_AROUND_NAME = 0.8
"""Title and holder on both sides of the name or through a copula ("CEO X of Y", "X became Y's chief")."""
REL_TITLE_DETACHED = 0.75
"""A title phrase set off from the name by a comma ("the chief executive of Y, X,", "As Y's chief, X")."""
REL_TITLE_NAMES_DEPARTMENT = 0.75
"""A title that names its department ("Attorney General X" -> the Justice Department in the text)."""
REL_TITLE_WORD_IN_BODY_NAME = 0.7
"""A bare title's word found in the name of a body mentioned before ("Treasury Secretary X")."""
REL_HOLDER_FROM_CONTEXT = 0.55
"""A bare title whose holder is guessed from the article ("President X" -> its country, "CEO X" -> its firm)."""
REL_HOLDER_KNOWN_COUNTRY = 0.7
"""A bare head-of-state or minister title of a politician whose country the gazetteer knows ("President Putin")."""
REL_FOUNDED_STATED = 0.85
"""Founding stated by a verb or title ("X founded Y", "Y was founded by X", "X, the founder of Y")."""
REL_FOUNDED_RELATIVE = 0.8
"""Founding stated in a relative clause ("Y, which X founded")."""
REL_FOUNDED_BY_PARSE = 0.85
"""Founding from the parse of a founding verb and its subject, wherever they stand."""
REL_UNIT_OF_DEPARTMENT = 0.8
"""A named agency of a department ("the Bureau of X of the Department of Y", "the Treasury's Office of X")."""
REL_MEMBER_STATED = 0.75
"""Membership stated by a party word or "member of" ("her Labour party", "X, a Green lawmaker")."""
REL_VOTE_ROLL = 0.75
"""A member or an officer named on a body's vote roll ("Voting for the action were: A, Chair; B; and C")."""
REL_OWNED_STATED = 0.85
"""Ownership stated outright ("X, a subsidiary of Y", "X is owned by Y")."""
REL_OWNED_DESCRIBED = 0.8
"""Ownership in a description ("a Y subsidiary, X", "Y-owned X", "X's parent company Y", "Y owns a stake in X")."""
REL_STAKE_POSSESSIVE = 0.75
"""A stake written as a possessive ("Y's stake in X")."""
REL_OWNS_BY_PARSE = 0.75
"""Ownership from the parse of an owning or buying verb ("X, which Y acquired in June")."""
REL_OWNER_BY_TITLE = 0.7
"""An owner noun linking two names in the parse ("X, the owner of Y", "Y's largest shareholder, X")."""
REL_PLACE_DESCRIBES_FIRM = 0.7
"""A place word in a firm's description ("German carmaker X", "X, the Dutch chip maker")."""
REL_PLACE_POSSESSIVE = 0.75
"""A place possessing a named thing ("Japan's Soka University")."""
REL_IN_PLACE = 0.7
"""A thing followed by "in PLACE" inside its own noun phrase ("10 Downing Street in London")."""
REL_BASED_IN = 0.8
"""Stated seat ("X-based Y", "Y, headquartered in X")."""
REL_PLACE_BASED_DESCRIPTION = 0.75
"""A seat in an appositive description ("Y, the Netherlands-based maker")."""
REL_PLACE_FROM_DESCRIPTION = 0.6
"""A firm's place carried from a description elsewhere in the article ("the Tokyo-based group")."""
REL_LOCATED_BY_PARSE = 0.7
"""A place attached to a name in the parse ("X of PLACE", "PLACE's largest bank X")."""
REL_BASED_IN_BY_PARSE = 0.75
"""A seat from the parse of based/headquartered/located in."""
REL_PERSON_HOME = 0.7
"""A person's town as a release writes it ("X, 45, of Newark, New Jersey,", "X, a resident of Y")."""
REL_POSITION_BY_VERB = 0.75
"""A post from a verb of taking or leaving office ("resigned as CEO of X", "was named chief economist at X")."""
REL_SUCCESSOR_POST = 0.65
"""A post taken over from its holder ("X resigned as CEO of Y. She was replaced by Z", "Z succeeds X, Y's chief executive")."""
REL_POSITION_BY_HEAD_VERB = 0.75
"""A post from a verb of leading ("X heads Y", "X chairs Y")."""
REL_TITLE_BY_PARSE = 0.75
"""A title noun linking a person and an organisation in the parse, in any word order."""
REL_AFFILIATION = 0.7
"""A person given with an organisation ("X with Y says", "X, with the Y Institute,")."""
REL_AFFILIATION_POST = 0.6
"""A post the text does not name, from a person given with or by an organisation ("Y's X", "X of Y")."""
REL_PART_OF_BODY = 0.75
"""A body described as part of another ("X, part of Y", "X, an agency within Y")."""
REL_INDEX_MOVES_IN_PLACE = 0.65
"""A market index moving in a place the clause names ("In Tokyo, the Nikkei rose")."""
REL_REGULATES_BY_VERB = 0.7
"""A regulating verb between a body and a firm ("X regulates Y", "Y, which is regulated by X")."""
REL_CRACKS_DOWN = 0.65
"""A crackdown verb between a body and a firm or sector: regulation, but said loosely."""
REL_REGULATOR_ACTION_NOUN = 0.65
"""A regulator's action noun ("X's probe into Y", "filed a lawsuit against Y")."""
REL_PAYS_REGULATOR = 0.65
"""A firm paying a penalty to a body or settling with it ("X will pay $2 million to the SEC to settle charges", "X settled with the agency")."""
REL_DEVELOPED_BY_VERB = 0.75
"""A developing verb ("X developed Y", "Y, a drug X developed")."""
REL_DEVELOPED_POSSESSIVE = 0.65
"""A possessive with a product noun ("X's AI model Y"): often the maker, sometimes a user."""
REL_CRITICISM_EVENT = 0.65
"""A criticism event's critic and target, told as a relation where the relation readers found none (kg.extract.relations.criticisms_told_as_events): in the opened probe sets 6 of 10 such pairs were gold relations, 1 optional, 3 not (the critics of a ruling against their own side)."""
REL_LEARNED = 0.6
"""A relation only the learned relation reader found (kg.extract.relmodel), between two entities the rules left unrelated: on articles neither had seen (train2) 2 of 4 were right."""
REL_LEARNED_THRESHOLD = 0.8
"""The probability the learned relation reader must give a relation before it counts (higher: fewer and surer additions). Trained on the probe articles and read on the tuning ones, 0.8 adds one right position that 0.9 leaves and nothing wrong (the reverse adds nothing); 0.5 adds two wrong; on train2 0.9, 0.8 and 0.7 add the same."""

# --- events -------------------------------------------------------------------------------------

EVENT_MEETING_VERB = 0.9
"""A meeting verb with its parties ("X met Y", "X met with Y in Z")."""
EVENT_GROUP_MEETS = 0.75
"""A plural subject that meets itself ("Leaders of the Group of Seven met")."""
EVENT_HOSTED_MEETING = 0.95
"""A host and a meeting ("X hosted Y for talks", "X presided over a meeting of Y")."""
EVENT_TESTIMONY = 0.8
"""Testimony before a legislature ("X testified before the Senate", "X told Congress"): a Meeting the body chairs."""
EVENT_SUMMONED = 0.8
"""A summons or invitation to talks ("X was summoned by Y for talks")."""
EVENT_ATTENDED = 0.8
"""Someone attending a meeting noun ("X attended the summit")."""
EVENT_MEETING_NOUN = 0.8
"""A meeting named by its noun ("X's talks with Y", "the G20 summit")."""
EVENT_REGULATORY_VERB = 0.9
"""A regulatory verb with its actor and target ("X fined Y", "Y was charged by X")."""
EVENT_GUILTY_PLEA = 0.85
"""A guilty plea ("X pleaded guilty"): the target only."""
EVENT_ADDED_TO_LIST = 0.9
"""A target added to a sanctions or entity list."""
EVENT_REGULATORY_NOUN = 0.85
"""A regulatory noun ("the probe into X", "a fine on X")."""
EVENT_WEAK_REGULATORY_NOUN = 0.75
"""A regulatory noun that often names no action ("concerns about X", "scrutiny of X")."""
EVENT_OBJECTION = 0.6
"""A regulator's objection told to firms ("X told Y the merger would harm consumers")."""
EVENT_MARKET_MOVE_WITH_FIGURE = 0.95
"""A market move with its figure ("the index closed 2.5% higher")."""
EVENT_MARKET_VALUE_MOVE = 0.8
"""A move stated in market value ("X's shares lost $24 billion in market value")."""
EVENT_MARKET_MOVE = 0.75
"""A market move without a figure ("shares of X tumbled")."""
EVENT_GOES_PUBLIC = 0.9
"""A firm going public ("X went public")."""
EVENT_IPO_NOUN = 0.9
"""An offering noun with its firm ("X's initial public offering", "X filed for an IPO")."""
EVENT_LISTS_SHARES = 0.85
"""A firm listing or floating its shares ("X will list its shares in Lisbon")."""
EVENT_DEBUT = 0.8
"""A debut on an exchange ("X debuted on the exchange"): sometimes a product, not a listing."""
EVENT_POLICY_VERB = 0.8
"""A policy verb with its actor ("X announced a stimulus package", "X cut rates")."""
EVENT_POLICY_NOUN = 0.6
"""A policy noun owned by a government ("the central bank's rescue package", "a move by X")."""
EVENT_SUPPORT_FOR_FIRM = 0.75
"""A government stepping in for a firm ("would step in to help X", "agreed to bail out X")."""
EVENT_INVESTMENT_VERB = 0.85
"""A buying or investing verb with its target ("X acquired Y", "X invested in Y")."""
EVENT_FACILITY_INVESTMENT = 0.75
"""A firm building or planning a facility of its own ("X will build a plant in Y", "X announced plans for a factory")."""
EVENT_SOVEREIGN_LENDING = 0.75
"""Money lent to a country, or its bailout ("agreed to loan Greece $172 billion", "a bailout for X from Y")."""
EVENT_MERGING_PARTIES = 0.8
"""Parties agreeing to merge ("X and Y agreed to merge")."""
EVENT_INVESTMENT_NOUN = 0.8
"""An investment noun with its target ("X's takeover of Y", "a stake in Y")."""
EVENT_AGREEMENT_TERMS = 0.55
"""An agreement providing for a firm to invest ("the agreement calls for X to build a plant")."""
EVENT_PRODUCT_RELEASE = 0.85
"""A release verb with maker and product ("X unveiled Y")."""
EVENT_TRADE_CONFLICT = 0.75
"""Tariffs or a trade war between parties."""
EVENT_RULING_OR_DENIAL = 0.7
"""A body ruling against, ordering or refusing a named firm ("ruled that X", "denied X a licence")."""
EVENT_MARKET_MOVE_IN_WITH_PHRASE = 0.8
"""A direction word with a figure after an index in a ", with" phrase ("with the Nikkei down 3%")."""
EVENT_GOVERNMENT_PLEDGE = 0.6
"""An official or government promising to act ("vowed to cut taxes"); promises are often vague."""
EVENT_WITHDRAWAL = 0.7
"""A government leaving an agreement ("X withdrew from the accord", "X took Y out of the pact")."""
EVENT_AGREEMENT_SIGNED = 0.6
"""Governments signing, agreeing to or reaching an agreement (an Other event)."""
EVENT_OTHER_VERB = 0.7
"""A verb of leaving or taking office, winning an election, pleading guilty or filing for bankruptcy."""
EVENT_OTHER_NOUN = 0.65
"""A resignation noun owned or announced by a person ("announced his resignation")."""
EVENT_LEARNED_ROLE = 0.5
"""A participant only the learned role reader found (kg.extract.eventmodel): on articles neither rules nor reader had seen, 1 in 3 to 2 in 3 were right."""
EVENT_LEARNED_ROLE_THRESHOLD = 0.95
"""The probability the learned role reader must give a role before it counts (higher: fewer and surer additions). On train2 (articles it never saw) 0.95 drops 6 wrong roles and no right one against 0.9; the tuning and probe articles it was trained on lose 1 and 2 right ones."""
EVENT_CRITICISM_VERB = 0.9
"""A criticising verb with its subject and object ("X criticised Y")."""
EVENT_CRITICISM_NOUN = 0.8
"""A criticism noun with its owner and target ("X's criticism of Y")."""
EVENT_NEGATIVE_LABEL = 0.75
"""Calling a target something negative ("X called Y a threat")."""
EVENT_CRITICISM_OF_PLAN = 0.7
"""A criticising verb whose object is a deal, plan or policy of a named owner ("X criticized Y's plan"), or an act the article told before ("Y imposed tariffs ... X denounced the tariffs")."""
EVENT_SEVERAL_SENTENCES_BONUS = 0.05
"""Added when several sentences describe the same event (not a value)."""
EVENT_SEVERAL_SENTENCES_CAP = 0.95
"""The most an event gets from that addition (not a value)."""

# --- quotes -----------------------------------------------------------------------------------

QUOTE_VERB_AFTER = 0.95
"""A speech verb with its subject right after the quote ("…," she said); tuning articles: 31 of 31 right."""
QUOTE_VERB_BEFORE = 0.85
"""A speech verb before the quote that governs it (She said the plan "…")."""
QUOTE_COLON_BEFORE = 0.8
"""A speech verb before the quote with only a colon or comma between (She said: "…")."""
QUOTE_ACCORDING_TO = 0.8
"""The quote followed by "according to X"."""
QUOTE_ACCORDING_TO_BEFORE = 0.75
"""The quote after "According to X," in its sentence."""
QUOTE_NAME_COLON_LINE = 0.75
"""A line giving a name the floor ("Lind: “…”", in headlines and transcripts)."""
QUOTE_SAME_PARAGRAPH = 0.8
"""An unattributed quote in the paragraph of an attributed one: the same speaker."""
QUOTE_OPEN_PARAGRAPH = 0.75
"""A quote continuing one left open at the end of the previous paragraph."""
QUOTE_AFTER_SPEAKERS_QUOTE = 0.65
"""A quote paragraph right after a paragraph ending in that speaker's attributed quote."""
QUOTE_LABEL_LINE = 0.6
"""A quote under a line ending in a colon that names the speaker ("Lind told reporters:")."""
QUOTE_PREVIOUS_SENTENCE = 0.6
"""A quote after a sentence of the same paragraph whose main verb is a speech verb."""
QUOTE_AFTER_REPORTED_SPEECH = 0.55
"""A quote paragraph after one reporting a person's words ("The governor said the economy ...")."""
QUOTE_CARRIED_OVER_SCALE = 1.0
"""Factor on a quote whose speaker is carried over (not a value); tuning: 16 of 16 such quotes right."""
QUOTE_CLAUSE_COLON = 0.7
"""A quote right after a clause whose subject is a person and that ends in a colon ("Lind put it bluntly: “…”")."""


# --- the table ----------------------------------------------------------------------------------

PARTS = {"ENTITY": "entities", "REL": "relations", "EVENT": "events", "QUOTE": "quotes"}
"""Name prefix -> the kind of fact an entry is for."""


@dataclass(frozen=True)
class Stated:
    """One entry of the table: its name, the kind of fact, its value and why."""

    name: str
    part: str
    value: float
    why: str


@lru_cache(maxsize=1)
def table() -> tuple[Stated, ...]:
    """The entries in the order this module states them, each with its one-line why."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    out = []
    for node, after in zip(tree.body, tree.body[1:]):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        prefix = name.split("_", 1)[0]
        if prefix not in PARTS:
            continue
        why = after.value.value if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) else ""
        out.append(Stated(name, PARTS[prefix], float(globals()[name]), " ".join(str(why).split())))
    return tuple(out)


FACTORS = ("_SCALE", "_BONUS", "_CAP", "_THRESHOLD")
"""Name endings of entries that change a confidence (a factor, an addition, a ceiling) rather than state one."""


def stated_at(part: str, value: float) -> list[str]:
    """The names of the entries of one kind of fact that state the confidence `value`."""
    return [s.name for s in table()
            if s.part == part and not s.name.endswith(FACTORS) and abs(s.value - value) < 1e-9]
