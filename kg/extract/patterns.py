"""Shared machinery for relation, event and quote extraction.

`SentenceView` turns one parsed sentence into a string of one-letter symbols, one per item
(an entity mention, a title word, a function word, ...). Surface patterns such as
"ORG TITLE PERSON" ("Tencent CEO Pony Ma") are then ordinary regular expressions over that
string, and a match position is an item index. The dependency parse is used beside it where
word order alone is ambiguous (who is the subject of "met", what "against" attaches to).

`ArticleContext` holds what every extractor needs once per article: the entity of each token
(from the entity table, plus pronouns and "the company"-style descriptions resolved here when
the table has no mention there), the quoted spans, and evidence for a sentence.

Word lists are general English (titles, demonyms, speech verbs); nothing here is about a
particular article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.extract.entity_lexicon import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SITE_PARTICIPLES
from kg.extract.event_lexicon import TRIGGERS
from kg.extract.entity_lexicon import STATUS_OF_WORD as _STATUS_WORDS
from kg.extract.table import EntityTable
from kg.models import Article, Evidence

# --- vocabulary -------------------------------------------------------------------------------

ORG_TYPES = {"Company", "Organization", "MediaOutlet", "EducationalInstitution", "GovernmentBody", "PoliticalParty"}
ACTOR_TYPES = ORG_TYPES | {"Person"}

# Head words of a position title ("CEO", "senior economist", "Secretary of the Treasury").
TITLE_HEADS = {
    "ceo", "cfo", "coo", "cto", "cio", "chairman", "chairwoman", "chairperson", "chair", "president",
    "vice-president", "director", "head", "chief", "leader", "minister", "secretary", "governor",
    "economist", "analyst", "strategist", "professor", "spokesman", "spokeswoman", "spokesperson",
    "executive", "officer", "commissioner", "ambassador", "senator", "congressman", "congresswoman",
    "mayor", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan", "partner", "researcher", "fellow",
    "lecturer", "editor", "correspondent", "reporter", "adviser", "advisor", "counsel", "judge", "expert",
    "prosecutor", "envoy", "lawmaker", "treasurer", "manager", "boss", "general", "attorney",
    "administrator", "official", "representative", "chiefs", "trustee", "dean", "provost",
    "founder", "co-founder", "cofounder", "owner", "principal", "superintendent", "inspector",
    "comptroller", "controller", "auditor", "supervisor", "commander", "speaker", "whip",
    "prime minister", "head of state", "lead", "scientist", "engineer", "investor", "member", "mp", "mep",
    "negotiator", "justice", "undersecretary", "under-secretary", "columnist", "journalist", "commentator",
}
FOUNDER_WORDS = {"founder", "co-founder", "cofounder", "founders", "co-founders", "cofounders"}
# Words that may start or extend a title but are not titles alone.
TITLE_MODIFIERS = {
    "former", "senior", "deputy", "vice", "executive", "acting", "interim", "assistant", "associate", "special",
    "managing", "prime", "foreign", "finance", "new", "then", "current", "top", "principal",
    "first", "second", "third", "fourth", "fifth", "incoming", "outgoing", "co", "founding",
    "non-executive", "independent", "state", "federal", "regional", "global", "international",
    "chief", "general", "attorney", "research", "investment", "market", "markets", "economic",
    "political", "trade", "commerce", "defense", "defence", "treasury", "justice", "finance",
    "interior", "home", "energy", "health", "labor", "labour", "education", "foreign-affairs",
    "technology", "operating", "financial", "head", "lead", "elected", "longtime", "long-time",
    "supreme", "majority", "minority", "house", "senate", "portfolio", "fund", "equity", "credit",
    "sales", "communications", "policy", "legal", "science", "data", "product", "board",
    "city", "county", "district",
}
# Titles that make someone the leader of a country when no organisation is named.
HEAD_OF_STATE_TITLES = {
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "leader",
    "supreme leader", "head of state", "monarch", "sultan", "emir", "vice president",
    "vice-president",
}
MONARCH_TITLES = {"king", "queen", "emperor", "monarch", "sultan", "emir", "prince", "princess", "pope"}
# Cabinet titles whose organisation is the department named by a word in the title
# ("Secretary of Commerce", "Treasury Secretary", "Minister of Finance").
DEPARTMENT_TITLE_HEADS = {"secretary", "undersecretary", "under-secretary", "minister", "chief", "head"}
# Titles that belong to a department not named in them (general knowledge of government).
TITLE_DEPARTMENT_WORDS = {
    "attorney general": ("justice",),
    "deputy attorney general": ("justice",),
    "solicitor general": ("justice",),
    "chancellor of the exchequer": ("treasury",),
}

# Demonyms and country adjectives to the names a country entity may carry. One source: the
# gazetteer's kg:demonym of each country, with the country's abbreviations written as adjectives
# ("U.S. officials", "UK lawmakers"); "European" names the European Union's institutions.
def _demonym_table() -> dict[str, tuple[str, ...]]:
    from kg.gazetteer import load_gazetteer

    table: dict[str, tuple[str, ...]] = {}
    for entry in load_gazetteer().entries.values():
        if "Country" not in entry.classes:
            continue
        for word in entry.demonyms:
            table.setdefault(word.lower().replace("\u2019", "'"), entry.forms)
        for form in entry.forms:
            if re.fullmatch(r"[A-Z](?:\.?[A-Z]){1,2}\.?", form):  # "US", "U.S.", "UK"
                table.setdefault(form.lower(), entry.forms)
    table.setdefault("european", ("European Union", "EU"))
    return table


DEMONYMS = _demonym_table()

_COUNTRY_NAMES = {n.lower() for names in DEMONYMS.values() for n in names}

SPEECH_VERBS = {
    "say", "tell", "add", "state", "note", "argue", "explain", "write", "warn", "insist", "urge",
    "declare", "announce", "stress", "emphasize", "emphasise", "claim", "comment", "remark",
    "reply", "respond", "acknowledge", "admit", "conclude", "continue", "observe", "predict",
    "suggest", "tweet", "post", "caution", "assert", "maintain", "recall", "testify", "vow",
    "promise", "pledge", "call", "describe", "dub", "label", "term", "ask", "answer", "complain",
    "contend", "point", "reiterate", "confirm", "deny", "signal", "believe", "think", "agree",
    "allege", "concede", "counter", "retort", "quip", "lament", "boast", "mention", "exclaim", "joke", "scoff",
    "assure", "recount", "clarify", "elaborate",
}
# Verbs whose object is named by the quote ("called Google the 'gatekeeper for the internet'").
NAMING_VERBS = {"call", "describe", "dub", "label", "term", "brand"}

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
ORG_PRONOUNS = {"it", "its", "itself"}
# "the company" and its kind to the entity types it can refer back to.
DEFINITE_DESCRIPTIONS = {
    "company": {"Company"}, "firm": {"Company"}, "group": {"Company", "Organization"},
    "corporation": {"Company"}, "chain": {"Company"}, "broker": {"Company"},
    "conglomerate": {"Company"}, "giant": {"Company"}, "startup": {"Company"}, "bank": {"Company"},
    "lender": {"Company"}, "carrier": {"Company"}, "maker": {"Company"}, "manufacturer": {"Company"},
    "retailer": {"Company"}, "insurer": {"Company"}, "automaker": {"Company"},
    "supermarket": {"Company"}, "grocer": {"Company"}, "chipmaker": {"Company"}, "carmaker": {"Company"},
    "drugmaker": {"Company"}, "airline": {"Company"}, "miner": {"Company"}, "brewer": {"Company"},
    "regulator": {"GovernmentBody"}, "agency": {"GovernmentBody", "Organization"},
    "department": {"GovernmentBody"}, "ministry": {"GovernmentBody"}, "bureau": {"GovernmentBody"},
    "commission": {"GovernmentBody"}, "watchdog": {"GovernmentBody"}, "authority": {"GovernmentBody"},
    "government": {"GovernmentBody"}, "administration": {"GovernmentBody"},
    "central bank": {"GovernmentBody"}, "university": {"EducationalInstitution"},
    "party": {"PoliticalParty"}, "index": {"MarketIndex"}, "benchmark": {"MarketIndex"},
    "court": {"GovernmentBody"}, "office": {"GovernmentBody"},
    "country": {"Place"}, "nation": {"Place"},  # a country named before, never a city
    # bodies named by their own head word: "the committee" is the last "... Committee" named
    "committee": {"GovernmentBody", "Organization"}, "subcommittee": {"GovernmentBody", "Organization"},
    "council": {"GovernmentBody", "Organization"}, "panel": {"GovernmentBody", "Organization"},
}
# Descriptions that name only a body whose name holds the word ("the committee" -> "Budget Committee").
WORDED_DESCRIPTIONS = {"committee", "subcommittee", "council", "panel"}

# Words of address before a name: not part of a title ("Party Leader Hon. X").
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "hon", "hon.", "honourable", "honorable",
              "sir", "dame", "prof", "prof.", "rev", "rev."}

# Symbols for SentenceView.
TYPE_SYMBOL = {
    "Person": "P", "Company": "O", "Organization": "O", "MediaOutlet": "O", "EducationalInstitution": "O",
    "GovernmentBody": "G", "PoliticalParty": "Y", "Place": "C", "MarketIndex": "M", "Product": "X",
}
WORD_SYMBOL = {
    "of": "f", "at": "a", "for": "a", "with": "a", "in": "i", ",": ",", "'s": "s", "’s": "s", "'": "s",
    "’": "s", "a": "d", "an": "d", "the": "d", "its": "d", "who": "w", "which": "h", "that": "h",
    "and": "&", "as": "A", "(": "(", ")": ")", "by": "b", "is": "v", "was": "v", "became": "v",
    "becomes": "v", "be": "v", "has": "_", "to": "o",
}


# The small model's lemmatiser gets some news verbs wrong ("fined" -> "fin").
_LEMMA_FIXES = {
    "fined": "fine", "fines": "fine", "fining": "fine", "co-founded": "co-found", "cofounded": "cofound",
    "co-founds": "co-found", "co-founding": "co-found",
    "sued": "sue", "probed": "probe", "probes": "probe", "probing": "probe", "axed": "axe",
    "banned": "ban", "barred": "bar", "indicted": "indict", "sanctioned": "sanction", "founded": "found",
    "rallied": "rally", "slumped": "slump", "tumbled": "tumble", "plunged": "plunge", "surged": "surge",
    "soared": "soar", "dipped": "dip", "slid": "slide", "rose": "rise", "fell": "fall", "met": "meet",
    "hopes": "hope", "hoped": "hope", "hoping": "hope",
    # kept whole by the tokenizer (kg.nlp.RE_ELECTION_WORDS), which the lemmatizer then mangles
    "re-elected": "re-elect", "re-elects": "re-elect", "re-electing": "re-elect",
}


def lemma(tok) -> str:
    """The lower-cased lemma of a token, with the model's known slips corrected."""
    return _LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def norm_name(text: str) -> str:
    text = text.replace("\u2019", "'").lower().strip()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^\w&\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# --- quotes in text ----------------------------------------------------------------------------

_DOUBLE_OPEN = {"“": "”", "„": "”", "«": "»"}


def _straight_single_quotes(text: str) -> list[tuple[int, int]]:
    """Spans inside straight single quotes: an opening mark after a space, bracket, dash or line
    start and before a word; the closing mark after a word or punctuation and not before one, and
    not a plural's possessive ("the banks' losses") or a contraction ("don't")."""
    spans = []
    for m in re.finditer(r"(?:(?<=[\s(\[—–])|^)'(?=[A-Za-z0-9])", text, re.MULTILINE):
        s = m.end()
        line_end = text.find("\n", s)
        line_end = len(text) if line_end == -1 else line_end
        for c in re.finditer(r"(?<=[A-Za-z0-9.,!?%)…])'(?![A-Za-z0-9'])", text[s:line_end]):
            e = s + c.start()
            if text[e - 1] == "s" and re.match(r" [a-z]", text[e + 1:e + 3]):
                continue  # "the banks' losses"
            if e - s <= 600:
                spans.append((s, e))
            break
    return spans


_STRAIGHT_CLOSE = re.compile(r'[,.?!…]"(?=\s|$)')


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quoted passages, double quotes first.

    Curly quotes pair by direction; straight double quotes pair in order within a paragraph.
    Single curly quotes (‘...’) count only outside double quotes and only where the closing
    mark is not an apostrophe inside a word ("Xi’s").
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closing = _DOUBLE_OPEN.get(ch) or ('"' if ch == '"' else None)
        if closing is None:
            i += 1
            continue
        close = text.find(closing, i + 1)
        para_end = text.find("\n", i + 1)
        # mixed marks in copied text: “…," he said and "…” close with the other kind of mark when
        # it comes first in the paragraph; a straight mark closes a curly quote only after
        # punctuation and before a space, and only as the first straight mark (“He called it
        # "absurd." Then he left” nests instead)
        if closing == '"':
            other = text.find("”", i + 1)
        else:
            m = _STRAIGHT_CLOSE.search(text, i + 1)
            other = m.start() + 1 if m and '"' not in text[i + 1:m.start() + 1] else -1
        if other != -1 and (para_end == -1 or other < para_end) and (
                close == -1 or (para_end != -1 and close > para_end) or other < close):
            close = other
        if close == -1 or (para_end != -1 and close > para_end):
            # A quote that runs to the end of its paragraph (news style for a quote that
            # continues in the next paragraph): take it to the paragraph end.
            end = para_end if para_end != -1 else n
            spans.append((i + 1, end))
            i = end
            continue
        spans.append((i + 1, close))
        i = close + 1
    # single curly quotes outside the double-quoted spans
    for m in re.finditer(r"‘([^‘’\n]{1,300}?)’(?![A-Za-z])", text):
        s, e = m.start(1), m.end(1)
        if any(qs <= s < qe for qs, qe in spans):
            continue
        if s > 1 and text[s - 2].isalnum():  # ‘ glued to a word is not an opening quote
            continue
        spans.append((s, e))
    # straight single quotes, as some outlets write every quote ('We will act,' he said): an
    # opening mark after a space or line start, before a word; a closing mark after the words,
    # not inside a word ("don't") and not a plural's possessive ("the banks' losses")
    for s, e in _straight_single_quotes(text):
        if any(qs - 1 <= s < qe + 1 for qs, qe in spans) or "\n" in text[s:e]:
            continue
        spans.append((s, e))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    spans.sort()
    return spans


def site_participle_after(ctx: "ArticleContext", tok) -> bool:
    """Whether a mention is the place of an "X-based" modifier ("a Tarnville-based analyst", "the
    Oslo-headquartered firm"): its last word is followed by a hyphen and a participle that places
    a firm (SITE_PARTICIPLES), written apart or joined ("-based")."""
    doc, key, j = tok.doc, ctx.key(tok), tok.i + 1
    while j < len(doc) and key is not None and ctx.key(doc[j]) == key:
        j += 1  # the mention's last word
    if j < len(doc) and doc[j].text in ("-", "–"):
        return j + 1 < len(doc) and doc[j + 1].lower_ in SITE_PARTICIPLES
    return j < len(doc) and doc[j].text.startswith("-") and doc[j].lower_.lstrip("-") in SITE_PARTICIPLES


# --- the article context -----------------------------------------------------------------------


_RECENT_CONTEXTS: list["ArticleContext"] = []


@dataclass
class ArticleContext:
    doc: object
    table: EntityTable
    article: Article
    token_key: list[str | None] = field(default_factory=list)
    resolved: dict[int, str] = field(default_factory=dict)  # token index -> key for pronouns etc.
    text: str = ""
    quotes: list[tuple[int, int]] = field(default_factory=list)
    evidence_text: str = ""  # the article as written (a re-parsed headline's own text is re-cased)
    # (firm, place, token index) from "the U.S. airplane maker" read as a firm mentioned before
    described_locations: list = field(default_factory=list)
    _units: list | None = None
    _plain_units: list | None = None
    sents: list = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _adjective_places: dict[str, str] | None = None  # "gambian" -> the Place entity it is formed from
    # sentences of a market report that look back at a price's move on a day before the report's
    # (events._chain_report_days): the narrative's day is not taken from them
    look_backs: set[int] = field(default_factory=set)

    @classmethod
    def build(cls, doc, table: EntityTable, article: Article) -> "ArticleContext":
        for cached in _RECENT_CONTEXTS:
            if cached.doc is doc and cached.table is table and cached.article is article:
                return cached
        ctx = cls(doc=doc, table=table, article=article)
        ctx.token_key = [table.key_at(t.idx, t.idx + len(t.text)) for t in doc]
        ctx.sents = list(doc.sents)
        ctx._sent_starts = [s.start for s in ctx.sents]
        ctx.text = doc.text  # Doc.text joins every token on each access
        ctx.evidence_text = ctx.text
        ctx.quotes = find_quote_spans(ctx.text)
        ctx._resolve_references()
        # relations, events and quotes of one article share one context; keep a few, not in
        # doc.user_data, so a Doc stays serialisable
        _RECENT_CONTEXTS.insert(0, ctx)
        del _RECENT_CONTEXTS[4:]
        return ctx

    # entity of a token ---------------------------------------------------------------------
    def key(self, tok) -> str | None:
        k = self.token_key[tok.i]
        if k is None:
            k = self.resolved.get(tok.i)
        return k

    def type_of(self, key: str | None) -> str | None:
        if key is None:
            return None
        try:
            return self.table.get(key).type
        except KeyError:
            return None

    def sent_of(self, tok):
        """The sentence of a token (Token.sent rescans the document on every call)."""
        return self.sents[bisect.bisect_right(self._sent_starts, tok.i) - 1]

    def in_quote(self, char: int) -> bool:
        """Whether a character offset lies inside a quoted passage (quotes do not overlap)."""
        i = bisect.bisect_right(self.quotes, (char, float("inf"))) - 1
        return i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]

    def evidence(self, sent) -> Evidence:
        start, end = sent.start_char, sent.end_char
        while end > start and self.evidence_text[end - 1].isspace():
            end -= 1
        while start < end and self.evidence_text[start].isspace():
            start += 1
        return Evidence(sentence=self.evidence_text[start:end], start=start, end=end)

    def units(self) -> list[tuple["ArticleContext", object]]:
        """(context, sentence) pairs to mine, in text order.

        A Title Case Headline parses badly ("Abandons" as a proper noun, the whole line one
        name), so a sentence holding one is parsed again with the headline's ordinary words in
        lower case; its offsets are kept, so entity mentions and evidence still line up.
        """
        if self._units is None:
            self._units = _with_reparsed([(self, sent) for sent in self.sents], lambda ctx, sent: ctx._reparsed(sent))
        return self._units

    def plain_units(self) -> list[tuple["ArticleContext", object]]:
        """The units of `units()`, where a sentence also holding a defined short name in
        parentheses ('Ana Ruiz ("Ruiz"), the founder of X', 'Tarn Inc. ("Tarn")') is parsed again
        without it (blanked to spaces, offsets kept): the small model reads the parenthesis as the
        head of what follows and loses the appositive. For relations."""
        if self._plain_units is None:
            self._plain_units = _with_reparsed(self.units(), lambda ctx, sent: ctx._reparsed(
                sent, blank_definitions=True) if _DEFINITION.search(sent.text) or ctx._short_names_after_names(
                    sent.text, sent.start_char) else None)
        return self._plain_units

    def _short_names_after_names(self, line: str, line_start: int) -> list[tuple[int, int]]:
        """Spans (in `line`) of a short name in parentheses right after the name it stands for and
        before a description set off by a comma: "Tarn Trading Limited (TTL), a U.K. company,"
        (the same entity on both sides; not a country or another body in parentheses, "Kaspersky
        Group (Russia)", nor a name listed after "and", whose description may be the list's)."""
        spans = []
        for m in _SHORT_NAME.finditer(line):
            if not re.match(r",\s+(?:a|an|the)\s", line[m.end():]):
                continue  # only where a description follows, which the parenthesis cuts off
            inside = self.table.key_at(line_start + m.start(1), line_start + m.end(1))
            before = self.table.key_at(line_start + m.start() - 2, line_start + m.start())
            if inside is None or inside != before:
                continue
            mention = [(a, b) for a, b, k in self.table.mentions_between(line_start + m.start() - 2, line_start + m.start())
                       if k == before]
            opening = line[:mention[0][0] - line_start] if mention and mention[0][0] >= line_start else ""
            if re.search(r"\b(?:and|or)\s+(?:[\w-]+\s+){0,2}$", opening):
                continue  # "X (XC) and Y-based Z (ZC), a subsidiary of W": whose the description is the parse must tell
            spans.append((m.start(), m.end()))
        return spans

    def _reparsed(self, sent, blank_definitions: bool = False) -> "ArticleContext | None":
        text = self.text
        start, end = sent.start_char, sent.end_char
        pieces = []
        pos = start
        changed = False
        for line in text[start:end].split("\n"):
            line_start = pos
            pos += len(line) + 1
            # (judged on the whole line: the small parser may cut a headline into two sentences,
            # "European Union Fines Microsoft --" and "Again")
            whole_start = text.rfind("\n", 0, line_start) + 1
            whole_end = text.find("\n", line_start)
            whole = text[whole_start:whole_end if whole_end >= 0 else len(text)]
            short = self._short_names_after_names(line, line_start) if blank_definitions else []
            if not blank_definitions and _is_title_case(whole, whole_start, self):
                pieces.append(_sentence_case(line, line_start, self))
                changed = True
            elif blank_definitions and (_DEFINITION.search(line) or short):
                line = _DEFINITION.sub(lambda m: " " * len(m.group()), line)  # (same length: the spans hold)
                for a, b in short:
                    line = line[:a] + " " * (b - a) + line[b:]
                pieces.append(line)
                changed = True
            else:
                pieces.append(line)
        if not changed:
            return None
        recased = "\n".join(pieces)
        if len(recased) != end - start:
            return None
        try:
            from kg.nlp import pipeline_for

            nlp = pipeline_for(self.doc)
        except Exception:  # no pipeline to re-parse with: keep the original parse
            return None
        doc2 = nlp.make_doc(" " * start + recased)
        for tok in doc2[1:]:
            # a headline is its own sentence: the parser keeps preset starts
            if "\n" in doc2[tok.i - 1].text_with_ws:
                tok.is_sent_start = True
        for _, proc in nlp.pipeline:
            doc2 = proc(doc2)
        sub = ArticleContext(doc=doc2, table=self.table, article=self.article)
        sub.token_key = [self.table.key_at(t.idx, t.idx + len(t.text)) if not t.is_space else None for t in doc2]
        sub.sents = list(doc2.sents)
        sub._sent_starts = [s.start for s in sub.sents]
        sub.text = doc2.text
        sub.evidence_text = self.evidence_text
        sub.quotes = [q for q in self.quotes if start <= q[0] < end]
        sub.resolved = {}
        sub._units = [(sub, s) for s in sub.sents]
        sub._resolve_references()
        if blank_definitions:
            # what the article resolved before ("the company", "he") stands as resolved here
            at = {t.idx: t.i for t in doc2 if not t.is_space}
            for i, k in self.resolved.items():
                j = at.get(self.doc[i].idx) if start <= self.doc[i].idx < end else None
                if j is not None and j not in sub.resolved and sub.token_key[j] is None:
                    sub.resolved[j] = k
        return sub


    def phrase_key(self, tok, types: set[str] | None = None) -> str | None:
        """The entity a noun phrase headed by `tok` names: the head itself, else a compound or
        flat part of it, else an appositive (so "Secretary ... Janet Yellen" gives Yellen)."""
        k = self.key(tok)
        if k and (types is None or self.type_of(k) in types):
            return k
        found = []
        for child in tok.children:
            if child.dep_ in ("compound", "flat", "appos", "nmod") or (child.dep_ == "poss" and types is None):
                k = self.key(child)
                if k and (types is None or self.type_of(k) in types):
                    found.append(k)
        if found:
            # "Senate Majority Leader Chuck Schumer" names the person, not the Senate
            people = [k for k in found if self.type_of(k) == "Person"]
            return people[-1] if people else found[0]
        for child in tok.children:
            if child.dep_ in ("appos", "compound"):
                for sub in child.subtree:
                    k = self.key(sub)
                    if k and (types is None or self.type_of(k) in types):
                        return k
        return None

    def entity_by_names(self, names, types: set[str] | None = None) -> str | None:
        """The table entity whose name or alias equals one of `names` (normalised)."""
        wanted = {norm_name(n) for n in names}
        for e in self.table:
            if types and e.type not in types:
                continue
            forms = {norm_name(e.name), *(norm_name(a) for a in e.aliases)}
            if forms & wanted:
                return e.key
        return None

    def entity_with_word(self, word: str, types: set[str], before: int | None = None) -> str | None:
        """The one entity of `types` whose name contains `word` ("Commerce" -> the Department
        of Commerce). When several do, the one mentioned last before offset `before` (the
        department in the preceding text, not a foreign ministry named later); else None."""
        word = word.lower()
        hits = [
            e for e in self.table
            if e.type in types and any(word in norm_name(n).split() for n in [e.name, *e.aliases])
        ]
        if len(hits) > 1:
            # "Antitrust Division of the Department of Justice" names a part, not the department
            hits = [e for e in hits if word in norm_name(e.name.split(" of the ")[0] if " of the " in e.name and
                                                           not e.name.lower().startswith(("department", "ministry"))
                                                           else e.name).split()]
        if len(hits) > 1 and before is not None:
            last = {e.key: max((m.start for m in e.mentions if m.start < before), default=-1) for e in hits}
            ranked = sorted(hits, key=lambda e: -last[e.key])
            if last[ranked[0].key] >= 0 and last[ranked[0].key] != last[ranked[1].key]:
                return ranked[0].key
        return hits[0].key if len(hits) == 1 else None

    def is_country(self, key: str | None) -> bool:
        """Whether an entity is a country: a name the demonym list knows, or the gazetteer's class."""
        if self.type_of(key) != "Place":
            return False
        e = self.table.get(key)
        forms = {e.name.lower(), *(a.lower() for a in e.aliases)}
        if forms & _COUNTRY_NAMES:
            return True
        return (e.ontology_class or "") in ("Country", "Nation", "State")

    def country_of_demonym(self, word: str) -> str | None:
        names = DEMONYMS.get(word.lower().replace("’", "'"))
        if not names:
            return self.place_of_adjective(word)
        return self.entity_by_names(names, {"Place", "GovernmentBody"})

    def place_of_adjective(self, word: str) -> str | None:
        """The place the article names that a capitalised nationality word is formed from, for
        countries the gazetteer does not list: "Gambian" (Gambia), "Togolese" (Togo), "Omani"."""
        if not word[:1].isupper() or len(word) < 5:
            return None
        low = word.lower()
        if self._adjective_places is None:
            self._adjective_places = {}
            for e in self.table:
                if e.type != "Place":
                    continue
                for n in (e.name, *e.aliases):
                    n = n.lower()
                    if not n.isalpha() or len(n) < 4:
                        continue
                    stems = {n, n[:-1]} if n[-1] in "aeiouy" else {n}
                    for stem in stems:
                        for suffix in ("n", "an", "ian", "ese", "i"):
                            self._adjective_places.setdefault(stem + suffix, e.key)
        return self._adjective_places.get(low)

    # pronouns and definite descriptions ------------------------------------------------------
    def _described_person(self, tok) -> str | None:
        """The person a definite title stands for ("the former EU commissioner", "the minister"):
        the one person named before it with that title word beside their name, in apposition
        ("X, a former top EU commissioner,") or before it ("Finance Minister X"). None when no
        one or more than one was."""
        if tok.lower_ not in TITLE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) \
                or any(c.dep_ in ("poss", "prep", "appos") for c in tok.children) \
                or (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and self.token_key[tok.i + 2]):
            return None  # (not "the minister's", "the minister of finance", "the minister, X,": they name their own)
        wanted = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")} - TITLE_STANDING_WORDS
        holders = set()
        for t in tok.doc[:tok.i]:
            if t.lower_ != tok.lower_ or t.pos_ != "NOUN" and t.pos_ != "PROPN":
                continue
            k = None
            if t.dep_ == "appos":
                k = self.token_key[t.head.i]
            elif t.dep_ == "compound" and t.head.i > t.i:
                k = self.token_key[t.head.i]
            elif t.head.dep_ == "appos" and t.dep_ in ("compound", "amod"):
                k = self.token_key[t.head.head.i]
            # the description's own words are the title's ("the Mexican president" is not "President X")
            written = {w.lower_ for w in t.doc[max(0, t.i - 4):t.i]}
            if k and self.type_of(k) == "Person" and wanted <= written:
                holders.add(k)
        return holders.pop() if len(holders) == 1 else None

    def _resolve_references(self) -> None:
        """Resolve he/she/his/her to a person and it/its/"the company" to an organisation.

        A personal pronoun refers to the latest person mentioned earlier in its own sentence;
        failing that, to the subject person of the nearest earlier sentence that names a
        person (else that sentence's last person). Only tokens the entity table leaves
        unresolved are filled in, so the entity resolver's own coreference wins.
        """
        self._resolve_bare_names()
        sents = self.sents
        history: list[tuple[list[tuple[int, str, bool]], object]] = []  # per sentence: (idx, key, is_subj)
        for sent in sents:
            here: list[tuple[int, str, bool]] = []
            for tok in sent:
                if self.in_quote(tok.idx):
                    continue  # "he" inside a quote is rarely the narrator's antecedent
                k = self.token_key[tok.i]
                low = tok.lower_
                if k is None and low in PERSON_PRONOUNS and tok.pos_ == "PRON" or (
                        k is None and low in ("her", "his") and tok.tag_ == "PRP$"):
                    gender = "f" if low in ("she", "her", "hers", "herself") else "m"
                    k = self._speaker_subject(tok, {"Person"}) or self._antecedent(
                        here, history, {"Person"}, gender=gender)
                    if k:
                        self.resolved[tok.i] = k
                elif k is None and low in ORG_PRONOUNS and tok.pos_ == "PRON":
                    if low == "it" and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
                        continue
                    if low == "it" and _is_expletive_it(tok):
                        continue
                    k = self._clause_subject(tok) if low == "its" else (
                        self._speaker_subject(tok, ORG_TYPES) or self._country_subject(tok))
                    k = k or self._antecedent(_outside_fronted_modifiers(here, tok), history, ORG_TYPES)
                    if k:
                        self.resolved[tok.i] = k
                elif k is None and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and \
                        (holder := self._described_person(tok)) is not None:
                    # "Mario Rossi, a former EU commissioner, ... The former EU commissioner said he
                    # ...": the one person the article gave that title
                    k = holder
                    self.resolved[tok.i] = k
                elif k is None and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
                    desc, place, kind_place = _definite_description(tok, self)
                    if desc in ("country", "nation") and (dem := self._demonym_before(sent, tok)) is not None:
                        # "Russian officials say the country's exchange fell": the country the
                        # sentence's demonym names (none when the article does not name it)
                        k = dem or None
                        if k:
                            self.resolved[tok.i] = k
                    elif desc:
                        # "the U.S. airplane maker" names a firm of the last sentence or two
                        k = self._antecedent(here, history[-1:] if kind_place else history,
                                             DEFINITE_DESCRIPTIONS[desc], strict_type=True)
                        if k and desc in ("ministry", "department") and not self._is_ministry(k, desc):
                            k = None  # "the ministry said" is no audit board or regulator
                        if k and desc in WORDED_DESCRIPTIONS and desc not in norm_name(self.table.get(k).name).split():
                            k = None
                        if k and desc in ("government", "administration") and _no_government(self.table.get(k)):
                            k = None  # "the government" is no central bank, regulator or court
                        if k:
                            self.resolved[tok.i] = k
                            if place:
                                self.described_locations.append((k, place, tok.i))
                            for left in tok.lefts:
                                if left.dep_ in ("det", "amod", "compound"):
                                    self.resolved.setdefault(left.i, k)
                if k:
                    is_subj = tok.dep_ in ("nsubj", "nsubjpass")
                    if not here or here[-1][1] != k or here[-1][0] != tok.i - 1:
                        here.append((tok.i, k, is_subj))
                    else:
                        # a name of several tokens is a subject when its head token is
                        # ("Hopson Development said": "Development" is the nsubj)
                        here[-1] = (tok.i, k, here[-1][2] or is_subj)
            history.append((here, sent))

    def _demonym_before(self, sent, tok) -> str | None:
        """The country of the last capitalised demonym before `tok` in its sentence ("" when that
        country is not in the article; None when there is no demonym)."""
        for t in reversed(sent[:tok.i - sent.start]):
            low = t.lower_
            low = low if low in DEMONYMS else low[:-1] if low.endswith("ns") and low[:-1] in DEMONYMS else ""
            if low and t.text[:1].isupper() and self.token_key[t.i] is None:
                k = self.country_of_demonym(low)
                return k if k and self.type_of(k) == "Place" else ""
        return None

    def _is_ministry(self, key: str, word: str) -> bool:
        """A ministry or department by class, or by a name with the word ("Department of Energy")."""
        e = self.table.get(key)
        return e.ontology_class == "Ministry" or word in e.name.lower().split()

    def _resolve_bare_names(self) -> None:
        """A proper noun the table left unlinked that is exactly one person's surname or
        one-word alias ("Ng said" after "Gary Ng") is that person."""
        single: dict[str, set[str]] = {}
        for e in self.table:
            if e.type != "Person":
                continue
            for form in [e.name, *e.aliases]:
                parts = form.replace("’", "'").split()
                if parts:
                    single.setdefault(parts[-1].lower(), set()).add(e.key)
                if len(parts) == 1:
                    single.setdefault(parts[0].lower(), set()).add(e.key)
        for tok in self.doc:
            if self.token_key[tok.i] is not None or tok.pos_ != "PROPN":
                continue
            keys = single.get(tok.lower_)
            if not keys or len(keys) != 1:
                continue
            neighbours = [self.doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.doc)]
            if any(n.pos_ == "PROPN" and self.token_key[n.i] is None and n.text[:1].isupper() for n in neighbours):
                continue
            self.resolved[tok.i] = next(iter(keys))

    def _speaker_subject(self, tok, types: set[str]) -> str | None:
        """ "Lumen, which is owned by Berg, said it would ...": the subject of a reported clause
        is the one who said it, when that is an entity of the pronoun's kind."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = tok.head
        if v.dep_ != "ccomp" or v.head.pos_ not in ("VERB", "AUX"):
            return None
        say = v.head
        if lemma(say) not in SPEECH_VERBS:
            return None
        for c in say.children:
            if c.dep_ == "nsubj":
                k = self.token_key[c.i] or self.resolved.get(c.i)
                if k is None:
                    for cc in c.children:
                        if cc.dep_ in ("compound", "flat"):
                            k = self.token_key[cc.i]
                if k and self.type_of(k) in types:
                    return k
        return None

    def _country_subject(self, tok) -> str | None:
        """ "Tarnia said it would ...", "Tarnia is under fire, while it accuses Vessia ...": a
        subject "it" of a clause said by a country, or joined to a clause whose subject is a
        country, is that country (a country is "it" where a firm or body would be)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = tok.head
        if v.dep_ not in ("ccomp", "advcl", "conj") or v.head.pos_ not in ("VERB", "AUX"):
            return None
        if v.dep_ == "ccomp" and lemma(v.head) not in SPEECH_VERBS:
            return None
        subs = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        k = (self.token_key[subs[0].i] or self.resolved.get(subs[0].i)) if subs else None
        return k if k and self.is_country(k) else None

    def _gender(self, key: str) -> str | None:
        """ "f", "m" or None (unknown) for a person: an honorific in the text or a common first
        name, so "she said" does not go to the last man mentioned."""
        cache = self.__dict__.setdefault("_genders", {})
        if key in cache:
            return cache[key]
        e = self.table.get(key)
        found = None
        for m in e.mentions:
            before = self.text[max(0, m.start - 6):m.start].lower()
            if re.search(r"\b(?:ms|mrs|miss|miz|madam|lady|queen|princess)\.?\s+$", before):
                found = "f"
            elif re.search(r"\b(?:mr|sir|lord|king|prince)\.?\s+$", before):
                found = "m"
        if found is None:
            first = (e.name.split() or [""])[0].lower()
            if first in FEMALE_FIRST_NAMES:
                found = "f"
            elif first in MALE_FIRST_NAMES:
                found = "m"
        cache[key] = found
        return found

    def _clause_subject(self, tok) -> str | None:
        """ "The U.S. started the case while continuing its investigations": a possessive "its"
        names the subject of its own clause when that is an organisation or country."""
        v = tok.head
        if v.dep_ not in ("dobj", "nsubj", "pobj", "attr"):
            return None  # "charged Binance and its founder": its names the conjunct, not the subject
        for _ in range(6):
            if v.pos_ in ("VERB", "AUX"):
                subs = [c for c in v.children if c.dep_ == "nsubj"]
                if subs:
                    # (a subject "it" resolved before: "China says it cut exports to meet its needs")
                    k = self.token_key[subs[0].i] or self.resolved.get(subs[0].i)
                    if k and self.type_of(k) in ORG_TYPES | {"Place"}:
                        return k
                    return None
                objs = [c for c in v.head.children if c.dep_ in ("dobj", "obj")] if v.dep_ == "xcomp" else []
                if objs and self.token_key[objs[0].i]:
                    # "the move prompted China to respond with its own tariffs": who is made to act
                    k = self.token_key[objs[0].i]
                    return k if self.type_of(k) in ORG_TYPES | {"Place"} else None
                if v.dep_ not in ("advcl", "xcomp", "conj", "acl"):
                    return None
            if v.head.i == v.i:
                return None
            v = v.head
        return None

    def _antecedent(self, here, history, types: set[str], strict_type: bool = False,
                    gender: str | None = None) -> str | None:
        def fits(k):
            if types == {"Place"} and not self.is_country(k):
                return False  # "the country" is a country, not the last city named
            return self.type_of(k) in types and (gender is None or self._gender(k) in (None, gender))

        for _, k, _ in reversed(here):
            if fits(k):
                return k
        for past, _ in reversed(history[-4:]):
            cands = [(i, k, subj) for i, k, subj in past if fits(k)]
            if not cands:
                continue
            subjects = [(i, k) for i, k, subj in cands if subj]
            # the main clause's subject before one of a clause set before it ("As he entered the
            # hall, President X said ...": X)
            main = [k for i, k in subjects if self.doc[i].head.i == self.doc[i].sent.root.i]
            return main[0] if main else subjects[0][1] if subjects else cands[-1][1]
        return None


# words of a title's standing, which a definite title may add or drop ("the former EU commissioner"
# for "a top EU commissioner"): kg.extract.patterns.ArticleContext._described_person
TITLE_STANDING_WORDS = {"former", "ex", "then", "outgoing", "current", "new", "top", "senior"}

# Words English capitalises in any sentence: keep them when lower-casing a headline.
_PROPER_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    *DEMONYMS,
}
# A short name defined in parentheses after a name: ' ("Ruiz")', ' (the "Company")', ' (“SEC”)'.
_DEFINITION = re.compile(r"\s\((?:the\s)?[\"“][^\"“”()]{1,40}[\"”]\)")
# a short name in capitals in parentheses: "(TTL)", "(CSCE)", "(H.K.)"
_SHORT_NAME = re.compile(r"\s\(([A-Z][A-Z&.\-]{1,11})\)")

_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as", "from"}


def _with_reparsed(units, reparse) -> list:
    """Each (context, sentence) of `units`, or, where `reparse(context, sentence)` gives a new
    context, that context's sentences in its place (those of the re-parsed span)."""
    out = []
    for uctx, sent in units:
        sub = reparse(uctx, sent)
        if sub is None:
            out.append((uctx, sent))
        else:
            out += [(sub, s) for s in sub.sents if s.text.strip() and s.end_char > sent.start_char]
    return out


def _is_title_case(line: str, offset: int, ctx: ArticleContext) -> bool:
    """A headline in Title Case: most words outside entity names start with a capital."""
    words = [(m.start() + offset, m.group()) for m in re.finditer(r"[A-Za-z][A-Za-z'’.-]*", line)]
    plain = [w for s, w in words if w.lower() not in _SMALL_WORDS and ctx.table.key_at(s, s + len(w)) is None]
    caps = sum(1 for w in plain if w[0].isupper())
    # a short headline between names may have two ordinary words, both capitalised ("European Union
    # Fines Microsoft -- Again"); with fewer, the line is a name more often than a headline
    if len(words) < 4 or len(plain) < 2 or (len(plain) == 2 and caps < 2):
        return False
    return caps / len(plain) >= 0.8 and not line.rstrip().endswith((".", "?", "!", "”", '"'))


def _sentence_case(line: str, offset: int, ctx: ArticleContext) -> str:
    """Lower-case the capitalised ordinary words of a headline, keeping entity names, acronyms
    and the first word."""
    out = list(line)
    first = True
    for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", line):
        w, s = m.group(), m.start()
        if first:
            first = False
            continue
        if w.isupper() or ctx.table.key_at(offset + s, offset + s + len(w)) is not None or w.lower() in _PROPER_WORDS:
            continue
        if w[0].isupper() and w[1:].islower() or len(w) == 1:
            out[s] = w[0].lower()
            past = _headline_verb_past(w.lower())
            if past and _after_a_name(line, s, offset, ctx):
                # "EU Fines Tarn -- Again": the small parser reads "EU fines Tarn" as a noun
                # phrase; "EU fined Tarn", the same length, it reads as the act it is
                out[s:s + len(w)] = past
    return "".join(out)


def _headline_verb_past(word: str) -> str | None:
    """The past tense of a headline's present-tense event verb, when it is as long ("fines" ->
    "fined", "charges" -> "charged", "sues" -> "sued"); None for any other word."""
    if not word.endswith("es") or not any(word[:-1] in cls.verbs for cls in TRIGGERS.values()):
        return None
    return word[:-1] + "d"


def _after_a_name(line: str, at: int, offset: int, ctx: "ArticleContext") -> bool:
    """Whether the word at `at` follows a name (an entity's or an acronym), as a headline's verb
    follows its subject."""
    before = re.search(r"(\S+)\s+$", line[:at])
    if before is None:
        return False
    word = before.group(1)
    start = offset + before.start(1)
    return word.isupper() or ctx.table.key_at(start, start + len(word)) is not None


# Words naming a body that "the government" does not refer to (a central bank, a regulator, a court).
_NOT_GOVERNMENT_WORDS = {"bank", "reserve", "commission", "authority", "agency", "board", "bureau", "office",
                         "court", "exchange", "committee", "regulator", "fed"}


def _no_government(entity) -> bool:
    """Whether a body is one that "the government" cannot mean: a central bank, a market regulator,
    a court, an agency ("the government's measures" after "the central bank let the ruble fall")."""
    return entity.ontology_class in ("CentralBank", "Regulator") or bool(
        _NOT_GOVERNMENT_WORDS & set(norm_name(entity.name).split()))


def _outside_fronted_modifiers(here: list[tuple[int, str, bool]], pronoun) -> list[tuple[int, str, bool]]:
    """The mentions of the pronoun's own sentence that may be its antecedent: a subject "it" does
    not take a name that is no subject inside a phrase or clause fronted before it ("After
    receiving an investment from Goldman Sachs, it listed ...": "it" is the firm the narrative is
    about, not Goldman Sachs)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return here
    verb = pronoun.head
    fronted = [c for c in verb.children if c.i < pronoun.i and c.dep_ in ("advcl", "prep", "npadvmod")]
    inside = {t.i for c in fronted for t in c.subtree}
    return [(i, k, subj) for i, k, subj in here if subj or i not in inside]


def _is_expletive_it(tok) -> bool:
    """ "It is necessary to ...", "it seems": pleonastic it refers to nothing."""
    head = tok.head
    if head.lemma_ in ("be", "seem", "appear", "take", "remain", "rain", "matter") and any(
            c.dep_ in ("acomp", "attr", "xcomp", "ccomp") for c in head.children):
        return any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.tag_ == "TO" for c in head.subtree if c.i > tok.i)
    return False


def _definite_description(tok, ctx: "ArticleContext") -> tuple[str | None, str | None, bool]:
    """ "the company", "the central bank", "the U.S. airplane maker": (kind, place key, whether
    the place names the firm's kind) for a definite description with no other name; the place is
    a country or city modifying it, or where it is based ("the Chicago-based company": a place
    that says where the firm is, not which firm of the last sentences it is)."""
    dets = [c for c in tok.lefts if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in ("the", "this"):
        return None, None, False
    place, based = None, False
    for c in tok.lefts:
        k = ctx.token_key[c.i]
        if c.dep_ == "compound" and k and ctx.type_of(k) == "Place":
            place = k
        elif c.dep_ == "amod" and c.lower_ in DEMONYMS:
            place = ctx.country_of_demonym(c.lower_) or place
            if ctx.type_of(place) != "Place":
                place = None
        elif c.dep_ == "amod" and c.lower_ in ("based", "headquartered", "registered"):
            # "the Chicago-based company": the place hangs on the participle
            for g in c.children:
                k = ctx.token_key[g.i]
                if g.dep_ in ("npadvmod", "compound", "nmod") and k and ctx.type_of(k) == "Place":
                    place, based = k, True
        elif c.dep_ == "compound" and c.pos_ == "PROPN":
            return None, None, False
    if any(c.dep_ == "poss" for c in tok.children):
        return None, None, False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and ctx.token_key[nxt.i] is not None and ctx.type_of(ctx.token_key[nxt.i]) != "Place":
        return None, None, False  # "the credit rating agency Tarn Ratings": the name it introduces follows
    low = tok.lower_
    if DEFINITE_DESCRIPTIONS.get(low) == {"MarketIndex"} and (place or any(
            c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
                g.dep_ == "pobj" and ctx.type_of(ctx.token_key[g.i]) == "Place" for g in c.children)
            for c in tok.children)):
        return None, None, False  # "the Buenos Aires stock index", "the index in London": that place's index
    mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if low == "bank" and "central" in mods:
        return "central bank", None, False
    if low in DEFINITE_DESCRIPTIONS and low != "central bank":
        if low in ("government", "administration", "department", "ministry") and (mods or place):
            return None, None, False  # "the Chinese government" is a body of its own, not a firm's alias
        if DEFINITE_DESCRIPTIONS[low] <= {"Company", "Organization"}:
            return low, place, place is not None and not based
        return low, None, False
    return None, None, False


# --- symbolic view of a sentence --------------------------------------------------------------


@dataclass
class Item:
    symbol: str
    start: int  # token indexes in the doc, end exclusive
    end: int
    key: str | None = None
    text: str = ""


class SentenceView:
    """A sentence as items with one-letter symbols, for regular-expression patterns.

    Entity mentions (and resolved pronouns) become their type symbol (P, O, G, Y, C, M, X);
    title words T, title modifiers t; demonyms D; function words their WORD_SYMBOL; anything
    else "_" (quote marks "q", other punctuation ".").
    """

    def __init__(self, ctx: ArticleContext, sent):
        self.ctx = ctx
        self.sent = sent
        self.items: list[Item] = []
        toks = list(sent)
        i = 0
        while i < len(toks):
            tok = toks[i]
            if tok.is_space and "\n" not in tok.text:  # spaces left where a parenthesis was blanked
                i += 1
                continue
            key = ctx.key(tok)
            if key is not None:
                j = i + 1
                while j < len(toks) and ctx.key(toks[j]) == key and toks[j].text not in ("'s", "’s") \
                        and ctx.token_key[toks[j].i] is not None:
                    j += 1
                sym = TYPE_SYMBOL.get(ctx.type_of(key) or "", "O")
                self.items.append(Item(sym, tok.i, toks[j - 1].i + 1, key, " ".join(t.text for t in toks[i:j])))
                i = j
                continue
            low = tok.lower_
            if low in ("co", "vice") and i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].lower_ in TITLE_HEADS:
                # "co-founder", "vice-chairman": one title word
                self.items.append(Item("T", tok.i, tok.i + 3, None, tok.text + "-" + toks[i + 2].text))
                i += 3
                continue
            if low in ("then", "ex") and i + 2 < len(toks) and toks[i + 1].text == "-" \
                    and toks[i + 2].lower_ in TITLE_HEADS | TITLE_MODIFIERS:
                # "then-CEO", "ex-chairman": a modifier of the title that follows
                self.items.append(Item("t", tok.i, tok.i + 2, None, tok.text + "-"))
                i += 2
                continue
            if low in TITLE_HEADS and i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].lower_ == "elect":
                self.items.append(Item("T", tok.i, tok.i + 3, None, tok.text + "-elect"))  # "President-elect"
                i += 3
                continue
            if low == "in" and i + 2 < len(toks) and toks[i + 1].lower_ == "charge" and toks[i + 2].lower_ == "of":
                # "Assistant Attorney General in charge of the Antitrust Division": "of" a title
                self.items.append(Item("f", tok.i, tok.i + 3, None, "in charge of"))
                i += 3
                continue
            special_agent = low == "agent" and i > 0 and toks[i - 1].lower_ == "special"
            if (low in TITLE_HEADS or special_agent) and i + 4 < len(toks) and toks[i + 1].text == "-" \
                    and toks[i + 2].lower_ == "in" and toks[i + 3].text == "-" and toks[i + 4].lower_ == "charge":
                # "Special Agent-in-Charge X": one title word
                self.items.append(Item("T", tok.i, tok.i + 5, None, "".join(t.text for t in toks[i:i + 5])))
                i += 5
                continue
            if (low in TITLE_HEADS or special_agent) and i + 2 < len(toks) and toks[i + 1].lower_ == "in" \
                    and toks[i + 2].lower_ == "charge" and not (i + 3 < len(toks) and toks[i + 3].lower_ == "of"):
                # "Special Agent in Charge X", "Assistant Director in Charge X": one title
                self.items.append(Item("T", tok.i, tok.i + 3, None, " ".join(t.text for t in toks[i:i + 3])))
                i += 3
                continue
            if special_agent:  # "FBI Special Agent X"
                self.items.append(Item("T", tok.i, tok.i + 1, None, tok.text))
                i += 1
                continue
            if low == "prime" and i + 1 < len(toks) and toks[i + 1].lower_ in ("minister", "ministers"):
                # "Prime Minister-elect X": the "-elect" belongs to the title as for "President-elect"
                n = 4 if i + 3 < len(toks) and toks[i + 2].text == "-" and toks[i + 3].lower_ == "elect" else 2
                self.items.append(Item("T", tok.i, tok.i + n, None, " ".join(t.text for t in toks[i:i + 2]) +
                                       ("-elect" if n == 4 else "")))
                i += n
                continue
            if low in HONORIFICS and i + 1 < len(toks) and ctx.type_of(ctx.key(toks[i + 1])) == "Person":
                i += 1  # "Party Leader Hon. X", "Chairman Dr. X": the honorific stands outside the title
                continue
            if low == "under" and i + 1 < len(toks) and toks[i + 1].lower_ in ("secretary", "secretaries") \
                    and tok.text[:1].isupper():
                sym = "t"  # "Under Secretary for Trade X": part of the title, no preposition
            elif low in TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                sym = "T"
            elif low in TITLE_MODIFIERS and (tok.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM") or (
                    # "Acting CEO X" opening a sentence: the parser reads "Acting" as a verb, yet
                    # right before a title word it only qualifies the title
                    tok.tag_ == "VBG" and i + 1 < len(toks) and toks[i + 1].lower_ in TITLE_HEADS | TITLE_MODIFIERS)):
                sym = "t"
            elif (low in DEMONYMS or ctx.place_of_adjective(tok.text)) and tok.pos_ in ("ADJ", "PROPN") \
                    and tok.ent_type_ in ("NORP", "GPE", ""):
                sym = "D"
            elif low in WORD_SYMBOL:
                sym = WORD_SYMBOL[low]
            elif tok.text in ("“", "”", '"', "‘"):
                sym = "q"
            elif tok.is_punct:
                sym = "."
            else:
                sym = "_"
            self.items.append(Item(sym, tok.i, tok.i + 1, None, tok.text))
            i += 1
        self.string = "".join(it.symbol for it in self.items)

    def text(self, a: int, b: int) -> str:
        """Text of items a..b (exclusive), as written."""
        if a >= b:
            return ""
        doc = self.ctx.doc
        return doc[self.items[a].start: self.items[b - 1].end].text

    def token(self, item_index: int):
        return self.ctx.doc[self.items[item_index].start]

    def head_token(self, item_index: int):
        """The syntactic head of an item's tokens."""
        it = self.items[item_index]
        span = self.ctx.doc[it.start: it.end]
        return span.root


def clean_title(text: str) -> str:
    text = re.sub(r"^(?:a|an|the|its|his|her|their)\s+", "", text.strip(), flags=re.I)
    # "was previously head of X", "also served as chairman": the adverb is no part of the title
    text = re.sub(r"^(?:previously|formerly|also|currently|now|once|later|then)\s+", "", text, flags=re.I)
    # "was appointed chief executive", "named CEO": the verb of taking a post is no part of it
    text = re.sub(r"^(?:appointed|named|elected|installed|nominated|promoted|made)\s+(?:as\s+)?", "", text, flags=re.I)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,")


def split_status(title: str) -> tuple[str | None, str]:
    """ "former chairman" -> ("former", "chairman"), "then-CEO" -> ("former", "CEO"),
    "president-elect" -> ("incoming", "president"), "CEO" -> (None, "CEO")."""
    status = None
    m = re.match(r"(?i)^([a-z-]+?)(?:\s*-\s*|\s+)(?=\S)", title)
    while m and m.group(1).lower() in _STATUS_WORDS:
        status = status or _STATUS_WORDS[m.group(1).lower()]
        title = title[m.end():]
        m = re.match(r"(?i)^([a-z-]+?)(?:\s*-\s*|\s+)(?=\S)", title)
    m = re.search(r"(?i)\s*-\s*elect$", title)
    if m:
        status, title = status or "incoming", title[:m.start()]
    return status, title.strip()


def is_future(tok) -> bool:
    """Whether the clause of `tok` speaks about the future ("will meet", "is expected to")."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lower_ in ("is", "are", "am", "'re") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "X is to meet Y on March 20", "the leaders are to hold talks": arranged, ahead
    for v in [verb, verb.head]:
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would"):
                return True
        if v.lower_ in ("expected", "scheduled", "set", "due", "plans", "planned", "plan") :
            return True
        if v.dep_ == "ROOT":
            break
    return False


__all__ = [
    "ArticleContext", "SentenceView", "lemma", "Item", "find_quote_spans", "clean_title", "split_status", "is_future",
    "TITLE_HEADS", "TITLE_MODIFIERS", "FOUNDER_WORDS", "HEAD_OF_STATE_TITLES", "MONARCH_TITLES",
    "DEMONYMS", "SPEECH_VERBS", "NAMING_VERBS", "ORG_TYPES", "ACTOR_TYPES", "norm_name",
]


# A clause that does not assert its fact (shared by the relation and event readers, so a negated,
# possible, denied, refused or questioned clause gives neither a relation nor an event).
DENYING_VERBS = {"deny", "reject", "dispute", "refute", "rebut", "dismiss"}
DENIED_CLAIM_NOUNS = {"claim", "claims", "report", "reports", "allegation", "allegations", "suggestion", "suggestions",
                      "rumour", "rumours", "rumor", "rumors", "speculation"}
POSSIBILITY_MODALS = {"could", "might", "may"}
REFUSING_TO_VERBS = {"decline", "refuse", "fail", "avoid"}
NEGATION_WORDS = {"not", "n't", "never"}


def _in_no_way(verb) -> bool:
    """ "in no way", "by no means", "under no circumstances" on a verb, or on its auxiliary, or
    with the verb read as the phrase's complement or as a clause on "be" ("are in no way targeting":
    "targeting" a pcomp of "in", or an advcl of "are")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "prep"]
    if verb.dep_ == "pcomp":
        preps.append(verb.head)
    elif verb.dep_ == "acl" and verb.head.lower_ in ("way", "means"):  # "by no means penalizing" read on "means"
        return any(d.lower_ == "no" for d in verb.head.children)
    elif verb.dep_ == "advcl" and verb.head.lemma_ == "be":  # "are in no way targeting", read as "are" + a clause
        preps += [c for c in verb.head.children if c.dep_ == "prep"]
    return any(p.dep_ == "pobj" and p.lower_ in ("way", "means", "circumstances")
               and any(d.lower_ == "no" for d in p.children) for c in preps for p in c.children)


# a chance let go by: "missed several chances to raise rates", "passed up an opportunity to buy X"
CHANCE_NOUNS = {"chance", "chances", "opportunity", "opportunities"}
MISSING_VERBS = {"miss", "pass", "lose", "squander", "waste", "forgo", "forego", "skip", "blow"}


def chance_missed(verb) -> bool:
    """Whether a verb tells what a chance let go by was for: "the bank missed several chances to raise
    rates", "X passed up an opportunity to buy Y" (it did not happen)."""
    noun = verb.head
    return verb.dep_ in ("acl", "relcl", "xcomp") and noun.lower_ in CHANCE_NOUNS and noun.dep_ in ("dobj", "obj") \
        and lemma(noun.head) in MISSING_VERBS


def unasserted(verb) -> bool:
    """Whether the clause of `verb` does not state that it happened or holds: negated ("X did not
    buy Y", "was never named chairman", "is in no way targeting Y"), only possible ("could be named CEO", "may become
    chairman"), denied ("X denied it owns Y", "rejected claims that it controls Y", "denied he
    would become CEO") or asked ("Did X buy Y?"). A verb of leaving is left to its callers ("did
    not step down": still in office)."""
    if verb.sent.text.rstrip().rstrip('"\u201d\'').endswith("?") or chance_missed(verb):
        return True
    v = verb
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ in POSSIBILITY_MODALS | NEGATION_WORDS
               for c in v.children):
            return True
        if _in_no_way(v):
            return True  # "X is in no way targeting Y", "by no means", "under no circumstances"
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            break
        if v.dep_ == "xcomp" and lemma(v.head) in REFUSING_TO_VERBS:
            return True  # "X declined to criticise Y", "refused to buy Y"
        if v.dep_ == "xcomp" and lemma(v.head) == "hesitate":
            break  # "did not hesitate to criticise Y": it did
        v = v.head  # "could be expected to become", "might buy and merge"
    if v.dep_ in ("ccomp", "acl") and v.head.i != v.i:
        gov = v.head
        if gov.pos_ == "NOUN" and gov.lower_ in DENIED_CLAIM_NOUNS and gov.head.i != gov.i:
            gov = gov.head  # "rejected claims that it owns Y"
        if gov.pos_ == "VERB" and lemma(gov) in DENYING_VERBS:
            return True
    return False
