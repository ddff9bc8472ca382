"""Relations between entities (FORMAT.md predicates) from surface patterns and the parse.

Each rule is a general English construction, matched over the symbolic view of a sentence
(see kg.extract.patterns.SentenceView) or over the dependency parse:

- holdsPosition: "Tencent CEO Pony Ma", "Secretary of the Treasury Janet Yellen", "X, a professor
  of business at Y", "X, who heads Y", "Y's chairman X", "X became Y's prime minister",
  "Chinese leader Xi" (the country), "President Donald Trump" (the country in context).
- founded: "Y founder X", "X, who co-founded Y", "Y, which he founded", "a Y cofounder, he".
- memberOf: "the Bureau of Industry and Security of the Department of Commerce",
  "the Treasury's Office of Foreign Assets Control", "her Conservative party".
- owns: "Y, a subsidiary/unit/affiliate of X", "Y, which is owned by X", "X owns Y", "X's stake in Y".
- criticized: "X criticized Y", "X blamed Y for", "X lashed out at Y", "X's criticism of Y", "accusations
  against Y from X", "Y faced criticism from X", "X called Y's case 'deeply flawed'" or "X called Y a liar".
- regulates: a government body that regulates, probes, fines, charges or sues a firm.
- locatedIn: "Japan's Soka University", "10 Downing Street in London", "Seattle-based X".
- developed: "X developed/launched Y" and "X's AI model Y" for a product Y.

Each relation is given once, in FORMAT.md's direction, with the confidence of the strongest
rule that found it. Confidence reflects how the relation was found (kg.extract.confidence,
REL_*): highest for a title compounded with both names ("Tencent CEO Pony Ma"), then
appositives, relative clauses and explicit verbs, then possessives, locatives and parse-only
readings, lowest when the organisation of a head-of-state title was inferred from the article's
context.
"""

from __future__ import annotations

import bisect
import functools
import re

from kg.extract.confidence import (
    REL_AFFILIATION_POST, REL_HOLDER_KNOWN_COUNTRY, REL_INDEX_MOVES_IN_PLACE, REL_PART_OF_BODY,
    EVENT_CRITICISM_NOUN, EVENT_CRITICISM_VERB, EVENT_NEGATIVE_LABEL, REL_AFFILIATION, REL_BASED_IN,
    REL_BASED_IN_BY_PARSE, REL_CRACKS_DOWN, REL_DEVELOPED_BY_VERB, REL_DEVELOPED_POSSESSIVE, REL_FOUNDED_BY_PARSE,
    REL_FOUNDED_RELATIVE, REL_FOUNDED_STATED, REL_HOLDER_FROM_CONTEXT, REL_IN_PLACE, REL_LOCATED_BY_PARSE,
    REL_MEMBER_STATED, REL_VOTE_ROLL, REL_OWNED_DESCRIBED, REL_OWNED_STATED, REL_OWNER_BY_TITLE, REL_OWNS_BY_PARSE,
    REL_PLACE_BASED_DESCRIPTION, REL_PLACE_DESCRIBES_FIRM, REL_PLACE_FROM_DESCRIPTION, REL_PLACE_POSSESSIVE,
    REL_CRITICISM_EVENT, REL_PAYS_REGULATOR, REL_PERSON_HOME, REL_SUCCESSOR_POST, REL_POSITION_BY_HEAD_VERB, REL_POSITION_BY_VERB, REL_REGULATES_BY_VERB, REL_REGULATOR_ACTION_NOUN,
    REL_STAKE_POSSESSIVE, REL_TITLE_AROUND_NAME, REL_TITLE_BESIDE_NAME, REL_TITLE_BETWEEN_NAMES, REL_TITLE_BY_PARSE,
    REL_TITLE_DETACHED, REL_TITLE_NAMES_DEPARTMENT, REL_TITLE_WORD_IN_BODY_NAME, REL_UNIT_OF_DEPARTMENT,
)
from kg.extract.patterns import (
    unasserted,
    DEFINITE_DESCRIPTIONS,
    DEMONYMS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    lemma,
    ACTOR_TYPES,
    DEPARTMENT_TITLE_HEADS,
    FOUNDER_WORDS,
    HEAD_OF_STATE_TITLES,
    MONARCH_TITLES,
    ORG_TYPES,
    TITLE_DEPARTMENT_WORDS,
    ArticleContext,
    SentenceView,
    clean_title,
    is_future,
    norm_name,
    split_status,
)
from kg.extract.dates import find_date_cues
from kg.extract.entity_lexicon import (
    FIRM_GROUP_NOUNS, GOVERNMENT_UNIT_HEADS, LEGISLATURE_WORDS, PLACE_NOUNS, PORTFOLIO_TAILS, PORTFOLIO_WORDS, PORTFOLIOS, SITE_PARTICIPLES,
    singular_forms,
)
from kg.extract.table import EntityTable
from kg.gazetteer import load_gazetteer
from kg.namespaces import ID
from kg.models import Article, Relation

ORG = "[OGY]"  # any organisation symbol
HOLDER_ORG = "[OGYC]"  # organisations and countries can be where a position is held

CRITICIZE_VERBS = {
    "criticize", "criticise", "slam", "blast", "condemn", "denounce", "attack", "rebuke",
    "lambast", "chastise", "decry", "fault", "accuse", "assail", "excoriate", "berate", "castigate",
    "blame", "lambaste", "mock", "ridicule", "deride", "chide", "scold", "admonish", "vilify", "disparage",
    "upbraid", "reproach", "belittle", "confront",
}
# the bodies that run a firm or a state, criticised for it: "the board of X", "X's management"
GOVERNING_ORGANS = {"board", "management", "leadership", "directors", "executives", "bosses", "leaders"}
# verbs of standing against someone: criticism only of whom the object names itself or owns ("X opposed
# Y", "X opposed Y's plan"), not of whom it is aimed at ("opposed the sanctions on Z" defends no one)
OPPOSE_VERBS = {"oppose"}
# phrasal verbs of criticism: (verb lemma, particle or object word) -> the prepositions naming the
# target ("lashed out at X", "hit out at X", "took aim at X", "railed against X", "spoke out against X")
CRITICIZE_PHRASES = {("lash", "out"): ("at", "against"), ("hit", "out"): ("at", "against"),
                     ("take", "aim"): ("at",), ("rail", None): ("against",), ("speak", "out"): ("against",),
                     ("inveigh", None): ("against",)}
CRITICISM_NOUNS = {"criticism", "criticisms", "condemnation", "condemnations", "attack", "attacks", "rebuke",
                   "rebukes", "denunciation", "censure", "accusation", "accusations", "broadside", "broadsides",
                   "tirade", "diatribe"}
# verbs whose subject is the one criticised when the criticism comes "from" someone: "faced criticism
# from X", "rejected accusations by X", "drew a rebuke from X"
SUFFER_CRITICISM_VERBS = {"face", "receive", "draw", "attract", "meet", "suffer", "weather", "reject", "dismiss",
                          "deny", "rebuff", "shrug", "brush", "answer", "counter", "come"}
NEGATIVE_WORDS = {
    "flawed", "wrong", "unfair", "misguided", "harmful", "dangerous", "ridiculous", "baseless",
    "unfounded", "disproportionate", "absurd", "outrageous", "illegal", "unlawful", "unjust",
    "irresponsible", "reckless", "meritless", "politically motivated", "disgraceful", "shameful",
    "hypocritical", "discriminatory", "unacceptable", "bullying", "protectionist", "mistake",
    "disappointing", "regrettable", "troubling", "excessive", "heavy-handed", "overreach", "unprecedented overreach",
    "arbitrary", "baseless", "groundless", "unjustified", "unwarranted", "coercion", "coercive",
    "failure", "disaster", "incompetent", "deceptive", "misleading", "false", "biased", "abuse",
    # names a critic calls a person or government: "called the president a liar"
    "liar", "dictator", "traitor", "hypocrite", "criminal", "puppet", "thief", "crook", "tyrant", "bully",
    "coward", "clown", "racist", "fascist", "menace",
    # what a critic calls an act: "called X's actions an egregious violation", "called the vote a sham"
    "violation", "sham", "coup", "travesty", "farce", "setback", "blunder", "betrayal", "insult", "catastrophe",
    # what a critic says of an act: "called the chairman's actions deplorable"
    "deplorable", "appalling", "inexcusable", "unconscionable", "scandalous", "inappropriate", "unethical",
}
REGULATE_VERBS = {
    "regulate", "probe", "investigate", "fine", "charge", "sue", "indict", "penalize", "penalise",
    "sanction", "prosecute", "oversee", "supervise", "ban", "punish", "censure", "audit",
    "block", "approve", "clear", "license", "licence", "blacklist", "scrutinize", "scrutinise", "examine",
    "restrict", "order", "bar", "suspend", "revoke", "raid", "summon",
}
# Nouns of a regulator's action and the light verbs that take them: "opened an investigation
# into X", "the SEC's probe of X", "filed a lawsuit against X", "imposed a fine on X".
REGULATE_NOUNS = {"probe", "investigation", "inquiry", "lawsuit", "suit", "charges", "fine", "penalty",
                  "sanctions", "complaint", "ban", "crackdown", "audit"}
LIGHT_VERBS = {"open", "launch", "begin", "start", "announce", "conduct", "file", "bring", "impose", "levy",
               "issue", "take", "pursue", "reach", "hand", "slap", "initiate", "commence"}
# What is owned of a firm: "a 30% stake in X", "owns 30 percent of X", "holds shares in X".
STAKE_WORDS = {"stake", "stakes", "shares", "interest", "percent", "%", "per cent", "majority", "control"}
OWN_NOUNS = {"subsidiary", "subsidiaries", "unit", "affiliate", "division", "arm", "brand", "parent", "units",
             "affiliates", "divisions", "brands"}
# Verbs of parting with what one owns: "sold its unit X", "divested its stake in Y".
SELL_VERBS = {"sell", "divest", "spin", "offload", "shed", "dispose", "unload", "dump", "exit"}
PLURAL_OWN_NOUNS = {"subsidiaries", "units", "affiliates", "divisions", "brands"}
DEVELOP_VERBS = {"develop", "launch", "release", "unveil", "build", "create", "introduce", "design", "debut", "roll",
                 "make", "produce", "manufacture"}
MAKER_NOUNS = {"maker", "manufacturer", "developer", "creator", "producer", "designer"}
HEAD_VERBS = {"head": "head", "lead": "leader", "run": "head", "chair": "chair", "helm": "head",
              "manage": "manager", "direct": "director"}
# Nouns for a party's members ("Green Party politician X", "X, a Labour lawmaker").
PARTY_MEMBER_WORDS = {"senator", "lawmaker", "congressman", "congresswoman", "representative", "member", "mp",
                      "politician", "legislator", "candidate", "activist", "deputy", "councillor", "councilor",
                      "members", "lawmakers", "politicians", "stalwart", "loyalist"}
# Offices a party's member holds outside the party: "a Centre Party minister" is a member of it.
PUBLIC_OFFICES = {"minister", "mayor", "governor", "premier", "councilman", "councilwoman", "assemblyman",
                  "assemblywoman", "nominee"}
SUB_AGENCY_WORDS = {"bureau", "office", "division", "agency", "administration", "service", "directorate",
                    "unit", "commission", "committee", "board", "council", "department", "section"}


# Members of a legislature, whose place is their constituency.
LEGISLATOR_WORDS = {"mp", "mep", "mla", "lawmaker", "legislator", "congressman", "congresswoman", "representative",
                    "assemblyman", "assemblywoman", "deputy"}


# Jobs no country gives: a title ending in one of these is never held in a Place.
PRIVATE_JOB_WORDS = {"ceo", "cfo", "coo", "cto", "cio", "executive", "economist", "analyst", "strategist",
                     "professor", "researcher", "scientist", "engineer", "investor", "trader", "banker",
                     "lawyer", "founder", "co-founder", "cofounder", "reporter", "correspondent", "editor",
                     "fellow", "lecturer", "partner", "manager", "director", "officer", "owner"}


PRESS_WORDS = {"correspondent", "reporter", "columnist", "journalist", "stringer"}


class _Collector:
    """Keeps one relation per (subject, predicate, object), the most confident one."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.found: dict[tuple[str, str, str], Relation] = {}

    def add(self, subject, predicate, obj, sent, confidence, title=None, status=None, start=None, end=None,
            home=False, state_held=False):
        if not subject or not obj or subject == obj:
            return
        if title:
            written_status, title = split_status(clean_title(title))
            status = status or written_status
            if not title:
                return
        st, ot = self.ctx.type_of(subject), self.ctx.type_of(obj)
        if predicate == "holdsPosition" and ot == "GovernmentBody" and (country := _country_of_cabinet(self.ctx, obj)):
            obj, ot = country, "Place"  # "Cabinet Chief X", "British Cabinet minister X": the country's post
        if not (_types_fit(predicate, st, ot) or home and predicate == "locatedIn" and st == "Person" and ot == "Place"
                or state_held and predicate == "owns" and self.ctx.is_country(subject) and ot == "Company"):
            # (a person is placed only where the text gives their home: kg.extract.relations._homes; a
            # country owns only the firm the text calls state-owned)
            return
        # the title's head word: "District Judge" -> "judge"
        head = (clean_title(title).lower().split() or [None])[-1] if title else None
        if predicate == "holdsPosition" and ot == "Place" and head in ("judge", "attorney", "prosecutor", "magistrate") \
                and not (head == "attorney" and _municipal_title(title, self.ctx.table.get(obj))
                         and not self.ctx.is_country(obj)):
            return  # "U.S. District Judge X", "U.S. Attorney X": a court's or an office's, not the country's
        if predicate == "holdsPosition" and ot == "Place" and head in PRIVATE_JOB_WORDS:
            return  # "CEO of Orvex Japan", "Japanese economist X": no post of the country
        if predicate == "holdsPosition" and ot == "Place" and not self.ctx.is_country(obj) and head in LEGISLATOR_WORDS:
            return  # "Bulolo MP X", "Ohio congressman X": a constituency, not where a post is held
        if predicate == "holdsPosition" and ot == "GovernmentBody" and head in PRESS_WORDS:
            return  # "VOA Seoul Correspondent X", "White House correspondent X": where one reports from
        if predicate == "locatedIn" and self.ctx.is_country(subject) and self.ctx.is_country(obj):
            return  # "used by Russia in Ukraine": a country acting in another is not inside it
        if predicate == "holdsPosition" and ot == "Place":
            known, country = _known_country(self.ctx, subject)
            if known and country != obj and self.ctx.is_country(obj):
                return  # "President Bush" near "Britain": the gazetteer knows whose president he is
        key = (subject, predicate, obj)
        old = self.found.get(key)
        if old is not None and old.confidence >= confidence:
            # a weaker reading of the same position may still say when it was held
            old.status, old.start, old.end = old.status or status, old.start or start, old.end or end
            if title and old.title and title.lower().endswith(" " + old.title.lower()) \
                    and title[:-len(old.title)].istitle():
                old.title = title  # "Economy Minister" read whole by another rule than "Minister"
            return
        self.found[key] = Relation(
            subject=subject, predicate=predicate, object=obj, evidence=self.ctx.evidence(sent),
            title=title or None, confidence=round(confidence, 2),
            status=status or (old.status if old else None), start=start or (old.start if old else None),
            end=end or (old.end if old else None),
        )

    def result(self) -> list[Relation]:
        return sorted(self.found.values(), key=_in_text_order)


def _in_text_order(r: Relation) -> tuple:
    """How relations are listed: by where their evidence starts, then by subject, predicate, object."""
    return r.evidence.start, r.subject, r.predicate, r.object


# words that give where a person lives: "X, a resident of Y", "X, a native of Y"
RESIDENT_NOUNS = {"resident", "residents", "native"}


def _homes(ctx: ArticleContext, sent, out: _Collector) -> None:
    """Where a person lives, as releases write it: "X, 45, of Newark, New Jersey,", "X of Lancaster
    County, Nebraska", "X, a resident of Coral Springs, Florida". The town (the first place) is
    the person's; a person with a title before the name ("Senator X of New York", "President X of
    Y") is not placed, the place is the office's, nor is anyone placed in a country."""
    toks = list(sent)
    for n, tok in enumerate(toks):
        person = ctx.key(tok)
        if ctx.type_of(person) != "Person" or (n + 1 < len(toks) and ctx.key(toks[n + 1]) == person):
            continue  # (the last word of the name)
        if _titled(ctx, tok, sent.start):
            continue  # "Senator X of New York": the title's place
        j = n + 1
        # ", 45," (an age) and ", a resident" before the "of"
        if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].like_num and toks[j + 2].text == ",":
            j += 3
        elif j + 3 < len(toks) and toks[j].text == "," and toks[j + 1].lower_ in ("a", "an") \
                and toks[j + 2].lower_ in RESIDENT_NOUNS and toks[j + 3].lower_ == "of":
            j += 3
        elif j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].lower_ in ("both", "all") \
                and toks[j + 2].lower_ == "of":
            j += 2  # "A and B, both of Dallas, Texas,"
        if j + 1 >= len(toks) or toks[j].lower_ != "of":
            continue
        place = ctx.key(toks[j + 1]) or (ctx.key(toks[j + 2]) if toks[j + 1].lower_ == "the" and j + 2 < len(toks) else None)
        if place and ctx.type_of(place) == "Place" and not ctx.is_country(place):
            for resident in [person, *_listed_people_before(ctx, tok, sent.start)]:
                out.add(resident, "locatedIn", place, sent, REL_PERSON_HOME, home=True)


def _titled(ctx: ArticleContext, tok, floor: int) -> bool:
    """Whether the name that ends at `tok` has a title or another name before it in its sentence
    (which starts at `floor`): "Senator X", "President X"."""
    key, first = ctx.key(tok), tok.i
    while first > floor and ctx.key(tok.doc[first - 1]) == key:
        first -= 1
    before = tok.doc[first - 1] if first > floor else None
    return before is not None and (before.lower_ in TITLE_HEADS or before.pos_ == "PROPN")


def _listed_people_before(ctx: ArticleContext, tok, floor: int) -> list[str]:
    """The people listed before the last one of a list ("A and B of Kentucky", "A, B and C, all of
    Dallas"): the place after the list is each one's home."""
    found = []
    # (the parser may hang the second name of "A, B and C" on the first as an appositive)
    while (tok.dep_ == "conj" or tok.dep_ == "appos" and any(c.dep_ == "cc" for c in tok.children)) \
            and tok.head.i != tok.i and ctx.type_of(ctx.key(tok.head)) == "Person":
        tok = tok.head
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of":
            break  # "A of Dayton and B of Omaha": each is given a home of their own
        if not _titled(ctx, tok, floor):
            found.append(ctx.key(tok))  # (not "Senator X": a titled person's place is the office's)
    return found


def _country_of_cabinet(ctx: ArticleContext, key: str) -> str | None:
    """The country of a body named only as a cabinet ("the Cabinet", "British Cabinet"): its
    demonym's country, else the country the article is about; None for any other body."""
    words = norm_name(ctx.table.get(key).name).split()
    if not words or words[-1] != "cabinet" or len(words) > 2:
        return None
    if len(words) == 2:
        k = ctx.country_of_demonym(words[0])
        return k if k and ctx.is_country(k) else None
    return _article_country(ctx)


MUNICIPAL_WORDS = {"city", "county"}


def _municipal_title(title: str | None, place) -> bool:
    """"City Attorney", "county attorney": a post of the city or county named before it ("Tarnville
    City Attorney X", "Orvel County Attorney X"), unlike "U.S. Attorney" or "District Attorney" (an
    office's)."""
    words = (title or "").lower().split() + (place.name.lower().split()[-1:] if place is not None else [])
    return bool(MUNICIPAL_WORDS & set(words))


def _types_fit(predicate: str, st: str | None, ot: str | None) -> bool:
    if st is None or ot is None:
        return False
    if predicate == "holdsPosition":
        return st == "Person" and (ot in ORG_TYPES or ot == "Place")
    if predicate == "founded":
        return st == "Person" and ot in ORG_TYPES - {"GovernmentBody"}
    if predicate == "memberOf":
        # a country in an international organisation ("NATO member Turkey") is one of its members
        return st in ACTOR_TYPES and ot in ORG_TYPES or st == "Place" and ot == "Organization"
    if predicate == "owns":
        return st in ACTOR_TYPES and ot in {"Company", "Organization", "MediaOutlet", "Product"} | (
            {"GovernmentBody"} if st == "GovernmentBody" else set())
    if predicate == "criticized":
        return st in ACTOR_TYPES | {"Place"} and ot in ACTOR_TYPES | {"Place"}
    if predicate == "regulates":
        return st == "GovernmentBody" and ot in {"Company", "Organization", "MediaOutlet", "Product"}
    if predicate == "locatedIn":
        return ot == "Place" and st in {"Company", "Organization", "EducationalInstitution", "MarketIndex",
                                         "Place", "MediaOutlet", "GovernmentBody"}
    if predicate == "developed":
        return st in ORG_TYPES | {"Person"} and ot == "Product"
    return False


def extract_relations(doc, table: EntityTable, article: Article) -> list[Relation]:
    """Every relation FORMAT.md names that the article states, once each, in its direction."""
    ctx = ArticleContext.build(doc, table, article)
    out = _Collector(ctx)
    for firm, place, tok_i in ctx.described_locations:
        place = _country_of_the_story(ctx, place, tok_i)
        if place:
            out.add(firm, "locatedIn", place, ctx.sent_of(ctx.doc[tok_i]), REL_PLACE_FROM_DESCRIPTION)
    for uctx, sent in ctx.plain_units():
        view = SentenceView(uctx, sent)
        _positions(uctx, view, sent, out)
        _head_word_titles(uctx, view, sent, out)
        _founders(uctx, view, sent, out)
        _memberships(uctx, view, sent, out)
        _ownership(uctx, view, sent, out)
        _locations(uctx, view, sent, out)
        _dependency_relations(uctx, sent, out)
        _title_links(uctx, sent, out)
        _election_winners(uctx, sent, out)
        _affiliations(uctx, sent, out)
        _party_letters(uctx, sent, out)
        _party_of_person(uctx, sent, out)
        _party_word_beside_person(uctx, sent, out)
        _parts(uctx, sent, out)
        _own_companies(uctx, sent, out)
        _one_of_the_owners(uctx, sent, out)
        _country_memberships(uctx, sent, out)
        _located_by_parse(uctx, sent, out)
        _index_places(uctx, sent, out)
        _regulatory_nouns(uctx, sent, out)
        _homes(uctx, sent, out)
    _title_then_name(ctx, out)
    _name_then_post(ctx, out)
    _successors(ctx, out)
    _plural_co_titles(ctx, out)
    _respective_holders(ctx, out)
    _counterparts(ctx, out)
    _department_of_country_titles(ctx, out)
    from kg.extract.relmodel import add_learned_relations  # imported here: relmodel reads this module's helpers

    add_learned_relations(ctx, out)  # what the learned reader is sure of, between entities left unrelated
    _one_holder_per_state_title(out)
    _one_country_per_held_title(out)
    return out.result()


def criticisms_told_as_events(table: EntityTable, events, relations: list[Relation]) -> list[Relation]:
    """The relations with each criticism event's critics and targets added: who criticises a named
    target criticised it, whatever construction the event reader found it in ("X, a vehement critic
    of Y", "X called the decision by Y a mistake"), where the relation readers found no such pair.
    The relation takes the event's evidence; the list is sorted as the relation readers sort theirs."""
    have = {(r.subject, r.object) for r in relations if r.predicate == "criticized"}
    added = []
    for ev in events:
        if ev.type != "Criticism":
            continue
        critics = [p.entity for p in ev.participants if p.role == "actor"]
        targets = [p.entity for p in ev.participants if p.role in ("target", "subject")]
        for critic in critics:
            for target in targets:
                st, ot = table.get(critic).type, table.get(target).type
                if critic == target or (critic, target) in have or not _types_fit("criticized", st, ot):
                    continue
                have.add((critic, target))
                added.append(Relation(subject=critic, predicate="criticized", object=target, evidence=ev.evidence,
                                      confidence=min(REL_CRITICISM_EVENT, ev.confidence)))
    return sorted(relations + added, key=_in_text_order)


def _country_of_the_story(ctx: ArticleContext, place: str, tok_i: int) -> str | None:
    """ "X, the country's largest firm": "the country" read as a country named in its own
    sentence or the one before is that one; read as one named only further back (a passing aside:
    "Another ally nationalised its mines last year." ... "Y, the country's largest firm"), it is the
    country the article is about, or none when the article has no plain one."""
    tok = ctx.doc[tok_i]
    if tok.lower_ not in ("country", "nation"):
        return place
    home = _article_country(ctx)
    if home == place:
        return place
    i = bisect.bisect_right(ctx._sent_starts, tok.sent.start) - 1
    lo = ctx.sents[max(0, i - 1)].start_char
    if any(lo <= m.start < tok.idx for m in ctx.table.get(place).mentions):
        return place
    return home


def _department_of_country_titles(ctx: ArticleContext, out: _Collector) -> None:
    """"U.S. Attorney General X" in an article that names the Justice Department: the post is the
    department's as well as the country's (a title whose department general knowledge names,
    TITLE_DEPARTMENT_WORDS; a department of that name must be named in the article)."""
    for r in list(out.found.values()):
        if r.predicate != "holdsPosition" or not ctx.is_country(r.object):
            continue
        low = " ".join((r.title or "").lower().split())
        for phrase, words in TITLE_DEPARTMENT_WORDS.items():
            if low == phrase or low.endswith(" " + phrase):
                for w in words:
                    dept = ctx.entity_with_word(w, {"GovernmentBody"})
                    e = ctx.table.get(dept) if dept else None
                    # a Justice Department (the U.S. one); elsewhere a justice ministry is no
                    # attorney general's office
                    if e is not None and any("department" in norm_name(n).split() for n in (e.name, *e.aliases)):
                        out.add(r.subject, "holdsPosition", dept, _sent_at(ctx, r.evidence.start),
                                REL_TITLE_WORD_IN_BODY_NAME, title=r.title)
                break


def _sent_at(ctx: ArticleContext, char: int):
    """The sentence holding character offset `char`."""
    return next((s for s in ctx.sents if s.start_char <= char < s.end_char), ctx.sents[-1])


SINGLE_HOLDER_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor"}


def _one_holder_per_state_title(out: _Collector) -> None:
    """A country has one president (prime minister, king) at a time: a holder only guessed from
    the article's country ("President X thanked the Venezuelan government" in an article whose
    president is Y) gives way to one the text or the gazetteer places in that office."""
    _guesses_give_way(out, lambda r: (r.object, r.title.lower()) if r.title.lower() in SINGLE_HOLDER_TITLES else None)


def _one_country_per_held_title(out: _Collector) -> None:
    """A person holds a title for one country: a country only guessed from the context ("a trip to
    Japan by President Bush" beside "the Japanese cabinet") gives way to one the text or the
    gazetteer gives the same person for the same title (the United States)."""
    _guesses_give_way(out, lambda r: (r.subject, r.title.lower()))


def _guesses_give_way(out: _Collector, post) -> None:
    """Among a country's posts that `post` says are one (a title's holder, a holder's title), the
    ones only guessed from the article's context go where another is surer."""
    held = [(triple, r, post(r)) for triple, r in out.found.items() if r.predicate == "holdsPosition"
            and r.status is None and r.title and out.ctx.is_country(r.object)]
    held = [(triple, r, p) for triple, r, p in held if p is not None]
    best: dict[tuple[str, str], float] = {}
    for _, r, p in held:
        best[p] = max(best.get(p, 0.0), r.confidence)
    for triple, r, p in held:
        if r.confidence <= REL_HOLDER_FROM_CONTEXT < best[p]:
            del out.found[triple]


# --- holdsPosition ------------------------------------------------------------------------------

_TITLE = r"[tT]*T"  # modifiers and heads ending in a head: "Deputy Attorney General", "chief market economist"


def _title_text(view: SentenceView, a: int, b: int) -> str:
    return clean_title(view.text(a, b))


def _title_lower(view: SentenceView, a: int, b: int) -> str:
    return " ".join(view.text(a, b).lower().split())


def _title_head_ok(view: SentenceView, a: int, b: int) -> bool:
    """A title must end in a head word ("CEO", "economist"), not only modifiers ("former")."""
    return any(view.items[i].symbol == "T" for i in range(a, b))


def _title_of_a_noun_before(view: SentenceView, a: int) -> bool:
    """"opposition leader X", "union chief X", "rebel commander X": a common noun before the
    title names what the title is held in, so the title is not the country's or a firm's."""
    if a == 0 or view.items[a - 1].symbol != "_":
        return False
    tok = view.token(a - 1)
    # (opening a sentence, the tagger may take the capitalised noun for a name: "Union leader X said")
    noun = tok.pos_ == "NOUN" or (tok.is_sent_start and tok.lower_ in GROUPS_BEFORE_TITLES)
    return noun and (tok.text.islower() or tok.is_sent_start) and tok.head.i == view.items[a].start


# common nouns of groups whose leader, chief or spokesman a title names ("Union leader X", "Rebel commander X")
GROUPS_BEFORE_TITLES = {"union", "unions", "opposition", "rebel", "rebels", "party", "labor", "labour", "student",
                        "students", "business", "industry", "community", "tribal", "militia", "protest", "church",
                        "group", "campaign", "strike", "worker", "workers"}


def _org_for_bare_title(ctx: ArticleContext, view: SentenceView, title: str, person_item: int) -> tuple[str | None, float]:
    """The organisation of a title written without one: "Attorney General Eric Holder",
    "Treasury Secretary X" (handled as ORG TITLE), "President Donald Trump"."""
    low = split_status(title.lower())[1].strip()  # "former president", "President-elect"
    office = _office_of_title(ctx, low)
    if office:
        return office, REL_TITLE_WORD_IN_BODY_NAME
    dept = _department_of_title_phrase(ctx, low, view.token(person_item).idx)
    if dept:
        return dept, REL_TITLE_WORD_IN_BODY_NAME
    first = re.split(r" (?:of|for) ", low)[0]
    head = first.split()[-1] if first else ""  # "minister of economy", "minister for mines"
    if head == "speaker":
        body = _legislature(ctx)
        if body:
            return body, REL_HOLDER_FROM_CONTEXT
    if head == "director" and re.fullmatch(r"(?:deputy |associate |assistant )?director of [a-z]+(?: [a-z]+)?", low) \
            and title.split(" of ")[-1][:1].isupper():
        # "Director of Enforcement X" in an agency's release: a division's head at the one
        # government body the article names (its field capitalised, no body written)
        body = _one_government_body(ctx, lambda e: True)
        if body:
            return body, REL_HOLDER_FROM_CONTEXT
    if head == "commissioner":
        body = _commission(ctx)
        if body:
            return body, REL_HOLDER_FROM_CONTEXT
    if head == "governor":
        bank = _central_bank_before(ctx, view.token(person_item).idx)
        if bank:
            return bank, REL_HOLDER_FROM_CONTEXT
    state_title = low in HEAD_OF_STATE_TITLES or head in ("president", "premier", "king", "queen", "chancellor", "minister")
    if state_title:
        known, country = _known_country(ctx, view.items[person_item].key)
        if known:
            return country, REL_HOLDER_KNOWN_COUNTRY
        country = _surname_country(ctx, view.items[person_item].key)
        if country:
            return country, REL_HOLDER_KNOWN_COUNTRY
    if low in CENTRAL_BANK_HEAD_TITLES:
        bank = _central_bank_just_before(ctx, view.token(person_item), view.items[person_item].key, low)
        if bank:
            return bank, REL_HOLDER_FROM_CONTEXT
    if state_title:
        listed = _country_of_coordinated_official(ctx, view.items[person_item].key, view.token(person_item).sent)
        if listed:
            return listed, REL_HOLDER_FROM_CONTEXT
        # a minister's country only from the sentence: ministers of several countries meet
        return _country_in_context(ctx, view, person_item, near_only=head == "minister"), REL_HOLDER_FROM_CONTEXT
    if low in BOARD_CHAIR_TITLES and _title_stands_alone(ctx, view, title, person_item) and (
            body := releasing_body(ctx)) is not None and \
            norm_name(ctx.table.get(body).name).rpartition(" ")[2] in BOARD_BODY_HEADS:
        # "said Chairman X" in a commission's own release is the commission's chair, whatever firm
        # the release is about (not "X's former CEO and Chairman Y", a firm's officer it names)
        return body, REL_HOLDER_FROM_CONTEXT
    if low in CORPORATE_TITLES | BOARD_CHAIR_TITLES:
        firm = _main_company(ctx) if low in CORPORATE_TITLES else None
        if firm is None and low in BOARD_CHAIR_TITLES:
            # "Chairman X said" in an agency's release that names no firm: the chair of the one
            # commission, board or agency it names; in a hearing's story, of the one committee
            # ("the House Committee on Oversight ... Chairman X asked")
            firm = _one_government_body(ctx, lambda e: norm_name(e.name).rpartition(" ")[2] in BOARD_BODY_HEADS) \
                or _one_government_body(ctx, lambda e: bool(set(norm_name(e.name).split()) & COMMITTEE_WORDS))
        return firm, REL_HOLDER_FROM_CONTEXT
    if first in SECRETARY_TITLES:
        # "Secretary X", "Under Secretary for Terrorism X" in a text naming one department: its head's
        # post (an agency's own release names its secretaries so)
        at = view.items[person_item].start - len(title.split()) - 1  # the word before the title
        before = ctx.doc[at] if at >= 0 else None
        qualified = before is not None and before.is_alpha and before.pos_ in ("PROPN", "NOUN", "ADJ")
        dept = None if qualified else _only_department(ctx)  # not "Press Secretary X", "Party Secretary X"
        if dept:
            return dept, REL_HOLDER_FROM_CONTEXT
    if _cabinet_title(low) and not _bodies_named_for(ctx, low):
        # "Commerce Secretary X", "Attorney General Y" where the article names no department nor an
        # office of the title (two states' attorney general's offices leave it open): a cabinet post
        # of the country the text is about (as the annotators record it)
        country = _country_in_context(ctx, view, person_item)
        if country and ctx.is_country(country):
            return country, REL_HOLDER_FROM_CONTEXT
    return None, 0.0


def _title_stands_alone(ctx: ArticleContext, view: SentenceView, title: str, person_item: int) -> bool:
    """Whether a title before a name is written by itself, for a post held now: not "former", no
    other title joined to it ("CEO and Chairman") and no owner before it ("Tarn's Chairman")."""
    if split_status(title.lower())[0] not in (None, "acting", "interim"):
        return False
    at = view.items[person_item].start - len(title.split()) - 1  # the word before the title
    before = ctx.doc[at] if at >= 0 else None
    return before is None or before.lower_ not in ("and", "&", ",", "'s", "’s", "/") and before.pos_ != "PROPN"


def _department_of_title_phrase(ctx: ArticleContext, low: str, before: int) -> str | None:
    """The department a title's own words belong to ("attorney general", "assistant attorney
    general for national security": the Justice Department the article names before `before`)."""
    low = re.split(r" (?:for|of) ", low)[0]
    for phrase, words in TITLE_DEPARTMENT_WORDS.items():
        if low.endswith(phrase):
            for w in words:
                k = ctx.entity_with_word(w, {"GovernmentBody"}, before=before)
                if k and "ministry" not in ctx.table.get(k).name.lower():
                    return k  # (an attorney general serves no "Ministry of Justice")
    return None


def _cabinet_title(title: str) -> bool:
    """A cabinet post named by its portfolio: "Commerce Secretary", "Secretary of State", "Attorney
    General", "Assistant Attorney General" (not "Press Secretary" nor a party's "General Secretary")."""
    words = title.replace("-", " ").split()
    if words[-2:] == ["attorney", "general"]:
        return all(w in ("deputy", "assistant", "associate", "acting", "principal") for w in words[:-2])
    core = [w for w in words if w not in ("deputy", "under", "assistant", "acting")]
    if core[:2] == ["secretary", "of"]:
        rest = [w for w in core[2:] if w != "the"]
        return len(rest) == 1 and rest[0] in PORTFOLIOS or _joined_portfolio(rest)
    return len(core) == 2 and core[1] == "secretary" and core[0] in PORTFOLIOS or (
        core[-1:] == ["secretary"] and _joined_portfolio(core[:-1]))


def _joined_portfolio_start(view: SentenceView, a: int) -> int:
    """Where a title starts when capitalised words of a joined portfolio stand before it ("Health
    and Human Services Secretary X", "Housing and Urban Development Secretary Y"), else `a`."""
    for k in range(max(0, a - 5), a - 2):
        words = view.items[k:a]
        if all(it.symbol in "t_&" and (it.text[:1].isupper() or it.text == "and") for it in words) \
                and (k == 0 or view.items[k - 1].symbol not in "t_") \
                and _joined_portfolio([it.text.lower() for it in words]):
            return k
    return a


def _joined_portfolio(words: list[str]) -> bool:
    """A portfolio of two fields joined by "and": "health and human services", "housing and urban
    development" (a field's words, the last one of a ministry's portfolio)."""
    if "and" not in words or not 3 <= len(words) <= 5:
        return False
    return all(w in PORTFOLIO_FIELDS for w in (words[0], words[-1], words[words.index("and") - 1]))


# the words of a ministry's fields, first and last ("health", "human services")
PORTFOLIO_FIELDS = PORTFOLIOS | PORTFOLIO_TAILS




SECRETARY_TITLES = {"secretary", "under secretary", "deputy secretary", "assistant secretary",
                    "deputy under secretary", "deputy assistant secretary", "principal deputy assistant secretary"}
DEPARTMENT_WORDS = {"department", "treasury", "ministry"}


def _only_department(ctx: ArticleContext) -> str | None:
    """The department (a government body named "Department", "Ministry" or "Treasury") an article
    names when it names no other government body (a bureau of it may be where the post is)."""
    if sum(e.type == "GovernmentBody" for e in ctx.table) != 1:
        return None
    return _the_department(ctx)


def _is_under_secretary(title: str) -> bool:
    """"Under Secretary for Trade", "Acting Under Secretary of the Treasury for X": a department's
    post (its bureau or the portfolio after "for" is not where it is held)."""
    core = re.split(r" (?:of|for) ", split_status(title.lower())[1].strip())[0]
    return core in ("under secretary", "deputy under secretary", "undersecretary")


def _the_department(ctx: ArticleContext) -> str | None:
    """The one department (a government body named "Department", "Ministry" or "Treasury") an
    article names, beside any number of its bureaus; None when it names none or several."""
    return _one_government_body(ctx, lambda e: any(DEPARTMENT_WORDS & set(norm_name(n).split())
                                                   for n in (e.name, *e.aliases)))


def releasing_body(ctx: ArticleContext) -> str | None:
    """The government body whose own release the article is: the one its source names (as the
    gazetteer knows it, "U.S. Department of Justice, Office of Public Affairs" being the Justice
    Department the release calls "the Department", or by a name or acronym of three letters or more
    the article gives it, as whole words). None for a story about a body, whoever carries it.
    Read once per article: the relation and event readers both ask."""
    if not hasattr(ctx, "_releasing_body"):
        ctx._releasing_body = _releasing_body(ctx)
    return ctx._releasing_body


def _releasing_body(ctx: ArticleContext) -> str | None:
    source = ctx.article.source or ""
    bodies = [e for e in ctx.table if e.type == "GovernmentBody"]
    if not source or not bodies:
        return None
    gaz = load_gazetteer()
    by_iri: dict[str, str] = {}
    for e in bodies:
        for iri in [e.gazetteer_id] + [entry.iri for form in (e.name, *e.aliases) for entry in [gaz.lookup(form)] if entry]:
            if iri:
                by_iri.setdefault(iri, e.key)
    for part in re.split(r"[(),;]", source):
        entry = gaz.lookup(part.strip()) if part.strip() else None
        if entry is not None and entry.iri in by_iri:
            return by_iri[entry.iri]
    written = f" {norm_name(source)} "
    return next((e.key for e in bodies for form in (e.name, *e.aliases) for name in [norm_name(form)]
                 if (len(name.split()) > 1 or (form.isupper() and len(form) >= 3)) and f" {name} " in written), None)


def _one_government_body(ctx: ArticleContext, fits) -> str | None:
    """The one government body of the article that `fits`; None when none or several do."""
    found = [e.key for e in ctx.table if e.type == "GovernmentBody" and fits(e)]
    return found[0] if len(found) == 1 else None


def _office_of_title(ctx: ArticleContext, title: str) -> str | None:
    """The one office the article names after a title ("Attorney General X" in an article that
    names "the Utah Attorney General's Office", "Trade Representative X" beside "the Office of the
    Trade Representative"); None when it names none or several. Heads of state are left to the
    country rules ("the Office of the President" is not where a president's post is recorded)."""
    words = norm_name(title).split()
    if not words or title in HEAD_OF_STATE_TITLES or words[-1] not in TITLE_HEADS:
        return None
    found = _bodies_named_for(ctx, title, office=True)
    return found.pop() if len(found) == 1 else None


def _bodies_named_for(ctx: ArticleContext, title: str, office: bool = False) -> set[str]:
    """The government bodies whose name holds the title's words (with `office`, only those named an
    office): "the Utah Attorney General's Office" for "Attorney General"."""
    words = norm_name(title).split()
    return {e.key for e in ctx.table if e.type == "GovernmentBody" for n in (e.name, *e.aliases)
            for name in [norm_name(n).split()] if (not office or "office" in name)
            and any(name[i:i + len(words)] == words for i in range(len(name)))}


def _legislature(ctx: ArticleContext) -> str | None:
    """The one legislature an article names ("Speaker X" in an article about a parliament is its
    speaker); None when it names none or several."""
    return _one_government_body(ctx, lambda e: e.ontology_class == "Legislature"
                                or norm_name(e.name).rpartition(" ")[2] in LEGISLATURE_WORDS)


def _commission(ctx: ArticleContext) -> str | None:
    """"Competition Commissioner X" in an article about one commission: a commissioner of it (the
    one government body named "... Commission"); None when it names none or several."""
    return _one_government_body(ctx, lambda e: norm_name(e.name).rpartition(" ")[2] == "commission")


def _central_bank_before(ctx: ArticleContext, before: int) -> str | None:
    """"The Reserve Bank cut rates. Governor X said": the central bank mentioned last in the few
    sentences before offset `before` (a governor with no body named, right after a central bank's
    news, is that bank's; a state's governor elsewhere in the article is not)."""
    return _central_bank_mentioned(ctx, before - 400, before, by_name=True)[0]


def _central_bank_mentioned(ctx: ArticleContext, since: int, before: int, by_name: bool) -> tuple[str | None, int]:
    """The central bank mentioned last in the characters [since, before), and where; with
    `by_name` any government body named a bank counts ("the Reserve Bank")."""
    best, best_at = None, -1
    for e in ctx.table:
        if e.type != "GovernmentBody" or not (e.ontology_class == "CentralBank" or by_name and any(
                "bank" in norm_name(n).split() for n in (e.name, *e.aliases))):
            continue
        at = max((m.start for m in e.mentions if since <= m.start < before), default=-1)
        if at > best_at:
            best, best_at = e.key, at
    return best, best_at


# Titles a central bank's head bears ("President X" of the ECB, "Chairman X" of the Fed): written
# bare, right after the bank's news, they are the bank's, not the country's nor a firm's.
CENTRAL_BANK_HEAD_TITLES = {"president", "chairman", "chairwoman", "chair"}


def _central_bank_just_before(ctx: ArticleContext, tok, person: str | None, title: str) -> str | None:
    """"The European Central Bank cut its rate. President X said the bank ...": the central bank
    named in the sentence before the bare title `tok` or earlier in its own one, when the sentence
    names no country or nationality before the title ("Russian President X") and no firm was named
    since the bank. A president is a state's as often: the bank's only when the gazetteer knows
    the holder as a central banker or the sentence speaks of a bank."""
    sent = tok.sent
    if title == "president" and getattr(ctx.table.get(person), "ontology_class", None) != "CentralBanker" \
            and not any(lemma(t) == "bank" for t in sent if t.i > tok.i):
        return None
    if any(ctx.is_country(ctx.key(t)) or (t.lower_ in DEMONYMS and t.text[:1].isupper()) for t in sent if t.i < tok.i):
        return None
    start = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    best, best_at = _central_bank_mentioned(ctx, start, tok.idx, by_name=False)
    if best is None or any(e.type == "Company" and any(best_at < m.start < tok.idx for m in e.mentions) for e in ctx.table):
        return None
    return best


# Titles that only a firm has: "CEO Name" in an article about one firm is that firm's CEO.
CORPORATE_TITLES = {
    "ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "cfo",
    "chief financial officer", "coo", "chief operating officer", "cto", "chief technology officer",
    "managing director", "chief investment officer", "chief", "boss", "vice-chairman", "vice chairman",
    "vice-chairwoman", "vice chairwoman", "deputy chairman",
    # the officers a release names in a firm's case: "former controller X", "its general counsel X"
    "controller", "chief compliance officer", "chief risk officer", "chief information officer",
    "chief marketing officer", "general counsel",
}


# titles of a board's chair, and the heads of the bodies a chair presides over
BOARD_CHAIR_TITLES = {"chairman", "chairwoman", "chair", "acting chairman", "acting chair"}
BOARD_BODY_HEADS = {"commission", "board", "agency", "authority", "bureau", "administration", "corporation"}
# the words of a legislature's committees, whose chairs a hearing's story names "Chairman X"
COMMITTEE_WORDS = {"committee", "subcommittee", "sub-committee"}


def _main_company(ctx: ArticleContext) -> str | None:
    """The firm an article is about: the only company it names, or one named at least twice as
    often as any other; None when two firms share the article."""
    counts = sorted(((len(e.mentions), e.key) for e in ctx.table if e.type == "Company"), reverse=True)
    if not counts:
        return None
    if len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]:
        return counts[0][1]
    # the firm named most, and alone among firms in the lead: "Tarn's bosses resigned ... (a
    # rival's scandal recalled later)"
    lead = ctx.sents[0] if ctx.sents else None
    if lead is not None and counts[0][0] > counts[1][0]:
        in_lead = {e.key for e in ctx.table if e.type == "Company"
                   and any(lead.start_char <= m.start < lead.end_char for m in e.mentions)}
        if in_lead == {counts[0][1]}:
            return counts[0][1]
    return None


def _country_of_coordinated_official(ctx: ArticleContext, person: str, sent) -> str | None:
    """ "X met with Premier L and Finance Minister W": an official met in one list with a politician
    whose country the gazetteer knows serves that country (the side met is one side); not a list
    of subjects ("President L and Prime Minister W held talks": two sides)."""
    toks = [t for t in sent if ctx.key(t) == person and ctx.key(t.head) != person]
    if not toks:
        return None
    first = toks[0]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("dobj", "pobj"):
        return None
    found = {_known_country(ctx, ctx.key(o)) for o in toks[0].conjuncts if ctx.type_of(ctx.key(o)) == "Person"}
    countries = {k for known, k in found if known and k}
    return next(iter(countries)) if len(countries) == 1 else None


def _known_country(ctx: ArticleContext, person: str | None) -> tuple[bool, str | None]:
    """(known, key): whether the gazetteer knows which country a well-known politician
    serves, and that country's entity in the article (None when the article does not name it)."""
    if person is None:
        return False, None
    e = ctx.table.get(person)
    if not e.gazetteer_id or not e.gazetteer_id.startswith(str(ID)):
        return False, None
    gaz = load_gazetteer()
    entry = gaz.get(e.gazetteer_id[len(str(ID)):])
    if entry is None or entry.country is None:
        return False, None
    return True, _country_named(ctx, entry.country)


def _country_named(ctx: ArticleContext, path: str) -> str | None:
    """The entity of the article that is the gazetteer's country `path`, else None."""
    gaz = load_gazetteer()
    iri = str(ID[path])
    country = gaz.get(path)
    names = {norm_name(n) for n in (country.forms if country else ())}
    for other in ctx.table:
        if other.type == "Place" and (other.gazetteer_id == iri or norm_name(other.name) in names):
            return other.key
    return None


@functools.lru_cache(maxsize=1)
def _countries_by_surname() -> dict[str, frozenset[str]]:
    """The countries of the gazetteer's national politicians, by the last word of their names
    ("bush" -> the United States, whichever Bush is meant). A name written surname first ("Kim
    Dae-jung") is not keyed by its surname: its last word is a given name no one is called by."""
    found: dict[str, set[str]] = {}
    for entry in load_gazetteer().entries.values():
        if entry.type == "Person" and entry.country:
            for form in entry.forms:
                found.setdefault(norm_name(form).rpartition(" ")[2], set()).add(entry.country)
    return {k: frozenset(v) for k, v in found.items()}


def _surname_country(ctx: ArticleContext, person: str | None) -> str | None:
    """ "President Bush": the country a person named by a surname alone serves, when the
    gazetteer cannot link the name to one person but every politician it knows by that name
    served one country, and the article names that country; else None."""
    if person is None or ctx.type_of(person) != "Person":
        return None
    e = ctx.table.get(person)
    if e.gazetteer_id or " " in e.name.strip():
        return None
    countries = _countries_by_surname().get(norm_name(e.name))
    return _country_named(ctx, next(iter(countries))) if countries and len(countries) == 1 else None


def _country_in_context(ctx: ArticleContext, view: SentenceView, person_item: int,
                        near_only: bool = False) -> str | None:
    """The country a head-of-state title refers to when the text names none: a country named
    in the same sentence (nearest first), else the one country the article names most (with
    `near_only`, for ministers: the only country the article names), when no demonym in the sentence points to another country ("Finance Minister X
    said on French radio" in an article about the US is not the US's minister)."""
    best, best_dist = None, 10**6
    for i, it in enumerate(view.items):
        # a country just before the title ("the US in President Trump's term") or just after
        # the name ("President X of Y"); one further away is usually a different actor
        if it.symbol == "C" and it.key and ctx.is_country(it.key) and -5 <= i - person_item <= 2 \
                and not (i > person_item and re.match(r"s?[Tt]", view.string[i + 1:])) \
                and not (i > person_item and view.string[person_item + 1:i] not in ("", "f", "fd", ",")) \
                and not (i < person_item and "P" in view.string[i + 1:person_item]):
            # (not a country that another title holder's title follows, "..., and Chile's Trade
            # Minister Y", "... with Russian President Y", nor "Russian President Y met President X";
            # after the name only "of Y" or ", Y": "President X visited Y" went there, it is not X's)
            d = abs(i - person_item)
            if d < best_dist:
                best, best_dist = it.key, d
    if best:
        return best
    # "President X met Russian President Y": the sentence's country is Y's, X's is not written;
    # in an article about two countries it is the other one
    theirs = {it.key if it.symbol == "C" else ctx.country_of_demonym(it.text) for i, it in enumerate(view.items)
              if it.symbol in ("C", "D") and view.string[i + 1:i + 2] in ("T", "t")
              and view.string.find("P", i) not in (-1, person_item)}
    # "President X and President Y held talks": two leaders of one title serve two countries; the
    # other's country when the gazetteer knows it, else X's is open
    for i, it in enumerate(view.items):
        if it.symbol == "P" and i != person_item and i > 0 and view.string[i - 1] == "T" \
                and view.items[i - 1].text.lower() in HEAD_OF_STATE_TITLES and view.string[i - 2:i - 1] not in ("C", "D"):
            theirs.add(_known_country(ctx, it.key)[1])
    if theirs:
        return _other_of_two_countries(ctx, theirs)
    others = {it.text.lower() for it in view.items if it.symbol == "D"}
    if near_only:
        # a minister's country: the one country the article names, or the one it is plainly about
        # when every other country is named once (as for "X, the finance minister,")
        guess = _ministers_country(ctx, others)
    else:
        guess = _article_country(ctx)
        if guess and any(ctx.country_of_demonym(d) != guess for d in others):
            return None
    if guess in _destinations(ctx, view.sent):
        return None  # "President X arrived in Kenya": a story about Kenya, X came from elsewhere
    return guess


# nouns of going somewhere: "a state visit to Japan", "her first trip to Peru"
TRAVEL_NOUNS = {"visit", "trip", "tour", "travel", "journey", "stopover"}


def _destinations(ctx: ArticleContext, sent) -> set[str]:
    """Countries the sentence sends someone to ("visited Kenya", "flew to the U.S.", "arrived in
    India", "a state visit to Japan"): where a visitor went, not where they serve."""
    found = set()
    for tok in sent:
        key = ctx.key(tok)
        if not key or not ctx.is_country(key):
            continue
        head = tok.head
        if tok.dep_ == "dobj" and lemma(head) in ("visit", "tour"):
            found.add(key)
        elif tok.dep_ == "pobj" and head.dep_ == "prep":
            goer = head.head
            if head.lower_ == "to" and (lemma(goer) in DESTINATION_VERBS if goer.pos_ in ("VERB", "AUX")
                                        else goer.lower_ in TRAVEL_NOUNS):
                found.add(key)
            elif head.lower_ in ("in", "into") and lemma(goer) in ("arrive", "land"):
                found.add(key)
    return found


def _other_of_two_countries(ctx: ArticleContext, theirs: set) -> str | None:
    """In an article about two countries, the one that is not the one country of the sentence's
    other leaders (`theirs`: "President X met Russian President Y"); None otherwise."""
    countries = {e.key for e in ctx.table if e.type == "Place" and ctx.is_country(e.key)}
    if len(countries) == 2 and len(theirs) == 1 and theirs <= countries:
        return (countries - theirs).pop()
    return None


def _article_country(ctx: ArticleContext) -> str | None:
    """The country an article is about: the one named in its government bodies' names, else the
    one country it names at least twice as often as any other."""
    home = _home_country(ctx)
    if home:
        return home
    counts: dict[str, int] = {}
    for e in ctx.table:
        if e.type == "Place" and ctx.is_country(e.key):
            counts[e.key] = len(e.mentions)
    if not counts:
        return None
    # a country the article names only by its demonym ("Peruvian exports", not in the table)
    # competes as well, against the country's mentions and its own demonyms ("Angolans vote ...
    # Portuguese colonial rule")
    named, unnamed = _demonym_counts(ctx)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top, n = ranked[0]
    if (len(ranked) == 1 or n >= 2 * ranked[1][1]) and n + named.get(top, 0) >= 2 * max(unnamed.values(), default=0):
        return top
    return None


def _demonym_counts(ctx: ArticleContext) -> tuple[dict[str, int], dict[str, int]]:
    """How often the article names each country by a capitalised demonym ("Peruvian",
    "Brazilian"): those it names in the table (by key), and those it names only so (by demonym)."""
    named: dict[str, int] = {}
    unnamed: dict[str, int] = {}
    for tok in ctx.doc:
        # (the people name their country too: "Angolans vote")
        low = tok.lower_ if tok.lower_ in DEMONYMS else tok.lower_[:-1] if tok.lower_.endswith("ns") else ""
        if low in DEMONYMS and tok.text[:1].isupper():
            k = ctx.country_of_demonym(low)
            if k and ctx.is_country(k):
                named[k] = named.get(k, 0) + 1
            elif k is None and _demonym_of_a_country(low):
                unnamed[low] = unnamed.get(low, 0) + 1
    return named, unnamed


def _ministers_country(ctx: ArticleContext, demonyms=()) -> str | None:
    """The country of a minister whose country is not written: the one country the article names
    (when it names no other by a demonym only), else the one it is plainly about (its government
    bodies', or named twice as often as any other) when every other country is named once; None
    when a demonym in the sentence (`demonyms`) points to another country."""
    countries = [e.key for e in ctx.table if e.type == "Place" and ctx.is_country(e.key)]
    named, unnamed = _demonym_counts(ctx)
    if len(countries) == 1 and not unnamed:
        home = countries[0]
    else:
        home = _article_country(ctx)
        if not home or not _one_country_article(ctx, home):
            return None
    if any(ctx.country_of_demonym(d) != home for d in demonyms):
        return None  # "Finance Minister X said on French radio"
    return home


def _home_country(ctx: ArticleContext) -> str | None:
    """The country whose government the article is about: the one country named inside the
    names of its government bodies ("U.S. Department of the Treasury", "Chinese government")."""
    from kg.extract.patterns import DEMONYMS

    found = set()
    countries = [e for e in ctx.table if e.type == "Place" and ctx.is_country(e.key)]
    for body in ctx.table:
        if body.type != "GovernmentBody":
            continue
        names = [body.name, *body.aliases]
        for c in countries:
            forms = {c.name, *c.aliases}
            for dem, dnames in DEMONYMS.items():
                if forms & set(dnames):
                    forms.add(dem)
            for n in names:
                low = " " + n.lower().replace("’", "'") + " "
                if any(f" {f.lower()} " in low or f" {f.lower()}'s " in low for f in forms if len(f) > 1):
                    found.add(c.key)
    return next(iter(found)) if len(found) == 1 else None


def _department_from_title(ctx: ArticleContext, view: SentenceView, a: int, b: int) -> str | None:
    """ "Treasury Secretary", "Secretary of Commerce", "Finance Minister": the department whose
    name holds the title's subject word."""
    words = [it.text for it in view.items[a:b]]
    lows = [w.lower() for w in words]
    if not any(w in DEPARTMENT_TITLE_HEADS for w in lows):
        return None
    for w, low in zip(words, lows):
        if low in DEPARTMENT_TITLE_HEADS or low in ("of", "the", "former", "deputy", "assistant", "under"):
            continue
        if w[:1].isupper():
            k = ctx.entity_with_word(low, {"GovernmentBody"}, before=view.token(a).idx)
            if k:
                return k
    return None


class _TitleMatch:
    """What the title patterns of one sentence share: the sentence's view, where facts go, and
    the places that only qualify the firm after them ("CEO of Silicon Valley-based Tesla")."""

    def __init__(self, ctx: ArticleContext, view: SentenceView, sent, out: _Collector):
        self.ctx, self.view, self.sent, self.out = ctx, view, sent, out
        self.s, self.items = view.string, view.items
        self.based_on = {}
        for m in re.finditer(r"C\._(?=[OGY])", self.s):
            if self.items[m.start() + 2].text.lower() in SITE_PARTICIPLES:
                self.based_on[m.start()] = self.items[m.start() + 3].key

    def org_at(self, i):
        """The holder an item names, or None where it is not where the title is held."""
        s, items = self.s, self.items
        # "chairman of Finland's biggest lender X": a place that possesses something other than
        # the title is not where the title is held
        if items[i].symbol == "C" and s[i + 1:i + 2] == "s" and s[i + 2:i + 3] not in ("T", "t"):
            return None
        # "head of the Paris office of X": a place that modifies another noun
        head = self.view.head_token(i)
        if items[i].symbol == "C" and head.dep_ == "compound" and head.head.i > head.i \
                and head.head.lower_ not in TITLE_HEADS | {"elect"} and self.ctx.key(head.head) is None:
            return None  # (but "New Zealand Prime Minister-elect X": the parser heads the title on "elect")
        # "president of the Dallas Fed": a place naming another body's branch ("Fed" read apart)
        # is not where the title is held, nor is the whole body
        if items[i].symbol == "C" and head.dep_ == "compound" and head.head.i > head.i \
                and self.ctx.key(head.head) not in (None, items[i].key) \
                and self.ctx.type_of(self.ctx.key(head.head)) in ORG_TYPES:
            return None
        # "Vice President of Research and Development at Tarn": a department the title names is
        # no body of its own; the title is held where "at" says
        at = re.match(r"ad?(?:Cs)?(?P<org>[OGY])", s[i + 1:])
        if at and (s[i - 1:i] == "f" or s[max(0, i - 2):i] == "fd") \
                and self.ctx.type_of(items[i].key) in ("Company", "Organization"):
            return items[i + 1 + at.start("org")].key
        # "Director of the New York Office of the FBI": a place's office of a body is the body's
        nxt = re.match(r"fd?(?P<org>[OGY])", s[i + 1:])
        if nxt and _is_place_office(self.ctx, items[i].key):
            return items[i + 1 + nxt.start("org")].key
        return self.based_on.get(i, items[i].key)

    def add(self, person_i, org_key, a, b, conf, status=None):
        """The title of items a..b, each of a pair on its own ("chairman and CEO of Microsoft");
        none when the clause does not assert it ("X might become chairman of Y")."""
        if b > a and _title_unasserted(self.view.token(b - 1)):
            return
        whole = _title_text(self.view, a, b)
        parts = re.split(r"\s+and\s+", whole)
        if not all(set(p.lower().split()) & TITLE_HEADS for p in parts if p):
            parts = [whole]  # one post whose portfolio joins two fields: "Health and Human Services Secretary"
        for title in parts:
            if title:
                self.add_one(person_i, org_key, title, conf, status)

    def status_before(self, i) -> str | None:
        """The status a word of time gives a title whose holder is named before it: "Former
        French President X", "former Tarn Bank chairman X" (the word stands before the holder)."""
        if i > 1 and self.items[i - 1].text == "-":
            i -= 1  # "then-Chilean President X": the hyphen apart
        return split_status(self.items[i - 1].text.rstrip("-") + " x")[0] if i > 0 else None

    def add_one(self, person_i, org_key, title, conf, status=None):
        person, low = self.items[person_i].key, title.lower()
        if any(w in low.split() for w in FOUNDER_WORDS):
            self.out.add(person, "founded", org_key, self.sent, conf)
        elif low in ("member", "members", "former member") or _party_member_title(self.ctx, org_key, low):
            self.out.add(person, "memberOf", org_key, self.sent, conf)
        elif low.split()[-1:] and low.split()[-1] in OWNER_NOUNS:
            self.out.add(person, "owns", org_key, self.sent, conf)  # "Tarn owner X": a holding, not a post
        else:
            self.out.add(person, "holdsPosition", org_key, self.sent, conf, title=title, status=status)


LOCAL_OFFICE_WORDS = {"office", "offices", "branch", "bureau"}


def _is_place_office(ctx: ArticleContext, key: str | None) -> bool:
    """"New York Office", "Washington Field Office": a body's local office, named by its place."""
    e = ctx.table.get(key) if key else None
    words = e.name.split() if e else []
    if len(words) < 2 or words[-1].lower() not in LOCAL_OFFICE_WORDS:
        return False
    words = words[:-1]
    if len(words) > 1 and words[-1].lower() in ("field", "regional", "resident"):
        return True  # "Denver Field Office", "Chicago Regional Office": local by name
    while len(words) > 1 and words[-1].lower() in ("district", "local"):
        words = words[:-1]
    return ctx.entity_by_names([" ".join(words)], {"Place"}) is not None or (
        (entry := load_gazetteer().lookup(" ".join(words))) is not None and entry.type == "Place")


def _positions(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """Titles written beside names, one named step per construction."""
    tm = _TitleMatch(ctx, view, sent, out)
    for step in (_org_title_person, _org_plural_title_people, _envoy_to_a_country, _coordinated_titles,
                 _demonym_title_person, _title_of_org_person, _bare_title_person, _title_person_of_org,
                 _title_person_for_org, _portfolio_title_person, _person_title_at_org, _person_org_title,
                 _org_titles_person, _detached_titles, _title_of_described_org, _copula_title_of_listed_orgs, _listed_roles_of_org,
                 _title_of_field_at_org, _person_under_secretary_for_field, _office_title_person):
        step(tm)


def _office_title_person(tm: _TitleMatch) -> None:
    """An office named after its holder's title, written as that title beside a name: "U.S. Trade
    Representative X", "X, the U.S. Trade Representative," (the mention of the Office of the United
    States Trade Representative is the title itself). The post is the country's the mention names
    ("U.S."), else the office's."""
    items = tm.items
    for m in re.finditer(r"(?P<off>G)(?P<per>P)|(?P<per2>P),d?(?P<off2>G)(?=[,.]|$)", tm.s):
        off_i = m.start("off") if m.start("off") >= 0 else m.start("off2")
        per_i = m.start("per") if m.start("per") >= 0 else m.start("per2")
        words = items[off_i].text.split()
        e = tm.ctx.table.get(items[off_i].key)
        if len(words) < 2 or words[-1].lower() not in TITLE_HEADS or e is None or e.type != "GovernmentBody":
            continue
        country = tm.ctx.country_of_demonym(words[0])
        if country is not None and tm.ctx.type_of(country) == "Place":
            tm.add_one(per_i, country, " ".join(words[1:]), REL_TITLE_BESIDE_NAME)
        else:
            tm.add_one(per_i, items[off_i].key, items[off_i].text, REL_TITLE_BESIDE_NAME)


def _person_under_secretary_for_field(tm: _TitleMatch) -> None:
    """PERSON, [Acting] Under Secretary for FIELD: "X, Under Secretary for Trade and Markets" in a
    department's release is a post in the one department the article names (the capitalised
    field names no body, so no organisation follows the title)."""
    for m in re.finditer(r"(?P<per>P),d?(?P<title>_?[tT]{0,3}T+)a(?P<port>[_tT](?:&?[_tT]){0,5})(?![_tTOGYC])", tm.s):
        a, b = m.start("title"), m.end("title")
        port = tm.items[m.start("port"):m.end("port")]
        if tm.s[a] == "_" and tm.items[a].text.lower() not in ("acting", "interim"):
            continue
        title = _title_text(tm.view, a, b)
        if tm.view.token(b).lower_ != "for" or not _capitalised_portfolio(port):
            continue
        if _is_under_secretary(title) or _core_title(title) in ("assistant secretary", "deputy assistant secretary"):
            org = _the_department(tm.ctx)
        elif _core_title(title) in ("assistant attorney general", "deputy assistant attorney general"):
            # "X, Assistant Attorney General for National Security": the Justice Department's post
            org = _justice_department(tm.ctx)
        else:
            continue
        if org is not None:
            tm.add_one(m.start("per"), org, _title_text(tm.view, a, b), REL_TITLE_BESIDE_NAME)


def _core_title(title: str) -> str:
    """A title's words before "of"/"for", lower-cased, its status word off ("Acting Assistant
    Secretary for X" -> "assistant secretary")."""
    return re.split(r" (?:of|for) ", split_status(title.lower())[1].strip())[0]


def _justice_department(ctx: ArticleContext) -> str | None:
    """The justice department the article names (a body named "Department" with "Justice"), or None."""
    dept = ctx.entity_with_word("justice", {"GovernmentBody"})
    e = ctx.table.get(dept) if dept else None
    return dept if e is not None and any("department" in norm_name(n).split() for n in (e.name, *e.aliases)) else None


def _capitalised_portfolio(items) -> bool:
    """Whether the words after a title's "for" are a portfolio written capitalised ("Terrorism and
    Financial Intelligence", "Trade and Markets"): each word capitalised, or the "and" between."""
    return all(it.text[:1].isupper() or it.symbol == "&" for it in items)


def _org_title_person(tm: _TitleMatch) -> None:
    """ORG ['s] TITLE PERSON: "Tencent CEO Pony Ma", "Britain's prime minister Rishi Sunak";
    also "Y's chairman and founder X" (each title of the pair is given on its own)."""
    s, items = tm.s, tm.items
    for m in re.finditer(r"(?P<org>" + HOLDER_ORG + r")(?:\([OGY]\))?s?(?P<title>" + _TITLE + r"(?:&" + _TITLE + r")?)(?P<per>P)", s):
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(tm.view, a, b):
            org_i = m.start("org")
            after = re.match(r"[fa]d?(?P<org>[OGY])", s[m.end():])
            if after and after.group(0)[0] == "a" and items[b - 1].text.lower() in STATE_OFFICE_HEADS:
                after = None  # "Chinese Vice Premier X at the White House": where a state's officer is, not serves
            if items[org_i].symbol == "C" and after:
                # "US Attorney X of the Southern District": the office named after the person is
                # the more specific holder than the country before the title
                tm.add(m.start("per"), items[m.end() + after.start("org")].key, a, b, REL_TITLE_BESIDE_NAME)
                continue
            if items[org_i].symbol == "Y" and org_i > 0 and s[org_i - 1] == "G":
                # "Senate Republican leader X": the party's word tells the member's side; the
                # chamber before it holds the post (the membership is read apart)
                org_i -= 1
            tm.add(m.start("per"), tm.org_at(org_i), a, b, REL_TITLE_BETWEEN_NAMES, tm.status_before(org_i))


def _org_plural_title_people(tm: _TitleMatch) -> None:
    """ORG ['s] PLURAL-TITLE PERSON, PERSON and PERSON: "FTC Commissioners Ana Ruiz and Ivo Sand",
    "the Fed's Governors X and Y": each one named holds the title there."""
    s, items = tm.s, tm.items
    for m in re.finditer(r"(?P<org>" + HOLDER_ORG + r")s?(?P<title>_)(?P<people>P(?:,P)*,?&P)", s):
        word = items[m.start("title")].text
        # (a capitalised plural is a proper noun to the small model, which leaves it unlemmatised)
        title = next((w for w in singular_forms(word.lower()) - {word.lower()} if w in JOB_NOUNS - FOUNDER_WORDS), None)
        title = title.capitalize() if title and word[:1].isupper() else title
        org = tm.org_at(m.start("org"))
        if not title or org is None:
            continue
        for i in range(m.start("people"), m.end("people")):
            if s[i] == "P":
                tm.add_one(i, org, title, REL_TITLE_BETWEEN_NAMES)


# titles of those a country sends to another: "Brazil's Ambassador to the United States X"
SENT_ENVOY_HEADS = {"ambassador", "envoy", "representative", "consul", "emissary"}


def _envoy_to_a_country(tm: _TitleMatch) -> None:
    """COUNTRY's (or DEMONYM) ENVOY to [the] COUNTRY [,] PERSON: "Brazil's Ambassador to the United
    States Roberto Abdenur", "Brazil's ambassador to Japan, X,": the envoy serves the country
    that sends them, not the one they are sent to."""
    for m in re.finditer(r"(?:(?P<org>C)s|(?P<dem>D))(?P<title>" + _TITLE + r")od?C,?(?P<per>P)", tm.s):
        a, b = m.start("title"), m.end("title")
        if tm.items[b - 1].text.lower() not in SENT_ENVOY_HEADS:
            continue
        home = tm.items[m.start("org")].key if m.group("org") else tm.ctx.country_of_demonym(tm.items[m.start("dem")].text)
        if home and tm.ctx.is_country(home):
            tm.add(m.start("per"), home, a, b, REL_TITLE_BETWEEN_NAMES)


def _coordinated_titles(tm: _TitleMatch) -> None:
    """ORG TITLE and [ORG|DEMONYM] TITLE PERSON: "Union Chairman and Egyptian President X" (the
    second title has its own holder, found by the patterns for it)."""
    for m in re.finditer(r"(?P<org>" + HOLDER_ORG + r")s?(?P<title>" + _TITLE + r")&(?:[OGYCD]s?)?_?" + _TITLE + r"(?P<per>P)", tm.s):
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(tm.view, a, b):
            tm.add(m.start("per"), tm.org_at(m.start("org")), a, b, REL_TITLE_BETWEEN_NAMES)


def _demonym_title_person(tm: _TitleMatch) -> None:
    """DEMONYM TITLE PERSON: "Chinese leader Xi Jinping"; also with a capitalised word of its own:
    "British Cabinet minister X", "Indian Trade Minister X"."""
    items = tm.items
    for m in re.finditer(r"(?P<dem>D)(?P<title>_?" + _TITLE + r")(?P<per>P)", tm.s):
        a, b = m.start("title"), m.end("title")
        country = tm.ctx.country_of_demonym(items[m.start("dem")].text)
        if items[a].symbol == "_" and not items[a].text[:1].isupper():
            continue
        if country and _title_head_ok(tm.view, a, b):
            tm.add(m.start("per"), country, a, b, REL_TITLE_BESIDE_NAME, tm.status_before(m.start("dem")))


def _title_of_org_person(tm: _TitleMatch) -> None:
    """TITLE of|for [the] ORG PERSON: "Secretary of the Treasury Janet L. Yellen", "Chief Counsel
    for the Tarn Board Ana Ruiz"."""
    for m in re.finditer(r"(?P<title>" + _TITLE + r"(?P<prep>[fa])d?(?P<org>" + HOLDER_ORG + r")(?P<port>a[t_O](?:&?[t_O]){0,4})?)(?P<per>P)", tm.s):
        if tm.s[m.start("prep")] == "a" and tm.view.token(m.start("prep")).lower_ != "for":
            continue
        if m.group("port") and (tm.view.token(m.start("port")).lower_ != "for"
                                or not _capitalised_portfolio(tm.items[m.start("port") + 1:m.end("port")])):
            continue  # "Secretary of the Treasury for Terrorism and Financial Intelligence X": a capitalised portfolio
        if m.group("port"):  # one title, "and" inside the portfolio
            tm.add_one(m.start("per"), tm.org_at(m.start("org")), _title_text(tm.view, m.start("title"), m.end("title")),
                       REL_TITLE_BESIDE_NAME)
            continue
        tm.add(m.start("per"), tm.org_at(m.start("org")), m.start("title"), m.end("title"), REL_TITLE_BESIDE_NAME)


def _bare_title_person(tm: _TitleMatch) -> None:
    """TITLE PERSON with no organisation before it: department words, heads of state."""
    view = tm.view
    # (a title starts at its first word: "G Vice President P" is no bare "President P")
    for m in re.finditer(r"(?<![OGYCDstT])(?P<title>" + _TITLE + r"(?:fd?[t_]{1,3})?)(?P<per>P)(?!fd?[OGYC])", tm.s):
        a, b = m.start("title"), m.end("title")
        if not _title_head_ok(view, a, b) or _title_of_a_noun_before(view, a):
            continue
        if re.search(r"[OGY][tT]*T&$", tm.s[:a]):
            continue  # "Tarn CEO and President X": the second title is the firm's too, as the first
        a = _joined_portfolio_start(view, a)  # "Health and Human Services Secretary X"
        title = _title_text(view, a, b)
        dept = _department_from_title(tm.ctx, view, a, b)
        if dept:
            tm.add(m.start("per"), dept, a, b, REL_TITLE_NAMES_DEPARTMENT)
            continue
        j = a
        while j > 0 and a - j < 2 and (tm.s[j - 1] == "t" or tm.s[j - 1] == "_" and view.items[j - 1].text[:1].isupper()):
            j -= 1
        if j < a and j > 0 and tm.s[j - 1] == "D":
            continue  # "Russian Economy Minister X", "Chilean Labour Minister X": the demonym's country
        org, conf = _org_for_bare_title(tm.ctx, view, title, m.start("per"))
        if org is None:
            org, conf = _country_acted_for(tm.ctx, view, title, m.start("per")), REL_HOLDER_FROM_CONTEXT
        if org:
            tm.add(m.start("per"), org, a, b, conf)


# office titles whose holder acts for a country ("Trade Representative X signed for the United States")
ENVOY_TITLE_HEADS = {"minister", "secretary", "representative", "envoy", "negotiator", "ambassador", "president",
                     "premier", "chancellor", "commissioner"}
# the last words of titles a country holds ("President X of Estland", "Foreign Minister X of Y"); a
# country after a name with another title is the holder's nationality ("Director General X of France")
STATE_OFFICE_HEADS = (ENVOY_TITLE_HEADS - {"commissioner"}) | {t.split()[-1] for t in HEAD_OF_STATE_TITLES} - {"state"} \
    | MONARCH_TITLES | {"ruler", "governor", "senator", "attorney", "consul", "dictator", "ministers", "presidents",
                        "leaders"}


def _country_acted_for(ctx: ArticleContext, view: SentenceView, title: str, person_item: int) -> str | None:
    """"Trade Representative X signed for the United States", "Envoy X spoke for Chile": the country
    the holder of a bare office title acts for in the same clause (a "for" on the holder's verb)."""
    words = split_status(title.lower())[1].split()
    if words and words[-1] not in ENVOY_TITLE_HEADS:
        return None
    it = view.items[person_item]
    head = ctx.doc[it.start:it.end].root
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ != "VERB":
        return None
    found = [k for c in head.head.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj" for k in [ctx.key(p)] if k and ctx.is_country(k)]
    return found[0] if len(found) == 1 else None


def _title_person_of_org(tm: _TitleMatch) -> None:
    """TITLE PERSON of ORG: "President Ivo Sand of Estland", "CEO Tim Cook of Apple"; also
    "Assistant Attorney General X of the Justice Department's Criminal Division": the body the
    possessive names is the more specific holder."""
    for m in re.finditer(r"(?<![OGYCDs])(?P<title>" + _TITLE + r")(?P<per>P)fd?(?P<desc>[t_]{1,3})?(?P<org>" + HOLDER_ORG +
                         r")(?:s(?P<sub>[OGY]))?", tm.s):
        a, b = m.start("title"), m.end("title")
        if m.group("desc") and not _lowercase_descriptor(tm.view, m.start("desc"), m.end("desc")):
            continue
        if _title_head_ok(tm.view, a, b):
            org = tm.items[m.start("sub")].key if m.start("sub") >= 0 else tm.org_at(m.start("org"))
            if m.start("sub") < 0 and tm.ctx.is_country(org) and tm.items[b - 1].text.lower() not in STATE_OFFICE_HEADS:
                continue  # "Director General Pascal Lamy of France": a nationality, not where the post is
            tm.add(m.start("per"), org, a, b, REL_TITLE_AROUND_NAME)
            if m.start("sub") >= 0 and tm.s[m.start("org")] in "GO" and _is_place_office(tm.ctx, org):
                # a body's local office is the body in a place: the post is in the body too ("the
                # FBI's Boston Field Office"); a bureau of a ministry is a body of its own
                tm.add(m.start("per"), tm.items[m.start("org")].key, a, b, REL_TITLE_AROUND_NAME)


def _lowercase_descriptor(view: SentenceView, a: int, b: int) -> bool:
    """"of the credit rating agency Tarn", "of investment bank Tarn": common nouns that say what
    the organisation named next is (lower-case words only: no name of another thing)."""
    return all(it.text.isalpha() and it.text.islower() for it in view.items[a:b]) and \
        view.token(b - 1).pos_ == "NOUN"


COUNSEL_WORDS = {"lawyer", "attorney", "counsel", "adviser", "advisor", "consultant", "lobbyist"}


def _portfolio_title_person(tm: _TitleMatch) -> None:
    """[HOLDER 's|COUNTRY] TITLE of|for PORTFOLIO [of HOLDER] PERSON: "Ethiopia's State Minister of
    Trade and Regional Integration X", "Minister of Commerce and Industry of Somalia X", "Minister
    of Mines X" (a holder named neither before nor after: the country of the text, as for "Mines
    Minister X"), "the US Secretary of Commerce X" (the department the title names, else the country)."""
    view, items = tm.view, tm.items
    for m in re.finditer(r"(?:(?P<org>" + HOLDER_ORG + r")s|(?P<country>C))?(?P<title>[tT]*T[fa][t_](?:[&a]?[t_]){0,3}?)"
                         r"(?:fd?(?P<of>" + HOLDER_ORG + r"))?(?P<per>P)", tm.s):
        a, b = m.start("title"), m.end("title")
        syms = [it.symbol for it in items[a:b]]
        tail = items[a:b][min(syms.index(c) for c in "fa" if c in syms) + 1:]
        if any(it.symbol == "_" and not it.text[:1].isupper() for it in tail):
            continue  # "Minister of Trade and other officials": a portfolio is written capitalised
        if any(it.symbol == "a" and it.text.lower() != "for" for it in items[a:b]):
            continue  # "Minister for Mines", "Secretary of Commerce for Industry": only "for" names a portfolio
        if m.group("org") is None and m.group("country") is None and a > 0 and tm.s[a - 1] in "OGYCDs":
            continue  # a holder written before in another way: the other title rules read it
        if m.group("country") is not None:
            # "the US Secretary of Commerce X": the department the title names, else the country
            org, conf = _department_from_title(tm.ctx, view, a, b), REL_TITLE_NAMES_DEPARTMENT
            if org is None:
                org, conf = tm.org_at(m.start("country")), REL_TITLE_BETWEEN_NAMES
        elif m.group("org") is not None:
            org, conf = tm.org_at(m.start("org")), REL_TITLE_BETWEEN_NAMES
        elif m.group("of") is not None:
            org, conf = tm.org_at(m.start("of")), REL_TITLE_AROUND_NAME
        else:
            org, conf = _department_from_title(tm.ctx, view, a, b), REL_TITLE_NAMES_DEPARTMENT
            if _is_under_secretary(_title_text(view, a, b)):
                # "Under Secretary for Industry X": not the bureau of industry
                org = _the_department(tm.ctx) or org
            if org is None:
                org, conf = _org_for_bare_title(tm.ctx, view, _title_text(view, a, b), m.start("per"))
        if org:
            tm.add_one(m.start("per"), org, _title_text(view, a, b), conf)  # "and" inside the portfolio


def _title_person_for_org(tm: _TitleMatch) -> None:
    """TITLE PERSON for ORG: "U.S. Attorney X for the Eastern District of Y", "Assistant Attorney
    General X for the Civil Division" (a place or demonym before the title says whose office it
    is, the body after "for" is where it is held); not a firm's outside counsel ("attorney X for Tarn")."""
    for m in re.finditer(r"(?<![OGYs])(?P<title>" + _TITLE + r")(?P<per>P)ad?(?P<org>[OGY])", tm.s):
        a, b = m.start("title"), m.end("title")
        if tm.view.items[m.end("per")].text.lower() != "for" or not _title_head_ok(tm.view, a, b):
            continue
        org = tm.org_at(m.start("org"))
        if tm.ctx.type_of(org) != "GovernmentBody" and \
                _title_lower(tm.view, a, b).split()[-1] in COUNSEL_WORDS:
            continue
        tm.add(m.start("per"), org, a, b, REL_TITLE_AROUND_NAME)


def _person_title_at_org(tm: _TitleMatch) -> None:
    """PERSON , [a|the] TITLE (of|at|for) [the] [PLACE 's] ORG: "Gary Ng, a senior economist at Natixis"."""
    for m in re.finditer(
            r"(?P<per>P),d?(?P<title>[tT]{0,3}[tDC_]{0,2}T+(?:&t*T+)?(?:f_{1,3})?)(?:[afi]d?|fd?)(?:C,){0,2}"
            r"(?:(?P<owner>[OGC_])s)?(?P<org>" + HOLDER_ORG + r")(?!s(?:[OGY]|[_t]{1,4},d?[OGY]))", tm.s):
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(tm.view, a, b):
            org = tm.org_at(m.start("org"))
            if _is_under_secretary(_title_text(tm.view, a, b)) and tm.ctx.type_of(org) != "GovernmentBody":
                # "X, Under Secretary for Terrorism and Financial Intelligence": a portfolio, the
                # post is the department's
                org = _the_department(tm.ctx)
                if org is None:
                    continue
            tm.add(m.start("per"), org, a, b, REL_TITLE_BESIDE_NAME)
            if m.start("owner") >= 0 and tm.s[m.start("owner")] in "GO" and tm.s[m.start("org")] in "GO" \
                    and _is_place_office(tm.ctx, tm.items[m.start("org")].key):
                # "X, director of the SEC's Chicago Regional Office": a local office of the SEC
                tm.add(m.start("per"), tm.items[m.start("owner")].key, a, b, REL_TITLE_BESIDE_NAME)


def _person_org_title(tm: _TitleMatch) -> None:
    """PERSON , [the] ORG ['s] TITLE: "Pony Ma, Tencent's chief executive"."""
    for m in re.finditer(r"(?P<per>P),d?(?P<org>" + HOLDER_ORG + r")s?(?P<title>_?" + _TITLE + r")(?![fPOGY_])", tm.s):
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(tm.view, a, b):
            tm.add(m.start("per"), tm.org_at(m.start("org")), a, b, REL_TITLE_AROUND_NAME)


def _org_titles_person(tm: _TitleMatch) -> None:
    """ORG 's TITLE [and TITLE] , PERSON: "Binance's founder and chief executive, Changpeng Zhao"."""
    items = tm.items
    for m in re.finditer(r"(?P<org>" + ORG + r")s(?P<title>" + _TITLE + r"(?:&" + _TITLE + r")?),(?P<per>P)", tm.s):
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(tm.view, a, b):
            for part in re.split(r"\s+and\s+", tm.view.text(a, b)):
                low = part.lower()
                if any(w in low.split() for w in FOUNDER_WORDS):
                    tm.out.add(items[m.start("per")].key, "founded", tm.org_at(m.start("org")), tm.sent,
                               REL_TITLE_AROUND_NAME)
                else:
                    tm.out.add(items[m.start("per")].key, "holdsPosition", tm.org_at(m.start("org")), tm.sent,
                               REL_TITLE_AROUND_NAME, title=part)


def _listed_roles_of_org(tm: _TitleMatch) -> None:
    """PERSON , ROLE , ROLE and ROLE of ORG: every role of a list that ends in "of ORG" is a role in
    ORG: "X, founder, majority shareholder and former chairman and CEO of Tarn" (founded, owns,
    holdsPosition), "X, co-founder, director and chief financial officer of Tarn"."""
    view, items = tm.view, tm.items
    for m in re.finditer(r"(?P<per>P),(?P<roles>(?:[tT_]{1,4}[,&]{1,2}){1,5}[tT_]{0,3}T)fd?(?P<org>" + HOLDER_ORG + r")",
                         tm.s):
        org = tm.org_at(m.start("org"))
        if org is None:
            continue
        start = m.start("roles")
        for part in re.finditer(r"[tT_]+", m.group("roles")):
            a, b = start + part.start(), start + part.end()
            words = view.text(a, b).lower().split()
            if words[-1:] and words[-1] in OWNER_NOUNS | FOUNDER_WORDS:
                tm.add_one(m.start("per"), org, view.text(a, b), REL_TITLE_BESIDE_NAME)
            elif items[b - 1].symbol == "T":
                tm.add(m.start("per"), org, a, b, REL_TITLE_BESIDE_NAME)


# Patterns whose groups are the same (per, org, title), each with its confidence.
_DETACHED_TITLES = (
    # [the] TITLE of [the] ORG , PERSON , : "the chief executive of Tencent, Pony Ma, said"
    # also with "for": "a spokesperson for Tarn, Ana Ruiz, said"
    (r"(?P<title>" + _TITLE + r")[fa]d?(?P<org>" + HOLDER_ORG + r"),(?P<per>P)(?=[,.]|$)", REL_TITLE_DETACHED),
    # [a|the] ORG TITLE , PERSON: "An outspoken Alibaba cofounder, he ..."
    (r"(?P<org>" + ORG + r")(?P<title>" + _TITLE + r"),(?P<per>P)", REL_TITLE_DETACHED),
    # PERSON became/is [the] [ORG 's] TITLE [of ORG]: "Sunak became Britain's prime minister"
    (r"(?P<per>P)(?:,w)?(?:_)?v(?:d)?(?P<org>" + HOLDER_ORG + r")s(?P<title>_?" + _TITLE + r")", REL_TITLE_AROUND_NAME),
    (r"(?P<per>P)(?:,w)?(?:_)?v(?:d)?(?P<title>_?" + _TITLE + r")fd?(?P<org>" + HOLDER_ORG + r")", REL_TITLE_AROUND_NAME),
    # As [a] TITLE of|at [PLACE 's] ORG, PERSON: "As chief of Britain's Treasury, Sunak ...",
    # "In his post as a senior engineer at Tarn, Ana Ruiz ..."
    (r"Ad?(?:_(?:\._)?)?(?P<title>" + _TITLE + r")[fa]d?(?:Cs)?(?P<org>" + HOLDER_ORG + r"),(?P<per>P)", REL_TITLE_AROUND_NAME),
    # As [PLACE 's] ORG TITLE, PERSON
    (r"Ad?(?:Cs)?(?P<org>" + HOLDER_ORG + r")(?P<title>" + _TITLE + r"),(?P<per>P)", REL_TITLE_DETACHED),
)


def _copula_title_of_listed_orgs(tm: _TitleMatch) -> None:
    """PERSON is|was|became [the] TITLE of|at|with [CLASSIFIER] ORG, ORG and ORG: "He is the former
    chief of carmakers Tarn, Orvel and Kelso", "X is a strategist with brokerage house Tarn" (the
    title is held in each; lower-case words such as "carmakers", "lenders" or "brokerage house"
    before the first name only say what they are)."""
    view = tm.view
    for m in re.finditer(r"(?P<per>P)(?:,w)?(?:_)?v(?:d)?(?P<title>_?" + _TITLE + r")(?P<prep>[fa])d?(?P<cls>[_t]{1,3})?"
                         r"(?P<org>[OGY])(?P<more>(?:,[OGY])*,?&[OGY])?", tm.s):
        if m.group("cls") is None and m.group("more") is None:
            continue  # one firm named right after "of": the copula pattern of _DETACHED_TITLES reads it
        if tm.s[m.start("prep")] == "a" and view.token(m.start("prep")).lower_ not in ("at", "with"):
            continue  # "strategist at|with brokerage house X"; "for" names a client as often as an employer
        if m.group("cls") is not None:
            cls = [view.token(i) for i in range(m.start("cls"), m.end("cls"))]
            if not all(t.text.islower() and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in TITLE_HEADS
                       for t in cls):
                continue  # "carmakers", "lenders", "rival", "brokerage house": words that say what the firms are
        a, b = m.start("title"), m.end("title")
        if not _title_head_ok(view, a, b):
            continue
        for i in range(m.start("org"), m.end()):
            if tm.s[i] in "OGY":
                tm.add(m.start("per"), tm.org_at(i), a, b, REL_TITLE_AROUND_NAME)


def _title_of_field_at_org(tm: _TitleMatch) -> None:
    """PERSON is|was [the] TITLE of FIELD at|for|with [PLACE 's] ORG, and PERSON , TITLE of FIELD
    at|for ORG: "X is head of currency strategy for Tarn Bank", "X, director of equity research
    at Orvel Securities" (the words after "of" name the field the post covers, the firm after
    "at"/"for" is where it is held). The field is one to four plain words (no article, no name,
    no title word); a place after "for" is a region the post covers, not a holder."""
    view = tm.view
    for m in re.finditer(r"(?P<per>P)(?:(?:,w)?_?vd?|,d?)(?P<title>_?" + _TITLE + r"f(?P<field>[t_]{1,4}))"
                         r"(?P<prep>a)d?(?:Cs)?(?P<org>[OGY])", tm.s):
        field = [view.token(i) for i in range(m.start("field"), m.end("field"))]
        if not all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_alpha and t.lower_ not in TITLE_HEADS
                   and tm.ctx.key(t) is None for t in field):
            continue
        a = m.start("title")
        if not _title_head_ok(view, a, m.start("field") - 1):
            continue
        tm.add(m.start("per"), tm.org_at(m.start("org")), a, m.start("field") - 1, REL_TITLE_AROUND_NAME)


def _detached_titles(tm: _TitleMatch) -> None:
    """A title and its organisation away from the name: before it, after a copula, after "As"."""
    for pattern, confidence in _DETACHED_TITLES:
        for m in re.finditer(pattern, tm.s):
            a, b = m.start("title"), m.end("title")
            if _title_head_ok(tm.view, a, b):
                tm.add(m.start("per"), tm.org_at(m.start("org")), a, b, confidence)


def _title_of_described_org(tm: _TitleMatch) -> None:
    """[the] TITLE of [PLACE 's] DESCRIPTION ORG , PERSON: "The chairman of the country's largest
    lender Tarn Bank, Ana Ruiz, said", "the leader of the main opposition Unity Party, Ivo Sand,":
    the plain lower-case words between "of" and the name only say what the organisation is (one to
    three adjectives and nouns, no title word), so the title is held there as when they are absent."""
    view = tm.view
    for m in re.finditer(r"(?P<title>" + _TITLE + r")fd?(?:C{1,2}s|[O_]s)?(?P<desc>[_t]{1,3})(?P<org>[OGY]),(?P<per>P)(?=[,.]|$)",
                         tm.s):
        desc = [view.token(i) for i in range(m.start("desc"), m.end("desc"))]
        if not all(t.text.islower() and t.is_alpha and t.pos_ in ("NOUN", "ADJ") and t.lower_ not in TITLE_HEADS
                   for t in desc):
            continue
        a, b = m.start("title"), m.end("title")
        if _title_head_ok(view, a, b):
            tm.add(m.start("per"), tm.org_at(m.start("org")), a, b, REL_TITLE_DETACHED)


def _org_of_head_word(ctx: ArticleContext, word: str, before: int) -> str | None:
    """The organisation named before offset `before` whose name ends in `word` ("fund": the
    International Monetary Fund); the latest mentioned when several do."""
    word = word.lower()
    best, best_at = None, -1
    for e in ctx.table:
        if e.type not in ORG_TYPES or not any(norm_name(n).split()[-1:] == [word] for n in (e.name, *e.aliases)):
            continue
        at = max((m.start for m in e.mentions if m.start < before), default=-1)
        if at > best_at:
            best, best_at = e.key, at
    return best


def _head_word_titles(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """"In Washington, a fund spokesman, Dan Hale, said", "bank president Ana Ruiz": a title whose
    first word is the head word of an organisation the article named before is held there."""
    for m in re.finditer(r"(?<![OGYCDs])(?P<head>[t_])(?P<title>" + _TITLE + r"),?(?P<per>P)", view.string):
        first = view.token(m.start("head"))
        if not (first.text.islower() or first.is_sent_start) or first.pos_ not in ("NOUN", "PROPN") \
                or first.lower_ in TITLE_HEADS:
            continue
        org, conf = _org_of_head_word(ctx, first.text, first.idx), REL_TITLE_BESIDE_NAME
        if org is None and first.lower_ in ("board", "company", "firm"):
            # "Board Chair X said", "company president X" in an article about one firm
            org, conf = _main_company(ctx), REL_HOLDER_FROM_CONTEXT
        a, b = m.start("title"), m.end("title")
        if org and _title_head_ok(view, a, b):
            out.add(view.items[m.start("per")].key, "holdsPosition", org, sent, conf,
                    title=_title_text(view, a - (first.lower_ == "board"), b))


# --- founded ------------------------------------------------------------------------------------

def _founders(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    s, items = view.string, view.items
    # PERSON , who [co-]founded ORG   /  PERSON [co-]founded ORG
    for m in re.finditer(r"(?P<per>P),?w?(?:_\.)?(?P<verb>_)(?:_)?(?P<org>" + ORG + r")", s):
        verb = view.token(m.start("verb"))
        if (lemma(verb) in ("found", "co-found", "cofound") or verb.lower_ in ("founded", "co-founded", "cofounded")) \
                and not unasserted(verb):
            out.add(items[m.start("per")].key, "founded", items[m.start("org")].key, sent, REL_FOUNDED_STATED)
    # ORG , which PERSON [co-]founded
    for m in re.finditer(r"(?P<org>" + ORG + r"),?hP(?P<verb>_)", s):
        verb = view.token(m.start("verb"))
        if verb.lower_ in ("founded", "co-founded", "cofounded", "started", "created", "built"):
            per = items[m.start("verb") - 1]
            out.add(per.key, "founded", items[m.start("org")].key, sent, REL_FOUNDED_RELATIVE)
    # ORG was founded by PERSON
    for m in re.finditer(r"(?P<org>" + ORG + r")v?(?P<verb>_)b(?P<per>P)", s):
        verb = view.token(m.start("verb"))
        if verb.lower_ in ("founded", "co-founded", "cofounded", "started", "created") and not unasserted(verb):
            out.add(items[m.start("per")].key, "founded", items[m.start("org")].key, sent, REL_FOUNDED_STATED)
    # PERSON , [the] [co-]founder of ORG
    for m in re.finditer(r"(?P<per>P),d?(?:_)?(?P<title>T)fd?(?P<org>" + ORG + r")", s):
        if items[m.start("title")].text.lower() in FOUNDER_WORDS:
            out.add(items[m.start("per")].key, "founded", items[m.start("org")].key, sent, REL_FOUNDED_STATED)


# --- memberOf -----------------------------------------------------------------------------------

def _party_member_title(ctx: ArticleContext, org_key: str, title: str) -> bool:
    """"Centre Party lawmaker X", "a senator of the Green Rally": a party's lawmaker, senator or
    candidate is one of its members, not the holder of a post in it (its leader is)."""
    words = title.split()
    return bool(words) and words[-1] in PARTY_MEMBER_WORDS | PUBLIC_OFFICES and ctx.type_of(org_key) == "PoliticalParty"


def _is_sub_agency(ctx: ArticleContext, key: str) -> bool:
    e = ctx.table.get(key)
    words = re.findall(r"[a-z]+", e.name.lower())
    return e.type == "GovernmentBody" and any(w in SUB_AGENCY_WORDS for w in words[:3])


def _named_unit(ctx: ArticleContext, key: str) -> bool:
    """"Office of Export Enforcement", "Division of Enforcement": a body named as a unit of another."""
    e = ctx.table.get(key)
    return e.type == "GovernmentBody" and re.match(r"(?i)(?:office|division|directorate|section|bureau)\s+(?:of|for)\s", e.name) is not None


def _is_parent_body(ctx: ArticleContext, key: str) -> bool:
    e = ctx.table.get(key)
    words = re.findall(r"[a-z]+", e.name.lower())
    return e.type == "GovernmentBody" and any(
        w in ("department", "ministry", "treasury", "government", "commission", "administration", "congress",
              "parliament", "cabinet", "council", "bank", "reserve") for w in words)


def _memberships(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    s, items = view.string, view.items
    # SUB-AGENCY [(ACRONYM)] of [the] DEPARTMENT: "the Bureau of Industry and Security (BIS) of the Department of Commerce"
    for m in re.finditer(r"(?P<sub>G)(?:\(G?_?\))?fd?(?:C)?(?P<dep>G)", s):
        sub, dep = items[m.start("sub")].key, items[m.start("dep")].key
        if _is_sub_agency(ctx, sub) and _is_parent_body(ctx, dep) and sub != dep:
            out.add(sub, "memberOf", dep, sent, REL_UNIT_OF_DEPARTMENT)
    # DEPARTMENT 's SUB-AGENCY [(ACR)] [and SUB-AGENCY]: "the Treasury's Office of Foreign Assets Control"
    for m in re.finditer(r"(?P<dep>G)s(?P<sub>G)(?:\(G?_?\))?(?:&(?P<sub2>G))?", s):
        dep = items[m.start("dep")].key
        for group in ("sub", "sub2"):
            if m.start(group) < 0:
                continue
            sub = items[m.start(group)].key
            # any body's unit named as one: "the Bureau of Mines' Office of Safety Enforcement"
            if sub != dep and not _is_parent_body(ctx, sub) and (_is_parent_body(ctx, dep) or _named_unit(ctx, sub)):
                out.add(sub, "memberOf", dep, sent, REL_UNIT_OF_DEPARTMENT)
    # DEPARTMENT SUB-AGENCY written together: "FTC Bureau of Competition", "SEC Division of Enforcement"
    for m in re.finditer(r"(?=(?P<dep>G)(?P<sub>G))", s):
        dep, sub = items[m.start("dep")].key, items[m.start("sub")].key
        if sub != dep and _named_unit(ctx, sub) and not _named_unit(ctx, dep):
            out.add(sub, "memberOf", dep, sent, REL_UNIT_OF_DEPARTMENT)
    # a person's own party: "her Liberal party", "Okafor's Labour Party", "his own Green party"
    for m in re.finditer(r"(?P<per>P)s?(?:_)?(?P<party>Y)", s):
        per_item = items[m.start("per")]
        possessive = m.group(0)[1:2] == "s" or view.token(m.start("per")).tag_ == "PRP$"
        between = view.text(m.start("per") + 1, m.start("party")).lower().split()
        if possessive and all(w in ("'s", "’s", "own") for w in between):
            out.add(per_item.key, "memberOf", items[m.start("party")].key, sent, REL_MEMBER_STATED)
    # PERSON , a PARTY lawmaker/politician/member ; PARTY politician PERSON. (A party leader or
    # chairman is a position, handled with the other titles.)
    for m in list(re.finditer(r"(?P<per>P),d?(?:_)?(?P<party>Y)(?P<title>[tT_]{1,2})(?=[,.]|$)", s)) + list(
            re.finditer(r"(?P<party>Y)(?P<title>[tT_]{1,2})(?P<per>P)", s)):
        words = view.text(m.start("title"), m.end("title")).lower().split()
        if words and words[-1] in PARTY_MEMBER_WORDS:
            out.add(items[m.start("per")].key, "memberOf", items[m.start("party")].key, sent, REL_MEMBER_STATED)
    # PERSON , member of ORG
    for m in re.finditer(r"(?P<per>P),?v?d?(?:_)?(?P<mem>_)fd?(?P<org>" + ORG + r")", s):
        if view.items[m.start("mem")].text.lower() in ("member", "members"):
            out.add(items[m.start("per")].key, "memberOf", items[m.start("org")].key, sent, REL_MEMBER_STATED)
    _listed_members(ctx, view, sent, out)
    _vote_roll(ctx, view, sent, out)


# Bodies whose members are listed by name when they vote ("members of the committee (A, B and C)").
COLLEGIAL_WORDS = {"committee", "board", "council", "panel", "commission", "subcommittee"}
_NAME_LIST = r"(?P<list>[PO](?:,[PO]){0,8},?&[PO])"  # a name the entity reader typed a firm stays in the list


def _listed_members(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """Members listed by name: "[five] members of the committee (A, B, C and D) voted", "Rate
    Committee members A, B and C dissented", and, in a sentence about a vote, "three members, A, B
    and C, voted for more" (the committee, board or council named last within the sentence or the
    one before). Each person of the list is a member of the body."""
    s, items = view.string, view.items
    found = []
    # members of [the] ORG|committee ( A , B and C )
    for m in re.finditer(r"(?P<mem>_)fd?G?(?P<org>[GO_])\(" + _NAME_LIST + r"\)", s):  # "the" may be read with "committee"
        if items[m.start("mem")].text.lower() != "members":
            continue
        org_i = m.start("org")
        if s[org_i] == "_":
            word = items[org_i].text.lower()
            org = _org_of_head_word(ctx, word, view.token(org_i).idx) or _acronym_of_head_word(
                ctx, word, view.token(org_i).idx) if word in COLLEGIAL_WORDS else None
        else:
            org = items[org_i].key
        found.append((org, m, REL_MEMBER_STATED))
    # ORG members A , B and C
    for m in re.finditer(r"(?P<org>[GO])(?P<mem>_)" + _NAME_LIST, s):
        if items[m.start("mem")].text.lower() == "members":
            found.append((items[m.start("org")].key, m, REL_MEMBER_STATED))
    # [N] members , A , B and C , voted ...
    if any(lemma(t) in ("vote", "dissent") for t in sent):
        for m in re.finditer(r"(?<![fGO])(?P<mem>_),(?:_,)?" + _NAME_LIST + r"(?=,|\()", s):
            mem = view.token(m.start("mem"))
            if mem.lower_ != "members" or mem.i > sent.start and mem.nbor(-1).pos_ in ("NOUN", "PROPN"):
                continue  # "family members, A and B,": members of something else
            found.append((_collegial_body_before(ctx, view.token(m.start("mem")).idx), m, REL_HOLDER_FROM_CONTEXT))
    for org, m, conf in found:
        if org is None or m.group("list").count("P") <= m.group("list").count("O"):
            continue  # a list of firms, or of names mostly not people
        for i in range(m.start("list"), m.end("list")):
            if s[i] == "P":
                out.add(items[i].key, "memberOf", org, sent, conf)


def _acronym_of_head_word(ctx: ArticleContext, word: str, before: int) -> str | None:
    """The one body named before offset `before` only by an acronym whose last letter is the
    word's first ("the committee": the MPC, the FOMC); None when none or several are."""
    found = {e.key for e in ctx.table if e.type in ("GovernmentBody", "Organization")
             and any(m.start < before for m in e.mentions)
             and all(re.fullmatch(r"[A-Z]{2,6}", n) and n.endswith(word[:1].upper()) for n in (e.name, *e.aliases))}
    return found.pop() if len(found) == 1 else None


def _collegial_body_before(ctx: ArticleContext, before: int) -> str | None:
    """The committee, board or council (a body whose name or alias ends in such a word) named last
    in the 400 characters before offset `before`; None when none is."""
    best, best_at = None, -1
    for e in ctx.table:
        if e.type not in ("GovernmentBody", "Organization") or not any(
                norm_name(n).split()[-1:] and norm_name(n).split()[-1] in COLLEGIAL_WORDS for n in (e.name, *e.aliases)):
            continue
        at = max((m.start for m in e.mentions if before - 400 <= m.start < before), default=-1)
        if at > best_at:
            best, best_at = e.key, at
    return best


# --- owns -----------------------------------------------------------------------------------

def _listed_with(s: str, i: int) -> list[int]:
    """The firms written in one list with the firm at item `i` ("A, B and C"), `i` alone when it
    is in none."""
    for m in re.finditer(r"[OX](?:,[OX])*,?&[OX]", s):
        if m.start() <= i < m.end():
            return [j for j in range(m.start(), m.end()) if s[j] in "OX"]
    return [i]


def _ownership(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    s, items = view.string, view.items

    def add_owned(parent_i, child_i, noun_i, conf, listed=False):
        # a plural noun ("A and B, both units of X", "its subsidiaries A and B") gives each firm
        # of the list; a singular one only the firm beside it
        plural = noun_i is not None and items[noun_i].text.lower() in PLURAL_OWN_NOUNS
        for j in _listed_with(s, child_i) if plural or listed else [child_i]:
            out.add(items[parent_i].key, "owns", items[j].key, sent, conf)

    # FIRM 's UNIT: "Tarn Chemicals' Water Treatment Division" (a unit named by its head word)
    for m in re.finditer(r"(?P<parent>O)s(?P<child>O)", s):
        parent, child = items[m.start("parent")].key, items[m.start("child")].key
        if parent != child and ctx.type_of(parent) == ctx.type_of(child) == "Company" \
                and ctx.table.get(child).name.split()[-1].lower() in GOVERNMENT_UNIT_HEADS:
            out.add(parent, "owns", child, sent, REL_OWNED_DESCRIBED)
    # CHILD , [a|the|its] [...] subsidiary/unit of PARENT
    for m in re.finditer(r"(?P<child>[OX]),d?(?:[_t]\.(?=_)|_){0,3}?(?P<noun>_)fd?(?P<parent>[OGP])", s):
        if items[m.start("noun")].text.lower() == "parent":
            # "X, the parent of Y,": the name described is the parent
            add_owned(m.start("child"), m.start("parent"), None, REL_OWNED_STATED)
        elif items[m.start("noun")].text.lower() in OWN_NOUNS:
            add_owned(m.start("parent"), m.start("child"), m.start("noun"), REL_OWNED_STATED)
    # CHILD [, which] is/was/became [a|the] [...] subsidiary/unit of PARENT: "Velora is a unit of Norbeck"
    # (a hyphenated modifier counts as its words: "a wholly-owned subsidiary of PARENT"); overlapping,
    # so a parent is also the next child: "X is a unit of Y, which is a subsidiary of Z"
    for m in re.finditer(r"(?=(?P<child>[OX])(?:,h)?v(?:_(?=d))?d?(?:[_t]\.(?=_)|_){0,3}?(?P<noun>_)fd?(?P<parent>[OG]))", s):
        if items[m.start("noun")].text.lower() in OWN_NOUNS - {"parent"}:
            add_owned(m.start("parent"), m.start("child"), m.start("noun"), REL_OWNED_STATED)
    # [a|an] PARENT subsidiary/unit , CHILD: "An Acme subsidiary, Acme Egypt Ltd, ..."; "its units
    # A and B" (its: the firm named before)
    for m in re.finditer(r"(?<![OGPs])(?=d?(?P<parent>[OG])(?P<noun>_)(?P<comma>,?)(?P<child>O))", s):  # overlapping
        if items[m.start("noun")].text.lower() in OWN_NOUNS - {"parent"} and (
                m.group("comma") or items[m.start("parent")].text.lower() in ("its", "their")) \
                and lemma(view.token(m.start("noun")).head) not in SELL_VERBS:  # "sold its unit X": no longer
            add_owned(m.start("parent"), m.start("child"), m.start("noun"), REL_OWNED_DESCRIBED)
    # an owner or shareholder of CHILD , OWNER: "a main shareholder of Tarn, Feld Holdings" (the parser
    # seldom hangs the name after the comma on the noun)
    for m in re.finditer(r"(?P<noun>[_T])fd?(?P<child>[OX]),(?P<parent>[OGP])(?=[,.]|$)", s):
        if items[m.start("noun")].text.lower() in OWNER_NOUNS - {"parent"}:
            add_owned(m.start("parent"), m.start("child"), None, REL_OWNER_BY_TITLE)
    # [N] subsidiaries|units of PARENT : A , B and C
    for m in re.finditer(r"(?P<noun>_)fd?(?P<parent>[OG])\.(?P<child>O)", s):
        if items[m.start("noun")].text.lower() in PLURAL_OWN_NOUNS and items[m.start("parent") + 1].text == ":":
            add_owned(m.start("parent"), m.start("child"), m.start("noun"), REL_OWNED_STATED)
    # CHILD , a PARENT [...] subsidiary/unit: "Velora, a Norbeck subsidiary,", "Velora, an Acme shipping unit,"
    for m in re.finditer(r"(?P<child>[OX]),d(?P<parent>[OG])_{0,2}?(?P<noun>_)(?![_OGPX])", s):
        if items[m.start("noun")].text.lower() in OWN_NOUNS - {"parent"}:
            out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_OWNED_DESCRIBED)
    # CHILD 's parent [company] [,] PARENT: "Lazada's parent company Alibaba"
    for m in re.finditer(r"(?P<child>[OX])sd?(?P<noun>__?),?(?P<parent>[OG])", s):
        words = view.text(m.start("noun"), m.end("noun")).lower().split()
        if words[0] in ("parent", "owner") and words[1:] in ([], ["company"], ["firm"], ["group"]):
            out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_OWNED_DESCRIBED)
    # PARENT-owned CHILD: "Alibaba-owned Lazada", also with the child's description between: "the
    # Tarn-owned Swedish truck maker Vollo" (the participle describes the noun the name stands by)
    for m in re.finditer(r"(?P<parent>[OGP])\.(?P<verb>_)(?P<desc>[D_]{0,3})(?P<child>[OX])", s):
        if items[m.start("verb")].text.lower() not in ("owned", "controlled") \
                or items[m.start("parent") + 1].text != "-":
            continue
        desc = [view.token(i) for i in range(m.start("desc"), m.end("desc"))]
        child = items[m.start("child")]
        if desc and not (all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in desc) and view.token(m.start("verb")).head.i
                         in {t.i for t in desc} | set(range(child.start, child.end))):
            continue
        out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_OWNED_DESCRIBED)
    # PARENT 's [...] subsidiary/unit CHILD ("X's parent, Y" is read above: Y owns X)
    for m in re.finditer(r"(?P<parent>[OGP])s_{0,2}?(?P<noun>_),?(?P<child>[OX])", s):
        if items[m.start("noun")].text.lower() in OWN_NOUNS - {"parent"}:
            out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_OWNED_DESCRIBED)
    # CHILD , which is [majority] owned by PARENT / CHILD is owned by PARENT
    # (also "majority-owned", "60%-owned by PARENT": a share written before the participle)
    for m in re.finditer(r"(?P<child>[OX]),?h?v?(?:[_t]\.?){0,2}?(?P<verb>_)bd?(?P<parent>[OGP])", s):
        verb_text = items[m.start("verb")].text.lower()
        if (verb_text in ("owned", "controlled", "acquired", "bought") or verb_text.endswith(("%-owned", "%-controlled"))) \
                and not unasserted(view.token(m.start("verb"))):
            # "A and B, which were both acquired by X": each firm of the list
            both = any(items[j].text.lower() in ("were", "are", "both", "all") for j in range(m.start("child"), m.start("verb")))
            add_owned(m.start("parent"), m.start("child"), None, REL_OWNED_STATED, listed=both)
    # CHILD , a company acquired by PARENT: "X, a chipmaker bought by Y in 2002,"
    for m in re.finditer(r"(?P<child>[OX]),d(?:[_t]\.?){0,2}?(?P<noun>_)(?P<verb>_)bd?(?P<parent>[OGP])", s):
        if items[m.start("verb")].text.lower() in ("owned", "controlled", "acquired", "bought", "purchased") \
                and _is_firm_noun(items[m.start("noun")].text):
            add_owned(m.start("parent"), m.start("child"), None, REL_OWNED_STATED)
    # PARENT owns [a stake in] CHILD; PARENT 's stake in CHILD; PARENT holds a stake in CHILD
    for m in re.finditer(r"(?P<parent>[OGP])(?P<verb>_)(?:d?_{0,3}i)?(?P<child>[O])", s):
        verb = view.token(m.start("verb"))
        seg = view.text(m.start("verb"), m.start("child")).lower()
        if unasserted(verb):
            continue  # "X denied it owns Y", "Does X own Y?"
        if lemma(verb) == "own" or (lemma(verb) in ("hold", "own", "take", "buy", "acquire", "have") and "stake" in seg):
            out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_OWNED_DESCRIBED)
    for m in re.finditer(r"(?P<parent>[OGP])s_{0,3}?i(?P<child>O)", s):
        seg = view.text(m.start("parent") + 1, m.start("child")).lower()
        if "stake" in seg:
            out.add(items[m.start("parent")].key, "owns", items[m.start("child")].key, sent, REL_STAKE_POSSESSIVE)


# --- locatedIn ---------------------------------------------------------------------------------

NAMING_WORDS = {"known as", "called", "named", "dubbed"}  # "an operation known as X": X is the operation
PERSON_NOUNS = {"man", "woman", "person", "businessman", "businesswoman", "resident", "citizen", "lawyer",
                "reporter", "trader", "investor", "worker", "official"}

FIRM_NOUNS = {k for k, types in DEFINITE_DESCRIPTIONS.items() if types == {"Company"}} | {
    "bank", "lender", "exporter", "producer", "supplier", "operator", "developer", "conglomerate", "group",
    "company", "firm", "giant", "adviser", "advisor", "broker", "broker-dealer", "dealer", "partnership",
    "corporation", "fund", "manager", "distributor", "wholesaler", "contractor", "subsidiary", "railroad", "railway",
    "refiner", "shipper", "telecom", "dairy", "chain", "builder", "business", "monopoly",
    # what a release calls any firm or body it names: "an Iranian financial institution", "the Chinese entity X"
    "institution", "entity",
    # a firm's rival named by its place: "its U.S. rival Tarn", "Kelso's European competitor X"
    "rival", "competitor"}


# Other descriptions a place's possessive locates: "Kenya's main bourse", "Chile's top university".
PLACED_NOUNS = {"bourse", "exchange", "index", "benchmark", "gauge", "university", "institute", "school",
                "newspaper", "broadcaster", "daily", "airline", "carrier", "insurer", "utility"}


# plural nouns of firms or bodies that a list of names may follow: "four Iranian companies, A, B and C"
LISTED_FIRM_NOUNS = FIRM_GROUP_NOUNS | {"entities"}


def _listed_under_a_described_group(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """Each firm of a list set after a plural group its place describes, with or without a comma:
    "designated four Iranian companies, A, B, C, and D", "Korean chipmakers A and B", "U.S.
    companies A, B and C" are each in that place (the list read as _names_listed_after reads one;
    the singular "German carmaker X" is read by _locations)."""
    s, items = view.string, view.items
    for m in re.finditer(r"(?P<place>[CD])(?P<desc>_{1,3})(?P<comma>,?)(?=O)", s):
        desc = items[m.start("desc"):m.end("desc")]
        noun = view.token(m.end("desc") - 1)
        if noun.lower_ not in LISTED_FIRM_NOUNS and not (noun.tag_ == "NNS" and _is_firm_noun_plural(noun.lower_)) \
                or any(it.text[:1].isupper() for it in desc):
            continue
        place = _place_of_description(ctx, items[m.start("place")])
        for firm in _names_listed_after(ctx, noun, after_comma=bool(m.group("comma"))) if place else []:
            out.add(firm, "locatedIn", place, sent, REL_PLACE_DESCRIBES_FIRM)


def _is_firm_noun_plural(word: str) -> bool:
    """A plural common noun of firms: "companies", "lenders", "chipmakers"."""
    return word in FIRM_GROUP_NOUNS or word.endswith("s") and _is_firm_noun(word[:-1])


# nouns of people described by where they are based ("a London-based analyst", "a consultant based in
# Beijing"), beyond the job and person nouns
BASED_PERSON_NOUNS = {"consultant", "expert", "observer", "journalist", "writer", "academic", "scholar", "historian",
                      "activist", "commentator", "entrepreneur"}


def _people_based_in(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A person described by the place they work from is located there: "Harare-based economist
    X", "X is a London-based risk analyst", "X, a Lima-based consultant,", "X is an energy
    consultant based in Beijing" (the description's last word a person's: not "a London-based
    firm")."""
    s, items = view.string, view.items
    hits = []
    for m in re.finditer(r"(?P<place>C)\.(?P<verb>_)(?P<desc>[_tT]{1,3})(?P<person>P)", s):  # "Harare-based economist X"
        hits.append((m, m.end("desc") - 1))
    for m in re.finditer(r"(?P<person>P)(?:,|v)d(?P<place>C)\.(?P<verb>_)(?P<desc>[_tT]{1,3})(?![_tTOXPCG])", s):
        hits.append((m, m.end("desc") - 1))  # "X is a London-based risk analyst", "X, a Lima-based consultant,"
    for m in re.finditer(r"(?P<person>P)(?:,|v)d(?P<desc>[_tT]{1,4})(?P<verb>_)i(?P<place>C)", s):
        hits.append((m, m.end("desc") - 1))  # "X is an energy consultant based in Beijing"
    for m, noun_at in hits:
        if items[m.start("verb")].text.lower() != "based":
            continue
        noun = items[noun_at].text.lower()
        if noun not in BASED_PERSON_NOUNS | PERSON_NOUNS | JOB_NOUNS - {"member", "partner", "owner"} or not noun.isalpha():
            continue
        place = items[m.start("place")].key
        if ctx.type_of(place) == "Place":
            out.add(items[m.start("person")].key, "locatedIn", place, sent, REL_BASED_IN, home=True)


# "state-owned", "government-run": a firm held by its state
STATE_HELD_PARTICIPLES = {"owned", "run", "controlled", "backed"}


def _is_firm_noun(word: str) -> bool:
    """A common noun that describes a firm: "carmaker", "chip-equipment maker", "lender"."""
    word = word.lower()
    return word in FIRM_NOUNS or word.endswith("maker")


def _place_of_description(ctx: ArticleContext, item) -> str | None:
    """The place a description's first word names: a place entity or a demonym ("German")."""
    if item.symbol == "C":
        return item.key
    if item.symbol == "D":
        k = ctx.country_of_demonym(item.text)
        return k if ctx.type_of(k) == "Place" else None
    return None


DIRECTION_WORDS = {"central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
                   "southeastern", "southwestern", "north", "south", "east", "west", "coastal"}
REGION_NOUNS = {"province", "state", "region", "prefecture", "county", "district", "territory"}


def _add_based_in(ctx: ArticleContext, out: _Collector, thing: str, m, items, sent, confidence: float) -> None:
    """A thing based in the matched place; where the place is written "City, State" (a town that is
    no country before it), in the town, and the town in the state (as "in Dayton, Ohio" reads)."""
    place = items[m.start("place")].key
    city = items[m.start("city")].key if m.group("city") else None
    if city and city != place and not ctx.is_country(city):
        out.add(thing, "locatedIn", city, sent, confidence)
        out.add(city, "locatedIn", place, sent, confidence)
    else:
        out.add(thing, "locatedIn", place, sent, confidence)


# what a country's possessive names the state itself by, not one body of it
STATE_ITSELF_NOUNS = {"government", "governments", "regulators", "authorities", "officials", "administration",
                      "military", "leadership", "leaders", "state"}


def _firm_town_state(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A firm's town and state set off after its name, as releases write a bank or a defendant
    firm: "Millbrook Community Bank, Austin, Texas, was closed", "Tarn Foods Inc., Dayton, Ohio,
    agreed ...": the firm is in the town, the town in the state. The name must be a firm's, and
    the town no country (not a list of places: "Apple, Paris, London")."""
    s, items = view.string, view.items
    for m in re.finditer(r"(?P<thing>O),(?P<city>C),(?P<place>C)(?=,|v|$)", s):
        thing = items[m.start("thing")].key
        if ctx.type_of(thing) != "Company" or m.start("thing") > 0 and s[m.start("thing") - 1] in ",&":
            continue
        _add_based_in(ctx, out, thing, m, items, sent, REL_IN_PLACE)
    _firms_all_of_a_town(ctx, view, sent, out)


def _contact_lines(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A release's contact line names a person and the office they work in: "the staff contact is
    X, Bureau of Competition, 202-...", "Media contact: X, Office of Public Affairs": the person
    is a member of the office."""
    if not any(t.lower_ in ("contact", "contacts") for t in sent):
        return
    s, items = view.string, view.items
    for m in re.finditer(r"(?P<per>P),(?P<org>[GO])(?=[,)._]|$)", s):
        person, body = items[m.start("per")].key, items[m.start("org")].key
        if ctx.type_of(person) == "Person" and ctx.type_of(body) in ORG_TYPES - {"MediaOutlet"}:
            out.add(person, "memberOf", body, sent, REL_AFFILIATION)


# words by which a list's members share what follows: "A and B, all of Ames, Iowa"
LIST_SHARING_WORDS = {"all", "both", "each"}


def _firms_all_of_a_town(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """Firms listed before "all of" a town, as releases write them: "X Corporation and its
    subsidiary, Y Bank, all of Ames, Iowa", "A and B, both of Wichita, Kansas": each firm of the
    list is in the town. The list ends where a verb or a clause's word comes before it."""
    s, items = view.string, view.items
    for m in re.finditer(r",(?P<q>_)f(?P<city>C)(?:,(?P<place>C))?", s):
        if items[m.start("q")].text.lower() not in LIST_SHARING_WORDS or ctx.is_country(items[m.start("city")].key):
            continue
        firms = []
        for i in range(m.start() - 1, -1, -1):
            if s[i] not in "OG,&d_t":
                break
            if s[i] in "_t" and view.token(i).pos_ in ("VERB", "AUX", "ADP"):
                break
            if s[i] in "OG" and ctx.type_of(items[i].key) == "Company":
                firms.append(items[i].key)
        if len(firms) < 2:
            continue  # (one firm before its town is read by _firm_town_state)
        for firm in firms:
            if m.group("place"):
                _add_based_in(ctx, out, firm, m, items, sent, REL_IN_PLACE)
            else:
                out.add(firm, "locatedIn", items[m.start("city")].key, sent, REL_IN_PLACE)


CAPITAL_WORDS = {"capital"}
# the word before "capital" that makes it a region's seat, not a country's: "the Ohio state capital"
SUBNATIONAL_CAPITAL_WORDS = {"state", "provincial", "regional"}
# Nouns of a meeting: "a summit of X in Y" places the meeting, not X.
GATHERING_NOUNS = {"gathering", "meeting", "summit", "session", "conference", "congress", "assembly", "talks",
                   "convention", "forum", "sitting", "plenary", "rally", "ministerial", "retreat"}


def _capital_cities(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A city called a country's capital is in that country: "Tarnville, the Ghanaian capital",
    "Tarnville, Ghana's capital", "Ghana's capital Tarnville", "the Ghanaian capital, Tarnville"."""
    s, items = view.string, view.items
    patterns = (
        r"(?P<city>C),d?(?P<dem>D)(?P<cap>_)",  # "Lusaka, the Zambian capital"
        r"(?P<city>C),d?(?P<ctry>C)s(?P<cap>_)",  # "Tarnville, Ghana's capital"
        r"(?P<ctry>C)s(?P<cap>_),?(?P<city>C)",  # "Ghana's capital Tarnville"
        r"d(?P<dem>D)(?P<cap>_),?(?P<city>C)",  # "the Zambian capital, Lusaka"
    )
    for pattern in patterns:
        for m in re.finditer(pattern, s):
            if items[m.start("cap")].text.lower() not in CAPITAL_WORDS:
                continue
            if m.groupdict().get("dem"):
                country = ctx.country_of_demonym(items[m.start("dem")].text)
            else:
                country = items[m.start("ctry")].key
            city = items[m.start("city")].key
            if country and city != country and ctx.is_country(country) and not ctx.is_country(city):
                out.add(city, "locatedIn", country, sent, REL_IN_PLACE)
    # a state's or province's capital: "Salem, the Oregon state capital", "the Ohio state capital,
    # Columbus", "Quebec's provincial capital, X" (the state need not be a country)
    for pattern in (r"(?P<city>C),d?(?P<region>C)s?(?P<kind>[_t])(?P<cap>_)",
                    r"(?P<region>C)s?(?P<kind>[_t])(?P<cap>_),?(?P<city>C)"):
        for m in re.finditer(pattern, s):
            if items[m.start("cap")].text.lower() not in CAPITAL_WORDS \
                    or items[m.start("kind")].text.lower() not in SUBNATIONAL_CAPITAL_WORDS:
                continue
            city, region = items[m.start("city")].key, items[m.start("region")].key
            if city != region and not ctx.is_country(city):
                out.add(city, "locatedIn", region, sent, REL_IN_PLACE)


# A body's roll of votes: "Voting for the committee's action were:", "Voting against the measure was"
VOTING_BODY_TYPES = {"GovernmentBody", "Organization", "Company"}
# what a body that votes is called: "the Monetary Policy Committee", "the Board of Governors"
VOTING_BODY_WORDS = {"committee", "board", "council", "commission", "court", "panel", "senate", "assembly",
                     "parliament", "congress"}
_VOTE_ROLL = re.compile(r"\s*Voting (?:for|against|in favou?r of) (?:[^:;.]{1,80}?) (?:was|were):?\s", re.I)


def _vote_roll(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A vote roll lists the body's voting members: "Voting for the board's action were: A, Chair;
    B, Vice Chair; C; and D." makes each person named a member of the body named before "were",
    and a title set off after a name ("A, Chair") that person's post there (a suffix such as
    "Jr." is no title)."""
    m = _VOTE_ROLL.match(sent.text)
    if not m:
        return
    cut = sent.start_char + m.end()
    doc = sent.doc
    body = next((it.key for it in view.items if it.key and doc[it.start].idx < cut
                 and ctx.type_of(it.key) in VOTING_BODY_TYPES), None)
    if body is None:
        # "Voting for the monetary policy action were ...": the last voting body named before
        body = next((k for t in reversed(doc[:sent.start]) for k in [ctx.key(t)]
                     if ctx.type_of(k) in VOTING_BODY_TYPES
                     and set(norm_name(ctx.table.get(k).name).split()) & VOTING_BODY_WORDS), None)
    if body is None:
        return
    for it in view.items:
        if it.symbol != "P" or doc[it.start].idx < cut:
            continue
        after = []
        for t in doc[it.end:sent.end]:
            if t.text in (";", ".") or ctx.key(t) is not None:
                break
            after.append(t)
        words = [t.lower_ for t in after if t.text != "," and t.lower_ != "and"]
        if words and all(w in TITLE_HEADS or w in TITLE_MODIFIERS for w in words):
            title = " ".join(t.text for t in after if t.text != "," and t.lower_ != "and")
            out.add(it.key, "holdsPosition", body, sent, REL_VOTE_ROLL, title=title)
        else:
            out.add(it.key, "memberOf", body, sent, REL_VOTE_ROLL)


# Nouns of a part of a country before "of" and its name: "the Indian state of Gujarat", "the
# southern U.S. state of Georgia", "the German port city of Hamburg".
COUNTRY_PART_NOUNS = REGION_NOUNS | {"city", "town", "village", "port", "island", "islands", "municipality"}
# the same parts in the plural: "Georgia's breakaway regions of A and B", "Brazil's largest cities, A and B"
COUNTRY_PART_PLURALS = {"states", "provinces", "regions", "prefectures", "counties", "districts", "territories",
                        "cities", "towns", "villages", "ports", "municipalities"}


def _parts_of_countries(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    """A place called a part of a country is in that country: "the Indian state of Gujarat", "the
    southern U.S. state of Georgia", "the German port city of Hamburg", "the Chinese province of
    Guangdong", "Brazil's state of Bahia", "Peru's main port, Callao"."""
    s, items = view.string, view.items
    for m in re.finditer(r"d(?P<pre>_?)(?P<ctry>[DC])(?P<mid>[_t]{1,2})f(?P<place>C)", s):
        if m.group("pre") and items[m.start("pre")].text.lower() not in DIRECTION_WORDS:
            continue
        mid = [items[i].text.lower() for i in range(m.start("mid"), m.end("mid"))]
        if mid[-1] not in COUNTRY_PART_NOUNS or not all(w in COUNTRY_PART_NOUNS | DIRECTION_WORDS for w in mid):
            continue
        ctry = items[m.start("ctry")]
        country = ctx.country_of_demonym(ctry.text) if ctry.symbol == "D" else ctry.key
        place = items[m.start("place")].key
        if country and place and place != country and ctx.is_country(country) and not ctx.is_country(place):
            out.add(place, "locatedIn", country, sent, REL_IN_PLACE)
    # the country's possessive: "Brazil's northeastern state of Pernambuco", "Georgia's breakaway
    # regions of A and B", "Myanmar's main city, Yangon" (lower-case words may describe the part)
    for m in re.finditer(r"(?P<ctry>C)s(?P<mid>[_t]{1,3})(?:f|,)(?P<places>C(?:,?&?C)*)", s):
        mid = [items[i].text.lower() for i in range(m.start("mid"), m.end("mid"))]
        if mid[-1] not in COUNTRY_PART_NOUNS | COUNTRY_PART_PLURALS \
                or not all(w.replace("-", "").isalpha() and w.islower() for w in mid):
            continue
        country = items[m.start("ctry")].key
        if not ctx.is_country(country):
            continue
        for i in range(m.start("places"), m.end("places")):
            place = items[i].key
            if items[i].symbol == "C" and place != country and not ctx.is_country(place):
                out.add(place, "locatedIn", country, sent, REL_IN_PLACE)


def _locations(ctx: ArticleContext, view: SentenceView, sent, out: _Collector) -> None:
    s, items = view.string, view.items
    # a firm described by its place: "German carmaker Vell", "Vell, the German carmaker,",
    # "the Dutch chip-equipment maker Arvo" (the same description written before a name)
    # also with the place as "City, State": "Tarn LLC, a Boston, Massachusetts, investment adviser"
    # and with the name in apposition: "an Oslo company, Tarn Foods,"
    # and a place's possessive in apposition: "Vale, Brazil's top iron ore producer,", or before the
    # name set off after it: "Chile's biggest copper miner, X,"
    for m in list(re.finditer(r"(?P<place>[CD])(?P<desc>[_t]{0,2}_)(?P<thing>O)", s)) + list(
            re.finditer(r"(?<=d)(?P<place>[CD])(?P<desc>_{1,3}),d?(?P<thing>O)", s)) + list(
            re.finditer(r"(?P<place>C)s(?P<desc>[_t]{1,4}),d?(?P<thing>O)(?=[,.v]|$)", s)) + list(
            re.finditer(r"(?P<thing>O),(?P<place>C)s(?P<desc>_{1,4})(?![_tTOXPs])", s)) + list(
            re.finditer(r"(?P<thing>O)(?:,|v)d(?P<adj>_|[_t]\._)?(?P<place>[CD])(?:,C,?)?(?P<adj2>[_t]\._)?(?P<desc>[_tT]{1,3})(?![_tTOXP])", s)):
        desc = items[m.start("desc"):m.end("desc")]
        while m.group("thing") and m.start("thing") < m.start("desc") and len(desc) > 1 and \
                not _is_firm_noun(desc[-1].text) and view.token(m.start("desc") + len(desc) - 1).pos_ not in ("NOUN", "PROPN"):
            desc = desc[:-1]  # "X was a Chilean lender until 2010": the description ends at its noun
        if not _is_firm_noun(desc[-1].text) or any(it.text[:1].isupper() for it in desc):
            continue
        adjectives = [" ".join(it.text for it in items[m.start(g):m.end(g)]) for g in ("adj", "adj2") if m.groupdict().get(g)]
        if any(not (a.replace(" - ", "-").replace("-", "").isalpha() and a.islower()) for a in adjectives):
            continue  # "X, a multinational French company,", "a state-owned Chinese lender", "an Iranian
            # state-owned bank": plain adjectives only
        place = _place_of_description(ctx, items[m.start("place")])
        if place:
            out.add(items[m.start("thing")].key, "locatedIn", place, sent, REL_PLACE_DESCRIBES_FIRM)
    # "the Chinese state-owned X", "a Brazilian state-run oil company, X", "China's state-owned
    # aluminium company, X": a firm its country owns or runs is in that country, and the country's
    for m in re.finditer(r"(?P<place>[CD])(?:s_?)?[_t]\.(?P<owned>_)(?P<desc>_{0,2}),?(?P<thing>O)", s):
        desc = items[m.start("desc"):m.end("desc")]
        if items[m.start("owned")].text.lower() in STATE_HELD_PARTICIPLES and items[m.start("owned") - 2].text.lower() \
                in ("state", "government") and (not desc or _is_firm_noun(desc[-1].text)) \
                and (place := _place_of_description(ctx, items[m.start("place")])):
            out.add(items[m.start("thing")].key, "locatedIn", place, sent, REL_PLACE_DESCRIBES_FIRM)
            out.add(place, "owns", items[m.start("thing")].key, sent, REL_OWNED_DESCRIBED, state_held=True)
    _listed_under_a_described_group(ctx, view, sent, out)
    _people_based_in(ctx, view, sent, out)
    _firm_town_state(ctx, view, sent, out)
    _contact_lines(ctx, view, sent, out)
    _capital_cities(ctx, view, sent, out)
    _parts_of_countries(ctx, view, sent, out)
    # a body named with its country's possessive ("Portugal's parliament", "Vietnam's Trade
    # Ministry" as one name): in that country (not the state itself: "Brazil's government", "China's
    # regulators")
    for it in items:
        if it.symbol not in "OG" or it.key is None:
            continue
        name = ctx.table.get(it.key).name
        m = re.match(r"(.+?)(?:'s|’s)\s", name)
        if not m or name.split()[-1].lower() in STATE_ITSELF_NOUNS:
            continue
        place = ctx.entity_by_names([m.group(1)], {"Place"})
        if place and ctx.is_country(place):
            out.add(it.key, "locatedIn", place, sent, REL_PLACE_POSSESSIVE)
    # PLACE 's THING: "Japan's Soka University", "Hong Kong's Hang Seng Tech Index"; a country's
    # body too ("Nigeria's Electoral Commission"), not a city's or a region's ("Ohio's attorney general")
    for m in re.finditer(r"(?P<place>C)s(?P<thing>[OMCG])", s):
        place, thing = items[m.start("place")].key, items[m.start("thing")].key
        if ctx.type_of(thing) == "GovernmentBody" and not ctx.is_country(place):
            continue
        out.add(thing, "locatedIn", place, sent, REL_PLACE_POSSESSIVE)
    # THING in PLACE where "in" attaches to the thing's noun phrase: "10 Downing Street in London"
    # also with a direction word before the place: "Changsha in central Hunan province"
    for m in re.finditer(r"(?P<thing>[OMCG])i(?P<dir>_)?(?P<place>C)", s):
        if m.group("dir") and items[m.start("dir")].text.lower() not in DIRECTION_WORDS:
            continue
        thing_head = view.head_token(m.start("thing"))
        in_tok = view.token(m.start("thing") + 1)
        # a place in a region the text calls one ("in central Hunan province"), whatever the
        # parse attached "in" to
        region = items[m.start("thing")].symbol == "C" and (m.group("dir") or s[m.end("place"):m.end("place") + 1] == "_"
                                                             and items[m.end("place")].text.lower() in REGION_NOUNS)
        if thing_head.dep_ == "pobj" and thing_head.head.lower_ == "of" and lemma(thing_head.head.head) in GATHERING_NOUNS:
            continue  # "a gathering of the African Union in Niger": where the meeting was, not the body
        if region or in_tok.head.i == thing_head.i or in_tok.head.i in range(items[m.start("thing")].start, items[m.start("thing")].end):
            out.add(items[m.start("thing")].key, "locatedIn", items[m.start("place")].key, sent, REL_IN_PLACE)
    # PLACE-based THING / THING, based|headquartered in PLACE
    # also with a description between: "the Nairobi-based bank Tarn"
    # also with the place as "City, State": "the Dayton, Ohio-based lender Tarn" is in Dayton, in Ohio
    for m in re.finditer(r"(?:(?P<city>C),)?(?P<place>C)\._(?P<desc>_{0,2})(?P<thing>[OM])", s):
        desc = items[m.start("desc"):m.end("desc")]
        if view.items[m.start("place") + 2].text.lower() in SITE_PARTICIPLES and all(
                _is_firm_noun(it.text) or it.text.lower() in PLACED_NOUNS for it in desc[-1:]):
            _add_based_in(ctx, out, items[m.start("thing")].key, m, items, sent, REL_BASED_IN)
    # "a New York-based operation known as Tarn", "a Lima-based group called Tarn": the name given to
    # the described thing
    for m in re.finditer(r"(?:(?P<city>C),)?(?P<place>C)\._(?P<desc>_{1,2}?)(?P<naming>_A?)(?P<thing>[OM])", s):
        naming = " ".join(it.text.lower() for it in items[m.start("naming"):m.end("naming")])
        noun = view.token(m.end("desc") - 1)
        if items[m.start("place") + 2].text.lower() in SITE_PARTICIPLES and naming in NAMING_WORDS \
                and noun.pos_ == "NOUN" and noun.text.islower() and view.token(m.start("naming")).head.i == noun.i \
                and noun.lower_ not in JOB_NOUNS | PERSON_NOUNS:
            # (the naming participle hangs on a noun of a thing: not "a Lima-based lawyer called Tarn")
            _add_based_in(ctx, out, items[m.start("thing")].key, m, items, sent, REL_BASED_IN)
    # "ASML, the Netherlands-based maker", "ASML is a Netherlands-based maker"
    for m in re.finditer(r"(?P<thing>[OM])(?:,|v)d(?:(?P<city>C),)?(?P<place>C)\.(?P<verb>_)", s):
        if items[m.start("verb")].text.lower() in SITE_PARTICIPLES:
            _add_based_in(ctx, out, items[m.start("thing")].key, m, items, sent, REL_PLACE_BASED_DESCRIPTION)
    for m in re.finditer(r"(?P<thing>[OM]),?h?v?(?P<verb>_)i(?P<place>C)", s):
        if items[m.start("verb")].text.lower() in SITE_PARTICIPLES | {"located"}:
            out.add(items[m.start("thing")].key, "locatedIn", items[m.start("place")].key, sent, REL_BASED_IN)


# --- dependency-based: criticized, regulates, developed, heads ---------------------------------

AUTHORED_NOUNS = {"report", "letter", "study", "statement", "complaint", "lawsuit", "filing", "note", "paper",
                  "resolution", "motion", "declaration", "communique", "communiqué", "editorial", "petition"}
# Verbs by which a body puts out a document: its subject is the document's author ("the parliament
# passed a resolution that condemned X", "the ministry issued a statement that criticized Y").
ISSUING_VERBS = {"pass", "adopt", "issue", "release", "publish", "approve", "send", "sign", "write", "file", "table",
                 "unveil", "deliver"}


def issued_document(noun) -> bool:
    """Whether a noun is a document that the clause around it puts out: "passed a resolution",
    "issued a statement" (the document's own words act when it is issued)."""
    return noun.lower_ in AUTHORED_NOUNS and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" \
        and lemma(noun.head) in ISSUING_VERBS


def author_of(ctx: ArticleContext, noun) -> str | None:
    """Who wrote a document that acts: "a report by X that accused Y", "X's letter, which
    criticized Y", "X passed a resolution that condemned Y". None for documents of no named
    author, or of several."""
    if noun.lower_ not in AUTHORED_NOUNS:
        return None
    if issued_document(noun):
        # "X passed a resolution that ...", "a resolution was passed by X that ..."
        doers = _agent_keys(ctx, noun.head) if noun.dep_ == "nsubjpass" else _subject_keys(ctx, noun.head)
        doers = [k for k in doers if ctx.type_of(k) in ACTOR_TYPES | {"Place"}]
        if len(doers) == 1:
            return doers[0]
    for c in noun.children:
        if c.dep_ == "poss":
            k = ctx.key(c)
            if k and ctx.type_of(k) != "Place":
                return k
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    k = ctx.phrase_key(p)
                    if k and ctx.type_of(k) != "Place":
                        return k
    return None


def _subject_keys(ctx: ArticleContext, verb) -> list[str]:
    """Entities that are the subject of `verb` (with conjuncts), following xcomp/conj chains up."""
    v = verb
    for _ in range(3):
        subs = [c for c in v.children if c.dep_ == "nsubj"]
        if subs and subs[0].lower_ in ("who", "which", "that") and v.dep_ == "relcl":
            k = ctx.phrase_key(v.head) or author_of(ctx, v.head)
            if subs[0].lower_ == "who" and ctx.type_of(k) != "Person":
                k = _appositive_anchor(ctx, v.head) or k  # "X, an Oxford University professor who ..."
            return [k] if k else []
        if subs:
            keys = []
            for sub in subs:
                for t in _coordinated(sub):
                    k = ctx.phrase_key(t)
                    if k:
                        keys.append(k)
            return keys
        if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
                owners := applicants_beside(ctx, v.head)):
            return owners  # "approved the application by X to acquire Y": X acquires, not the approver
        if v.dep_ in ("xcomp", "conj", "advcl") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # an infinitive on a noun: "X, the first woman to lead Y" (the noun's person);
            # "X won the runoff to become Y's president" (who won the contest)
            k = (ctx.phrase_key(v.head) if v.dep_ == "relcl" else None) or _appositive_anchor(ctx, v.head)
            if k:
                return [k]
            if v.head.dep_ == "dobj" and lemma(v.head) in CONTEST_NOUNS and lemma(v.head.head) in WIN_VERBS:
                v = v.head.head
                continue
            return []
        if v.dep_ == "relcl":
            k = ctx.phrase_key(v.head)
            return [k] if k else []
        break
    return []


# what a firm files or makes to be allowed to act ("the application by X to acquire Y", "X's bid to buy Y")
APPLICATION_NOUNS = {"application", "applications", "request", "requests", "proposal", "proposals", "petition",
                     "bid", "bids", "offer", "offers", "plan", "plans", "notice", "notices"}


def application_holders(noun) -> list:
    """The words naming who filed an application: its possessive ("X's request"), its "by", "from"
    or "of" ("the application by X", "the application of X") or the agent of a participle on it
    ("the notice filed by X")."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += [x for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                for x in c.children if x.dep_ == "pobj"]
    holders += [x for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
    return holders


def applicants_beside(ctx: ArticleContext, verb) -> list[str]:
    """Who filed the application a verb takes as its object (application_holders), or, as the small
    parser often hangs "by" or "from", named on the verb: "approved the application by X to
    acquire Y", "approved X's request to buy Y", "the application of X to acquire Y"."""
    apps = [o for o in verb.children if o.dep_ in ("dobj", "obj") and o.lower_ in APPLICATION_NOUNS]
    if not apps:
        return []
    holders = application_holders(apps[0]) + [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                                              for x in c.children if x.dep_ == "pobj"]
    return [k for x in holders for k in [ctx.phrase_key(x)] if k]


# what someone wins or runs "to become" something ("won the runoff to become president")
CONTEST_NOUNS = {"election", "vote", "race", "runoff", "run-off", "ballot", "contest", "poll", "majority"}
WIN_VERBS = {"win", "secure", "clinch", "sweep", "carry"}


def _appositive_anchor(ctx: ArticleContext, noun) -> str | None:
    """The person a describing noun stands beside: "X, a lawyer who ...": X (the clause's "who"
    describes the lawyer, who is X)."""
    if noun.dep_ == "appos" and noun.head.i < noun.i and noun.pos_ == "NOUN":
        k = ctx.phrase_key(noun.head)
        return k if ctx.type_of(k) == "Person" else None
    return None


def _is_passive(verb) -> bool:
    """ "was fined by", "Tarn, founded by Ana Ruiz,": a passive verb or participle."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")


def _verb_args(ctx: ArticleContext, verb, preps=()) -> tuple[list[str], list[str]]:
    """(doers, things done to) of a verb in either voice: "X fined Y", "Y was fined by X",
    "Y, fined by X,", "Y, which X fined", "Y, which was fined by X"."""
    if _is_passive(verb):
        done = [k for c in verb.children if c.dep_ == "nsubjpass" for k in _np_keys(ctx, c)]
        if not done and verb.dep_ in ("acl", "relcl"):
            k = ctx.phrase_key(verb.head)
            if k is None and verb.head.dep_ == "appos":  # "Zeta, a sensor developed by Tarn"
                k = ctx.phrase_key(verb.head.head)
            done = [k] if k else []
        return _agent_keys(ctx, verb), done
    return _subject_keys(ctx, verb), _object_keys(ctx, verb, preps)


def _agent_keys(ctx: ArticleContext, verb) -> list[str]:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return _np_keys(ctx, p)
    return []


def _object_keys(ctx: ArticleContext, verb, preps=("on", "against", "into", "of")) -> list[str]:
    keys = []
    for c in verb.children:
        # "fined Tarn $40 million": the small model reads the firm as the dative
        if c.dep_ in ("dobj", "obj") or c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            keys += _np_keys(ctx, c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    keys += _np_keys(ctx, p)
        elif c.dep_ == "prt":
            for p in c.children:
                if p.dep_ == "prep":
                    for q in p.children:
                        if q.dep_ == "pobj":
                            keys += _np_keys(ctx, q)
    return keys


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _antecedent_of_relative(ctx: ArticleContext, tok) -> str | None:
    """ "Tarn, which Berg bought": the entity a relative pronoun stands for, the noun its
    clause describes."""
    v = tok.head
    for _ in range(3):
        if v.dep_ == "relcl":
            return ctx.phrase_key(v.head)
        if v.head.i == v.i or v.dep_ not in ("xcomp", "conj", "ccomp", "prep", "pobj"):
            return None
        v = v.head
    return None


def _coordinated(tok) -> list:
    """A noun and its conjuncts, also where the small model hangs the first of two coordinated
    names on the second ("Ana Ruiz and Ivo Pelt": Ruiz as nmod of Pelt, Ivo as its conj)."""
    toks = [tok, *[c for c in tok.children if c.dep_ == "conj"]]
    if tok.tag_ == "NNS":
        # a plural noun with a list in apposition, "two friends, Ana Ruiz and Ivo Pelt,": the names
        # after the first (which the phrase's key already gives) are the noun's too
        toks += [g for c in tok.children if c.dep_ == "appos" for g in c.children if g.dep_ == "conj"]
    for c in tok.children:
        if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
                g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children):
            toks.append(c)
    return toks


def _np_keys(ctx: ArticleContext, tok) -> list[str]:
    """Entities named by a noun phrase and its conjuncts (possessors included:
    "his tech empire" names him; a relative pronoun names its antecedent)."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$") and ctx.key(tok) is None:
        k = _antecedent_of_relative(ctx, tok)
        return [k] if k else []
    out = []
    for t in _coordinated(tok):
        k = ctx.phrase_key(t)
        if k is None:
            for c in t.children:
                if c.dep_ == "poss" and ctx.type_of(ctx.key(c)) not in (None, "Place"):
                    k = ctx.key(c)
        if k:
            out.append(k)
        for c in t.children:
            if c.dep_ == "conj" and c.i != t.i:
                k2 = ctx.phrase_key(c)
                if k2 and k2 not in out:
                    out.append(k2)
    return out


def criticism_pairs(ctx: ArticleContext, sent) -> list[tuple[str, str, object, float]]:
    """(critic, criticised, trigger token, confidence) for each criticism the sentence states:
    "X criticized Y", "X's criticism of Y", "X angered Y with public criticism of Z",
    "X called Y's case 'deeply flawed'". Shared by the criticized relation and Criticism events."""
    # relations and events both ask, sentence by sentence, on one shared context
    cache = ctx.__dict__.setdefault("_criticism_cache", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _criticism_pairs(ctx, sent)
    return cache[key]


def _criticism_pairs(ctx: ArticleContext, sent) -> list[tuple[str, str, object, float]]:
    found = []
    for tok in sent:
        if ctx.in_quote(tok.idx):
            continue
        lem = lemma(tok)
        if tok.pos_ == "VERB" and lem in CRITICIZE_VERBS:
            # "blamed the crisis on X": the one blamed is in the "on" phrase
            critics, criticised = _verb_args(ctx, tok, preps=("of", "on") if lem == "blame" else ("of",))
            if lem == "blame":  # the parser may hang "on X" on the thing blamed
                criticised += [k for c in tok.children if c.dep_ == "dobj" for k in _object_keys(ctx, c, ("on",))]
            if not criticised:  # "confronted the board of X", "attacked the management of Y": the firm
                criticised = [k for c in tok.children if c.dep_ == "dobj" and c.lower_ in GOVERNING_ORGANS
                              for k in _object_keys(ctx, c, ("of", "at"))]
            for s in critics:
                for o in criticised:
                    found.append((s, o, tok, EVENT_CRITICISM_VERB))
        elif tok.pos_ == "VERB" and lem in OPPOSE_VERBS and not unasserted(tok):
            opposed = [k for c in tok.children if c.dep_ in ("dobj", "obj")
                       for k in ([ctx.key(c)] if ctx.key(c) else [ctx.key(g) for g in c.children if g.dep_ == "poss"])
                       if k and ctx.type_of(k) in ACTOR_TYPES | {"Place"}]
            for s in _subject_keys(ctx, tok):
                for o in opposed:
                    found.append((s, o, tok, EVENT_CRITICISM_VERB))
        elif tok.pos_ == "VERB" and _criticism_phrase(tok):
            for s in _subject_keys(ctx, tok):
                for o in _object_keys(ctx, tok, _criticism_phrase(tok)):
                    found.append((s, o, tok, EVENT_CRITICISM_VERB))
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in CRITICISM_NOUNS and ctx.key(tok) is None:
            found += [(a, t, tok, EVENT_CRITICISM_NOUN) for a, t in _criticism_noun_pairs(ctx, tok)]
        elif tok.pos_ == "VERB" and lem in DEMAND_VERBS and (quitters := _resignation_targets(ctx, tok)):
            for s in _subject_keys(ctx, tok):
                if ctx.type_of(s) == "MediaOutlet":
                    continue  # "ACCRA (Reuters) - Protesters marched, calling for ...": the dateline's agency
                for o in quitters:
                    found.append((s, o, tok, EVENT_CRITICISM_VERB))
        elif tok.pos_ == "VERB" and lem in ("call", "describe", "label", "brand", "dub"):
            # "called X a liar": the small model may read both X and the name as predicates (oprd)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "oprd") and c.i > tok.i]
            if objs and calls_bad([t for t in tok.subtree if t.i > tok.i]):
                targets = _np_keys(ctx, objs[0])
                for s in _subject_keys(ctx, tok):
                    for t in targets:
                        found.append((s, t, tok, EVENT_NEGATIVE_LABEL))
    return found


# Demanding that someone leave office is criticism of them: "called for X to resign", "urged X to
# step down", "demanded the resignation of X".
DEMAND_VERBS = {"call", "demand", "urge"}
RESIGN_NOUNS = {"resignation", "ouster", "removal", "impeachment", "dismissal", "sacking", "firing"}


def _leaving_office(verb) -> bool:
    """"resign", "step down", "step aside", "quit" (with no object, or a post): leaving office."""
    lem = lemma(verb)
    if lem == "resign":
        return True
    if lem == "step":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in verb.children)
    if lem == "quit":
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return not objs or all(lemma(o) in ("post", "office", "job", "position", "government") for o in objs)
    return False


def _resignation_targets(ctx: ArticleContext, verb) -> list[str]:
    """Whom a verb of demanding asks to leave office ("called for President X to resign", "urged X
    to step down", "demanded that X resign", "called for the resignation of X"), or []."""
    def leaves(t):
        return any(c.dep_ in ("xcomp", "relcl", "acl", "ccomp", "advcl") and _leaving_office(c)
                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in t.children)

    found, lem = [], lemma(verb)
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and _leaving_office(c):  # "call for X to resign" read as a clause
            found += [k for g in c.children if g.dep_ in ("nsubj", "compound") for k in _np_keys(ctx, g)]
        args = [c] if c.dep_ in ("dobj", "ccomp") and lem != "call" else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("for", "on") else []
        for a in args:
            if a.lower_ in RESIGN_NOUNS:  # "the resignation of X", "X's resignation"
                found += [k for g in a.children if g.dep_ == "poss" for k in _np_keys(ctx, g)]
                found += [k for g in a.children if g.dep_ == "prep" and g.lower_ == "of"
                          for p in g.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]
            elif a.dep_ == "ccomp" and _leaving_office(a):  # "demanded X resign"
                found += [k for g in a.children if g.dep_ in ("nsubj", "compound") for k in _np_keys(ctx, g)]
            elif leaves(a) or (leaves(verb) and a.dep_ in ("dobj", "pobj")):  # "urged X to step down"
                found += _np_keys(ctx, a)
    return [k for k in dict.fromkeys(found) if ctx.type_of(k) in ACTOR_TYPES]


def calls_bad(tokens) -> bool:
    """Whether words call something bad: a negative word ("illegal") or phrase ("a serious
    mistake") among `tokens`."""
    words = [t.lower_ for t in tokens]
    text = " ".join(words)
    return any(w in NEGATIVE_WORDS for w in words) or any(" " in w and w in text for w in NEGATIVE_WORDS)


def _criticism_phrase(verb) -> tuple[str, ...]:
    """The target prepositions of a phrasal verb of criticism ("lashed out at", "took aim at",
    "railed against"), or () when `verb` is not one."""
    lem = lemma(verb)
    for (head, part), preps in CRITICIZE_PHRASES.items():
        if lem == head and (part is None or any(
                c.dep_ in ("prt", "dobj", "advmod") and c.lower_ == part for c in verb.children)):
            return preps
    return ()


def _criticism_noun_pairs(ctx: ArticleContext, tok) -> list[tuple[str, str]]:
    """(critic, criticised) of a noun of criticism: "X's criticism of Y", "accusations against Y
    from X", "criticism of Y by X", "X leveled accusations against Y"; "Y faced criticism from X"
    and "Y rejected accusations by X" make the subject the one criticised."""
    def objects(head, preps):
        return [k for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]

    targets = objects(tok, ("of", "against", "on"))
    critics = objects(tok, ("from", "by"))
    if not critics:  # "accusations against X from Y": the parser hangs the critic on the named target
        critics = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "on")
                   for p in c.children if p.dep_ == "pobj" and ctx.key(p) for k in objects(p, ("from",))]
    gov = tok.head.head if tok.head.dep_ == "prep" else tok.head
    governed = gov.pos_ in ("VERB", "AUX") and tok.dep_ in ("pobj", "dobj") and gov.i != tok.i
    if governed and not targets and tok.dep_ == "dobj":
        targets = objects(gov, ("against", "at"))  # "leveled accusations against X" hung on the verb
    suffered = governed and lemma(gov) in SUFFER_CRITICISM_VERBS
    if suffered:
        critics = critics or objects(gov, ("from", "by"))
        if not targets and critics:
            targets = _subject_keys(ctx, gov)
    if not targets:
        return []
    if not critics:
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            k = ctx.key(poss[0])
            critics = [k] if k else []
        elif governed and not suffered:
            critics = _subject_keys(ctx, gov)
    return [(a, t) for a in critics for t in targets if a != t]


def _leave_asked_for(infinitive) -> bool:
    """Whether an infinitive tells what an application asks leave to do: hung on the application
    ("the application by X to acquire Y"), on the participle naming who filed it ("the notice filed
    by X to acquire Y") or on the verb that grants or refuses it ("approved the application of X
    to acquire Y")."""
    head = infinitive.head
    if head.dep_ == "acl" and head.tag_ == "VBN":
        head = head.head
    return head.lower_ in APPLICATION_NOUNS or any(
        c.dep_ in ("dobj", "obj") and c.lower_ in APPLICATION_NOUNS for c in head.children)


def _completed(verb) -> bool:
    """A purchase that happened: not "will buy", "agreed to buy", "plans to acquire", "would buy"."""
    if is_future(verb) or verb.dep_ in ("xcomp",):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and _leave_asked_for(verb):
        return False  # "the application by X to acquire Y", "denied the notice filed by X to acquire Y"
    return not any(c.dep_ in ("aux", "neg") and c.lower_ in ("would", "could", "might", "may", "not", "n't")
                   for c in verb.children)


def _action_target_keys(ctx: ArticleContext, tok, depth: int = 0) -> list[str]:
    """Who an action noun's object names, also through the nouns of what was done: "an inquiry into
    dealings in the stock of Tarn", "a probe of the accounts of Tarn", "an investigation into sales by Tarn"."""
    keys = _np_keys(ctx, tok)
    if keys or depth >= 2 or tok.pos_ != "NOUN" or ctx.key(tok) is not None:
        return keys
    return [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "by")
            for p in c.children if p.dep_ == "pobj" for k in _action_target_keys(ctx, p, depth + 1)]


def _regulatory_nouns(ctx: ArticleContext, sent, out: _Collector) -> None:
    """A regulator's action named by a noun: "the SEC's probe of X", "an investigation into X by
    the agency", "the regulator opened an inquiry into X", "filed a lawsuit against X"."""
    for tok in sent:
        if tok.lower_ not in REGULATE_NOUNS or tok.pos_ != "NOUN" or ctx.in_quote(tok.idx):
            continue
        targets = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "against", "on")
                   for p in c.children if p.dep_ == "pobj" for k in _action_target_keys(ctx, p)]
        if not targets and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            # "a probe into dealings in the stock of Tarn", the model hanging "in" on the probe
            targets = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" for k in _action_target_keys(ctx, p)]
        if not targets and tok.dep_ == "dobj" and lemma(tok.head) in LIGHT_VERBS:
            # "filed a lawsuit against X": the object of the action hangs on the light verb
            targets = [k for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("into", "against", "on")
                       for p in c.children if p.dep_ == "pobj" for k in _action_target_keys(ctx, p)]
        if not targets and tok.dep_ == "dobj" and lemma(tok.head) in ("face", "receive", "get", "draw"):
            # "Tarn faces a lawsuit from the regulator": the one who faces it is the target
            targets = _subject_keys(ctx, tok.head)
        if not targets:
            continue
        actors = [ctx.key(c) for c in tok.children if c.dep_ == "poss" and ctx.key(c)]
        actors += [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]
        if not actors and tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in LIGHT_VERBS:
            actors = _subject_keys(ctx, tok.head) if tok.dep_ == "dobj" else _agent_keys(ctx, tok.head)
        for a in actors:
            for t in targets:
                out.add(a, "regulates", t, sent, REL_REGULATOR_ACTION_NOUN)


def _starts_an_organisation(ctx: ArticleContext, verb) -> bool:
    """ "started Tarn as a business", "set up Tarn", "created Tarn in 2004": a person starting
    something that is an organisation (not "started talks", "created jobs")."""
    if lemma(verb) == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    objs = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in _np_keys(ctx, c)]
    return bool(objs) and all(ctx.type_of(k) in {"Company", "Organization", "MediaOutlet"} for k in objs)


def _dependency_relations(ctx: ArticleContext, sent, out: _Collector) -> None:
    """Relations a verb or a noun states through the parse; each word is read by the first step
    whose kind of word it is (a founding verb, a verb of office, of owning, ...)."""
    for actor, target, tok, conf in criticism_pairs(ctx, sent):
        if tok.pos_ in ("VERB", "AUX") and unasserted(tok):
            continue  # "X did not criticise Y", "X declined to criticise Y"
        if not (_only_a_modifier(ctx, actor, tok) or _only_a_modifier(ctx, target, tok)):
            out.add(actor, "criticized", target, sent, conf)
    for tok in sent:
        if ctx.in_quote(tok.idx):
            continue
        lem = lemma(tok)
        if _is_seat_verb(ctx, tok, lem):  # a seat on a body, whatever else the verb says
            _seat_by_verb(ctx, tok, lem, sent, out)
        for applies, step in _WORD_STEPS:
            if applies(ctx, tok, lem):
                step(ctx, tok, lem, sent, out)
                break


OFFICE_VERBS = {"resign", "serve", "step", "name", "appoint", "elect", "remain", "join", "continue", "install",
                "become"}
OWN_VERBS = {"own", "hold", "acquire", "buy", "take", "control", "belong"}
PRODUCT_WORDS = {"model", "models", "chatbot", "product", "app", "platform", "system", "chip", "chips"}


def _is_founding_verb(ctx: ArticleContext, tok, lem: str) -> bool:
    return tok.pos_ == "VERB" and (lem in ("found", "co-found", "cofound", "establish") or
                                   lem in ("start", "create", "set") and _starts_an_organisation(ctx, tok))


def _founded_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X founded Y", "Y was established by X", "Tarn, which he founded" (not "X denied he founded Y")."""
    if unasserted(tok):
        return
    founders, firms = _verb_args(ctx, tok)
    if not firms and tok.dep_ == "relcl" and not _is_passive(tok):  # "Tarn, which he founded"
        k = ctx.phrase_key(tok.head)
        firms = [k] if k else []
    if lem in ("co-found", "cofound") and founders:
        # "X co-founded Tarn with Y": the partner named after "with" founded it too
        founders += [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                     if p.dep_ == "pobj" for k in _np_keys(ctx, p) if ctx.type_of(k) == "Person" and k not in founders]
    for f in founders:
        for o in firms:
            out.add(f, "founded", o, sent, REL_FOUNDED_BY_PARSE)


def _position_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"resigned as CEO of Binance", "was named chief economist at Tarn"; a firm that is the verb's
    own argument: "X joined Tarn as CFO", "Tarn appointed X chief economist", "X was hired by Tarn
    as CEO", "Tarn promoted X to CEO", "X was promoted to CEO of Tarn"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as" or (c.dep_ in ("oprd", "attr") and lem in ("name", "appoint", "elect", "become")) \
                or c.dep_ == "prep" and c.lower_ == "to" and lem in RAISE_VERBS \
                or c.dep_ == "oprd" and lem in HIRE_VERBS or _named_in_title(ctx, c, lem):
            title_tok = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if title_tok is None or title_tok.lower_ not in TITLE_HEADS or _wished_for(title_tok):
                continue
            if lem not in LEAVE_VERBS and unasserted(tok):
                continue  # "X could be named CEO of Y", "X was not appointed chairman of Y"
            orgs = []
            for p in title_tok.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "at", "for"):
                    orgs += [k for q in p.children if q.dep_ == "pobj" for k in _np_keys(ctx, q)]
            if not orgs and not any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for", "on") for p in title_tok.children):
                orgs = _appointing_firms(ctx, tok, lem)  # not "Y named X head of the inquiry"
            if lem in APPOINT_VERBS and not _is_passive(tok):
                # "Y appointed X as CEO of Z": the one appointed holds it, not the one appointing
                people = [k for q in tok.children if q.dep_ in ("dobj", "oprd") for k in _np_keys(ctx, q)
                          if ctx.type_of(k) == "Person"]
            else:
                people = _subject_keys(ctx, tok) or [k for q in tok.children if q.dep_ == "nsubjpass"
                                                     for k in _np_keys(ctx, q)]
            named = _named_in_title(ctx, c, lem)
            if named:
                people = [named[0]]
            after = named[1] if named else -1
            title = " ".join(t.text for t in title_tok.subtree if after < t.i <= title_tok.i and t.dep_ != "det")
            status, start, end = _tenure(ctx, tok)
            for person in people:
                for org in orgs:
                    out.add(person, "holdsPosition", org, sent, REL_POSITION_BY_VERB, title=title, status=status,
                            start=start, end=end)


def _named_in_title(ctx: ArticleContext, c, lem: str) -> tuple[str, int] | None:
    """ "Tarn appointed X chief economist": the parse makes the name a modifier of the title, the
    object of the verb; the person named (and the last token of the name)."""
    if c.dep_ != "dobj" or lem not in APPOINT_VERBS - RAISE_VERBS or c.lower_ not in TITLE_HEADS:
        return None
    for m in c.children:
        if m.dep_ in ("compound", "nmod") and m.i < c.i and ctx.type_of(ctx.key(m)) == "Person":
            return ctx.key(m), m.i
    return None


def _appointing_firms(ctx: ArticleContext, tok, lem: str) -> list[str]:
    """The organisation a verb of appointment or joining names as its own argument, for a title
    with no "of"/"at" of its own: the object of "join" ("X joined Tarn as CFO"), else the subject
    of an active verb of appointing ("Tarn appointed X chief economist", "the board of Tarn elected
    X chairman") or the "by" agent of a passive one ("X was hired by Tarn as CEO")."""
    if lem == "join":
        cands = [c for c in tok.children if c.dep_ == "dobj"]
    elif lem in APPOINT_VERBS:
        cands = [q for c in tok.children if c.dep_ == "agent" for q in c.children if q.dep_ == "pobj"] \
            if _is_passive(tok) else [c for c in tok.children if c.dep_ == "nsubj"]
        # "the board of Tarn elected X": the board's organisation
        cands += [q for c in cands if c.lower_ in ("board", "shareholders", "directors", "investors")
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"]
    else:
        return []
    keys = [k for c in cands for k in _np_keys(ctx, c)]
    return [k for k in keys if ctx.type_of(k) in ORG_TYPES][:1]


# Verbs that give a post to the one they name ("hired X as CEO", "tapped X as chairman", "appointed X
# chief economist") and that raise one to it ("promoted X to CEO", "was elevated to chairman of Y").
HIRE_VERBS = {"hire", "tap", "pick", "choose", "select", "recruit"}
RAISE_VERBS = {"promote", "elevate"}
APPOINT_VERBS = {"name", "appoint", "elect", "install"} | HIRE_VERBS | RAISE_VERBS


# Bodies one has a seat on: "sits on the board of Y", "serves on the Senate Finance Committee".
SEAT_NOUNS = {"board", "committee", "council", "panel", "commission", "cabinet", "bench", "subcommittee"}
SEAT_VERBS = {"sit", "serve", "join"}
PARTY_VERBS = {"run", "stand", "elect", "re-elect", "reelect", "win", "contest", "represent", "defect"}
MEMBER_BODY_TYPES = {"GovernmentBody", "Organization", "PoliticalParty"}


def _is_seat_verb(ctx: ArticleContext, tok, lem: str) -> bool:
    return tok.pos_ in ("VERB", "AUX") and lem in SEAT_VERBS | PARTY_VERBS and bool(_seat_bodies(ctx, tok, lem))


def _seat_bodies(ctx: ArticleContext, tok, lem: str) -> list[str]:
    """The bodies a verb of sitting gives a seat on: a named board, committee or party ("sits on
    the Senate Finance Committee", "joined the Green Party"), or the organisation whose board or
    committee it names ("serves on the board of Y", "joined Y's board")."""
    if lem in PARTY_VERBS:
        # "ran on the Centre Party ticket", "was elected for the Centre Party", "won a seat for it"
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("seat", "seats")]
        nouns = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                 for p in c.children if p.dep_ == "pobj"]
        if lem == "represent":  # "X, who represents the Justice Party" (not "represents its voters")
            nouns += [c for c in tok.children if c.dep_ == "dobj" and (ctx.key(c) or c.lower_ == "party")]
        if lem == "defect":  # "X defected to the Green Rally"
            nouns += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
        parties = []
        for n in nouns:
            k = ctx.phrase_key(n, {"PoliticalParty"})
            if k is None and n.lower_ in ("ticket", "list", "slate"):
                k = next((ctx.key(c) for c in n.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                          and ctx.type_of(ctx.key(c)) == "PoliticalParty"), None)
            if ctx.type_of(k) == "PoliticalParty":
                parties.append(k)
        return parties
    nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and lem in ("sit", "serve")
             for p in c.children if p.dep_ == "pobj"]
    if lem == "join":
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
    bodies = []
    for n in nouns:
        k = ctx.phrase_key(n)
        if n.lower_ in SEAT_NOUNS and ctx.key(n) is None:
            # "the board of Y", "Y's board"
            owners = [ctx.key(c) for c in n.children if c.dep_ == "poss" and ctx.key(c)]
            owners += [q for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" for q in [ctx.phrase_key(p)] if q]
            bodies += [o for o in owners[:1] if ctx.type_of(o) in ORG_TYPES]
        elif k and ctx.type_of(k) in MEMBER_BODY_TYPES and (lem != "join" or ctx.type_of(k) != "GovernmentBody"
                                                             or n.lower_ in SEAT_NOUNS):
            bodies.append(k)
    return bodies


def _seat_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """ "X sits on the board of Y", "X, who serves on the Y Committee,", "X joined the Y party":
    X is a member of Y."""
    people = [k for k in _subject_keys(ctx, tok) if ctx.type_of(k) == "Person"]
    if not people and _is_passive(tok):  # "X was elected for the Centre Party"
        people = [k for c in tok.children if c.dep_ == "nsubjpass" for k in _np_keys(ctx, c)
                  if ctx.type_of(k) == "Person"]
    for body in _seat_bodies(ctx, tok, lem):
        for person in people:
            out.add(person, "memberOf", body, sent, REL_MEMBER_STATED)




def _held_firms(ctx: ArticleContext, tok) -> list[str]:
    """The firms a stake is held in: a named one ("a stake in Tarn"), or the named members of a
    group of firms ("stakes in a number of businesses including Tarn and Vell", "stakes in firms such as
    Tarn")."""
    keys = _np_keys(ctx, tok)
    if keys or tok.pos_ != "NOUN":
        return keys
    group = tok
    if group.lower_ not in FIRM_GROUP_NOUNS:  # "a variety of companies", "a number of firms"
        group = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" and p.lower_ in FIRM_GROUP_NOUNS), None)
    if group is None:
        return []
    members = []
    for c in group.children:
        if c.dep_ == "prep" and (c.lower_ in ("including", "like") or c.lower_ == "as" and any(
                g.lower_ == "such" for g in c.children)):
            members += [k for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)
                        if ctx.type_of(k) in ("Company", "MediaOutlet", "Organization")]
    return members


def _owns_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X owns Y", "X, which owns a 49% stake in Y", "X holds a stake in Y", "X acquired Y";
    passive: "Y, owned by X,", "Y, a unit controlled by X,", "Y was owned by X". Not when the clause
    does not assert it ("X never owned Y", "X denied it controls Y", "Did X buy Y?")."""
    if unasserted(tok):
        return
    if lem == "belong":  # "Y belongs to X": a firm that belongs to someone is owned by them
        owners = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]
        for k in _subject_keys(ctx, tok):
            for o in owners:
                if o != k and ctx.type_of(k) in ("Company", "MediaOutlet") and ctx.type_of(o) in ACTOR_TYPES:
                    out.add(o, "owns", k, sent, REL_OWNS_BY_PARSE)
                elif ctx.type_of(k) == "Person" and ctx.type_of(o) in MEMBER_BODY_TYPES:
                    out.add(k, "memberOf", o, sent, REL_MEMBER_STATED)  # "X belongs to the Green Party"
        return
    if lem in ("own", "control") and _is_passive(tok):
        owners, owned = _verb_args(ctx, tok)
        for o in owners:
            for k in owned:
                if k != o and ctx.type_of(k) in ("Company", "MediaOutlet", "Organization"):
                    out.add(o, "owns", k, sent, REL_OWNS_BY_PARSE)
        return
    owners = _subject_keys(ctx, tok)
    owned = []
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in STAKE_WORDS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                    owned += [k for q in p.children if q.dep_ == "pobj" for k in _held_firms(ctx, q)]
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "in":
                    owned += [k for q in p.children if q.dep_ == "pobj" for k in _held_firms(ctx, q)]
        elif lem in ("own", "control"):
            owned += _held_firms(ctx, c)
        elif lem in ("acquire", "buy") and _completed(tok):
            owned += [k for k in _np_keys(ctx, c) if ctx.type_of(k) in ("Company", "MediaOutlet")]
    if not owned and lem in ("acquire", "buy") and tok.dep_ == "relcl" and _completed(tok):
        # "Credit Suisse, which UBS acquired in June": the clause's antecedent is bought
        k = ctx.phrase_key(tok.head, {"Company", "MediaOutlet"})
        owned = [k] if k else []
        owners = [o for o in owners if o != k]
    for o in owners:
        for k in owned:
            out.add(o, "owns", k, sent, REL_OWNS_BY_PARSE)


HOLDING_NOUNS = {"stake", "stakes", "holding", "shareholding"}


def _owns_by_own_stake(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X may sell part of her stake in Y", "X said its holding in Y was worth $2 billion": a
    stake whose possessor is a pronoun is held by the subject of its clause. Not a whole stake
    sold ("X sold its stake in Y": no longer held)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("his", "her", "its", "their"):
        return
    owned = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)
             if ctx.type_of(k) in ("Company", "MediaOutlet", "Organization")]
    verb, part = tok.head, False
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        part = part or verb.lower_ in ("part", "some", "portion", "half", "most")
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) in SELL_VERBS and not part:
        return
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "X plans to sell part of his stake": the subject of "plans"
    owners = [k for k in ([ctx.key(poss)] if ctx.key(poss) else _subject_keys(ctx, verb))
              if ctx.type_of(k) in (("Person",) if poss.lower_ in ("his", "her") else ACTOR_TYPES)]
    for o in owners[:1]:
        for k in owned:
            if k != o:
                out.add(o, "owns", k, sent, REL_OWNS_BY_PARSE)


def _at_the_helm(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X took the helm at Y", "X, at the helm of Y since 2019,", "X will leave the helm of Y":
    X heads Y (leaving it, X held it)."""
    if any(lemma(t) in SUCCEED_VERBS for t in tok.doc[max(sent.start - 3, tok.i - 10):tok.i]):
        return  # "A will succeed B at the helm of Y": who leaves and who comes is _succession's
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ == "dobj":  # "took the helm at Y": the parse hangs "at" on the verb
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i]
    orgs = [k for c in preps if c.lower_ in ("at", "of")
            for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p) if ctx.type_of(k) in ORG_TYPES]
    if not orgs:
        return
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "at":
        head = head.head  # "X, at the helm of Y"
    if ctx.type_of(ctx.key(head)) == "Person":
        people, status = [ctx.key(head)], (None, None, None)
    else:
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        people = [k for k in _subject_keys(ctx, head) if ctx.type_of(k) == "Person"]
        status = _tenure(ctx, head)
        if lemma(head) == "take" and status == (None, None, None):
            status = ("incoming" if is_future(head) else None), None, None
    for person in people:
        out.add(person, "holdsPosition", orgs[0], sent, REL_POSITION_BY_VERB, title="head", status=status[0],
                start=status[1], end=status[2])


def _owns_by_unit_noun(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"Norbeck's Velora unit", "Norbeck's consumer unit, Velora,": the possessor owns the unit
    the noun names."""
    owner = next((ctx.key(c) for c in tok.children if c.dep_ == "poss" and ctx.key(c)), None)
    named = [ctx.key(c) for c in tok.children if c.dep_ in ("compound", "appos") and ctx.key(c)]
    named += [ctx.phrase_key(c) for c in tok.children if c.dep_ == "appos" and not ctx.key(c)
              and ctx.phrase_key(c)]
    for child in named:
        if owner and child != owner and ctx.type_of(owner) != "Place":
            out.add(owner, "owns", child, sent, REL_OWNS_BY_PARSE)


def _regulates_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X fined Y", "Tarn, which is regulated by the Conduct Authority", "Y, fined by X,"."""
    regulators, regulated = _verb_args(ctx, tok, preps=("into",))
    for s in regulators:
        for o in regulated:
            if not _only_a_modifier(ctx, o, tok):
                out.add(s, "regulates", o, sent, REL_REGULATES_BY_VERB)


# People who act for the country or body that modifies them ("U.S. officials accused Y": the US did)
AGENT_NOUNS = {"official", "officials", "leader", "leaders", "negotiator", "negotiators", "lawmaker", "lawmakers",
               "minister", "ministers", "authorities", "regulator", "regulators", "government", "diplomat",
               "diplomats", "spokesman", "spokeswoman", "spokesperson", "envoy", "president", "prosecutors",
               "prosecutor", "administration", "delegation", "side", "chief", "head", "lawyers", "investigators"}


def _only_a_modifier(ctx: ArticleContext, key: str, trigger) -> bool:
    """Whether, around `trigger`, an entity is written only as the modifier of a common noun that
    is the true party: "U.S. automakers accused Y", "criticism of U.S. trade deals", "charged a
    Tarn business unit" (the automakers, the deals, the unit; not "U.S. officials accused Y")."""
    span = [t for t in trigger.sent if ctx.key(t) == key and t.pos_ != "PRON"]  # its own name, not "its"
    if not span:
        return False
    for t in span:
        head = t
        while head.dep_ in ("compound", "flat") and ctx.key(head.head) == key and head.head.i != head.i:
            head = head.head
        noun = head.head
        if head.dep_ not in ("compound", "amod", "nmod") or noun.pos_ != "NOUN" or ctx.key(noun) is not None \
                or noun.lower_ in AGENT_NOUNS:
            return False
    return True


# What a firm pays a body it answers to, or what the payment settles: "pay a $3 million penalty to the
# SEC", "pay $2 million to the agency to settle the charges"; not "paid $5 million to the ministry in taxes".
PENALTY_WORDS = {"penalty", "fine", "disgorgement", "restitution", "damages", "forfeiture", "settlement",
                 "settle", "resolve", "charge", "allegation", "sanction", "violation"}


def _payees(ctx: ArticleContext, verb) -> list[str]:
    """Bodies named after "to" in a paying verb's phrase: "pay $2 million to the SEC and the CFTC",
    "pay fines totaling $9 million to the SEC, and a penalty to FINRA" (not in a clause of its own)."""
    keys = []
    for t in verb.subtree:
        if t.lower_ != "to" or t.dep_ not in ("prep", "dative"):
            continue
        h = t.head
        while h.i != verb.i and (h.pos_ not in ("VERB", "AUX") or h.dep_ == "acl"):
            h = h.head
        if h.i != verb.i:
            continue
        keys += [k for p in t.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)
                 if ctx.type_of(k) == "GovernmentBody"]
    return keys


def _pays_or_settles(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """A firm that pays a penalty to a body, or settles with it, answers to that body:
    "Tarn will pay fines of $23 million to the SEC and the CFTC", "Tarn agreed to pay a $3 million
    penalty to the agency", "Tarn settled with the Conduct Authority", "Tarn settled the SEC's charges"."""
    payers = _subject_keys(ctx, tok)
    if not payers:
        return
    bodies = []
    if lem == "pay":
        if not any(lemma(t) in PENALTY_WORDS for t in tok.subtree):
            return
        bodies = _payees(ctx, tok)
    else:  # settle
        bodies = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]
        for c in tok.children:  # "settled the SEC's charges", "settled charges brought by the agency"
            if c.dep_ == "dobj" and c.lower_ in REGULATE_NOUNS | {"allegations", "claims", "case"}:
                bodies += [ctx.key(g) for g in c.children if g.dep_ == "poss" and ctx.key(g)]
                bodies += [k for g in c.children if g.dep_ == "acl" for a in g.children if a.dep_ == "agent"
                           for p in a.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)]
        bodies = [k for k in bodies if ctx.type_of(k) == "GovernmentBody"]
    for body in dict.fromkeys(bodies):
        for payer in payers:
            out.add(body, "regulates", payer, sent, REL_PAYS_REGULATOR)


def _cracks_down(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X cracked down on Y"."""
    for s in _subject_keys(ctx, tok):
        for o in _object_keys(ctx, tok):
            out.add(s, "regulates", o, sent, REL_CRACKS_DOWN)


def _developed_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X developed Y", "Zerex, a drug Tarn developed"."""
    makers, objects = _verb_args(ctx, tok)
    from_antecedent = False
    if not objects and tok.dep_ == "relcl":
        # "Zerex, a drug Tarn developed": the noun the clause describes, or its anchor
        k = ctx.phrase_key(tok.head, {"Product"}) or (
            ctx.phrase_key(tok.head.head, {"Product"}) if tok.head.dep_ == "appos" else None)
        objects, from_antecedent = ([k] if k else []), True
    for s in makers:
        if from_antecedent and s == ctx.phrase_key(tok.head) and not _is_passive(tok):
            continue  # the relative pronoun's antecedent is the object here, not the maker
        for o in objects:
            out.add(s, "developed", o, sent, REL_DEVELOPED_BY_VERB)


# a part of a body whose head holds a post in the body: "heads the Paris office of Y" (not
# UNIT_NOUNS, below: "heads the bank of Y" is no post in Y)
HEADED_UNIT_NOUNS = {"office", "branch", "unit", "division", "arm", "operations", "bureau"}


def _board_of(ctx: ArticleContext, noun) -> str | None:
    """The firm whose board a noun names: "Tarn's board", "the board of Tarn" (who chairs it heads
    Tarn); also a body's local office or unit: "the Paris office of Y", "Y's Asian unit" (who heads
    it holds a post in Y)."""
    unit = noun.lower_ in HEADED_UNIT_NOUNS
    if (noun.lower_ not in ("board", "boards") and not unit) or ctx.key(noun) is not None:
        return None
    types = {"Company", "Organization", "MediaOutlet"} | ({"GovernmentBody"} if unit else set())
    for c in noun.children:
        if c.dep_ == "poss" and ctx.type_of(ctx.key(c)) in types:
            return ctx.key(c)
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                k = ctx.phrase_key(p, types) if p.dep_ == "pobj" else None
                if k:
                    return k
    return None


# participles that give a described thing its name: "a firm called X", "a fund known as Y"
NAMING_PARTICIPLES = {"call", "name", "dub", "know"}


def _named_by_participle(ctx: ArticleContext, noun) -> str | None:
    """The body a described noun is then named as: "heads a consulting firm called the Meridian
    Group", "runs a fund known as Birch Hill Partners" (the one run is the one named)."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ != "acl" or lemma(c) not in NAMING_PARTICIPLES:
            continue
        named = [x for x in c.children if x.dep_ in ("oprd", "attr", "dobj", "xcomp")]
        named += [p for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for p in x.children if p.dep_ == "pobj"]
        for x in named:
            k = ctx.phrase_key(x, ORG_TYPES)
            if k:
                return k
    return None


def _heads_by_verb(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X heads Y", "X, who runs Y", "Y, led by X,", "Y is headed by X", "the Y she leads"."""
    if _is_passive(tok):
        leaders, led = _verb_args(ctx, tok)
    else:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        gapped = tok.dep_ == "relcl" and (not objs or objs[0].lower_ in RELATIVE_PRONOUNS) and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)
        if gapped:
            # "the Unity Party she leads", "the fund that he runs": the clause's noun is what is led
            leaders = [k for c in tok.children if c.dep_ == "nsubj" for k in _np_keys(ctx, c)]
            led = [k for k in [ctx.phrase_key(tok.head, ORG_TYPES)] if k]
        else:
            leaders = (_successor_of_infinitive(ctx, tok) or _subject_keys(ctx, tok)) if objs else []
            led = [k for k in [ctx.phrase_key(objs[0], ORG_TYPES) or _board_of(ctx, objs[0])
                               or _named_by_participle(ctx, objs[0])] if k] if objs else []
            if objs and not led and tok.dep_ == "relcl":
                led = _named_after_relative_clause(ctx, tok)
    # "Y, previously headed by X,", "X, who once ran Y": a post held before
    status = "former" if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once")
                             for c in tok.children) else None
    for org in [k for k in led if ctx.type_of(k) in ORG_TYPES][:1]:
        for s in leaders:
            if ctx.type_of(s) == "Person":
                title = HEAD_VERBS[lem]
                if ctx.type_of(org) == "PoliticalParty":
                    title = "leader"
                out.add(s, "holdsPosition", org, sent, REL_POSITION_BY_HEAD_VERB, title=title, status=status)


def _named_after_relative_clause(ctx: ArticleContext, verb) -> list[str]:
    """ "X, who heads an association of Czech exporters, Exportcom, says": the body the clause
    describes, named right after it (the parser hangs the name on X)."""
    end = max(t.i for t in verb.subtree)
    doc = verb.doc
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    types = ORG_TYPES - {"GovernmentBody"}
    # (or hung inside the clause, on its last noun: "... of Czech glassmakers, Sklo Union,")
    keys = [k for k in [_name_set_off_after(ctx, end, (verb.head,), types)] if k]
    keys += [k for a in verb.subtree if a.dep_ == "appos" and a.i > verb.i and a.right_edge.i == end
             and doc[a.left_edge.i - 1].text == "," for k in [ctx.key(a)] if k and ctx.type_of(k) in types]
    inside = {k for t in verb.subtree if t.i > verb.i for k in [ctx.key(t)] if k and ctx.type_of(k) in ORG_TYPES}
    return keys[:1] if len(inside - set(keys[:1])) == 0 else []


# Verbs that put someone in charge through an infinitive: "was chosen to head Y", "named X to
# lead Y", "will move to run Y", "is set to chair Y" (not "wants to lead Y", "vowed to lead Y").
CHARGE_VERBS = {"name", "appoint", "choose", "pick", "select", "tap", "nominate", "elect", "hire", "move", "set",
                "promote", "return", "draft", "install", "designate"}


def _put_in_charge(tok) -> bool:
    return tok.dep_ == "xcomp" and lemma(tok.head) in CHARGE_VERBS and not any(
        c.dep_ == "neg" for c in tok.head.children)


def _developed_possessive(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """ORG's [AI] model PRODUCT / ORG's PRODUCT model."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss:
        owner = ctx.key(poss[0])
        prod = ctx.phrase_key(tok, {"Product"})
        if owner and prod:
            out.add(owner, "developed", prod, sent, REL_DEVELOPED_POSSESSIVE)


def _maker_of(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X, the maker of the Velo X2,", "X is the developer of Y": the maker named by the noun
    (its appositive anchor or the copula's subject) developed the product after "of"."""
    products = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for k in _np_keys(ctx, p) if ctx.type_of(k) == "Product"]
    if not products:
        return
    for maker in _title_people(ctx, tok, ORG_TYPES - {"GovernmentBody"}):
        for k in products:
            out.add(maker, "developed", k, sent, REL_DEVELOPED_BY_VERB)


def _home_to(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"Denmark is home to the shipping group Maersk", "Basel, home to Roche and Novartis,": the bodies a
    place is home to are in it (not the people: "home to 2 million people" names none)."""
    if tok.dep_ == "attr" and lemma(tok.head) == "be":
        places = [k for c in tok.head.children if c.dep_ == "nsubj" for k in _np_keys(ctx, c) if ctx.type_of(k) == "Place"]
    else:
        k = ctx.key(tok.head)
        places = [k] if k and ctx.type_of(k) == "Place" else []
    homed = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
             for k in _np_keys(ctx, p) if ctx.type_of(k) in ORG_TYPES - {"GovernmentBody"}]
    for place in places:
        for k in homed:
            if k != place:
                out.add(k, "locatedIn", place, sent, REL_IN_PLACE)


# a body's rotating office and the title of whoever holds it ("holds the EU presidency")
ROTATING_OFFICES = {"presidency": "president", "chairmanship": "chair"}


def _holds_a_bodys_office(ctx: ArticleContext, tok, lem: str) -> bool:
    return tok.pos_ == "VERB" and lem == "hold" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in ROTATING_OFFICES for c in tok.children)


def _bodys_office_held(ctx: ArticleContext, tok, lem: str, sent, out: _Collector) -> None:
    """"X, who holds the rotating EU presidency", "Britain, which holds the presidency of the Group
    of Eight": a person holding a body's rotating office holds a post of the body; a country
    holding it is one of the body's members."""
    if unasserted(tok):
        return
    office = next(c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ in ROTATING_OFFICES)
    bodies = [k for c in office.children if c.dep_ in ("compound", "nmod", "amod") for k in [ctx.key(c)]
              if ctx.type_of(k) in ORG_TYPES]
    bodies += [k for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" for k in [ctx.phrase_key(p)] if ctx.type_of(k) in ORG_TYPES]
    holders = _subject_keys(ctx, tok)
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in tok.children):
        # "Prime Minister X of Britain, which holds ...": "which" is the country, not the person
        holders = [k for t in tok.head.subtree if t.i < tok.i for k in [ctx.key(t)] if k and ctx.is_country(k)][-1:] \
            or [k for k in holders if ctx.type_of(k) != "Person"]
    for holder in holders:
        for body in bodies:
            if ctx.type_of(holder) == "Person":
                out.add(holder, "holdsPosition", body, sent, REL_POSITION_BY_VERB, title=ROTATING_OFFICES[office.lower_])
            elif ctx.is_country(holder):
                out.add(holder, "memberOf", body, sent, REL_MEMBER_STATED)


# (kind of word, step that reads it), tried in order; a word is read by the first that fits.
_WORD_STEPS = (
    (_is_founding_verb, _founded_by_verb),
    (_holds_a_bodys_office, _bodys_office_held),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in OFFICE_VERBS | HIRE_VERBS | RAISE_VERBS, _position_by_verb),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in OWN_VERBS, _owns_by_verb),
    (lambda ctx, tok, lem: tok.pos_ == "NOUN" and tok.lower_ in OWN_NOUNS - {"parent"} and ctx.key(tok) is None,
     _owns_by_unit_noun),
    (lambda ctx, tok, lem: tok.pos_ == "NOUN" and tok.lower_ in HOLDING_NOUNS, _owns_by_own_stake),
    (lambda ctx, tok, lem: tok.lower_ == "helm", _at_the_helm),
    (lambda ctx, tok, lem: tok.pos_ == "NOUN" and tok.lower_ in MAKER_NOUNS and ctx.key(tok) is None, _maker_of),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in REGULATE_VERBS, _regulates_by_verb),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in ("pay", "settle"), _pays_or_settles),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem == "crack" and any(c.lower_ == "down" for c in tok.children),
     _cracks_down),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in DEVELOP_VERBS, _developed_by_verb),
    (lambda ctx, tok, lem: tok.pos_ == "VERB" and lem in HEAD_VERBS and (
        tok.dep_ in ("ROOT", "relcl", "conj", "ccomp") or _is_passive(tok) or _put_in_charge(tok)), _heads_by_verb),
    (lambda ctx, tok, lem: tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in PRODUCT_WORDS, _developed_possessive),
    (lambda ctx, tok, lem: tok.lower_ == "home" and tok.dep_ in ("attr", "appos", "advmod"), _home_to),
)


# --- positions from the dependency tree ----------------------------------------------------------
# A title noun links a person and an organisation through the parse, whatever the word order:
# the person is the noun's appositive, the name it modifies or the subject of a copula; the
# organisation its possessor, a name compounded with it or the object of of/at/for.

JOB_NOUNS = TITLE_HEADS | FOUNDER_WORDS | {"lawyer", "negotiator", "banker", "diplomat", "regulator", "vice-chairman",
                           "vice-chair", "deputy", "head", "boss", "trader", "spokesperson", "aide"}
COPULAS = {"be", "become", "remain", "serve", "stay"}
OWNER_NOUNS = {"owner", "co-owner", "shareholder", "stakeholder", "parent"}
OWNER_PLURALS = {"owners", "co-owners", "shareholders", "stakeholders"}


def _one_of_the_owners(ctx: ArticleContext, sent, out: _Collector) -> None:
    """ "One of Y's biggest shareholders is X", "X is one of the largest shareholders in Y": one
    of a firm's owners named is an owner of it."""
    for t in sent:
        if t.lower_ not in OWNER_PLURALS or t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lower_ != "one":
            continue
        one = t.head.head
        owned = [k for c in t.children if c.dep_ == "poss" for k in [ctx.key(c)] if k] or [
            k for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for p in c.children if p.dep_ == "pobj" for k in [ctx.key(p)] if k]
        owned = [k for k in owned if ctx.type_of(k) in ("Company", "MediaOutlet", "Organization")]
        if one.dep_ == "attr" and lemma(one.head) == "be":
            owners = _subject_keys(ctx, one.head)
        elif one.dep_ == "nsubj" and lemma(one.head) == "be":
            owners = [k for c in one.head.children if c.dep_ == "attr" for k in _np_keys(ctx, c)]
        else:
            owners = []
        for o in owners:
            if ctx.type_of(o) in ACTOR_TYPES:
                for k in owned[:1]:
                    out.add(o, "owns", k, sent, REL_OWNER_BY_TITLE)

# Nouns that stand between a title and its organisation: "head of the New York office of X".
UNIT_NOUNS = {"office", "unit", "division", "branch", "arm", "department", "bureau", "operations", "business",
              "subsidiary", "company", "firm", "group", "bank", "institute", "team", "desk"}
EMPLOY_VERBS = {"employ", "hire", "retain", "engage"}


LEAVE_VERBS = {"resign", "step", "retire", "quit", "leave", "depart", "oust", "fire", "sack", "dismiss", "remove"}
JOIN_VERBS = {"name", "appoint", "elect", "install", "hire", "nominate", "promote", "join", "become", "take"}


def _tenure(ctx: ArticleContext, verb) -> tuple[str | None, str | None, str | None]:
    """(status, start, end) a verb of taking up or leaving a post gives: "resigned as CEO on
    Monday" -> ("former", None, that Monday); "was appointed chairman in 2019" -> (None, "2019",
    None); "will step down as CEO" -> ("outgoing", None, None)."""
    lem = lemma(verb)
    if lem not in LEAVE_VERBS | JOIN_VERBS or lem == "step" and not any(c.lower_ == "down" for c in verb.children):
        return None, None, None
    future = is_future(verb)
    when = _clause_date(ctx, verb, future)
    if lem in LEAVE_VERBS:
        return ("outgoing" if future else "former"), None, when
    return ("incoming" if future else None), when, None


LEAVE_OBJECT_VERBS = {"oust", "fire", "sack", "dismiss", "remove"}  # the one who leaves is the object
JOIN_SUBJECT_VERBS = {"become", "join", "take"}  # "became CEO", "joined X as CEO", "took over as CEO"


def _tenure_of_title(ctx: ArticleContext, t) -> tuple[str | None, str | None, str | None]:
    """The tenure a title noun's clause gives: the verb governing the title (or the person it is
    said of) when it is one of taking up or leaving a post, with the holder in the right place:
    "X resigned as CEO", "X, the CEO of Y, resigned on Monday", "Y named X its CEO"."""
    tok = _as_of_title(t) or t
    for _ in range(4):
        verb = tok.head
        if verb.i == tok.i:
            return None, None, None
        if verb.pos_ in ("VERB", "AUX"):
            break
        tok = verb
    else:
        return None, None, None
    lem, role = lemma(verb), tok.dep_
    if role == "prep":  # "resigned as CEO": the title is the object of "as"
        role = "as"
    if lem in LEAVE_OBJECT_VERBS:
        fits = role in ("nsubjpass", "dobj", "as")
    elif lem in LEAVE_VERBS:
        fits = role in ("nsubj", "as")
    elif lem in JOIN_SUBJECT_VERBS:
        fits = role in ("nsubj", "as", "attr", "oprd")
    elif lem in JOIN_VERBS:
        fits = role in ("nsubjpass", "dobj", "oprd", "xcomp", "as", "attr")
    else:
        fits = False
    return _tenure(ctx, verb) if fits else (None, None, None)


def _clause_date(ctx: ArticleContext, verb, future: bool) -> str | None:
    """The date cue among the verb's own words and modifiers ("on Monday", "in March 2019")."""
    if ctx.article.published is None:
        return None
    for c in verb.children:
        if c.dep_ in ("prep", "npadvmod", "advmod", "nmod") and c.i != verb.i:
            span = ctx.doc[c.left_edge.i:c.right_edge.i + 1]
            cues = find_date_cues(span.text, ctx.article.published, future)
            if cues:
                return cues[0].iso
    return None


def _title_people(ctx: ArticleContext, t, kinds: set[str] = frozenset({"Person"})) -> list[str]:
    """Who holds title noun `t` (people; for "owner", "parent", "shareholder" any actor)."""
    people = []
    head = t.head
    if head.i == t.i - 2 and _hyphened_title(t):
        people += _title_people(ctx, head, kinds)  # "X, the secretary-general of Y" read as "secretary" + "general"
    if t.dep_ == "appos" and ctx.type_of(ctx.key(head)) in kinds:
        people.append(ctx.key(head))
    one = head.head if t.dep_ == "pobj" and head.lower_ == "of" else None
    if one is not None and one.lower_ == "one" and one.dep_ == "appos" and ctx.type_of(ctx.key(one.head)) in kinds:
        people.append(ctx.key(one.head))  # "X, one of the founders of Y", "X, one of Y's directors"
    if t.dep_ == "compound" and ctx.type_of(ctx.key(head)) in kinds and head.i > t.i and not any(
            ctx.type_of(ctx.key(x)) == "Person" and ctx.key(x) != ctx.key(head) for x in t.doc[t.i + 1:head.i]):
        # (not across another person: "Fed Chairman A and Treasury Secretary B" gives B no chair)
        people.append(ctx.key(head))
    for c in t.children:
        if c.dep_ == "appos" and c.i > t.i:
            # "its co-founders, Ana Ruiz and Ivo Pelt": each conjunct holds the title; not one
            # written with a title of its own ("Tarn's chairman A and Kelso chairman B")
            titled = {k for x in c.conjuncts if x.i > c.i and (_has_own_title(x) or x.lower_ in TITLE_HEADS)
                      for k in ([ctx.key(x)] if _has_own_title(x) else _np_keys(ctx, x))} - {ctx.key(c)}
            people += [k for k in _np_keys(ctx, c) if ctx.type_of(k) in kinds and k not in titled]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            # "the founders of Tarn, A and B," (the small model makes the names conjuncts of the firm)
            for p in c.children:
                names = [x for x in p.conjuncts if x.i > p.i and x.dep_ == "conj"]
                last = max((x.right_edge.i for x in names), default=len(t.doc))
                # (set off by commas on both sides: "the heads of Tarn, Kelso and Velo met" lists firms)
                if p.dep_ == "pobj" and p.i + 1 < len(t.doc) and t.doc[p.i + 1].text == "," and last + 1 < len(t.doc) \
                        and t.doc[last + 1].text == "," and ctx.type_of(ctx.key(p)) not in (None, "Person"):
                    people += [k for x in names for k in _np_keys(ctx, x) if ctx.type_of(k) in kinds]
                # "the governor of Kenya's central bank, X,": the parser may hang the holder on the body
                if p.dep_ == "pobj" and ctx.type_of(ctx.key(p)) in ("GovernmentBody", "Company", "Organization") \
                        and not any(c2.dep_ == "appos" and c2.i > t.i for c2 in t.children):
                    people += [k for a in p.children if a.dep_ == "appos" and a.i > p.i and t.doc[a.left_edge.i - 1].text == ","
                               for k in [ctx.key(a)] if k and ctx.type_of(k) == "Person" and "Person" in kinds]
    if t.dep_ in ("attr", "oprd") and lemma(head) in COPULAS and head.dep_ == "xcomp" \
            and lemma(head.head) in JOIN_VERBS - COPULAS and not any(c.dep_ == "nsubj" for c in head.children):
        # "Y appointed X to be its next governor": the one appointed is, not the appointer
        people += [k for c in head.head.children if c.dep_ in ("dobj", "nsubjpass") for k in _np_keys(ctx, c)
                   if ctx.type_of(k) in kinds]
    elif t.dep_ in ("attr", "oprd") and lemma(head) in COPULAS:
        people += [k for k in _subject_keys(ctx, head) if ctx.type_of(k) in kinds]
    if t.dep_ == "nsubj" and lemma(head) == "be":
        # "The new finance minister is X": the title as subject, the holder after the copula
        people += [k for c in head.children if c.dep_ == "attr" for k in _np_keys(ctx, c) if ctx.type_of(k) in kinds]
    if t.dep_ in ("oprd", "xcomp", "attr") and lemma(head) in JOIN_VERBS - COPULAS:
        # "named her chief executive", "was elected chairman"
        people += [k for c in head.children if c.dep_ in ("dobj", "nsubjpass") for k in _np_keys(ctx, c)
                   if ctx.type_of(k) == "Person"]
        if not people and t.dep_ == "oprd":
            # "Tarn named Ana Ruiz chief executive", the name read as a modifier of the title
            people += [ctx.key(c) for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i
                       and ctx.type_of(ctx.key(c)) == "Person"]
    if t.dep_ in ("advcl", "dep", "npadvmod", "nsubj") and head.pos_ in ("VERB", "AUX") and t.left_edge.is_sent_start \
            and t.right_edge.i + 1 < head.i and t.doc[t.right_edge.i + 1].text == ",":
        # "A member of the Green Rally, X took the oath": a description set before the subject
        people += [k for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > t.right_edge.i
                   for k in _np_keys(ctx, c) if ctx.type_of(k) in kinds]
    as_prep = _as_of_title(t)
    noun = _appointment_noun_before(as_prep)
    if noun is not None and noun.i != as_prep.head.i:
        # "after X's re-election as president", the "as" hung on the verb: the noun before it
        people += _holder_before_as(ctx, noun)
    elif as_prep is not None and as_prep.head.pos_ in ("VERB", "AUX"):
        verb = as_prep.head
        # "X named Y as its CEO": the one named, not the namer, holds the title
        appoints = lemma(verb) in JOIN_VERBS - COPULAS - {"join", "take"} and not _is_passive(verb)
        named = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd") for k in _np_keys(ctx, c)
                 if ctx.type_of(k) == "Person"] if lemma(verb) in JOIN_VERBS - COPULAS - {"join"} else []
        if not named and lemma(verb) not in JOIN_VERBS | SUCCEED_VERBS:
            # "the council confirmed X as chairman of Y", "Tarn chose X as its CEO": whatever the
            # verb, a person it acts on takes the title written after "as"
            named = [k for c in verb.children if c.dep_ == "dobj" for k in _np_keys(ctx, c)
                     if ctx.type_of(k) == "Person"]
        if lemma(verb) in SUCCEED_VERBS and not named:
            # "A named X to replace Y as CEO": X, not A
            named = _successor_of_infinitive(ctx, verb) or []
        if not appoints and not named:
            named = [k for k in _subject_keys(ctx, verb) or
                     [k for c in verb.children if c.dep_ == "nsubjpass" for k in _np_keys(ctx, c)]
                     if ctx.type_of(k) == "Person"]
        people += named
    elif as_prep is not None:
        people += _holder_before_as(ctx, as_prep.head)
    return list(dict.fromkeys(people))


def _has_own_title(name) -> bool:
    """Whether a name token carries a title noun of its own before it ("Kelso chairman B")."""
    return any(x.dep_ == "compound" and x.i < name.i and x.lower_ in TITLE_HEADS for x in name.children)


APPOINTMENT_NOUNS = {"appointment", "nomination", "election", "confirmation", "selection", "choice", "promotion",
                     "reappointment", "re-election", "reelection", "elevation", "installation", "designation"}


ELECTION_NOUNS = {"election", "runoff", "run-off", "vote", "race", "poll", "ballot"}
FUTURE_AUX = {"will", "would", "should", "could", "might", "may", "shall", "'ll"}


def _election_winners(ctx: ArticleContext, sent, out: _Collector) -> None:
    """PERSON won [COUNTRY's] presidential election | the presidency: the winner holds the
    country's presidency ("X won Sunday's presidential election in Y", "X, who won the
    presidential runoff, ..."). The country is the one the election phrase names, else the one
    the gazetteer knows for X, else the one country of the sentence, else the article's. Not a
    win only hoped for, expected or denied ("hopes to win", "is expected to win", "will win"),
    nor a round of it ("won the first round of the presidential election")."""
    for e in sent:
        if e.dep_ != "dobj" or lemma(e.head) not in WIN_VERBS or ctx.in_quote(e.idx):
            continue
        if not (e.lower_ == "presidency" or lemma(e) in ELECTION_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ == "presidential" for c in e.children)):
            continue
        verb = e.head
        if unasserted(verb) or verb.dep_ == "xcomp" or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children):
            continue  # "hopes to win", "is expected to win", "will win"
        people = [k for k in _subject_keys(ctx, verb) if ctx.type_of(k) == "Person"] or [
            # "The opposition candidate, X, won ...": the subject's appositive name
            k for c in verb.children if c.dep_ == "nsubj" for a in c.subtree if a.dep_ == "appos"
            for k in _np_keys(ctx, a) if ctx.type_of(k) == "Person"]
        if len(people) != 1:
            continue
        named = [k for tok in e.subtree if (k := ctx.key(tok)) and ctx.is_country(k)]
        country = named[0] if len(set(named)) == 1 else None
        if country is None and not named:
            known, country = _known_country(ctx, people[0])
            if not known:
                here = list(dict.fromkeys(k for tok in sent if (k := ctx.key(tok)) and ctx.is_country(k)))
                country = here[0] if len(here) == 1 else None if here else _article_country(ctx)
        if country:
            out.add(people[0], "holdsPosition", country, sent, REL_HOLDER_FROM_CONTEXT, title="president")


def _appointment_noun_before(as_prep):
    """The appointment noun just before a title's "as" ("X's election as", "re-election as"),
    whatever the small model hung the "as" on."""
    if as_prep is None or as_prep.i == 0:
        return None
    prev = as_prep.doc[as_prep.i - 1]
    pre = _hyphen_prefix(prev)
    if prev.pos_ == "NOUN" and (prev.lower_ in APPOINTMENT_NOUNS
                                or pre is not None and f"{pre.lower_}-{prev.lower_}" in APPOINTMENT_NOUNS):
        return prev
    return None


def _holder_before_as(ctx: ArticleContext, head) -> list[str]:
    """The person an "as" hung on a noun gives a title to: the noun itself ("the appointees are X
    as head of Y"), its possessor ("X's tenure as chairman") or the person after "of" in an
    appointment noun ("the appointment of X as chief executive of Y"). Not the one replaced
    in "A replaced B as CEO" (see _succession)."""
    if head.dep_ == "dobj" and lemma(head.head) in SUCCEED_VERBS:
        return []
    k = ctx.key(head)
    if k is not None:
        return [k] if ctx.type_of(k) == "Person" else []
    if head.pos_ != "NOUN":
        return []
    found = [ctx.key(c) for c in _children_and_prefix(head) if c.dep_ == "poss"]
    pre = _hyphen_prefix(head)
    if head.lower_ in APPOINTMENT_NOUNS or pre is not None and f"{pre.lower_}-{head.lower_}" in APPOINTMENT_NOUNS:
        found += [k for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for q in c.children if q.dep_ == "pobj" for k in _np_keys(ctx, q)]
    return [k for k in found if k and ctx.type_of(k) == "Person"]


# Verbs of wanting a post one does not hold: "wants to be chairman", "hopes to become prime minister",
# "is vying to be CEO", "ran for president".
DESIRE_VERBS = {"want", "hope", "seek", "aim", "try", "vie", "aspire", "wish", "intend", "plan", "campaign",
                "strive", "compete", "bid", "covet", "eye", "dream"}


def _title_unasserted(t) -> bool:
    """`unasserted` for the verb a title noun is the complement of: "X was not named chairman of
    Y", "X might become CEO of Y" (not an appositive title: "X, chairman of Y, did not comment")."""
    tok = t
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "as":
            tok = tok.head
        if tok.dep_ not in ("attr", "oprd", "prep") or tok.head.i == tok.i:
            return False
        if tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            if tok.dep_ == "prep" and tok.i < verb.i:
                return False  # "As chairman of Y, X could not ...": a post held, whatever the clause says
            return lemma(verb) not in LEAVE_VERBS and unasserted(verb)
        tok = tok.head
    return False


def _wished_for(t) -> bool:
    """Whether title noun `t` names a post its clause's subject only wants: "X wants to be
    chairman of Y", "X is seeking to become Y's CEO", "X will run for president"."""
    tok = t
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or lemma(head) in LEAVE_VERBS | {"remain", "stay", "continue", "keep", "retain"}:
            return False  # "X plans to step down as chairman", "hopes to remain CEO": the post is held
        if lemma(head) in DESIRE_VERBS and tok.dep_ in ("xcomp", "prep", "attr", "oprd", "dobj", "advcl"):
            return True
        if lemma(head) in DESIRE_VERBS and tok.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True  # "X wants Y to replace Z as CEO"
        if lemma(head) == "run" and tok.dep_ == "prep" and tok.lower_ == "for":
            return True
        if tok is not t and tok.dep_ in ("relcl", "ccomp", "conj", "appos", "acl", "nsubj", "nsubjpass"):
            return False
        tok = head
    return False


def _as_of_title(t):
    """The "as" a title noun is the object of: "resigned as CEO", and "named X as acting CEO",
    where the small model reads "acting" as a verb whose object is the title."""
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "as":
        return head
    if t.dep_ == "dobj" and head.lower_ in ("acting", "interim") and head.dep_ == "pcomp" and head.head.lower_ == "as":
        return head.head
    return None


def _appointing_organisation(ctx: ArticleContext, t) -> str | None:
    """ "Tarn named Ana Ruiz chief executive", "Tarn appointed her as CEO": the organisation
    that appoints someone to a title with no organisation of its own."""
    as_prep = _as_of_title(t)
    verb = as_prep.head if as_prep is not None else t.head
    if lemma(verb) in SUCCEED_VERBS and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head  # "Tarn chose Ana Ruiz to succeed Ivo Pelt as CEO"
        if lemma(verb) not in JOIN_VERBS and any(c.dep_ in ("dobj", "oprd") for c in verb.children):
            return next((k for k in _subject_keys(ctx, verb) if ctx.type_of(k) in ORG_TYPES), None)
    if verb.pos_ in ("VERB", "AUX") and (lemma(verb) in JOIN_VERBS | SUCCEED_VERBS | {"remain"}) and (
            _is_passive(verb) or lemma(verb) in SUCCEED_VERBS | {"become", "remain", "take", "join"}):
        announcer = _announcing_firm(ctx, verb)
        if announcer:
            return announcer  # "X was named CEO, Tarn said", "Tarn said X would become CEO"
    if verb.pos_ != "VERB" or lemma(verb) not in JOIN_VERBS - COPULAS - {"join", "take"} or _is_passive(verb):
        return None
    orgs = [k for k in _subject_keys(ctx, verb) if ctx.type_of(k) in ORG_TYPES]
    return orgs[0] if orgs else None


ANNOUNCE_VERBS = {"say", "announce", "confirm", "state", "disclose"}


def _announcing_firm(ctx: ArticleContext, verb) -> str | None:
    """The one firm that reports an appointment in a clause of its statement: "X was named chief
    executive, Tarn said", "Tarn said X would become CEO", "Tarn announced that X will succeed Y as CEO"."""
    if verb.dep_ != "ccomp" or lemma(verb.head) not in ANNOUNCE_VERBS:
        return None
    firms = [k for k in _subject_keys(ctx, verb.head) if ctx.type_of(k) in AFFILIATION_TYPES]
    return firms[0] if len(firms) == 1 else None


def _org_of_np(ctx: ArticleContext, tok, types: set[str], depth: int = 0) -> str | None:
    """The organisation a noun phrase names: its own name, a name compounded or in apposition
    with it, else through a unit noun ("the New York office of X", "its Paris branch")."""
    k = ctx.phrase_key(tok, types)
    if k and _is_place_office(ctx, k) and depth < 2:
        # "the New York Office of the FBI" (named as a body of its own): the body it is an office of
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    parent = _org_of_np(ctx, p, types, depth + 1) if p.dep_ == "pobj" else None
                    if parent and parent != k:
                        return parent
    if k and ctx.type_of(k) in ("Company", "Organization"):
        # "Vice President of Research and Development at Tarn": the department named in the title
        # is held at the body after "at"
        doc, j = tok.doc, tok.i
        while j + 1 < len(doc) and ctx.key(doc[j + 1]) == k:
            j += 1
        if j + 2 < len(doc) and doc[j + 1].lower_ == "at":
            after = doc[j + 3] if doc[j + 2].lower_ == "the" and j + 3 < len(doc) else doc[j + 2]
            held = ctx.key(after)
            if held and held != k and ctx.type_of(held) in types:
                return held
    if k:
        return k
    if depth >= 2:
        return None
    if tok.lower_ not in UNIT_NOUNS | JOB_NOUNS:
        # "professor of economics at X", "fellow for trade policy at X": the field the title
        # names, then where it is held
        if tok.pos_ != "NOUN" or ctx.key(tok) is not None:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "at":
                for p in c.children:
                    if p.dep_ == "pobj":
                        k = ctx.phrase_key(p, types)
                        if k:
                            return k
        return None
    for c in tok.children:
        if c.dep_ == "poss" and ctx.type_of(ctx.key(c)) in types:
            return ctx.key(c)
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            for p in c.children:
                if p.dep_ == "pobj":
                    k = _org_of_np(ctx, p, types, depth + 1)
                    if k:
                        return k
    return None


def _relative_holder(ctx: ArticleContext, t, types: set[str]) -> str | None:
    """The noun a relative clause describes, when the clause gives title `t` there: "Y, whose
    chief executive is X", "Y, whose chairman X resigned", "Y, where X is chairman"."""
    clause = None
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children):
        clause = t
        for _ in range(3):
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            clause = clause.head
    elif t.dep_ in ("attr", "oprd") and t.head.dep_ == "relcl" and any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in t.head.children):
        clause = t.head
    if clause is None or clause.dep_ != "relcl":
        return None
    k = ctx.phrase_key(clause.head, types)
    return k if ctx.type_of(k) in types else None


def _qualified_by_common_noun(t) -> bool:
    """A title noun qualified by a common noun that is no portfolio ("opposition leader", "union
    chief", "army commander"): held in what the noun names, not in the country of a demonym before it."""
    portfolios = PORTFOLIO_WORDS if t.lower_ == "minister" else PORTFOLIOS
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and c.pos_ == "NOUN" and c.text.islower()
               and c.lower_ not in TITLE_MODIFIERS and c.lower_ not in portfolios for c in t.children)


HYPHEN_PREFIXES = {"co", "re", "vice"}


def _hyphen_prefix(t):
    """The prefix the small model splits off a hyphened noun ("co-director", "re-election"),
    when it hangs apart from the noun: it may take the noun's possessor ("the SEC's co-director",
    "X's re-election")."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ \
            and not doc[t.i - 2].whitespace_ and doc[t.i - 2].lower_ in HYPHEN_PREFIXES \
            and doc[t.i - 2].head.i != t.i:
        return doc[t.i - 2]
    return None


def _children_and_prefix(t) -> list:
    """`t`'s children, with the possessor and determiner of its split-off hyphen prefix."""
    pre = _hyphen_prefix(t)
    extra = [c for c in pre.children if c.dep_ == "poss"] if pre is not None else []
    return [*extra, *t.children]


def _name_right_before_title(ctx: ArticleContext, c, t) -> bool:
    """ "as Tarn Mining chief executive": a name the parser hung on a title of two words as nmod
    (not compound) is where the title is held when it is one name ending right before the title's
    own modifiers ("chief"), with nothing else of the sentence inside it."""
    if c.i > t.i or ctx.key(c) is None:
        return False
    span = [w for w in c.subtree]
    if any(ctx.key(w) != ctx.key(c) for w in span):
        return False  # "European Commission president X and European Council president Y"
    between = range(c.right_edge.i + 1, t.i)
    return all(t.doc[i].head.i == t.i and t.doc[i].dep_ in ("amod", "compound") and ctx.key(t.doc[i]) is None
               for i in between)


def _title_orgs(ctx: ArticleContext, t, types: set[str]) -> list[str]:
    """Where title noun `t` is held, among entities of `types`."""
    orgs = [k for k in [_relative_holder(ctx, t, types)] if k]
    if t.i > 0 and t.dep_ == "compound":
        # "European Commission President X": the parser hangs the body and the title on the name apart
        j = t.i - 1
        while j > 0 and t.doc[j].lower_ in TITLE_MODIFIERS and ctx.key(t.doc[j]) is None:
            j -= 1  # "... Vice President X"
        prev = t.doc[j]
        k = ctx.key(prev)
        if k and ctx.type_of(k) in types and prev.dep_ == "compound" and prev.head.i == t.head.i:
            orgs.append(k)
    for c in _children_and_prefix(t):
        if c.dep_ == "poss":
            k = ctx.key(c)
            if ctx.type_of(k) in types:
                orgs.append(k)
        elif c.dep_ == "compound" and c.i < t.i or c.dep_ == "nmod" and _name_right_before_title(ctx, c, t):
            for sub in c.subtree:
                k = ctx.key(sub)
                if ctx.type_of(k) in types:
                    orgs.append(k)
                    break
        if c.dep_ in ("amod", "compound") and c.i < t.i and "Place" in types and not _qualified_by_common_noun(t):
            # "Chilean trade minister", "British Cabinet minister"; not "Chilean opposition leader"
            for sub in c.subtree:
                if sub.lower_ in DEMONYMS and sub.dep_ in ("amod", "compound"):
                    k = ctx.country_of_demonym(sub.lower_)
                    if ctx.type_of(k) == "Place":
                        orgs.append(k)
        elif c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "in") and c.i > t.i:
            for p in c.children:
                if c.lower_ == "in" and "Place" not in types and p.lower_ not in UNIT_NOUNS - {"company", "firm"} \
                        and not (c.i == t.i + 1 and ctx.type_of(ctx.phrase_key(p)) == "GovernmentBody"):
                    continue  # "a trader in London"; but "a manager in Tarn's trading unit", "an official in the Treasury"
                if p.dep_ == "pobj":
                    k = _org_of_np(ctx, p, types)
                    if k:
                        orgs.append(k)
        elif c.dep_ == "acl" and lemma(c) in EMPLOY_VERBS:
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in ("by", "at")):
                    orgs += [k for p in a.children if p.dep_ == "pobj" for k in _np_keys(ctx, p)
                             if ctx.type_of(k) in types]
    return list(dict.fromkeys(orgs))


# Capitalised words that are part of a title ("Prime Minister", "Foreign Minister", "Deputy Governor").
_TITLE_WORDS = TITLE_MODIFIERS | TITLE_HEADS | PORTFOLIOS


def _title_start(ctx: ArticleContext, t, left: int) -> int:
    """Where the modifiers before title noun `t` that name no entity begin."""
    for c in sorted(t.lefts, key=lambda c: -c.i):
        if c.dep_ in ("amod", "compound", "nmod") and c.i == left - 1 and ctx.key(c) is None \
                and c.lower_ not in DEMONYMS and (c.pos_ != "PROPN" or c.lower_ in _TITLE_WORDS) \
                or (c.i == left - 1 and c.text in ("-",)):
            left = c.i
        else:
            break
    return left


def _title_words(ctx: ArticleContext, t) -> str:
    """The title as written: the noun with the modifiers before it that name no entity."""
    left = _title_start(ctx, t, t.i)
    if left > t.i - 2 and _hyphened_title(t):
        left = _title_start(ctx, t.doc[t.i - 2], t.i - 2)  # "secretary-general" read as two nouns
    if left > t.i - 2 and _hyphen_prefix(t) is not None:
        left = t.i - 2  # "co-director", its prefix hung apart
    right = t.i + 1
    # "Director-in-Charge", "Secretary-General"
    while right + 1 < len(t.doc) and t.doc[right].text == "-" and t.doc[right].whitespace_ == "" \
            and t.doc[right - 1].whitespace_ == "":
        right += 2
    return t.doc[left:right].text


def _is_parent_company(t) -> bool:
    """ "its parent company", "Tarn's parent group": a firm noun that names an owner."""
    return t.lower_ in ("company", "firm", "group", "bank", "corporation") and any(
        c.lower_ == "parent" and c.dep_ in ("compound", "amod", "nmod") for c in t.children)


# Offices written two at a time before one organisation: "founder and chief executive of Y",
# "president and chief operating officer of Y", "chairman and CEO of Y".
COORDINATED_OFFICES = FOUNDER_WORDS | {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
                                       "president", "executive", "officer", "director", "head", "owner", "partner",
                                       "vice-president", "secretary", "treasurer", "chief"}


def _coordinated_office(ctx: ArticleContext, t) -> bool:
    return t.lower_ in COORDINATED_OFFICES and ctx.key(t) is None


SUCCEED_VERBS = {"succeed", "replace"}


def _succession(ctx: ArticleContext, t) -> tuple[list[str], list[str]]:
    """ "X succeeded Y as chief executive of Z", "X replaced Y as Z's chairman": (those who take
    the post, those who held it before). The small model hangs "as" on either the verb or Y."""
    if t.dep_ != "pobj" or t.head.lower_ != "as":
        return [], []
    verb, before = t.head.head, []
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":  # "as" hung on Y
        before, verb = _np_keys(ctx, verb), verb.head
    if verb.pos_ != "VERB" or lemma(verb) not in SUCCEED_VERBS:
        return [], []
    if not before:
        before = [k for c in verb.children if c.dep_ == "dobj" for k in _np_keys(ctx, c)]
    after = _successor_of_infinitive(ctx, verb)
    if after is None:
        after = [k for k in _subject_keys(ctx, verb) if ctx.type_of(k) == "Person"]
    return after, [k for k in before if ctx.type_of(k) == "Person" and k not in after]


def _successor_of_infinitive(ctx: ArticleContext, verb) -> list[str] | None:
    """Who takes the post in "A named X to replace Y as ...", "X is set to replace Y as ...",
    "X was chosen to succeed Y": the one the governing verb names or acts on, not its subject
    (None when "replace" is no such infinitive)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    head = verb.head
    for deps in (("dobj", "oprd"), ("nsubjpass",)):
        found = [k for c in head.children if c.dep_ in deps for k in _np_keys(ctx, c)]
        if found:
            return [k for k in found if ctx.type_of(k) == "Person"]
    return None


def _people_of_coordinated_title(ctx: ArticleContext, t) -> list[str]:
    """ "X, the founder and chief executive of Y", "X, a lawyer and former chairwoman of Y": an
    office coordinated after a title is held by whoever holds the title."""
    if t.dep_ != "conj" or t.head.i > t.i:
        return []
    if t.head.lower_ in JOB_NOUNS and ctx.key(t.head) is None and _coordinated_office(ctx, t):
        return _title_people(ctx, t.head)
    # a second post with its own body: "X is a professor at A and a former economist at B" (the
    # parser may hang the second post on A)
    first = t.head
    if first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.lower_ in ("at", "of", "with"):
        first = first.head.head
    if first.lower_ in JOB_NOUNS and ctx.key(first) is None and t.lower_ in JOB_NOUNS \
            and any(c.dep_ == "det" for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ in ("at", "of", "with") for c in t.children) \
            and (bodies := _title_orgs(ctx, first, ORG_TYPES | {"Place"})) \
            and not set(bodies) & set(_title_orgs(ctx, t, ORG_TYPES | {"Place"})):
        # (only where the first post's body is known too, and is another: a post at a body the reader
        # did not find would leave the person's other office unknown to whoever reads them)
        return _title_people(ctx, first)
    return []


def _orgs_of_coordinated_title(ctx: ArticleContext, t) -> list[str]:
    """ "the founder and CEO of Y", "president and chief operating officer of Y" (the small model
    hangs "of Y" on either office): two coordinated offices share the organisation written once."""
    if not _coordinated_office(ctx, t):
        return []
    for c in t.children:
        if c.dep_ == "conj" and c.i > t.i and _coordinated_office(ctx, c):
            return _title_orgs(ctx, c, ORG_TYPES)
    if t.dep_ == "conj" and t.head.i < t.i and _coordinated_office(ctx, t.head):
        return _title_orgs(ctx, t.head, ORG_TYPES)
    return []


def _orgs_of_title_before_and(ctx: ArticleContext, t) -> list[str]:
    """ "Tarn CEO and President X" (the small model hangs the second office on the name, not on the
    first office): the office right after "ORG TITLE and" is held at that organisation too."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].lower_ not in ("and", "&") or doc[t.i - 2].lower_ not in JOB_NOUNS:
        return []
    return _title_orgs(ctx, doc[t.i - 2], ORG_TYPES)


# one office written in different words: "chair of the Fed ... the current chairman, X"
_SAME_OFFICE = ({"chair", "chairman", "chairwoman", "chairperson"}, {"ceo", "chief executive", "chief executive officer"})


def _orgs_of_the_same_title_before(ctx: ArticleContext, t, sent) -> list[str]:
    """ "to become chair of Y when the current chairman, X, leaves", "replacing the current chief
    executive of Y... the current chief executive, X": a title set beside a name with no holder,
    after the same office held at an organisation in the same sentence, is that organisation's."""
    def office(tok) -> str:
        words = split_status(_title_words(ctx, tok).lower())[1]
        words = " ".join(w for w in words.split() if w not in ("the", "current", "present", "sitting", "new"))
        return next((min(group) for group in _SAME_OFFICE if words in group), words)

    mine, found = office(t), set()
    for u in sent:
        if u.i >= t.i:
            break
        if u.lower_ in JOB_NOUNS and u.pos_ in ("NOUN", "PROPN") and office(u) == mine:
            found.update(_title_orgs(ctx, u, ORG_TYPES) or [None])
    return list(found) if len(found) == 1 and None not in found else []  # (two such offices: whose is not said)


def _plural_title(t) -> str | None:
    """The singular of a plural job or owner noun ("ministers", "executives", "directors",
    "shareholders"), else None; "founders" stays itself (founding is its own relation) but is read
    as a plural all the same."""
    if t.lower_ in FOUNDER_WORDS and t.lower_.endswith("s"):
        return t.lower_
    if t.tag_ not in ("NNS", "NNPS") or t.lower_ in JOB_NOUNS:
        return None
    one = lemma(t)
    return one if one in (JOB_NOUNS - FOUNDER_WORDS) | (OWNER_NOUNS - {"parent"}) and one != t.lower_ else None


def _hyphened_title(t) -> bool:
    """"director-general", "secretary-general": the word after a title's hyphen, which the small
    model may read as an adjective."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ \
        and not doc[t.i - 2].whitespace_ and doc[t.i - 2].lower_ in JOB_NOUNS


def named_after_description(ctx: ArticleContext, word, preps: tuple[str, ...], types: set[str]) -> list[str]:
    """The body a word's "of" or "at" phrase only describes, named right after it, set off by a
    comma: "X, the head of Lima's largest think tank, the Andes Institute," (the parser hangs the
    name on X), "the takeover of the Danish shipping company, Kvist Lines, by Y" (on the takeover).
    The phrase must describe a firm or body ("think tank", "lender", "group") and name none."""
    for c in word.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        described = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and ctx.key(p) is None]
        if len(described) != 1 or not _is_firm_noun(described[0].text):
            continue
        k = _name_set_off_after(ctx, max(x.i for x in c.subtree), (word, word.head) if word.dep_ == "appos" else (word,),
                                types)
        if k:
            return [k]
    return []


def _name_set_off_after(ctx: ArticleContext, end: int, holders, types: set[str]) -> str | None:
    """The name set off by a comma right after the token at `end`, which the parser hangs as an
    appositive on one of `holders` (the description's holder, not the description)."""
    doc = holders[0].doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    for holder in holders:
        name = next((a for a in holder.children if a.dep_ == "appos" and a.left_edge.i == end + 2), None)
        k = ctx.key(name) if name is not None else None
        if k and ctx.type_of(k) in types:
            return k
    return None


def _owner_set_off_after_owned(ctx: ArticleContext, t) -> list[str]:
    """ "The parent company of Skyway Airlines, Skyway Holdings, reported": the owner's name set
    off after the owned firm, which the parser hangs on the owned firm's name."""
    if t.dep_ == "appos":
        return []
    return [k for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            and ctx.key(p) for a in p.children if a.dep_ == "appos" and a.i > p.i and p.doc[a.left_edge.i - 1].text == ","
            for k in [ctx.key(a)] if k and k != ctx.key(p) and ctx.type_of(k) in ("Company", "Organization", "MediaOutlet")]


def _title_links(ctx: ArticleContext, sent, out: _Collector) -> None:
    for t in sent:
        plural = _plural_title(t)
        if t.lower_ not in JOB_NOUNS | OWNER_NOUNS | PARTY_MEMBER_WORDS and not _is_parent_company(t) \
                and not plural or t.pos_ not in ("NOUN", "PROPN") and not _hyphened_title(t) or ctx.key(t) is not None:
            continue
        if ctx.in_quote(t.idx):
            continue
        low = plural or t.lower_
        if _wished_for(t) or _title_unasserted(t):
            continue  # "X wants to be chairman of Y", "X was not named chairman of Y", "A and B are not its owners"
        if low in OWNER_NOUNS or _is_parent_company(t):
            # "X, the owner of Y", "Y's parent, X", "X is Y's largest shareholder"
            owners = _title_people(ctx, t, ACTOR_TYPES) or _owner_set_off_after_owned(ctx, t)
            owned = _title_orgs(ctx, t, {"Company", "MediaOutlet", "Organization"}) or [
                # "X is the largest shareholder in Y", "... in Z's rival, Y" (the firm set off after
                # a described one is the one held)
                k for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" for k in _described_or_named(ctx, p)
                if ctx.type_of(k) in ("Company", "MediaOutlet", "Organization")]
            for o in owners:
                for k in owned[:1]:
                    out.add(o, "owns", k, sent, REL_OWNER_BY_TITLE)
            continue
        successors, predecessors = _succession(ctx, t)
        people = _title_people(ctx, t) or _people_of_coordinated_title(ctx, t) or successors
        if plural:
            # "Chilean ministers A and B", "A and B, both directors of Y": each one named holds it
            first = t.head
            while t.dep_ == "appos" and first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # the appositive hangs on the list's last name
            if first.i != t.head.i:  # (tokens are new objects on each access: compare positions)
                people += [k for k in _np_keys(ctx, first) if ctx.type_of(k) == "Person"]
            for c in t.children:
                # "Chile's trade and labour ministers, A and B,": the names read as a conjunct
                if c.dep_ == "conj" and c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == "," \
                        and ctx.type_of(ctx.key(c)) == "Person":
                    people.append(ctx.key(c))
            people = list(dict.fromkeys(people + [k for p in people for k in _later_conjuncts(ctx, p, sent)
                                                  if ctx.type_of(k) == "Person"]))
        people = [k for k in people if not _across_semicolon(ctx, sent, t, k)]
        if not people:
            continue
        orgs = _title_orgs(ctx, t, ORG_TYPES) or named_after_description(ctx, t, ("of", "at"), ORG_TYPES) \
            or _title_orgs(ctx, t, {"Place"}) or _orgs_of_coordinated_title(ctx, t) or _orgs_of_title_before_and(ctx, t)
        if plural and len(orgs) > 1:
            continue  # "the presidents of Chile and Peru, A and B": whose is whose is not said
        if not orgs:
            orgs = [k for k in [_appointing_organisation(ctx, t)] if k]
        beside_a_name = t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children)
        if not orgs and beside_a_name:
            orgs = _orgs_of_the_same_title_before(ctx, t, sent)
        if not orgs and beside_a_name and not any(c.dep_ == "poss" for c in t.children):
            # "X, assistant attorney general for national security": the department of the title's
            # words (not "the state's attorney general")
            orgs = [k for k in [_department_of_title_phrase(ctx, split_status(_title_words(ctx, t).lower())[1], t.idx)] if k]
        conf = REL_TITLE_BY_PARSE
        if not orgs and not any(c.dep_ in ("compound", "amod") and c.lower_ in GROUPS_BEFORE_TITLES for c in t.children):
            # "his new foreign minister, X", "X was voted in as prime minister": a state's office
            # with no holder written is held in the country the text is about ("Union leader X" is a union's)
            country, conf = _country_of_state_title(ctx, t, people[0], sent)
            orgs = [country] if country else []
        if not orgs and t.dep_ == "appos" and (low in FOUNDER_WORDS or _title_words(ctx, t).lower() in CORPORATE_TITLES):
            # "X, a co-founder, said": a firm's title with no firm, in an article about one firm
            # that the last sentences named
            main = _main_company(ctx)
            i = bisect.bisect_right(ctx._sent_starts, sent.start) - 1
            lo = ctx.sents[max(0, i - 2)].start_char
            if main and any(lo <= m.start < sent.end_char for m in ctx.table.get(main).mentions):
                orgs, conf = [main], REL_HOLDER_FROM_CONTEXT
        if not orgs or low not in JOB_NOUNS and not _party_member_title(ctx, orgs[0], low):
            continue  # "the Green Party's candidate" is its member; "the firm's candidate" nothing
        if low in DEPARTMENT_TITLE_HEADS and ctx.is_country(orgs[0]):
            # "X, a former U.S. Undersecretary of Commerce": the department the portfolio names
            dept = _department_of_portfolio(ctx, t)
            if dept and _countries_in_name(ctx, dept) <= {orgs[0]}:
                orgs = [dept]
        status, start, end = _tenure_of_title(ctx, t)
        if _as_of_title(t) is not None and t.head.lower_ in ("acting", "interim"):
            status = t.head.lower_  # "named X as acting CEO" ("acting" read as a verb)
        for person in predecessors:
            if low not in FOUNDER_WORDS:
                out.add(person, "holdsPosition", orgs[0], sent, conf, title=_title_words(ctx, t), status="former")
        for person in people:
            org = orgs[0]
            if low in FOUNDER_WORDS:
                out.add(person, "founded", org, sent, conf)
            elif low in ("member", "members") or _party_member_title(ctx, org, low):
                out.add(person, "memberOf", org, sent, conf)
            else:
                out.add(person, "holdsPosition", org, sent, conf, title=_title_words(ctx, t), status=status,
                        start=start, end=end)


def _across_semicolon(ctx: ArticleContext, sent, title, person: str) -> bool:
    """Whether every mention of `person` in the sentence is parted from the title by a semicolon:
    the items of a list written with semicolons are each one holder and their own title ("the
    governor of A, X, who ...; the governor of B and former minister Y; Z, governor of C"): a title
    of the next item is not the one named in the item before."""
    marks = [tok.i for tok in sent if tok.text == ";"]
    if not marks:
        return False
    spans = [(m.start, m.end) for m in ctx.table.get(person).mentions if sent.start_char <= m.start < sent.end_char]
    if not spans:
        return False
    doc = sent.doc
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            return False
        lo, hi = sorted((span.start, title.i))
        if not any(lo < i < hi for i in marks):
            return False
    return True


def _countries_in_name(ctx: ArticleContext, key: str) -> set[str]:
    """The countries of the article a body's names hold, by name or demonym ("Angolan Ministry of
    Trade" -> Angola)."""
    body = ctx.table.get(key)
    found = set()
    for c in (e for e in ctx.table if e.type == "Place" and ctx.is_country(e.key)):
        forms = {c.name, *c.aliases}
        forms |= {dem for dem, dnames in DEMONYMS.items() if forms & set(dnames)}
        for n in (body.name, *body.aliases):
            low = " " + norm_name(n) + " "
            if any(f" {f.lower()} " in low or f" {f.lower()}'s " in low for f in forms if len(f) > 1):
                found.add(c.key)
    return found


def _department_of_portfolio(ctx: ArticleContext, title) -> str | None:
    """The government body named by the portfolio after a cabinet title ("Secretary of Commerce",
    "secretary of commerce" -> the Commerce Department the article names); None when it names none."""
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for w in prep.children:
                if w.dep_ == "pobj" and w.pos_ in ("NOUN", "PROPN") and ctx.key(w) is None:
                    dept = ctx.entity_with_word(w.lower_, {"GovernmentBody"}, before=title.idx)
                    e = ctx.table.get(dept) if dept else None
                    # every word of the portfolio in the body's name ("Industry and Trade" is not
                    # the ministry of industry and commerce)
                    words = [w] + [c for c in w.conjuncts if c.pos_ in ("NOUN", "PROPN")]
                    if e is not None and all(any(x.lower_ in norm_name(n).split() for n in (e.name, *e.aliases))
                                             for x in words):
                        return dept
    return None


CO_TITLES = {"founders": "co-founder", "ceos": "co-CEO", "chairmen": "co-chairman", "chairs": "co-chair",
             "owners": "co-owner", "presidents": "co-president", "leaders": "co-leader", "heads": "co-head"}


def _people_run(ctx: ArticleContext, toks: list, k: int, step: int) -> list[str]:
    """The people named side by side from toks[k] on, walking by `step` (+1 or -1) over names,
    commas and "and": "A, B and C"."""
    people = []
    while 0 <= k < len(toks) and (toks[k].text in (",", "and") or ctx.type_of(ctx.key(toks[k])) == "Person"):
        if ctx.type_of(ctx.key(toks[k])) == "Person":
            people.append(ctx.key(toks[k]))
        k += step
    return people


def _co_word(toks: list, j: int) -> tuple[str | None, int]:
    """The word a "co-" joins at toks[j] and the tokens it takes: ("founders", 1) for "co-founders"
    kept whole (kg.nlp.CO_FOUNDING_WORDS), ("ceos", 3) for "co", "-", "CEOs" split by the tokenizer."""
    low = toks[j].lower_
    if low.startswith("co-") and len(low) > 3:
        return low[3:], 1
    if low == "co" and j + 2 < len(toks) and toks[j + 1].text == "-":
        return toks[j + 2].lower_, 3
    return None, 0


def _co_founded(ctx: ArticleContext, toks: list, j: int, width: int, sent, out: _Collector) -> None:
    """"A and B co-founded Tarn" (parsed apart from its founders when the model splits it): the people
    named right before, the firm named right after ("in 2010" and the like between allowed)."""
    people = _people_run(ctx, toks, j - 1, -1)
    k = j + width
    while k < len(toks) and toks[k].lower_ in ("the", "a", "an"):
        k += 1
    firm = ctx.key(toks[k]) if k < len(toks) else None
    if ctx.type_of(firm) not in ("Company", "Organization", "MediaOutlet"):
        return
    for person in dict.fromkeys(people):
        out.add(person, "founded", firm, sent, REL_FOUNDED_BY_PARSE)


def _plural_co_titles(ctx: ArticleContext, out: _Collector) -> None:
    """Plural "co-" titles, which the small model parses apart from the names beside them:
    "Tarn's co-founders, A and B,", "Tarn co-founders A and B", "Tarn and its former co-CEOs, A and
    B,", "A and B, the co-founders of Tarn": each person named holds the title in the firm."""
    for uctx, sent in ctx.plain_units():
        toks = list(sent)
        for j, tok in enumerate(toks):
            word, width = _co_word(toks, j)
            if word is None or uctx.in_quote(tok.idx):
                continue
            if word in ("founded", "founds"):
                _co_founded(uctx, toks, j, width, sent, out)
                continue
            if word not in CO_TITLES:
                continue
            title = CO_TITLES[word]
            # the firm: before the title ("Tarn's", "Tarn", "Tarn and its [former]") or after ("of Tarn")
            i = j - 1
            while i >= 0 and toks[i].lower_ in ("former", "two", "three", "both", "the"):
                i -= 1
            firm = None
            if i >= 0 and toks[i].lower_ in ("its", "their") and i >= 2 and toks[i - 1].lower_ == "and":
                firm = uctx.key(toks[i - 2])
            elif i >= 0 and toks[i].text in ("'s", "’s", "'") and i >= 1:
                firm = uctx.key(toks[i - 1])
            elif i >= 0:
                firm = uctx.key(toks[i])
            after = j + width
            if firm is None and after + 1 < len(toks) and toks[after].lower_ == "of":
                k = after + 1
                while k < len(toks) and toks[k].lower_ == "the":
                    k += 1
                firm = uctx.key(toks[k]) if k < len(toks) else None
            if uctx.type_of(firm) not in ("Company", "Organization", "MediaOutlet"):
                continue
            # the people: named right after the title ("co-founders, A and B") or right before it ("A and B, the co-founders")
            people = _people_run(uctx, toks, after, 1)
            if not people and i >= 1 and toks[i].text == ",":
                people = _people_run(uctx, toks, i - 1, -1)
            for person in dict.fromkeys(people):
                if title == "co-founder":
                    out.add(person, "founded", firm, sent, REL_TITLE_BESIDE_NAME)
                elif title == "co-owner":
                    out.add(person, "owns", firm, sent, REL_TITLE_BESIDE_NAME)
                else:
                    former = any(t.lower_ == "former" for t in toks[max(0, i):j])
                    out.add(person, "holdsPosition", firm, sent, REL_TITLE_BESIDE_NAME, title=title,
                            status="former" if former else None)


def _respective_holders(ctx: ArticleContext, out: _Collector) -> None:
    """A plural title over a list of countries or bodies, then as many people: "the presidents of
    Brazil and Chile, A and B", "the French and German finance ministers, A and B", "the chief
    executives of Tarn and Kelso, A and B": each person holds the title in the country or body
    named in the same place of its list (the lists must be as long as each other)."""
    for uctx, sent in ctx.plain_units():
        toks = list(sent)
        for j, tok in enumerate(toks):
            if tok.tag_ != "NNS" or lemma(tok) not in TITLE_HEADS or uctx.in_quote(tok.idx):
                continue
            first = j
            while first > 0 and toks[first - 1].lower_ in TITLE_MODIFIERS - {"former", "new", "then", "current"}:
                first -= 1
            title = " ".join([t.lower_ for t in toks[first:j]] + [lemma(tok)])
            if j + 1 < len(toks) and toks[j + 1].lower_ == "of":  # "the presidents of A and B, X and Y"
                holders, k = _named_in_turn(uctx, toks, j + 2)
            else:  # "the French and German leaders, X and Y"
                holders, k = _demonyms_in_turn(uctx, toks, first - 1), j + 1
            if len(holders) < 2 or k >= len(toks) or toks[k].text != ",":
                continue
            people = list(dict.fromkeys(_people_run(uctx, toks, k + 1, 1)))
            if len(people) != len(holders):
                continue
            for person, holder in zip(people, holders):
                for other in holders:  # a reading that gave one person every post of the list
                    wrong = out.found.get((person, "holdsPosition", other))
                    if other != holder and wrong is not None and wrong.evidence == uctx.evidence(sent):
                        del out.found[(person, "holdsPosition", other)]
                out.add(person, "holdsPosition", holder, sent, REL_TITLE_BESIDE_NAME, title=title)


def _named_in_turn(ctx: ArticleContext, toks: list, k: int) -> tuple[list[str], int]:
    """The countries and bodies listed from toks[k] ("Brazil and Chile", "oil-rich A, B and C":
    lower-case describing words may stand before a name), in order, and the index where the list
    stops."""
    def holder(i: int) -> str | None:
        key = ctx.key(toks[i]) if i < len(toks) else None
        return key if ctx.type_of(key) in ORG_TYPES | {"Place"} else None

    named: list[str] = []
    while k < len(toks):
        key = holder(k)
        if key is not None:
            if not named or named[-1] != key or toks[k - 1].text in (",", "and"):
                named.append(key)
        elif not (toks[k].lower_ in ("and", "the") or toks[k].text == "," and holder(k + 1)
                  or (toks[k].is_lower or toks[k].text == "-") and toks[k].pos_ in ("ADJ", "NOUN", "PUNCT")):
            break
        k += 1
    return named if len(set(named)) == len(named) else [], k


def _demonyms_in_turn(ctx: ArticleContext, toks: list, k: int) -> list[str]:
    """The countries of the demonyms listed before a title, ending at toks[k] and read backwards
    ("French and German" -> France, Germany), in the order written."""
    countries: list[str] = []
    while k >= 0 and (toks[k].lower_ in ("and", ",") or ctx.country_of_demonym(toks[k].text)):
        if toks[k].lower_ not in ("and", ","):
            countries.insert(0, ctx.country_of_demonym(toks[k].text))
        k -= 1
    return countries if len(set(countries)) == len(countries) else []


def _counterparts(ctx: ArticleContext, out: _Collector) -> None:
    """"Chile's President X met her Peruvian counterpart, Y": Y holds X's title in the country the
    demonym (or a possessive place) names. Only when X's post in a country is read and is one."""
    for uctx, sent in ctx.plain_units():
        for tok in sent:
            if tok.lower_ != "counterpart" or tok.pos_ != "NOUN" or uctx.in_quote(tok.idx):
                continue
            people = [k for c in tok.children if c.dep_ == "appos" for k in _np_keys(uctx, c)
                      if uctx.type_of(k) == "Person"]
            owner = next((uctx.key(c) for c in tok.children if c.dep_ == "poss" and uctx.type_of(uctx.key(c)) == "Person"),
                         None)
            countries = [uctx.country_of_demonym(c.lower_) for c in tok.children
                         if c.dep_ in ("amod", "compound") and c.lower_ in DEMONYMS]
            countries += [uctx.key(c) for c in tok.children if c.dep_ == "poss" and uctx.is_country(uctx.key(c))]
            countries = [k for k in countries if k and uctx.is_country(k)]
            if len(people) != 1 or owner is None or len(countries) != 1:
                continue
            posts = [r for (s2, p2, o2), r in out.found.items()
                     if s2 == owner and p2 == "holdsPosition" and ctx.is_country(o2) and r.title]
            if len(posts) != 1 or posts[0].object == countries[0]:
                continue
            out.add(people[0], "holdsPosition", countries[0], sent, REL_HOLDER_FROM_CONTEXT, title=posts[0].title)


def _successors(ctx: ArticleContext, out: _Collector) -> None:
    """Who replaces or succeeds the holder of a post takes the post: "Y's chief executive X resigned.
    She was replaced by Z", "Z succeeds X, Y's longtime chief executive", "X stepped down and was
    succeeded by Z". The post is the predecessor's one post in an organisation the rules read (a
    predecessor with two, or none, gives nothing); a verb with its own "as TITLE" is read by the title rules."""
    posts: dict[str, list] = {}
    for (s, p, o), r in list(out.found.items()):
        if p == "holdsPosition" and ctx.type_of(o) != "Place":
            posts.setdefault(s, []).append(r)  # (a country's posts are many: "replaced X" is not enough)
    for uctx, sent in ctx.plain_units():
        for tok in sent:
            if lemma(tok) not in SUCCEED_VERBS or tok.pos_ != "VERB" or uctx.in_quote(tok.idx):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                continue
            if _is_passive(tok):
                new = _agent_keys(uctx, tok)
                old = [k for c in tok.children if c.dep_ == "nsubjpass" for k in _np_keys(uctx, c)] or (
                    _subject_keys(uctx, tok) if tok.dep_ == "conj" else [])  # "X resigned and was succeeded by Z"
            else:
                new, old = _subject_keys(uctx, tok), [k for c in tok.children if c.dep_ == "dobj" for k in _np_keys(uctx, c)]
            new = [k for k in new if uctx.type_of(k) == "Person"]
            old = [k for k in old if uctx.type_of(k) == "Person"]
            if len(new) != 1 or len(old) != 1 or new[0] == old[0] or len(posts.get(old[0], [])) != 1:
                continue
            post = posts[old[0]][0]
            before = [x.start_char for x in ctx.sents if x.start_char < sent.start_char]
            if post.evidence.start < (before[-1] if before else sent.start_char) or post.evidence.start > sent.end_char:
                continue  # the post written in this sentence or the one before, not far away in the article
            if (new[0], "holdsPosition", post.object) not in out.found:
                out.add(new[0], "holdsPosition", post.object, sent, REL_SUCCESSOR_POST, title=post.title)


def _title_then_name(ctx: ArticleContext, out: _Collector) -> None:
    """"The head of Gambia's election commission rejected the criticism. Ana Ruiz told reporters
    ...": a sentence whose subject is a post with no name ("the head of Y", "Y's new finance
    minister"), followed by a sentence whose subject is a person the article names there for the
    first time: that person holds the post."""
    units = ctx.plain_units()
    # (where the person is first named: a post that refers to them is no name)
    first_seen = {e.key: min((m.start for m in e.mentions if m.text.lower() not in JOB_NOUNS), default=-1)
                  for e in ctx.table if e.type == "Person"}
    for (uctx, sent), (nctx, nxt) in zip(units, units[1:]):
        for t in sent:
            if not _post_as_subject(uctx, t):
                continue
            if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue  # "a spokesman said": no one post
            # (the post may already be a mention of the person named next: kg.extract.coreference)
            person = _new_subject_person(nctx, nxt, first_seen)
            if uctx.key(t) not in (None, person):
                continue
            clause = {c.i for r in t.children if r.dep_ == "relcl" for c in r.subtree}  # "who helped bring ... his city"
            if _title_people(uctx, t) or any(uctx.type_of(uctx.key(c)) == "Person" for c in t.subtree
                                             if c.i != t.i and not (c.i in clause and c.pos_ == "PRON")):
                continue
            orgs = _title_orgs(uctx, t, ORG_TYPES) or _title_orgs(uctx, t, {"Place"})
            if orgs and person:
                out.add(person, "holdsPosition", orgs[0], nxt, REL_HOLDER_FROM_CONTEXT, title=_title_words(uctx, t))


def _post_as_subject(ctx: ArticleContext, t) -> bool:
    """Whether a word is a post written as its sentence's subject, outside quotes ("The governor
    resigned", "the former chairman of Y said")."""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in JOB_NOUNS \
        and t.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(t.idx)


def _name_then_post(ctx: ArticleContext, out: _Collector) -> None:
    """"Investors heeded comments from Ana Ruiz. The former chairman of the Tarn Board said ...": a
    sentence whose subject is a post with no name ("the former chairman of Y"), right after a
    sentence that names one person and nobody else, refers back to that person when the article
    gives them no other post and gives nobody else that post in Y."""
    units = ctx.plain_units()
    for (pctx, prev), (uctx, sent) in zip(units, units[1:]):
        people = {pctx.key(t) for t in prev if pctx.type_of(pctx.key(t)) == "Person" and not pctx.in_quote(t.idx)
                  and t.pos_ != "PRON"}
        if len(people) != 1 or any(uctx.type_of(uctx.key(t)) == "Person" for t in sent):
            continue
        person = people.pop()
        if any(r.subject == person and r.predicate == "holdsPosition" for r in out.found.values()):
            continue
        if any(pctx.key(t) == person and any(n.lower_ in JOB_NOUNS for n in [t.head, *t.children])
               for t in prev):
            continue  # "Analyst X expects growth", "X, an economist, said": described otherwise
        for t in sent:
            if not _post_as_subject(uctx, t) or uctx.key(t) is not None:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            orgs = _title_orgs(uctx, t, ORG_TYPES)
            title = _title_words(uctx, t)
            status, post = split_status(title.lower())
            if len(orgs) != 1 or any(r.object == orgs[0] and r.predicate == "holdsPosition" and r.title and
                                     split_status(r.title.lower())[1] == post and r.status == status
                                     for r in out.found.values()):
                continue  # the post's holder is named elsewhere
            out.add(person, "holdsPosition", orgs[0], sent, REL_HOLDER_FROM_CONTEXT, title=title)


def _new_subject_person(ctx: ArticleContext, sent, first_seen: dict[str, int]) -> str | None:
    """The person a sentence opens with as its subject when the article names them there first."""
    for tok in sent:
        if ctx.in_quote(tok.idx) or tok.is_punct or tok.is_space:
            continue
        k = ctx.key(tok)
        if k is None or ctx.type_of(k) != "Person":
            return None
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "nsubj" or not sent.start_char <= first_seen.get(k, -1) < sent.end_char:
            return None
        return k
    return None


STATE_TITLE_HEADS = {"president", "premier", "chancellor", "minister", "king", "queen", "emperor"}


def _demonym_of_a_country(word: str) -> bool:
    """Whether a demonym names a country the gazetteer knows ("Russian"; not "European")."""
    entry = load_gazetteer().lookup(DEMONYMS[word][0])
    return entry is not None and "Country" in entry.classes


def _country_of_state_title(ctx: ArticleContext, t, person: str, sent) -> tuple[str | None, float]:
    """The country whose office title noun `t` names when the text writes no holder: "his new
    Foreign Minister, X", "X was voted in as Prime Minister", "The Finance Minister is X". The
    gazetteer's country for a known politician; else the one country named in the sentence; else
    the article's country (for a minister, only when the article names one country). A title
    qualified by a common noun ("union president") or held "of" a common noun ("president of the
    club") is no state's office."""
    title = split_status(_title_words(ctx, t).lower())[1].strip()
    if t.lower_ == "speaker" and (body := _legislature(ctx)):
        return body, REL_HOLDER_FROM_CONTEXT  # "X was elected Speaker"
    if t.lower_ not in STATE_TITLE_HEADS and title not in HEAD_OF_STATE_TITLES:
        return None, 0.0
    portfolios = PORTFOLIO_WORDS if t.lower_ == "minister" else PORTFOLIOS
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and c.pos_ == "NOUN" \
                and c.lower_ not in TITLE_MODIFIERS and c.lower_ not in portfolios:
            return None, 0.0  # "party president", "union minister"; but "sports minister"
        if c.dep_ == "prep" and c.i > t.i and any(p.dep_ == "pobj" and p.text.islower() for p in c.children):
            return None, 0.0  # "president of the club"
    known, country = _known_country(ctx, person)
    if known:
        return country, REL_HOLDER_KNOWN_COUNTRY
    listed = _country_of_coordinated_official(ctx, person, sent)
    if listed:
        return listed, REL_HOLDER_FROM_CONTEXT  # (one list met is one side)
    if title in CENTRAL_BANK_HEAD_TITLES and (bank := _central_bank_just_before(ctx, t, person, title)):
        return bank, REL_HOLDER_FROM_CONTEXT
    def of_another_title(tok) -> bool:
        # "President X met Brazilian President Y", "... with Russia's President Y": the country
        # qualifies another title in the sentence, so it is that title holder's
        h = tok.head
        return tok.dep_ in ("amod", "compound", "poss", "nmod") and h.i != t.i and h.lower_ in STATE_TITLE_HEADS
    def of_a_thing(tok) -> bool:
        # "exports to China", "demand in Argentina", "orders from Germany": a country after a
        # preposition on a common noun is a partner or a market, not the office's country; nor is
        # where the holder travels ("flew to the U.S.", "visited Chile", "a trip to Peru")
        h = tok.head
        if ctx.key(tok) in destinations:
            return True
        return tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ == "NOUN" and h.head.text.islower() \
            and h.head.i != t.i \
            and h.head.lower_ not in STATE_TITLE_HEADS
    destinations = _destinations(ctx, sent)
    here = list(dict.fromkeys(k for tok in sent if (k := ctx.key(tok)) and ctx.is_country(k) and not of_another_title(tok)
                              and not of_a_thing(tok)))
    unnamed = False  # "Russian firms hit by U.S. sanctions ..., Finance Minister X said": a country
    for tok in sent:  # the article names only by its demonym is another candidate, not the U.S.
        if of_another_title(tok) or ctx.is_country(ctx.key(tok)):
            continue  # (a country's own mention, "a trip to the U.S.", was weighed above)
        if tok.lower_ in DEMONYMS and tok.text[:1].isupper():
            k = ctx.country_of_demonym(tok.lower_)
            if k and k not in here:
                here.append(k)
            elif k is None and _demonym_of_a_country(tok.lower_):
                unnamed = True
    if len(here) == 1 and not unnamed:
        return here[0], REL_HOLDER_FROM_CONTEXT
    # the countries of the other leaders in the sentence: "... with Russian President Y",
    # "President X and President Y held talks" (Y's as the gazetteer knows it; None when unknown)
    theirs = {ctx.key(tok) if ctx.is_country(ctx.key(tok)) else ctx.country_of_demonym(tok.lower_)
              for tok in sent if of_another_title(tok) and (ctx.is_country(ctx.key(tok)) or tok.lower_ in DEMONYMS)}
    for tok in sent:
        other = ctx.key(tok.head)
        if tok.i != t.i and tok.lower_ in STATE_TITLE_HEADS and tok.dep_ == "compound" and other != person \
                and ctx.type_of(other) == "Person" and not any(of_another_title(c) for c in tok.children):
            theirs.add(_known_country(ctx, other)[1])
    other = _other_of_two_countries(ctx, theirs) if not here and not unnamed else None
    if other:
        return other, REL_HOLDER_FROM_CONTEXT
    if here or unnamed or theirs:
        return None, 0.0
    if t.lower_ == "minister":
        # ministers of several countries meet: only the one country the article names, or the
        # one it is plainly about (named in its government bodies, or twice as often as any other)
        home = _ministers_country(ctx, [tok.lower_ for tok in sent if tok.lower_ in DEMONYMS and tok.text[:1].isupper()])
    else:
        home = _article_country(ctx)
    if home is None or home in destinations:
        return None, 0.0  # "President X arrived in Kenya": the story is about Kenya, X came to it
    return home, REL_HOLDER_FROM_CONTEXT


# verbs whose "to" names where someone goes, not whom they serve ("flew to the U.S.")
DESTINATION_VERBS = {"travel", "fly", "go", "head", "come", "jet", "trip", "visit", "journey"}


def _one_country_article(ctx: ArticleContext, home: str) -> bool:
    """Whether no meeting of several countries' officials is in view: every other country the
    article names is named once."""
    return all(len(e.mentions) <= 1 for e in ctx.table
               if e.type == "Place" and e.key != home and ctx.is_country(e.key))


LOCATED_TYPES = {"Company", "Organization", "EducationalInstitution", "MarketIndex", "MediaOutlet"}
SITE_VERBS = {"base", "headquarter", "locate", "head-quarter"}


MARKET_NOUNS = {"stocks", "shares", "equities", "markets", "market", "bourse", "bourses", "prices", "trading"}
INDEX_NOUNS = {"index", "indices", "indexes", "average", "benchmark", "gauge", "indicator"}


def _market_place(ctx: ArticleContext, noun) -> str | None:
    """The one town or country a market noun is said to be in: "stocks in London", "Tokyo shares",
    "Japanese stocks" (not a region: "Asian stocks", "European markets")."""
    places = [_place_key(ctx, t) for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj" for t in _coordinated(p)]  # "in Frankfurt and Paris": two
    places += [_place_key(ctx, t) for c in noun.children if c.dep_ == "compound" for t in _coordinated(c)]
    places += [ctx.country_of_demonym(c.lower_) for c in noun.children
               if c.dep_ in ("amod", "compound") and c.lower_ in DEMONYMS]
    places = list(dict.fromkeys(p for p in places if p and ctx.type_of(p) == "Place"))
    return places[0] if len(places) == 1 and not _is_region(ctx, places[0]) else None


def _is_region(ctx: ArticleContext, key: str) -> bool:
    """A region or a financial district, not a town or a country ("Asia", "Europe", "Wall Street")."""
    e = ctx.table.get(key)
    classes = {e.ontology_class} if e.ontology_class else set()
    if not classes:
        entry = load_gazetteer().lookup(e.name)
        classes = set(entry.classes) if entry is not None else set()
    return bool(classes & {"Region", "FinancialDistrict", "Continent"})


def _index_places(ctx: ArticleContext, sent, out: _Collector) -> None:
    """Where a market index is, from the market its clause reports: "The Kospi index in Seoul
    dropped"; "Stocks in London fell, with the FTSE 100 down 1 percent", "Tokyo shares slid, with the
    Nikkei shedding 300 points", "Shares in Seoul rose as the Kospi gained" (the index named in a
    clause that tells how a place's stocks moved)."""
    for tok in sent:
        k = ctx.key(tok)
        if ctx.type_of(k) != "MarketIndex" or ctx.in_quote(tok.idx) or (ctx.key(tok.head) == k and tok.head.i != tok.i):
            continue
        node = tok
        if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in INDEX_NOUNS and ctx.key(tok.head) is None:
            node = tok.head  # "the Kospi index in Seoul"
            place = next((pl for c in node.children if c.dep_ == "prep" and c.lower_ == "in"
                          for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl), None)
            if place:
                out.add(k, "locatedIn", place, sent, REL_INDEX_MOVES_IN_PLACE)
                continue
        if any(c.dep_ == "poss" or ctx.type_of(ctx.key(c)) == "Place" for c in node.children):
            continue  # "Germany's DAX", "the Paris CAC 40": its own place is written
        verb, up = None, node
        for _ in range(4):
            if up.lower_ == "with" and up.dep_ == "prep" or up.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("as", "while") for c in up.children):
                verb = up.head
                break
            if up.head.i == up.i:
                break
            up = up.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        markets = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in MARKET_NOUNS and ctx.key(c) is None]
        place = _market_place(ctx, markets[0]) if len(markets) == 1 else None
        if place:
            out.add(k, "locatedIn", place, sent, REL_INDEX_MOVES_IN_PLACE)


def _place_named_by_of(ctx: ArticleContext, tok) -> str | None:
    """The place a place noun names by its "of" phrase: "the city of Solo", "the southern Chinese
    city of Foshan", "the Baltic Sea resort of X" (X, not a place inside the description)."""
    if tok.lower_ not in PLACE_NOUNS | {"resort"} or ctx.key(tok) is not None:
        return None
    return next((ctx.key(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and ctx.type_of(ctx.key(p)) == "Place"), None)


def _place_key(ctx: ArticleContext, tok) -> str | None:
    """The place a noun phrase names: its head or a part of it, or what a place noun's "of"
    phrase names (_place_named_by_of)."""
    k = _place_named_by_of(ctx, tok) or ctx.phrase_key(tok, {"Place"})
    return k if ctx.type_of(k) == "Place" else None


def _described_thing(ctx: ArticleContext, tok) -> str | None:
    """The entity a noun phrase names, or the entity it describes in apposition ("X, a drug
    maker based in Y": the maker is X)."""
    k = ctx.phrase_key(tok, LOCATED_TYPES)
    if k:
        return k
    if tok.dep_ == "appos":
        return ctx.phrase_key(tok.head, LOCATED_TYPES)
    return None


def _lone_appositive(tok) -> bool:
    """An appositive that is no member of a list: "Dayton, Ohio," not "Paris, Rome and Oslo". It
    ends the phrase, or the time of the clause follows it ("met in Lindau, Germany last week",
    "in Tampere, Finland on Monday"); a word of another kind may be the next clause's."""
    if any(c.dep_ in ("conj", "cc") for c in tok.children) or any(c.dep_ in ("conj", "cc") for c in tok.head.children):
        return False
    doc, after = tok.doc, tok.right_edge.i + 1
    nxt = doc[after] if after < len(doc) else None
    if nxt is not None and nxt.lower_ in ("on", "in", "at") and after + 1 < len(doc):
        nxt = doc[after + 1] if doc[after + 1].ent_type_ in ("DATE", "TIME") else nxt
    return nxt is None or nxt.text in (",", ".", ")", ";", "-", ":") or nxt.is_space or nxt.dep_ == "punct" or (
        nxt.ent_type_ in ("DATE", "TIME") and nxt.head.i != tok.i)


def _located_by_parse(ctx: ArticleContext, sent, out: _Collector) -> None:
    """Where firms, bodies and indexes are, from the parse:
    "Arvo Steel of Luxembourg", "Tamsin Group AG, of Zurich, Switzerland" (ORG of PLACE);
    "Vietnam's largest bank Tamsin", "Peru's benchmark, the Lima General Index" (a place's
    possession, also through a description); "a drug maker based in Lyon" (based/located in)."""
    for tok in sent:
        if ctx.in_quote(tok.idx):
            continue
        k = ctx.key(tok)
        # ORG [,] of PLACE: "of" after the name, outside it
        if tok.lower_ == "of" and tok.dep_ == "prep" and k is None:
            thing = ctx.phrase_key(tok.head, {"Company", "Organization"})
            if thing and ctx.key(tok.head) == thing:
                for p in tok.children:
                    place = _place_key(ctx, p) if p.dep_ == "pobj" else None
                    if place:
                        out.add(thing, "locatedIn", place, sent, REL_LOCATED_BY_PARSE)
        # a place possessing a named thing, words between: "Vietnam's largest bank Tamsin"
        if tok.dep_ == "poss" and ctx.type_of(k) == "Place":
            owner = tok.head
            thing = ctx.key(owner) if ctx.type_of(ctx.key(owner)) in LOCATED_TYPES else None
            nxt = owner.doc[owner.i + 1] if owner.i + 1 < len(owner.doc) else None
            if thing is None and owner.pos_ == "NOUN" and nxt is not None and \
                    ctx.type_of(ctx.key(nxt)) in LOCATED_TYPES and ctx.key(owner) is None:
                thing = ctx.key(nxt)  # "Vietnam's largest bank Tamsin": the name after the noun
            if thing is None and owner.pos_ == "NOUN" and ctx.key(owner) is None:
                # "China's benchmark, the Shanghai Composite": the appositive names the thing
                for c in owner.children:
                    if c.dep_ == "appos" and ctx.type_of(ctx.phrase_key(c, LOCATED_TYPES)) in LOCATED_TYPES:
                        thing = ctx.phrase_key(c, LOCATED_TYPES)
            if thing is None and owner.pos_ == "NOUN" and ctx.key(owner) is None and owner.dep_ == "appos" \
                    and (_is_firm_noun(owner.lower_) or owner.lower_ in PLACED_NOUNS):
                # "Tarn, Kenya's biggest lender,": the description's possessor is where the firm is
                thing = ctx.key(owner.head) if ctx.type_of(ctx.key(owner.head)) in LOCATED_TYPES else None
            one = owner.head.head if owner.dep_ == "pobj" and owner.head.lower_ == "of" else None
            if thing is None and one is not None and one.lower_ == "one" and ctx.key(owner) is None \
                    and (_is_firm_noun_plural(owner.lower_) or owner.lower_[:-1] in PLACED_NOUNS):
                # "One of Japan's largest supermarket chains, Tarn, ...": the name set after "one"
                thing = next((ctx.key(c) for c in one.children if c.dep_ == "appos"
                              and ctx.type_of(ctx.key(c)) in LOCATED_TYPES), None)
            if thing is None and owner.pos_ == "NOUN" and ctx.key(owner) is None and owner.dep_ == "attr" \
                    and lemma(owner.head) in COPULAS and (_is_firm_noun(owner.lower_) or owner.lower_ in PLACED_NOUNS):
                # "Tarn is Kenya's second biggest lender", "Tarn became Chile's top insurer"
                subjects = [s2 for s2 in _subject_keys(ctx, owner.head) if ctx.type_of(s2) in LOCATED_TYPES]
                thing = subjects[0] if len(subjects) == 1 else None
            where = _country_of_the_story(ctx, k, tok.i) if thing else k
            if thing and where and thing != where:
                out.add(thing, "locatedIn", where, sent, REL_LOCATED_BY_PARSE)
        # "Dayton, Ohio", "Tarn Group (TG), Lyon, France": a place written after a name,
        # between commas, is where it is (a list of places is a coordination, not this)
        if tok.dep_ == "appos" and ctx.type_of(k) == "Place" and _lone_appositive(tok) and not tok.head.text.islower():
            # (after a name: "its ally outside the group, Russia," names a member, not a seat)
            inner = ctx.key(tok.head)
            if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" and tok.head.head.head.lower_ in CAPITAL_WORDS:
                # "the capital of Peru, Lima": the name after the comma is the capital, in the country
                if inner and inner != k and ctx.type_of(inner) == "Place":
                    out.add(k, "locatedIn", inner, sent, REL_LOCATED_BY_PARSE)
            elif inner and inner != k and ctx.type_of(inner) in LOCATED_TYPES | {"Place"}:
                out.add(inner, "locatedIn", k, sent, REL_LOCATED_BY_PARSE)
        # "Volta Trading LLC (China), Merix Ltd. (Hong Kong) and ...": a place in parentheses right
        # after a name, in a list too, a public body's as well ("the Norges Bank (Norway)")
        if ctx.type_of(k) == "Place" and tok.i >= 2 and tok.doc[tok.i - 1].text == "(" \
                and ctx.key(tok.doc[tok.i - 2]) != k \
                and ctx.type_of(ctx.key(tok.doc[tok.i - 2])) in LOCATED_TYPES | {"GovernmentBody"}:
            close = next((j for j in range(tok.i + 1, min(tok.i + 5, len(tok.doc))) if ctx.key(tok.doc[j]) != k), None)
            if close is not None and tok.doc[close].text == ")":
                out.add(ctx.key(tok.doc[tok.i - 2]), "locatedIn", k, sent, REL_LOCATED_BY_PARSE)
        # "the southern Chinese city of Foshan", "the Spanish Mediterranean resort of Marbella": the
        # place the noun names is in the country of its nationality word
        if k is None and (named := _place_named_by_of(ctx, tok)):
            for c in tok.children:
                country = ctx.country_of_demonym(c.text) if c.dep_ in ("amod", "compound") else None
                if country and ctx.type_of(country) == "Place" and country != named:
                    out.add(named, "locatedIn", country, sent, REL_PLACE_DESCRIBES_FIRM)
        # "Tarn, the biggest electric company in Texas,": a firm's description placed in a place
        if tok.dep_ == "appos" and k is None and tok.pos_ == "NOUN" \
                and (_is_firm_noun(tok.lower_) or tok.lower_ in PLACED_NOUNS):
            thing = ctx.key(tok.head) if ctx.type_of(ctx.key(tok.head)) in LOCATED_TYPES else None
            places = [pl for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            if thing and places:
                out.add(thing, "locatedIn", places[0], sent, REL_LOCATED_BY_PARSE)
        # "its headquarters in Redmond", "the company headquarters in Lyon": where the firm is
        if (tok.lower_ in ("headquarters", "head-quarters") or tok.lower_ == "office" and any(
                c.dep_ in ("compound", "amod") and c.lower_ == "head" for c in tok.children)) and k is None:
            places = [pl for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            if tok.dep_ == "dobj" and lemma(tok.head) in ("move", "relocate", "shift", "transfer"):
                # "Tarn moved its headquarters to Lyon": where it is now
                places += [pl for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            # "whose headquarters are in Oslo", "its Oslo headquarters" (the town said after "in" before a
            # place that qualifies the noun: "the company's U.S. headquarters are in Austin" is in Austin)
            if tok.dep_ == "nsubj" and lemma(tok.head) == "be":
                places += [pl for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in"
                           for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            places += [pl for c in tok.children if c.dep_ == "compound" for pl in [_place_key(ctx, c)] if pl]
            owner = next((ctx.key(c) for c in tok.children if c.dep_ == "poss" and ctx.key(c)), None)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None and poss is None:
                # "the OECD headquarters in Paris", "from Tarn Bank headquarters in Oslo": the body named before it
                owner = next((o for c in tok.children if c.dep_ == "compound" for o in [ctx.key(c)]
                              if ctx.type_of(o) in LOCATED_TYPES), None)
            if owner is None and poss is not None and poss.lower_ == "whose":
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                owner = ctx.phrase_key(clause.head, LOCATED_TYPES) if clause is not None else None
            elif owner is None and poss is not None and poss.lower_ == "its":
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                firms = [f for f in _subject_keys(ctx, verb) if ctx.type_of(f) in LOCATED_TYPES]
                owner = firms[0] if len(firms) == 1 else None
            if owner is None and poss is None and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                    and ctx.type_of(ctx.key(tok.head.head)) in LOCATED_TYPES:
                owner = ctx.key(tok.head.head)  # "Tarn, with headquarters in Lyon,"
            if owner is None and any(c.dep_ == "compound" and c.lower_ in ("company", "firm", "group", "bank")
                                     for c in tok.children):
                owner = _main_company(ctx)
            if places and ctx.type_of(owner) in LOCATED_TYPES:
                out.add(owner, "locatedIn", places[0], sent, REL_LOCATED_BY_PARSE)
        # "In Tokyo, the Nikkei average rose": a market index moving in a place
        if ctx.type_of(k) == "MarketIndex" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:
                        place = _place_key(ctx, p) if p.dep_ == "pobj" else None
                        if place:
                            out.add(k, "locatedIn", place, sent, REL_INDEX_MOVES_IN_PLACE)
        # based / headquartered / located in PLACE
        if lemma(tok) in SITE_VERBS or tok.lower_ in SITE_PARTICIPLES | {"located"}:
            places = [pl for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                      for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            if not places:
                continue
            things = []
            if tok.dep_ in ("acl", "amod", "relcl"):
                t = _described_thing(ctx, tok.head)
                things = [t] if t else []
            elif any(c.dep_ == "nsubjpass" for c in tok.children):
                things = [k2 for c in tok.children if c.dep_ == "nsubjpass" for k2 in _np_keys(ctx, c)
                          if ctx.type_of(k2) in LOCATED_TYPES]
            # "based in Memphis Tennessee" (no comma): in the town, the town in the state
            pobj = next(p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                        for p in c.children if p.dep_ == "pobj" and _place_key(ctx, p))
            town = next((_place_key(ctx, c) for c in pobj.children if c.dep_ == "compound" and _place_key(ctx, c)
                         and _place_key(ctx, c) != places[0] and not ctx.is_country(_place_key(ctx, c))), None)
            for thing in things:
                out.add(thing, "locatedIn", town or places[0], sent, REL_BASED_IN_BY_PARSE)
            if town and things:
                out.add(town, "locatedIn", places[0], sent, REL_BASED_IN_BY_PARSE)
        # "a Boeing factory in Seattle", "Tarn's refinery in Lyon", "the plant of Tarn in Lyon"
        if tok.lower_ in FACILITY_NOUNS and k is None and tok.pos_ == "NOUN":
            places = [pl for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj" for pl in [_place_key(ctx, p)] if pl]
            owners = [ctx.key(c) for c in tok.children if c.dep_ in ("poss", "compound")
                      and ctx.type_of(ctx.key(c)) == "Company"]
            owners += [k2 for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" for k2 in [ctx.phrase_key(p, {"Company"})] if k2]
            if len(places) == 1 and len(set(owners)) == 1:
                out.add(owners[0], "locatedIn", places[0], sent, REL_LOCATED_BY_PARSE)


# A firm's sites, where it is placed ("a Boeing factory in Seattle") and what it invests in ("will
# build a plant"); events read the same words.
FACILITY_NOUNS = {"factory", "factories", "plant", "plants", "facility", "facilities", "gigafactory", "refinery",
                  "refineries", "smelter", "mill", "shipyard", "works", "campus"}
WORK_VERBS = {"work", "teach", "lecture", "study", "research", "serve"}
# Organisations a person can belong to by being named with them ("X of Tarn Capital").
AFFILIATION_TYPES = {"Company", "Organization", "EducationalInstitution", "MediaOutlet"}


def _has_title_before(ctx: ArticleContext, person_tok) -> bool:
    """ "CEO Ana Ruiz of Tarn": a title written before the name gives the post itself."""
    return any(c.lower_ in TITLE_HEADS | TITLE_MODIFIERS and ctx.key(c) is None
               for c in person_tok.lefts if c.dep_ in ("compound", "amod", "nmod"))


def _affiliations(ctx: ArticleContext, sent, out: _Collector) -> None:
    """A person named with an organisation belongs to it:
    "Roland Adler with Norrland Capital says", "Ines Vos, with the Baltic Institute," (with);
    "Ana Ruiz of the Liberal Party", "Ivo Pelt of Tarn Capital" (of, after the name);
    "Ana Ruiz, a Republican," (a party in apposition); "Ana Ruiz, who teaches at X" (work verbs)."""
    for tok in sent:
        if ctx.in_quote(tok.idx):
            continue
        if tok.dep_ == "prep" and (tok.lower_ in ("with", "of") or (
                # "X, from London's Tarn Capital, says": set off by commas, where the person works
                tok.lower_ == "from" and tok.i > 0 and ctx.doc[tok.i - 1].text == "," and tok.head.i == tok.i - 2)):
            person = ctx.key(tok.head)
            if tok.lower_ == "with" and lemma(tok.head) == "be":  # "Tom Brak is with the Leeds Institute"
                person = next(iter(_subject_keys(ctx, tok.head)), None)
            if ctx.type_of(person) != "Person" or tok.head.i > tok.i:
                continue
            if ctx.key(tok) == person:
                continue  # "of" inside the name
            for p in tok.children:
                if p.dep_ != "pobj":
                    continue
                k = ctx.phrase_key(p, AFFILIATION_TYPES | {"PoliticalParty"})
                if k is None:
                    continue
                if ctx.type_of(k) == "PoliticalParty":
                    out.add(person, "memberOf", k, sent, REL_AFFILIATION)
                elif tok.lower_ in ("with", "from") or not _has_title_before(ctx, tok.head):
                    # works there: a member, in a post the text does not name
                    out.add(person, "memberOf", k, sent, REL_AFFILIATION)
                    out.add(person, "holdsPosition", k, sent, REL_AFFILIATION_POST)
        elif tok.dep_ == "poss" and ctx.type_of(ctx.key(tok)) in AFFILIATION_TYPES | {"PoliticalParty"} \
                and ctx.type_of(ctx.key(tok.head)) == "Person" and ctx.key(tok.head) != ctx.key(tok):
            # "Quarry Bank's Tom Adeyemi", "the Green Party's Rosa Diel": a party's member, a
            # firm's person in a post the text does not name (its member, as for "X with Y"; an
            # outlet's reporter, "VOA's X reports", only in the post)
            person, k = ctx.key(tok.head), ctx.key(tok)
            if ctx.type_of(k) == "PoliticalParty":
                out.add(person, "memberOf", k, sent, REL_AFFILIATION)
            else:
                if ctx.type_of(k) != "MediaOutlet" and not _has_title_before(ctx, tok.head):
                    out.add(person, "memberOf", k, sent, REL_AFFILIATION)
                out.add(person, "holdsPosition", k, sent, REL_AFFILIATION_POST)
        elif tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.lower_ in PARTY_MEMBER_WORDS | TITLE_HEADS \
                and tok.head.dep_ == "appos" and ctx.type_of(ctx.key(tok.head.head)) == "Person":
            # "Rosa Diel, a senator from the Green Party,"
            for p in tok.children:
                k = ctx.phrase_key(p, {"PoliticalParty"}) if p.dep_ == "pobj" else None
                if k:
                    out.add(ctx.key(tok.head.head), "memberOf", k, sent, REL_AFFILIATION)
        elif tok.lower_ == "whose" and tok.dep_ == "poss" and ctx.type_of(ctx.key(tok.head)) == "PoliticalParty":
            # "Ivo Sand, whose Liberty Party lost seats,": the relative clause's antecedent is the member
            clause = next((a for a in tok.head.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and ctx.type_of(ctx.key(clause.head)) == "Person":
                out.add(ctx.key(clause.head), "memberOf", ctx.key(tok.head), sent, REL_AFFILIATION)
        elif ctx.type_of(ctx.key(tok)) == "PoliticalParty" and tok.dep_ in ("appos", "compound", "amod") \
                and ctx.type_of(ctx.key(tok.head)) == "Person" and ctx.key(tok.head) != ctx.key(tok):
            # "Ana Ruiz, a Republican,", "Democrat Ana Ruiz"
            out.add(ctx.key(tok.head), "memberOf", ctx.key(tok), sent, REL_AFFILIATION)
        elif tok.pos_ == "VERB" and lemma(tok) in WORK_VERBS:
            people = [k for k in _subject_keys(ctx, tok) if ctx.type_of(k) == "Person"]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "for", "with"):
                    for p in c.children:
                        k = ctx.phrase_key(p, AFFILIATION_TYPES) if p.dep_ == "pobj" else None
                        for person in people if k else []:
                            out.add(person, "memberOf", k, sent, REL_AFFILIATION)
                            out.add(person, "holdsPosition", k, sent, REL_AFFILIATION_POST)


# "Rep. Ana Ruiz, R-Ohio," / "Sen. Ivo Pelt (D-Vt.)": the party letter and state after a U.S.
# lawmaker's name.
_PARTY_LETTER = re.compile(r"\s*(?:,|\()\s*(?P<letter>[RDI])-(?:[A-Z][A-Za-z.]*)(?:[ -][A-Z][A-Za-z.]*)?\s*[,)]")
_PARTY_OF_LETTER = {"R": ("Republican Party", "Republicans", "GOP"), "D": ("Democratic Party", "Democrats")}


def _party_letters(ctx: ArticleContext, sent, out: _Collector) -> None:
    """ "Rep. Ana Ruiz, R-Ohio, said": a lawmaker of the party the letter abbreviates, when the
    article names that party."""
    text = ctx.text
    for tok in sent:
        k = ctx.key(tok)
        if ctx.type_of(k) != "Person" or (tok.i + 1 < len(ctx.doc) and ctx.key(ctx.doc[tok.i + 1]) == k):
            continue  # the last word of a person's mention
        m = _PARTY_LETTER.match(text, tok.idx + len(tok.text))
        names = _PARTY_OF_LETTER.get(m.group("letter")) if m else None
        party = ctx.entity_by_names(names, {"PoliticalParty"}) if names else None
        if party:
            out.add(k, "memberOf", party, sent, REL_AFFILIATION)


def _party_of_person(ctx: ArticleContext, sent, out: _Collector) -> None:
    """"the Green Union party of veteran leader X", "the Solar Party of former premier X": the
    party "of" a person is that person's party."""
    for tok in sent:
        k = ctx.key(tok)
        if ctx.type_of(k) != "PoliticalParty":
            k = None
            if tok.lower_ == "party":  # "the Tarn Union (TU) party of X", "the Tarn Union, the party of X"
                named = [c for c in tok.children if c.dep_ in ("compound", "nmod")] + ([tok.head] if tok.dep_ == "appos" else [])
                k = next((ctx.key(c) for c in named if ctx.type_of(ctx.key(c)) in ("PoliticalParty", "Organization",
                                                                                  "GovernmentBody")), None)
        if k is None or ctx.in_quote(tok.idx):
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                person = ctx.key(obj)
                if obj.dep_ == "pobj" and ctx.type_of(person) == "Person":
                    out.add(person, "memberOf", k, sent, REL_AFFILIATION)


def _member_words(ctx: ArticleContext) -> dict[str, str]:
    """The words a member of each party the article names is called by, lower-cased -> the party:
    "Republican" for the Republican Party or "Republicans", "Democrat" for the Democratic Party,
    "Social Democrat" for the Social Democrats (a party's name without "Party", its adjective in
    "-ic" as a noun, a plural name in the singular)."""
    cached = getattr(ctx, "_member_words_cache", None)
    if cached is not None:
        return cached
    words: dict[str, str] = {}
    for e in ctx.table:
        if e.type != "PoliticalParty":
            continue
        for form in [e.name, *e.aliases]:
            base = re.sub(r"(?i)^the\s+|\s+party$", "", form.strip())
            if not base or not base[:1].isupper() or len(base) < 4:
                continue
            found = {base}
            if base.endswith("ic"):
                found.add(base[:-2])  # "Democratic" -> "Democrat"
            if base.endswith("s") and not base.endswith("ss"):
                found.add(base[:-1])  # "Republicans" -> "Republican"
            for w in found:
                words.setdefault(w.lower(), e.key)
    ctx._member_words_cache = words
    return words


def _party_word_beside_person(ctx: ArticleContext, sent, out: _Collector) -> None:
    """A party's member named by the party's word: "Republican Wally Herger", "Social Democrat
    lawmaker X", "X, a Michigan Democrat,", "X, a Democrat from Ohio" (the party must be one the
    article names)."""
    words = _member_words(ctx)
    if not words:
        return
    toks = list(sent)
    for i, tok in enumerate(toks):
        if ctx.in_quote(tok.idx) or not tok.text[:1].isupper():
            continue
        for width in (2, 1):
            form = " ".join(t.text for t in toks[i:i + width]).lower()
            party = words.get(form) if len(toks[i:i + width]) == width else None
            if party is None or any(ctx.key(t) not in (None, party) for t in toks[i:i + width]):
                continue
            j = i + width
            while j < len(toks) and toks[j].lower_.rstrip(".") in LEGISLATOR_WORDS | {"senator", "sen", "rep", "leader"}:
                j += 1  # "Republican Senator X", "Social Democrat lawmaker X"
            before = [t.lower_ for t in toks[max(0, i - 3):i]]
            person = ctx.key(toks[j]) if j < len(toks) else None
            if ctx.type_of(person) == "Person":
                out.add(person, "memberOf", party, sent, REL_AFFILIATION)
            elif "," in before and before[-1] in ("a", "an") or before[-2:-1] in (["a"], ["an"]):
                # "X, a Democrat," / "X, a Michigan Democrat": the person the description is set off from
                k = i - 1
                while k >= 0 and toks[k].text != ",":
                    k -= 1
                person = ctx.key(toks[k - 1]) if k >= 1 else None
                if ctx.type_of(person) == "Person" and j < len(toks) and (toks[j].text in (",", ".", ";")
                                                                          or toks[j].lower_ in ("from", "of", "who")):
                    out.add(person, "memberOf", party, sent, REL_AFFILIATION)
            break


# Nouns for a body inside another: "the Bureau of Mines, part of the Interior Ministry".
PART_NOUNS = {"part", "agency", "arm", "unit", "division", "office", "bureau", "body", "branch", "department",
              "section", "wing", "subsidiary", "component", "directorate", "service", "committee"}
PANEL_NOUNS = {"panel", "board", "council", "commission", "watchdog", "regulator"}  # "X, the Fed's policy panel"


# what a person's own business is called ("his investment company, X", "her firm, Y")
OWN_BUSINESS_NOUNS = {"company", "firm", "business", "vehicle", "companies", "firms", "businesses", "fund"}


def _names_listed_after(ctx: ArticleContext, noun, after_comma: bool = True) -> list[str]:
    """The firms listed right after a plural noun and its comma: "his companies, X, Y and Z" (read
    in the words, as the parser hangs such lists anywhere); without the comma when `after_comma`
    is False ("the lenders X, Y and Z")."""
    doc, out = ctx.doc, []
    i = noun.i + 1
    if after_comma:
        if i >= len(doc) or doc[i].text != ",":
            return out
        i += 1
    while i < len(doc):
        k = ctx.key(doc[i])
        if ctx.type_of(k) not in ("Company", "Organization") or doc[i].pos_ == "PRON":
            break  # (a list names its firms: "five entities it said ..." lists none)
        out.append(k)
        while i < len(doc) and ctx.key(doc[i]) == k:
            i += 1
        if i < len(doc) and doc[i].text == "(":  # another name set after it: "X Corp. (X)", "X (a/k/a Y)"
            close = next((j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text == ")"), None)
            i = close + 1 if close is not None else i
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return out


def _described_or_named(ctx: ArticleContext, noun) -> list[str]:
    """The entities a noun phrase names, the one set off after a described noun first: "Z's
    competitor, Y" names Y (its possessor Z only describes it)."""
    named = [k for c in noun.children if c.dep_ == "appos" and ctx.key(noun) is None for k in [ctx.key(c)] if k]
    return named or _np_keys(ctx, noun)


def _own_companies(ctx: ArticleContext, sent, out: _Collector) -> None:
    """A person's company named beside it: "Kerkorian, through his investment company, X",
    "a penalty on Y, a businessman, and his company, X", "Y's holding firm, X": the person owns
    it. A company possessed by another firm is left to the ownership readers."""
    for tok in sent:
        if tok.lower_ not in OWN_BUSINESS_NOUNS or tok.pos_ != "NOUN" or ctx.key(tok) is not None or ctx.in_quote(tok.idx):
            continue
        owners = [k for c in tok.children if c.dep_ == "poss" for k in [ctx.key(c)] if ctx.type_of(k) == "Person"]
        firms = [k for c in tok.children if c.dep_ == "appos" for k in [ctx.key(c)]
                 if ctx.type_of(k) in ("Company", "Organization")]
        if tok.lower_ in ("companies", "firms", "businesses"):
            firms += [k for k in _names_listed_after(ctx, tok) if k not in firms]
        for owner in owners:
            for firm in firms:
                out.add(owner, "owns", firm, sent, REL_OWNED_DESCRIBED)


def _parts(ctx: ArticleContext, sent, out: _Collector) -> None:
    """A government body inside another ("X, part of Y", "X, an agency within Y", "X within Y")
    is a member of it; a firm that is part of another is owned by it."""
    for tok in sent:
        if ctx.in_quote(tok.idx):
            continue
        child, owners = None, []
        if tok.dep_ == "appos" and tok.lower_ in PART_NOUNS | PANEL_NOUNS and ctx.key(tok) is None:
            child = ctx.phrase_key(tok.head, ORG_TYPES)
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "within", "under", "inside")]
            # "X, the Fed's policy-setting panel": the body that possesses the description
            owners = [ctx.key(c) for c in tok.children if c.dep_ == "poss" and ctx.type_of(ctx.key(c)) == "GovernmentBody"]
        elif tok.lower_ == "part" and tok.dep_ == "attr" and lemma(tok.head) == "be" and ctx.key(tok) is None:
            # "X, which is part of Y", "X is part of Y"
            cop = tok.head
            child = ctx.phrase_key(cop.head, ORG_TYPES) if cop.dep_ == "relcl" else next(iter(
                [k for k in _subject_keys(ctx, cop) if ctx.type_of(k) in ORG_TYPES]), None)
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        elif ctx.type_of(ctx.key(tok)) in ORG_TYPES:
            child = ctx.key(tok)
            preps = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ in ("within", "inside") or c.lower_ == "at"
                                                                     and _is_sub_agency(ctx, child))]
        else:
            continue
        if child is None:
            continue
        for parent in owners:
            if parent != child and ctx.type_of(child) == "GovernmentBody":
                out.add(child, "memberOf", parent, sent, REL_PART_OF_BODY)
        for prep in preps:
            for p in prep.children:
                parent = ctx.phrase_key(p, ORG_TYPES) if p.dep_ == "pobj" else None
                if parent is None or parent == child:
                    continue
                if prep.lower_ == "at" and not _is_parent_body(ctx, parent):
                    continue  # "the Office at the Treasury"; not "the Office at a bank"
                ct, pt = ctx.type_of(child), ctx.type_of(parent)
                if ct == "GovernmentBody" and pt == "GovernmentBody":
                    out.add(child, "memberOf", parent, sent, REL_PART_OF_BODY)
                elif ct in ("Company", "MediaOutlet") and pt in ("Company", "Organization"):
                    out.add(parent, "owns", child, sent, REL_PART_OF_BODY)


MEMBER_NOUNS = {"member", "members"}
COUNTRY_NOUNS = {"state", "states", "country", "countries", "nation", "nations", "economy", "economies"}


def _bodies_in(noun) -> list:
    """The words after "in" that a plural country noun names its body by ("the economies in APEC",
    "the countries in the EU"); none for another noun."""
    if noun.lower_ not in COUNTRY_NOUNS:
        return []
    return [q for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for q in c.children if q.dep_ == "pobj"]


def _country_memberships(ctx: ArticleContext, sent, out: _Collector) -> None:
    """Countries in an international organisation: "NATO member Turkey", "OPEC members Iraq and
    Kuwait", "EU member states Hungary and Poland", "EU countries Italy and Spain", "Turkey, a
    member of NATO,", "Chile is an APEC member", "the EU's members, including Malta", "APEC
    members such as Peru". Only countries and only bodies of the Organization type (not a
    country's own senate or ministry)."""
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        if ctx.key(tok) is not None or ctx.in_quote(tok.idx) or tok.pos_ != "NOUN":
            continue
        if low in MEMBER_NOUNS:
            end = tok
            if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in COUNTRY_NOUNS:
                end = doc[tok.i + 1]  # "member states", "member countries"
        elif low in COUNTRY_NOUNS and low.endswith("s") and tok.i > sent.start \
                and ctx.type_of(ctx.key(doc[tok.i - 1])) == "Organization":
            end = tok  # "EU countries Italy and Spain", "G7 economies"
        elif low in COUNTRY_NOUNS and low.endswith("s") and any(
                ctx.type_of(ctx.key(q)) == "Organization" for q in _bodies_in(tok)):
            end = tok  # "the economies in APEC, including X and Y", "the countries in the EU"
        else:
            continue
        orgs = []
        for n in {tok, end}:
            for c in n.children:
                if c.dep_ in ("compound", "poss", "nmod"):
                    orgs.append(ctx.key(c))
                elif c.dep_ == "prep" and c.lower_ == "of":
                    orgs += [k for q in c.children if q.dep_ == "pobj" for k in _np_keys(ctx, q)]
            orgs += [k for q in _bodies_in(n) for k in _np_keys(ctx, q)]
        if tok.i > sent.start:
            orgs.append(ctx.key(doc[tok.i - 1]))  # "OPEC member", whatever the parse made of it
        orgs = [k for k in dict.fromkeys(orgs) if k and ctx.type_of(k) == "Organization"]
        # "Russia, a non-OPEC member", "non-EU countries": outside the body
        orgs = [k for k in orgs if not any(t.lower_ in ("non", "non-") for t in doc[max(sent.start, tok.i - 4):tok.i])]
        if not orgs:
            continue
        countries = []
        if end.i + 1 < sent.end and ctx.is_country(ctx.key(doc[end.i + 1])):
            countries += _np_keys(ctx, doc[end.i + 1]) or [ctx.key(doc[end.i + 1])]
        # ("the economies in APEC - including X and Y -": the parser may hang the list on the body)
        bodies = [q for q in _bodies_in(tok) if ctx.key(q) in orgs]
        for n in {tok, end, *bodies}:
            if n.dep_ == "appos" and n not in bodies:
                countries += _np_keys(ctx, n.head)
            if n.dep_ == "attr" and lemma(n.head) in COPULAS:
                countries += _subject_keys(ctx, n.head)
            for c in n.children:
                if c.dep_ == "appos":
                    countries += _np_keys(ctx, c)
                elif c.dep_ == "prep" and c.lower_ in ("including", "like", "as"):
                    if c.lower_ == "as" and not any(a.lower_ == "such" for a in c.children) \
                            and doc[c.i - 1].lower_ != "such":
                        continue
                    countries += [k for q in c.children if q.dep_ == "pobj" for k in _np_keys(ctx, q)]
        for country in dict.fromkeys(countries + [k for c in countries for k in _later_conjuncts(ctx, c, sent)]):
            if ctx.is_country(country):
                for org in orgs[:1]:
                    out.add(country, "memberOf", org, sent, REL_MEMBER_STATED)
    _members_by_verb(ctx, sent, out)
    _memberships_by_noun(ctx, sent, out)


def _later_conjuncts(ctx: ArticleContext, key: str, sent) -> list[str]:
    """The entities coordinated after `key`'s mention further down a list ("Japan, Germany and
    Italy": the parse hangs "Italy" on "Germany", not on "Japan")."""
    out = []
    for tok in sent:
        if ctx.key(tok) != key:
            continue
        todo = [c for c in tok.children if c.dep_ == "conj"]
        while todo:
            c = todo.pop()
            if ctx.key(c):
                out.append(ctx.key(c))
            todo += [d for d in c.children if d.dep_ == "conj"]
    return out


GROUPING_VERBS = {"include", "comprise", "group"}
GROUPED_PARTICIPLES = {"made", "composed", "consisting", "comprising", "grouping", "including"}


def _country_it(ctx: ArticleContext, verb) -> list[str]:
    """The country an unresolved "it" subject stands for when a state's act is told ("policy
    towards China since it joined the WTO"): the country named last before it in its sentence,
    unless it is one of a pair ("trade between Chile and Peru")."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" and ctx.key(c) is None for c in verb.children):
        return []
    before = [t for t in verb.sent if t.i < verb.i and ctx.is_country(ctx.key(t))]
    if not before or before[-1].dep_ == "conj" or any(c.dep_ == "conj" for c in before[-1].children):
        return []
    return [ctx.key(before[-1])]


# verbs of a body taking a member in: "accepted X as a member", "admitted X to the union"
ADMIT_VERBS = {"admit", "accept", "welcome", "induct"}


def _members_by_verb(ctx: ArticleContext, sent, out: _Collector) -> None:
    """"The G7 includes Japan and Italy", "the G7, made up of Japan and Italy,", "Japan joined
    the WTO in 2001", "Chile, which joined APEC in 1994,": countries named as an international
    organisation's members by a verb (the country itself the object, not "China's yuan")."""
    for tok in sent:
        if tok.pos_ != "VERB" or ctx.in_quote(tok.idx):
            continue
        lem = lemma(tok)
        pairs = []
        if lem in GROUPING_VERBS and not _is_passive(tok) and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "on", "into", "among") for c in tok.children) \
                or tok.lower_ in GROUPED_PARTICIPLES and tok.dep_ == "acl":
            # (not "the IMF included China in its list": put on something else)
            org = ctx.phrase_key(tok.head) if tok.dep_ == "acl" else next(iter(_subject_keys(ctx, tok)), None)
            objs = [c for c in tok.children if c.dep_ == "dobj"] + [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            objs += [p for c in tok.children if c.dep_ == "prt" for d in c.children if d.dep_ == "prep"
                     for p in d.children if p.dep_ == "pobj"]
            pairs = [(ctx.key(o), org) for o in objs]
        elif lem == "join" and not _is_passive(tok):
            joiners = _subject_keys(ctx, tok) or _country_it(ctx, tok)
            pairs = [(k, ctx.key(c)) for c in tok.children if c.dep_ == "dobj" for k in joiners]
        elif lem in ADMIT_VERBS and not unasserted(tok):
            # "the WTO accepted Russia as a member", "Croatia was admitted to the EU": the body
            # takes the country in
            if _is_passive(tok):
                admitted = [c for c in tok.children if c.dep_ == "nsubjpass"]
                orgs = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                        for p in c.children if p.dep_ == "pobj" for k in [ctx.key(p)]]
            else:
                admitted = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
                orgs = list(_subject_keys(ctx, tok)) if any(
                    c.dep_ == "prep" and c.lower_ == "as" and any(p.lower_ in ("member", "members") for p in c.children)
                    for c in tok.children) else [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                                                 for p in c.children if p.dep_ == "pobj" for k in [ctx.key(p)]]
            pairs = [(ctx.key(a), org) for a in admitted for org in orgs[:1]]
        for country, org in pairs:
            if not country or ctx.type_of(org) != "Organization":
                continue
            for k in [country] + _later_conjuncts(ctx, country, sent):
                if ctx.is_country(k):
                    out.add(k, "memberOf", org, sent, REL_MEMBER_STATED)


def _memberships_by_noun(ctx: ArticleContext, sent, out: _Collector) -> None:
    """"Japan's membership in the WTO", "his membership of the Green Party": the possessor (a
    pronoun's clause subject) is a member of the body after of/in."""
    for tok in sent:
        if tok.lower_ != "membership" or ctx.in_quote(tok.idx):
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        member = ctx.key(poss)
        if member is None and poss.lower_ in ("his", "her", "its"):
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            member = next(iter(_subject_keys(ctx, verb)), None) if verb.pos_ in ("VERB", "AUX") else None
        bodies = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                  for p in c.children if p.dep_ == "pobj" for k in [ctx.phrase_key(p)] if k]
        for body in bodies[:1]:
            if ctx.type_of(member) == "Person" and ctx.type_of(body) in MEMBER_BODY_TYPES or \
                    ctx.is_country(member) and ctx.type_of(body) == "Organization":
                out.add(member, "memberOf", body, sent, REL_MEMBER_STATED)


__all__ = ["extract_relations"]
