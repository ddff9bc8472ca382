"""Direct quotes with their speaker and the outlet that carried them.

A quote is a passage between quotation marks (straight, curly, or single curly for short
ones); a long passage is given in statement-sized pieces cut at sentence ends
(`quoted_sentences`), each with the passage's speaker. Its speaker is found, in order of
preference, from

1. an attribution right after it: "…," Xi said / said Secretary X / he told Reuters; after a
   quote that ends its sentence, only a sentence that does nothing but attribute ("…?" Xi asked.);
2. a speech verb before it that governs it: X said: "…", X urged them to "…",
   the government called Google the "…", X welcomed the deal as "…"; "According to X, "…"", a
   clause with a person as subject ending in a colon ("X put it bluntly: "…""), or a name and a
   colon ("Xi: "…"", in headlines and transcripts; "ADA LIND: "…"" in broadcast scripts);
3. the speaker of the previous quote in the same paragraph (a quote split around "he said",
   or a quote running on in the next sentence), or of a quote left open at the end of the
   previous paragraph (news style for a quote that continues); a quote left open at its
   paragraph's end with no speaker takes the speaker of the quote that continues it in the next
   paragraph ("“A.\n“B,” she said."), and when no one is named after B either, both are said by
   the speaker of the passage's first paragraph;
4. a colon line just before it ("SPEAKER SOUNDBITE:") or a speech verb in the preceding
   sentence of the paragraph ("He added that ... "…"").

Pronoun speakers ("he said", "the company said") come resolved from ArticleContext; a title
("the minister said", "said the judge") is the person last named with that title beside the
name. "Quoted X as saying" gives X; an unnamed voice of an organisation ("a spokesman for X",
"officials at X", "a statement from X") gives X, and "a company spokesman" the firm named last
before it. The outlet is the object of "told" or of "according to" when it is a media outlet,
or an outlet named in the attribution clause ("in an interview with CNBC").

Confidence (kg.extract.confidence, QUOTE_*): highest for an attribution right after the quote,
then a governing verb before it, then a colon or "according to"; quotes whose speaker is carried
over from an earlier quote or line are scaled down. Quotes of one
or two words are kept only when a naming or speech verb governs them directly ("called the
case 'deeply flawed'"); otherwise they are scare quotes.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.confidence import (
    QUOTE_ACCORDING_TO, QUOTE_ACCORDING_TO_BEFORE, QUOTE_AFTER_REPORTED_SPEECH, QUOTE_AFTER_SPEAKERS_QUOTE,
    QUOTE_CARRIED_OVER_SCALE, QUOTE_CLAUSE_COLON, QUOTE_COLON_BEFORE, QUOTE_LABEL_LINE, QUOTE_NAME_COLON_LINE,
    QUOTE_OPEN_PARAGRAPH, QUOTE_PREVIOUS_SENTENCE, QUOTE_SAME_PARAGRAPH, QUOTE_VERB_AFTER,
    QUOTE_VERB_BEFORE,
)
from kg.extract.entity_lexicon import DESCRIPTION_TYPES, PERSON_ROLE_NOUNS, PERSON_TITLES
from kg.nlp import english_word
from kg.extract.patterns import (
    lemma,
    NAMING_VERBS,
    ORG_TYPES,
    SPEECH_VERBS,
    TITLE_HEADS,
    ArticleContext,
)
from kg.extract.table import EntityTable
from kg.models import Article, Evidence, Quote

# Verbs that attribute quoted words: the shared speech verbs and a few more that, in news, only
# ever introduce or follow a quote ("…," she underlined / he reckoned / they charged).
QUOTE_VERBS = SPEECH_VERBS | {"underline", "underscore", "highlight", "reckon", "opine", "reassure", "muse",
                              "reflect", "shout", "plead", "reveal", "wonder", "proclaim", "charge", "hint",
                              "sigh", "laugh", "whisper"}
SPEAKER_TYPES = ORG_TYPES | {"Person", "Place"}
SOURCE_TYPES = {"MediaOutlet"}
# Who may speak in their own voice: a person or an organisation, not a place or an outlet
VOICE_TYPES = SPEAKER_TYPES - {"Place"} - SOURCE_TYPES
_SENTENCE_END = ".?!"
# A full stop that ends a sentence, not an initial ("Janet L. Yellen") or an abbreviation.
_SENTENCE_STOP = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGov)(?<!\bGen)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bNo)(?<!\bU\.S)(?<!\bU\.K)[.?!](?=\s|$)")


def extract_quotes(doc, table: EntityTable, article: Article) -> list[Quote]:
    """Every direct quote whose speaker the text names, in text order."""
    ctx = ArticleContext.build(doc, table, article)
    text = ctx.text
    previous: list[tuple[int, int, str, str | None, int]] = []  # (start, end, speaker, source, para_start)
    pending: list[tuple[int, int, str]] = []  # open quotes with no speaker yet
    attributed: dict[int, list[Quote]] = {}  # start of a quote -> its pieces
    for qs, qe in ctx.quotes:
        body = text[qs:qe]
        quoted = body.strip().rstrip(",").strip()
        if not quoted or _defined_term(text, qs, qe, quoted) or _title_case_name(quoted):
            continue
        para_start = text.rfind("\n", 0, qs) + 1
        para_end = text.find("\n", qe)
        para_end = len(text) if para_end == -1 else para_end
        found = _attribution_after(ctx, qs, qe, para_end)
        if found and re.match(r"[’'\"”]?\s+[a-z]", text[qe:qe + 4]) and not _above_quote(ctx, found[3], qs, qe):
            # a quote inside its clause ("X said he was “very worried” about it and said …"): the
            # speech verb before that governs it speaks, not one later in the sentence that does not
            before = _attribution_before(ctx, qs, qe, para_start)
            if before is not None and before[2] == QUOTE_VERB_BEFORE:
                found = before
        if found is False:
            # "…," a statement said: an issuer the text does not name is no one's quote, unless a
            # speech verb before governs it ("X said the firm “…,” a statement said")
            found = _attribution_before(ctx, qs, qe, para_start)
            if found is None or found[2] != QUOTE_VERB_BEFORE:
                continue
        if found is None:
            found = _attribution_before(ctx, qs, qe, para_start)
        conf_scale = 1.0
        left_open = words_in(quoted) > 2 and (qe >= len(text) or text[qe] == "\n")
        if found is None:
            found = _continuation(ctx, qs, para_start, previous, qe)
            conf_scale = QUOTE_CARRIED_OVER_SCALE
            if left_open and _next_paragraph_quote(text, qe) is not None:
                # "“A.\n“B,” she said.": a passage that runs on into the next paragraph is said by
                # whoever that paragraph names; the speaker before is only a fallback
                pending.append((qs, qe, quoted, found))
                continue
        if found is None and pending and pending[-1][3] is not None and \
                _next_paragraph_quote(text, pending[-1][1]) == qs - 1:
            # "“A.\n“B.”" with no one named after B: the passage opened above runs on here, so
            # its speaker before (the fallback it was kept with) says this too
            found = pending[-1][3]
        if found is None:
            found = _pronoun_after_bridge(ctx, qs, qe, para_end, previous)
        if found is None:
            if left_open:
                pending.append((qs, qe, quoted, None))
            continue
        speaker, source, conf, verb = found
        if words_in(quoted) <= 2 and not _governs_short_quote(ctx, verb, qs, qe):
            continue
        attributed[qs] = [Quote(speaker=speaker, text=piece, evidence=_evidence(ctx, ps, pe, verb), source=source,
                                confidence=round(conf * conf_scale, 2))
                          for ps, pe, piece in quoted_sentences(text, qs, qe)]
        previous.append((qs, qe, speaker, source, para_start))
    _opened_before(ctx, pending, attributed)
    return [q for start in sorted(attributed) for q in attributed[start]]


# The end of a sentence inside a quoted passage: a stop (not an initial or abbreviation) before
# the capital, digit or opening mark that starts the next sentence.
_QUOTED_SENTENCE_STOP = re.compile(_SENTENCE_STOP.pattern.replace(r"(?=\s|$)", r"(?=\s+[\"“‘'(\[]?[A-Z0-9])"))
# A piece of a long quote has at least this many words: a passage is cut at sentence ends into
# statement-sized pieces, and a quote of under twice this length stays whole. (At 20, a piece of
# two short sentences stood apart that annotators do not cite on its own: every extra piece that
# holds no cited fragment is a false quote; at 30, two fragments of one long statement fell into
# one piece.)
QUOTE_PIECE_WORDS = 25


def quoted_sentences(text: str, qs: int, qe: int) -> list[tuple[int, int, str]]:
    """The pieces of the quoted passage text[qs:qe], as (start, end, text).

    A long quote is given in pieces cut at sentence ends, each a statement a reader can cite on
    its own (as one cites "hold Putin and his enablers accountable" from a three-sentence
    statement): sentences are gathered until a piece has QUOTE_PIECE_WORDS words, and a shorter
    rest joins the piece before it ("We are not done." stays with its neighbour)."""
    cuts = [m.end() for m in _QUOTED_SENTENCE_STOP.finditer(text, qs, qe)]
    bounds = [qs, *cuts, qe]
    merged: list[list[int]] = []
    start = qs
    for a, b in zip(bounds, bounds[1:]):
        if words_in(text[start:b]) >= QUOTE_PIECE_WORDS:
            merged.append([start, b])
            start = b
    if words_in(text[start:qe]) or not merged:
        if merged:
            merged[-1][1] = qe
        else:
            merged.append([start, qe])
    out = []
    for a, b in merged:
        piece = text[a:b].strip().rstrip(",").strip()
        if piece:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            out.append((a + lead, b, piece))
    return out


def _defined_term(text: str, qs: int, qe: int, quoted: str) -> bool:
    """A short name in parentheses defines a term, nobody says it: (“SAC Capital”), (the “Fund”),
    (together, “the Lenders”)."""
    if words_in(quoted) > 5:
        return False
    opened = text.rfind("(", max(0, qs - 40), qs)
    if opened == -1 or ")" in text[opened:qs]:
        return False
    closed = text.find(")", qe, qe + 40)
    return closed != -1 and "(" not in text[qe:closed] and "\n" not in text[opened:closed]


# Short words a name in title case leaves in lower case ("Made in Norland", "Bank of the North").
_NAME_GLUE = {"of", "the", "and", "in", "on", "for", "with", "to", "a", "an", "at", "by", "from", "de", "la"}


def _title_case_name(quoted: str) -> bool:
    """A short passage in title case is a name, not words said: a law ("the “Fair Trade and Jobs
    Act”"), a plan ("the “Made in Norland 2030” plan"), a book or a show. Every word but the
    glue of names is capitalised, there are at least two such words, and no sentence ends in it."""
    body = quoted.strip().rstrip(".,;:!?").strip()
    if re.search(r"[.!?;:]\s", body):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", body)
    if not 2 <= len(words) <= 8:
        return False
    content = [w for w in words if w.lower() not in _NAME_GLUE]
    return len(content) >= 2 and all(w[0].isupper() for w in content) \
        and content[0] not in ("I", "We", "It", "This", "That", "They", "You")


def _above_quote(ctx: ArticleContext, verb, qs: int, qe: int) -> bool:
    """Whether `verb` governs the quoted words (stands above them in the parse)."""
    words = [t for t in _tokens_in(ctx.doc, qs, qe) if not t.is_punct]
    return verb is not None and bool(words) and any(verb in t.ancestors for t in words)


def words_in(quoted: str) -> int:
    return len(re.findall(r"\w+", quoted))


def _opened_before(ctx: ArticleContext, pending, attributed: dict) -> None:
    """A quote left open at its paragraph's end whose words run on in the next paragraph's
    quote ("“A.\n“B,” she said."): the speaker of that next quote, last paragraph first.
    `attributed` maps the start of each attributed passage to its Quotes; the new ones are added."""
    text = ctx.text
    for qs, qe, quoted, fallback in reversed(pending):
        opening = _next_paragraph_quote(text, qe)
        after = attributed.get(opening + 1) if opening is not None else None
        if after:
            after = after[0]
            speaker, source, conf = after.speaker, after.source, after.confidence
        elif fallback is not None:
            speaker, source, conf, _ = fallback  # the speaker before, as a passage on its own would have
        else:
            continue
        attributed[qs] = [Quote(speaker=speaker, text=piece, evidence=_evidence(ctx, ps, pe, None),
                                source=source, confidence=round(conf * QUOTE_CARRIED_OVER_SCALE, 2))
                          for ps, pe, piece in quoted_sentences(text, qs, qe)]


def _next_paragraph_quote(text: str, qe: int) -> int | None:
    """Where the paragraph after the one a passage ends opens with a quote mark, or None."""
    nxt = qe + 1
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    return nxt if qe < len(text) and text[nxt:nxt + 1] in ("“", "\"", "‘", "«", "„") else None


# --- attribution -------------------------------------------------------------------------------

def _tokens_in(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _next_quote_start(ctx: ArticleContext, after: int) -> int:
    for s, _ in ctx.quotes:
        if s > after:
            return s - 1
    return len(ctx.text)


def _attribution_after(ctx: ArticleContext, qs: int, qe: int, para_end: int):
    text = ctx.text
    inner = text[qs:qe].rstrip()
    close = qe + 1 if qe < len(text) else qe
    rest = text[close:para_end]
    first_word = re.match(r"[\s,;:—–-]*(\S+)", rest)
    if not first_word:
        return None
    # A quote that ends its sentence is followed by a new sentence, not an attribution, unless
    # the next word is lower-case (“…?” he asked) or that sentence is only an attribution
    # (“…?” Ada Lind asked.): a speech verb with no clause of its own to report.
    bare_only = inner[-1:] in _SENTENCE_END and not first_word.group(1)[:1].islower()
    limit = min(para_end, _next_quote_start(ctx, qe))
    # the window ends at the first sentence end after the quote
    m = _SENTENCE_STOP.search(text[close:limit])
    window_end = close + m.end() if m else limit
    toks = [t for t in _tokens_in(ctx.doc, close, window_end) if not ctx.in_quote(t.idx)]
    if re.match(r"\s*[—–]|\s+-\s", rest):
        # “…” — Maria Lind, chief economist at X: a dash before the speaker's name
        first = next((t for t in toks if not t.is_punct), None)
        k = ctx.key(first) if first is not None else None
        if k and ctx.type_of(k) == "Person":
            return k, None, QUOTE_VERB_AFTER, None
    if m is not None:
        # “…” That was the message from X. / “…,” was the reply from X. / The warning came from X.
        owner = _words_owner(ctx, toks)
        if owner:
            return owner, None, QUOTE_ACCORDING_TO, None
    if bare_only and (m is None or not _bare_attribution(toks)):
        return None  # (a sentence that runs on into the next quote introduces that one)
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) == "read" and any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children):
            # "X released a statement. “…,” it read.": the issuer of the document named last
            speaker = _last_document_issuer(ctx, tok)
            if speaker:
                return speaker, None, QUOTE_VERB_AFTER, tok
            return None
        if tok.pos_ in ("VERB", "AUX") and (lemma(tok) in QUOTE_VERBS or _puts_it(tok) or _document_reads(tok)):
            speaker = _speaker_of(ctx, tok, toks)
            if speaker:
                return speaker, _source_of(ctx, tok, toks), QUOTE_VERB_AFTER, tok
            doc_subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in DOCUMENT_NOUNS]
            if doc_subj:
                return False
    reacting = _reacting_speaker(ctx, text[qs:qe], toks)
    if reacting:
        return reacting, None, QUOTE_VERB_AFTER, None
    # "…," according to X
    for i, tok in enumerate(toks):
        if tok.lower_ == "according" and i + 1 < len(toks) and toks[i + 1].lower_ == "to":
            # the person the phrase names, not the firm before the title ("according to Horn
            # Bank CEO Ada Lind"), as in a subject phrase
            named = next((c for c in toks[i + 1].children if c.dep_ == "pobj"), None)
            k = _np_speaker(ctx, named) if named is not None else None
            if k and ctx.type_of(k) == "Person":
                return k, None, QUOTE_ACCORDING_TO, tok
            for t in toks[i + 2:]:
                k = ctx.key(t)
                if k and ctx.type_of(k) in SPEAKER_TYPES | SOURCE_TYPES:
                    if ctx.type_of(k) in SOURCE_TYPES:
                        return None
                    return k, None, QUOTE_ACCORDING_TO, tok
    return None


# A quote this long, cut off by a comma, is the words of the person whose clause follows it,
# whatever that clause's verb ("“…,” Lind hailed the deal"); shorter ones may be names or titles.
_REACTION_QUOTE_WORDS = 6


def _reacting_speaker(ctx: ArticleContext, body: str, toks) -> str | None:
    """ "“This is a good deal for all of us,” Lind hailed the accord" / "…,” the minister beamed":
    a quote of several words broken off by a comma, followed straight away by the clause of a
    person as subject, is that person's even when the clause's verb is no speech verb."""
    if not body.rstrip().endswith(",") and not (toks and toks[0].text == ","):
        return None
    if words_in(body) < _REACTION_QUOTE_WORDS:
        return None
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return None
    verb = next((t for t in words if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "ROOT" or verb.i - words[0].i > 6:
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or subj[0].left_edge.i != words[0].i:
        return None
    k = _np_speaker(ctx, subj[0]) or _surname_speaker(ctx, subj[0]) or _title_speaker(ctx, subj[0])
    return k if k and ctx.type_of(k) == "Person" else None


def _puts_it(verb) -> bool:
    """ "as X put it", "…," was how X put it, "X put it bluntly": "put it" says words (not "put it
    on hold", "put it off")."""
    return lemma(verb) == "put" and any(c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in verb.children) \
        and not any(c.dep_ in ("prep", "prt", "dative") for c in verb.children)


def _bare_attribution(toks) -> bool:
    """Whether the sentence after a closed quote only attributes it: its root is a speech verb
    with a subject and nothing of its own to report (“Ada Lind asked.”, “Lind told reporters.”),
    not a new statement (“Lind said the vote would be close.”)."""
    if not toks or len(toks) > 25:
        return False
    inside = {t.i for t in toks}
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in QUOTE_VERBS and tok.dep_ == "ROOT":
            if any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i in inside for c in tok.children):
                return False
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in tok.children)
    return False


# Verbs that frame someone else's act in the subject's own quoted words: "X accused the
# government of “reckless borrowing”", "X dismissed the claims as “pure invention”".
FRAMING_VERBS = {"accuse", "blame", "criticize", "criticise", "condemn", "denounce", "slam", "praise", "hail",
                 "dismiss", "welcome", "brand", "characterize", "characterise", "decry", "laud", "applaud",
                 "lambast", "lambaste", "deride", "castigate", "portray", "depict", "tout", "cite",
                 "express", "voice"}  # (expressed “deep regret”, voiced “serious concern”: the words are theirs)


def _framed_directly(verb, inside) -> bool:
    """Whether a framing verb frames the quote itself ("welcomed the deal as “…”", "branded the
    ruling “…”"), not a clause it reports with someone else's words in it ("welcomed the finding
    that the levy was “…”": the finding's words)."""
    words = [t for t in inside if not t.is_punct]
    if not words:
        return False
    root = min(words, key=lambda t: len(list(t.ancestors)))
    for anc in root.ancestors:
        if anc == verb:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


# Nouns of a thing said, whose owner ("X's", "his") says the words of the clause they head.
SPEECH_ACT_NOUNS = {"remark", "comment", "warning", "pledge", "promise", "assurance", "claim", "vow", "assertion",
                    "insistence", "prediction", "declaration", "admission", "suggestion", "contention", "threat"}


def _speech_act_owner(ctx: ArticleContext, noun, inside) -> str | None:
    """The owner of a noun of a thing said whose clause holds the quote: "X's warning that prices
    “could double”", "his remark that the bank would do “whatever it takes”", "her pledge to “cut
    taxes”". The quote must lie in the noun's own clause (not a relative clause about the noun),
    with no speech or naming verb between (whose subject would be the one quoted)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_ACT_NOUNS or ctx.in_quote(noun.idx):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    words = [t for t in inside if not t.is_punct]
    if owner is None or len(words) < 3:
        return None
    root = min(words, key=lambda t: len(list(t.ancestors)))
    below = root
    for anc in root.ancestors:
        if anc == noun:
            break
        if anc.pos_ in ("VERB", "AUX") and lemma(anc) in QUOTE_VERBS | NAMING_VERBS:
            return None
        below = anc
        if anc.left_edge.i == noun.i + 1 and anc.left_edge.lower_ in ("that", "to") and \
                anc.dep_ in ("ccomp", "acl", "advcl", "xcomp"):
            break  # (the parser hung the noun's "that" clause on the verb above the noun)
    else:
        return None
    if below.dep_ not in ("acl", "ccomp", "xcomp", "advcl") or below.i < noun.i:
        return None
    k = ctx.key(owner) or _surname_speaker(ctx, owner) or _title_speaker(ctx, owner)
    return k if k and ctx.type_of(k) in VOICE_TYPES else None


def _attribution_before(ctx: ArticleContext, qs: int, qe: int, para_start: int):
    doc, text = ctx.doc, ctx.text
    open_tok = _tokens_in(doc, qs, min(qe, qs + 1))
    if not open_tok:
        return None
    first = open_tok[0]
    sent = ctx.sent_of(first)
    start = max(sent.start_char, para_start)
    # earlier quotes in the same window are not attributions
    for s, e in ctx.quotes:
        if e < qs and e > start:
            start = e + 1
    toks = [t for t in _tokens_in(doc, start, qs - 1) if not ctx.in_quote(t.idx)] if qs - 1 > start else []
    inside = [t for t in _tokens_in(doc, qs, qe)]
    above = {a for t in inside[:3] for a in t.ancestors}  # what the quote's first words hang on
    # (a message that says the words stands between: "X denied a report saying “…”" is the report's)
    over_messages = {a for m in above if m.dep_ == "acl" and m.tag_ == "VBG"
                     and m.head.lemma_.lower() in MESSAGE_NOUNS for a in m.ancestors}
    for tok in reversed(toks):
        if tok in over_messages:
            continue
        stance = _stance_over(ctx, tok, inside)
        if stance is not None:
            # "X hopes the deal will “…”", "X is confident that “…”", "X expressed hope that … “…”"
            speaker = _speaker_of(ctx, stance, toks)
            if speaker and ctx.type_of(speaker) == "Person":
                return speaker, None, QUOTE_VERB_BEFORE, stance
            continue
        owner = _speech_act_owner(ctx, tok, inside)
        if owner is not None:
            # "X's warning that prices “…”", "his remark that the bank would do “…”"
            return owner, None, QUOTE_ACCORDING_TO_BEFORE, tok
        if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in QUOTE_VERBS | FRAMING_VERBS and not _puts_it(tok):
            continue
        governs = tok in above or any(t.head == tok for t in inside)
        if lemma(tok) in FRAMING_VERBS and not (governs and _framed_directly(tok, inside)):
            continue
        colon = re.fullmatch(r"[^.?!]*[:,]\s*", text[tok.idx + len(tok.text): qs - 1]) is not None and \
            text[:qs - 1].rstrip()[-1:] in ":,"
        if governs or colon:
            speaker = _speaker_of(ctx, tok, toks)
            if speaker:
                # ("X put it bluntly:" is a phrase, weaker evidence than a speech verb)
                conf = QUOTE_CLAUSE_COLON if _puts_it(tok) else QUOTE_VERB_BEFORE if governs else QUOTE_COLON_BEFORE
                return speaker, _source_of(ctx, tok, toks + inside), conf, tok
    # a speech verb earlier in the sentence that governs this quote from before another one ("Lind
    # said prices were "…" and that "…""), or stands in it as an aside ("The bank, Lind said, had
    # acted "…"")
    sent_start = max(sent.start_char, para_start)
    heads = sorted(above, key=lambda a: -a.i)
    asides = [c for h in heads for c in h.children if c.dep_ == "parataxis"]
    for tok in heads + asides:
        if tok in over_messages:
            continue
        if tok.pos_ in ("VERB", "AUX") and (lemma(tok) in QUOTE_VERBS or lemma(tok) in FRAMING_VERBS
                                            and _framed_directly(tok, inside)) and sent_start <= tok.idx < qs \
                and not ctx.in_quote(tok.idx) and (tok.idx + len(tok.text) <= start or tok.dep_ == "parataxis"):
            window = [t for t in _tokens_in(doc, sent_start, qs - 1) if not ctx.in_quote(t.idx)]
            speaker = _speaker_of(ctx, tok, window)
            if speaker:
                return speaker, _source_of(ctx, tok, window + inside), QUOTE_VERB_BEFORE, tok
    # "Lind put it bluntly: “…”": a clause with a person as its subject, ending in a colon
    if toks and toks[-1].text == ":" and text[toks[-1].idx + 1: qs - 1].strip() == "":
        # the verb heading the clause before the colon (the parser may hang that clause on the quote)
        ids = {t.i for t in toks}
        same_sentence = ctx.sent_of(toks[-1]).start
        verb = next((t for t in reversed(toks) if t.pos_ in ("VERB", "AUX")
                     and (t.head.i not in ids or t.dep_ == "ROOT") and ctx.sent_of(t).start == same_sentence), None)
        subj = [c for c in verb.children if c.dep_ == "nsubj" and not ctx.in_quote(c.idx)] if verb is not None else []
        # the person is the subject itself, not someone named inside it ("the report by X")
        k = (ctx.key(subj[0]) or _surname_speaker(ctx, subj[0])) if subj else None
        if k is None and subj:
            # "Lind's answer was short:": the one whose words they are
            k = next((ctx.key(c) for c in subj[0].children if c.dep_ == "poss" and ctx.key(c)), None)
        if k and ctx.type_of(k) == "Person":
            return k, None, QUOTE_CLAUSE_COLON, verb
    # "In the words of X, “…”", "In X's words, “…”"
    for tok in toks:
        if tok.lower_ == "words" and tok.head.lower_ == "in" and not ctx.in_quote(tok.idx):
            owner = [c for c in tok.children if c.dep_ == "poss"] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            k = _np_speaker(ctx, owner[0]) if owner else None
            if k and ctx.type_of(k) in VOICE_TYPES:
                return k, None, QUOTE_ACCORDING_TO_BEFORE, tok
    # According to X, "…"
    for i, tok in enumerate(toks[:-2]):
        if tok.lower_ == "according" and toks[i + 1].lower_ == "to":
            k = _np_speaker(ctx, toks[i + 2]) if toks[i + 2].dep_ == "pobj" else None
            for t in toks[i + 2: i + 8]:
                if k:
                    break
                if t.dep_ == "pobj" and t.head == toks[i + 1]:
                    k = _np_speaker(ctx, t)
            if k and ctx.type_of(k) in SPEAKER_TYPES - {"Place"}:
                return k, _source_of(ctx, tok, toks), QUOTE_ACCORDING_TO_BEFORE, tok
    # A name and a colon: the line gives it the floor ("Lind: “…”", in headlines and transcripts)
    line_start = text.rfind("\n", 0, qs) + 1
    if re.fullmatch(r"[^:\n]{2,60}:\s*", text[line_start:qs - 1]):
        prefix = [t for t in _tokens_in(doc, line_start, qs - 1) if not t.is_space]
        if prefix and prefix[-1].text == ":" and len(prefix) <= 7:
            keys = {ctx.key(t) for t in prefix[:-1] if ctx.key(t)}
            if not keys:
                # "ADA LIND: “…”" (the speaker lines of broadcast scripts): a name in capitals,
                # which the tagger may not read as a name, is the one person named with those words
                k = _capitals_speaker(ctx, [t for t in prefix[:-1] if not t.is_punct])
                if k:
                    return k, None, QUOTE_NAME_COLON_LINE, None
            if len(keys) == 1 and all(t.pos_ in ("PROPN", "NOUN", "PUNCT") or ctx.key(t) for t in prefix[:-1]):
                k = keys.pop()
                if ctx.type_of(k) in VOICE_TYPES:
                    return k, None, QUOTE_NAME_COLON_LINE, None
    # A soundbite label in capitals with the speaker's post: "(SOUNDBITE) ADA LIND, DEPUTY
    # DIRECTOR OF THE PORT AUTHORITY, SAYING: “…”": the name before the first comma
    label = text[line_start:qs - 1]
    if re.fullmatch(r"[^:\n]{2,200}:\s*", label) and not re.search(r"[a-z]", re.sub(r"\([^)]*\)", "", label)):
        name = re.sub(r"\([^)]*\)", " ", label.split(",")[0].rstrip(": "))
        words = [t for t in _tokens_in(doc, line_start, line_start + len(label)) if not t.is_space
                 and not t.is_punct and t.text in name.split()]
        k = _capitals_speaker(ctx, words) if words and len(name.split()) == len(words) else None
        if k:
            return k, None, QUOTE_NAME_COLON_LINE, None
    return None


# Adjectives of a view held whose clause gives the holder's words: "X is confident that “…”".
VIEW_ADJECTIVES = {"confident", "sure", "certain", "optimistic", "hopeful", "convinced", "adamant", "worried",
                   "concerned", "pessimistic", "doubtful", "afraid"}


def _stance_over(ctx: ArticleContext, tok, inside):
    """The verb whose subject holds the view, when `tok` is a verb of a view held (VIEW_VERBS)
    or a stance adjective ("is confident") whose clausal complement holds the quote:
    "X hopes the deal will “…”", "X is confident that “…”", "X expressed hope that … “…”"."""
    if tok.pos_ == "VERB" and lemma(tok) in VIEW_VERBS:
        verb = tok
    elif tok.pos_ == "ADJ" and tok.lower_ in VIEW_ADJECTIVES and tok.dep_ == "acomp":
        verb = tok.head
    else:
        return None
    words = [t for t in inside if not t.is_punct]
    if len(words) < 3 or ctx.in_quote(tok.idx):
        return None  # (a word or two in quotes under a view is a name or a scare quote)
    root = min(words, key=lambda t: len(list(t.ancestors)))
    # the quote lies in a clause the word governs ("hopes [the deal will “…”]"), not beside it
    path = []
    for anc in root.ancestors:
        path.append(anc)
        if anc == tok:
            break
    else:
        return None
    if not any(a.dep_ in ("ccomp", "xcomp", "acl") for a in [root, *path[:-1]]):
        return None
    return verb


def _capitals_speaker(ctx: ArticleContext, words) -> str | None:
    """The one person whose name has every word of an upper-cased label ("ADA LIND", "LIND",
    "JEAN-CLAUDE JUNCKER": the parts of a hyphenated name are words of it)."""
    words = [t for t in words if t.text != "-"]
    if not words or len(words) > 5 or not all(t.text.isupper() and t.text.isalpha() and len(t.text) > 1
                                              for t in words):
        return None
    label = {t.text.lower() for t in words}
    found = {e.key for e in ctx.table if e.type == "Person" and any(
        label <= {part.lower() for part in re.split(r"[\s-]+", n)} for n in [e.name, *e.aliases])}
    return found.pop() if len(found) == 1 else None


_CLOSING_MARKS = ('”', '"', '’')


def _continuation(ctx: ArticleContext, qs: int, para_start: int, previous, qe: int | None = None):
    text = ctx.text
    added = _added_to_previous(ctx, qs, para_start, previous)
    if added is not None:
        return added
    before = text[para_start: qs - 1].rstrip()
    starts_sentence = before == "" or before[-1] in _SENTENCE_END + "".join(_CLOSING_MARKS) + ":"
    if not starts_sentence:
        return None
    if previous:
        ps, pe, speaker, source, p_para = previous[-1]
        if p_para == para_start:
            return speaker, source, QUOTE_SAME_PARAGRAPH, None
        prev_para_end = para_start - 1
        if pe >= prev_para_end - 1 and p_para < para_start and text[pe:pe + 1] not in _CLOSING_MARKS:
            # left open at the previous paragraph's end (not closed there)
            return speaker, source, QUOTE_OPEN_PARAGRAPH, None
        prev_para_start = text.rfind("\n", 0, max(prev_para_end, 0)) + 1
        if p_para == prev_para_start and before == "" and len(text[pe:prev_para_end].strip()) <= 80:
            # the previous paragraph ended with that speaker's attributed quote
            return speaker, source, QUOTE_AFTER_SPEAKERS_QUOTE, None
    if before == "" and para_start > 0:
        # a line ending in a colon introduces the quote below it: "Lind told reporters:",
        # "In a statement, the board said:", "LIND INTERVIEW:"
        prev_line_start = text.rfind("\n", 0, para_start - 1) + 1
        prev_line = text[prev_line_start: para_start - 1]
        if prev_line.rstrip().endswith(":"):
            k = _label_line_speaker(ctx, prev_line_start, para_start - 1)
            if k:
                return k, None, QUOTE_LABEL_LINE, None
    if before == "" and para_start > 0:
        # a paragraph that is only a quote, after one that reports someone's words
        # ("The governor said the economy is weak." / "“Looking ahead, ...”"): that person
        prev_start = text.rfind("\n", 0, para_start - 1) + 1
        toks = [t for t in _tokens_in(ctx.doc, prev_start, para_start - 1) if not ctx.in_quote(t.idx)]
        if toks:
            last_sent = ctx.sent_of(toks[-1])
            for tok in last_sent:
                if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "ROOT" and not ctx.in_quote(tok.idx) and (
                        lemma(tok) in QUOTE_VERBS and any(c.dep_ == "ccomp" for c in tok.children)
                        or lemma(tok) in STANCE_VERBS):
                    speaker = _speaker_of(ctx, tok, list(last_sent))
                    if speaker and ctx.type_of(speaker) == "Person":
                        return speaker, None, QUOTE_AFTER_REPORTED_SPEECH, None
            # a paragraph that is only a quote, with nothing after it, after one that ends with a
            # sentence about a person ("Ada Lind is an analyst at X." / "Ada Lind, the minister,
            # has called for calm." / "“…”"): in broadcast style, that person's words
            if _bare_after(text, qe) and not any(ctx.in_quote(t.idx) for t in last_sent):
                subj = [c for c in last_sent.root.children if c.dep_ == "nsubj"]
                k = (ctx.key(subj[0]) or _np_speaker(ctx, subj[0])) if subj else None
                if k and ctx.type_of(k) == "Person":
                    return k, None, QUOTE_AFTER_REPORTED_SPEECH, None
    # a speech verb with a subject in the previous sentence of this paragraph
    toks = _tokens_in(ctx.doc, para_start, qs - 1) if qs - 1 > para_start else []
    toks = [t for t in toks if not ctx.in_quote(t.idx)]
    if toks:
        last_sent = ctx.sent_of(toks[-1])
        for tok in last_sent:
            if tok.pos_ in ("VERB", "AUX") and lemma(tok) in QUOTE_VERBS and tok.dep_ == "ROOT" \
                    and not ctx.in_quote(tok.idx):
                speaker = _speaker_of(ctx, tok, list(last_sent))
                if speaker:
                    return speaker, None, QUOTE_PREVIOUS_SENTENCE, None
        # "Tomas Reiner was defiant. “We will not ...”": a bare quote right after a sentence about
        # a person, in the same paragraph, is that person's
        if _bare_after(text, qe) and before and before[-1] in _SENTENCE_END and not any(ctx.in_quote(t.idx) for t in last_sent):
            root = last_sent.root
            subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            # ("The union's leader, Ada Lind, was blunt.": the person the subject names; "Lind's
            # aim is to calm voters.": whose view the subject is)
            k = (ctx.key(subj[0]) or _np_speaker(ctx, subj[0]) or _view_holder(ctx, subj[0])) if subj else None
            if k and ctx.type_of(k) == "Person":
                return k, None, QUOTE_PREVIOUS_SENTENCE, None
            # "The panel heard from one farmer, Ada Lind of Tarn. “…”": a sentence that ends by
            # introducing the one person it names, whose subject is no actor of its own
            people = {ctx.key(t) for t in last_sent if ctx.type_of(ctx.key(t)) == "Person"}
            ends = [t for t in last_sent if not t.is_punct and not t.is_space]
            if k is None and len(people) == 1 and ends and _introduces(ctx, ends[-1], people):
                return people.pop(), None, QUOTE_PREVIOUS_SENTENCE, None
    return None


# Nouns of a view or message that a person's next quoted words spell out: "Lind's key objective
# is to reassure voters. “…”".
VIEW_NOUNS = {"objective", "aim", "goal", "message", "view", "argument", "point", "position", "case", "pitch",
              "promise", "plea", "warning", "advice", "verdict", "answer", "response", "reply", "reaction",
              "priority", "focus", "mood", "tone", "assessment", "outlook", "stance", "worry", "concern", "fear",
              "hope"}


def _view_holder(ctx: ArticleContext, noun) -> str | None:
    """The person whose view a subject noun is: "Lind's key objective", "the minister's message"."""
    if noun.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    k = ctx.key(owner) or _surname_speaker(ctx, owner) or _title_speaker(ctx, owner)
    return k if ctx.type_of(k) == "Person" else None


# Nouns for the words just quoted, whose owner a sentence after the quote names: "That was the
# message from X", "Those were the words of X", "The warning came from X".
WORDS_NOUNS = VIEW_NOUNS | {"words", "word", "statement", "comment", "remark", "retort"}


def _words_owner(ctx: ArticleContext, toks) -> str | None:
    """The person a short sentence right after a quote gives the quoted words to: "That was the
    message from X.", "Those were the words of X.", "“…,” was the blunt reply from X.", "The
    warning came from X, speaking in Y.", "That was the message X gave.". The sentence must be
    about those words: its subject a demonstrative or such a noun, or none (the quote is it)."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words or len(words) > 20:
        return None
    root = next((t for t in words if t.dep_ == "ROOT"), None)
    if root is None or not (lemma(root) in ("be", "come") or root.lower_ in ("was", "were", "is")):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and not (subj[0].lower_ in ("that", "this", "those", "these", "such")
                     or subj[0].lemma_.lower() in WORDS_NOUNS and any(c.dep_ == "det" for c in subj[0].children)):
        return None
    nouns = [c for c in root.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in WORDS_NOUNS]
    if lemma(root) == "come" and subj and subj[0].lemma_.lower() in WORDS_NOUNS:
        nouns = [root, *nouns]  # "The warning came from X"
    for noun in nouns:
        for c in noun.children:
            # "from X", "of X", "by X"; "X's"; "the message X gave" (the clause's subject)
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "by"):
                targets = [obj for obj in c.children if obj.dep_ == "pobj"]
            elif c.dep_ == "poss":
                targets = [c]
            elif c.dep_ == "relcl":
                targets = [g for g in c.children if g.dep_ == "nsubj"][:1]
            else:
                continue
            for target in targets:
                k = _np_speaker(ctx, target) or _surname_speaker(ctx, target)
                if k and ctx.type_of(k) in VOICE_TYPES:
                    return k
    return None


def _introduces(ctx: ArticleContext, last, people: set) -> bool:
    """Whether a sentence ending in `last` ends with the name of the person in `people`, or
    with a short phrase after it ("Ada Lind of Tarn", "Ada Lind, a farmer in Tarn")."""
    for t in reversed(list(ctx.doc[max(0, last.i - 6): last.i + 1])):
        if ctx.key(t) in people:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _bare_after(text: str, qe: int | None) -> bool:
    """Whether nothing but another quote follows the quote ending at `qe` in its paragraph: no
    attribution after it, however unresolved."""
    if qe is None:
        return False
    line_end = text.find("\n", qe)
    rest = text[qe + 1:line_end if line_end != -1 else len(text)].strip()
    return rest == "" or rest[0] in "“\"‘"


# How many paragraphs back the earlier quote of a pronoun's speaker may lie.
_BRIDGE_PARAGRAPHS = 2


def _pronoun_after_bridge(ctx: ArticleContext, qs: int, qe: int, para_end: int, previous):
    """ "“A,” Ada Lind said. / The slump began a year ago. Banks stopped lending. ... / “B,” she
    explained.": a he/she right after a quote, left unresolved because the narrator's bridge
    between the two quotes is longer than the resolver looks back, is the earlier quote's
    speaker, when that is a person of the pronoun's gender quoted at most two paragraphs before
    and no other person is named in between."""
    if not previous:
        return None
    _, pe, speaker, source, _ = previous[-1]
    if ctx.type_of(speaker) != "Person":
        return None
    text = ctx.text
    close = qe + 1 if qe < len(text) else qe
    toks = [t for t in _tokens_in(ctx.doc, close, para_end) if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words or words[0].lower_ not in ("he", "she") or ctx.key(words[0]) is not None:
        return None
    pron = words[0]
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in QUOTE_VERBS:
        return None
    if text.count("\n", pe, qs) > _BRIDGE_PARAGRAPHS:
        return None
    gender = "f" if pron.lower_ == "she" else "m"
    if ctx._gender(speaker) not in (None, gender):
        return None
    between = [t for t in _tokens_in(ctx.doc, pe, qs) if not ctx.in_quote(t.idx)]
    if any((ctx.key(t) and ctx.key(t) != speaker and ctx.type_of(ctx.key(t)) == "Person")
           or (t.ent_type_ == "PERSON" and ctx.key(t) is None) for t in between):
        return None
    return speaker, source, QUOTE_VERB_AFTER, verb


def _added_to_previous(ctx: ArticleContext, qs: int, para_start: int, previous):
    """ "“A,” adding, “B.”", "“A” and added “B”": a quote that a speech verb with no subject of
    its own joins to the quote just before it, in the same paragraph, is that quote's speaker's
    (the parser hangs the participle on the first quote's verb, whose subject is "I" or "we")."""
    if not previous or previous[-1][4] != para_start:
        return None
    ps, pe, speaker, source, _ = previous[-1]
    gap = [t for t in _tokens_in(ctx.doc, pe + 1, qs - 1) if not t.is_punct and not t.is_space
           and not ctx.in_quote(t.idx)]
    if not gap or len(gap) > 3 or any(ctx.key(t) or t.pos_ in ("PRON", "PROPN", "NOUN") for t in gap):
        return None
    if not any(t.pos_ in ("VERB", "AUX") and lemma(t) in QUOTE_VERBS for t in gap):
        return None
    return speaker, source, QUOTE_SAME_PARAGRAPH, None


# Verbs of a view held, or of speaking to someone, that a quote paragraph after them gives in
# the speaker's words, in broadcast style: "X expects the bank to cut rates." / "“…”",
# "X spoke to VOA." / "“…”".
STANCE_VERBS = {"expect", "fear", "worry", "doubt", "hope", "forecast", "estimate", "see", "believe", "think",
                "speak", "talk"}
# Verbs of a view held whose clause a quote may lie in ("X hopes the deal will “…”"): STANCE_VERBS
# but those of speaking to someone, and "express" ("X expressed hope that … “…”").
VIEW_VERBS = STANCE_VERBS - {"speak", "talk"} | {"express"}


def _label_line_speaker(ctx: ArticleContext, start: int, end: int) -> str | None:
    """Who an introducing line gives the floor to: the subject of its speech verb, else the
    person it names. An upper-cased name may be unrecognised or glued to a label word, so
    people whose name shares an upper-cased word count too; the one the article mentions most
    wins."""
    toks = [t for t in _tokens_in(ctx.doc, start, end) if not ctx.in_quote(t.idx)]
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in QUOTE_VERBS:
            k = _speaker_of(ctx, tok, toks)
            if k:
                return k
    candidates = []
    for tok in toks:
        k = ctx.key(tok)
        if k and ctx.type_of(k) == "Person":
            candidates.append(k)
        if tok.is_upper and len(tok.text) > 2:
            for e in ctx.table:
                if e.type == "Person" and any(
                        tok.text.lower() == part.lower() for n in [e.name, *e.aliases] for part in n.split()):
                    candidates.append(e.key)
    if not candidates:
        return None
    return max(dict.fromkeys(candidates), key=lambda k: len(ctx.table.get(k).mentions))


def _surname_speaker(ctx: ArticleContext, tok) -> str | None:
    """ "said Pettis" where the tagger missed the surname: the one person named with that word."""
    # (a capitalised surname ending in -s may be tagged a plural noun: "Ilves replied")
    if ctx.key(tok) is not None or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() \
            or tok.text.isupper() or len(tok.text) < 3:
        return None
    return ctx.entity_with_word(tok.text, {"Person"}, before=tok.idx) or _mistyped_surname_speaker(ctx, tok)


def _mistyped_surname_speaker(ctx: ArticleContext, tok) -> str | None:
    """ "said Lindqvist" where the person "Ada Lindqvist" was typed an organisation: the one
    entity whose name is two or three capitalised words ending in that word, when the word is
    no English word (so "said the Bank" is not "Norland Bank")."""
    if english_word(tok):
        return None
    word = tok.lower_
    hits = {e.key for e in ctx.table if e.type in VOICE_TYPES
            and 2 <= len(e.name.split()) <= 3 and all(w[:1].isupper() and w.isalpha() for w in e.name.split())
            and e.name.split()[-1].lower() == word}
    return hits.pop() if len(hits) == 1 else None


# How far back a title ("the minister") looks for the person it was given to, in sentences.
TITLE_LOOKBACK_SENTENCES = 4


def _title_speaker(ctx: ArticleContext, tok) -> str | None:
    """ "the minister said", "said the mayor": the person named last before it with that title
    word beside the name ("Deputy Labor Minister Ana Ruiz", "Ruth Okafor, the mayor of Easton").
    Descriptions of organisations ("the company") are the entity table's (kg.extract.coreference)."""
    # (after a closing quote mark the tagger may call a lower-case title a proper noun)
    if not (tok.tag_ == "NN" or tok.tag_ == "NNP" and (tok.text.islower() or tok.lower_ in ("ceo", "cfo"))) \
            or ctx.key(tok) is not None \
            or tok.lower_ in DESCRIPTION_TYPES:
        return None
    # "the minister", "the company's boss" (not "her boss": someone else's)
    if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children):
        return None
    word = tok.lemma_.lower()
    if word not in PERSON_TITLES | PERSON_ROLE_NOUNS | TITLE_HEADS | set(TITLE_STANDS_FOR):
        return None  # "China's leadership has called ...": a body of people, no one person's title
    words = TITLE_STANDS_FOR.get(word, {word})
    i = _sent_index(ctx, tok)
    first = ctx.sents[max(0, i - TITLE_LOOKBACK_SENTENCES)].start
    doc = ctx.doc
    # "the Unity Party leader", "the bank's governor": the body the title is of, when it is named
    bodies = {ctx.key(c) for c in tok.children if c.dep_ in ("compound", "poss") and ctx.key(c)} - {None}
    bodies = {k for k in bodies if ctx.type_of(k) != "Person"}
    for t in reversed(doc[first:tok.i]):
        k = ctx.key(t)
        if not k or ctx.type_of(k) != "Person" or ctx.in_quote(t.idx):
            continue
        s = ctx.sent_of(t)
        near = doc[max(s.start, t.i - 6): min(s.end, t.i + 10)]
        if bodies:
            # a post in that body beside the name ("Unity Party Chairman Bilal Zaidi"), not the
            # same word of another body's post ("Green Rally leader Omar Haq")
            if any(ctx.key(n) in bodies for n in near) and any(
                    n.lemma_.lower() in words or n.lower_.rstrip(".") in PERSON_TITLES | PERSON_ROLE_NOUNS
                    for n in near if n.i != tok.i and ctx.key(n) in (None, k)):
                return k
            continue
        if any(n.lemma_.lower() in words and ctx.key(n) in (None, k) and n.i != tok.i for n in near):
            return k
    return None


# A title and the title words it may stand for when the person was named with another: "the
# central bank chief" for the governor named before, "the CEO" for the chief executive, "the
# premier" for the prime minister.
_TOP_POSTS = {"governor", "chairman", "chairwoman", "chair", "chairperson", "president", "ceo", "head",
              "director", "premier", "chancellor", "commissioner", "leader"}
TITLE_STANDS_FOR = {
    "chief": _TOP_POSTS | {"chief"},
    "boss": _TOP_POSTS | {"chief", "boss"},
    "head": _TOP_POSTS | {"chief"},
    "ceo": {"ceo", "executive"},
    "executive": {"ceo", "cfo", "executive"},
    "premier": {"premier", "prime"},
    "leader": {"leader", "president", "premier", "prime", "chancellor", "chairman", "chairwoman"},
}


def _quoted_as_saying(verb):
    """ "quoted X as saying" / "X was quoted as saying": the verb "quote" above "as saying"."""
    if lemma(verb) not in QUOTE_VERBS or verb.dep_ not in ("pcomp", "pobj") or verb.head.lower_ != "as":
        return None
    quote = verb.head.head
    return quote if quote.pos_ == "VERB" and lemma(quote) in ("quote", "cite") else None


def _speaker_of(ctx: ArticleContext, verb, window) -> str | None:
    quote = _quoted_as_saying(verb)
    if quote is not None:
        # the one quoted speaks: the object of "quoted", or its subject in the passive
        for c in quote.children:
            if c.dep_ in ("dobj", "nsubjpass") and not ctx.in_quote(c.idx):
                k = _np_speaker(ctx, c) or _surname_speaker(ctx, c)
                if k and ctx.type_of(k) not in SOURCE_TYPES:
                    return k
        return None
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for sub in subs:
        if ctx.in_quote(sub.idx):
            continue
        # "the minister, Tom Hale, said": the person the apposition names, not a minister named before
        named = [ctx.key(c) for c in sub.children if c.dep_ == "appos" and ctx.type_of(ctx.key(c)) == "Person"]
        # "the Harbor Bank economist said": the economist named before, not the bank
        k = (named[0] if named and ctx.key(sub) is None else None) or _title_speaker(ctx, sub) or \
            _np_speaker(ctx, sub) or _surname_speaker(ctx, sub)
        if k is None and sub.lower_ in DOCUMENT_NOUNS:
            k = _document_issuer(ctx, sub)
        if sub.i > verb.i and ctx.type_of(k) != "Person":
            # "said Agent Ada Lind of the Y office", parsed with "office" as the subject: the
            # person named first after the verb
            person = next((ctx.key(t) for t in ctx.doc[verb.i + 1: sub.i + 1] if ctx.key(t) and (
                ctx.type_of(ctx.key(t)) == "Person" or t.ent_type_ == "PERSON")), None)
            k = person or k
        if k:
            return k
    if subs:
        return None
    message = verb.head if verb.dep_ == "acl" else ctx.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and lemma(verb) in ("say", "state", "read", "add", "warn") and message is not None \
            and message.lemma_.lower() in MESSAGE_NOUNS and (verb.dep_ == "acl" or message.pos_ == "NOUN"):
        # "X issued a statement saying: …", "X sent a series of posts saying …": whoever issued
        # the message the participle describes (the subject of the verb above that noun); the
        # parser may hang "saying" right after the noun on the clause's verb instead
        issuer = _issuer_of_message(message)
        if issuer is not None:
            return _speaker_of(ctx, issuer, window)
        # "a Lind tweet saying …", "Lind's letter saying …": the message's author
        owner = next((ctx.key(c) for c in message.children if c.dep_ in ("compound", "poss")
                      and ctx.key(c) and ctx.type_of(ctx.key(c)) in VOICE_TYPES), None)
        if owner:
            return owner
        return None  # (a report or letter someone else wrote says it: "rejected a report saying …")
    if (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG") or (verb.dep_ == "conj" and verb.head.pos_ == "VERB"):
        # "X defended the plan, telling reporters that …" / "X stood up and said: …": the
        # subject of the verb it hangs on
        return _speaker_of(ctx, verb.head, window) if verb.head != verb else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "“…,” he insisted, before adding that …": the subject of the verb the phrase hangs on
        return _speaker_of(ctx, verb.head.head, window)
    # a name right before a verb the parser left without a subject ("“…,” Under Secretary of
    # Commerce for Industry and Security Ada Lind said", the title read as a preposition's object)
    prev = ctx.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and not ctx.in_quote(prev.idx) and ctx.type_of(ctx.key(prev)) == "Person":
        return ctx.key(prev)
    # inverted or mis-parsed "said X": the first named actor right after the verb (a person at
    # the end of the title run that opens there first: "said Under Secretary of Commerce for
    # Industry and Security Ada Lind", "explained by Port Authority Director Ada Lind")
    start = verb.i + 1
    while start < len(ctx.doc) and ctx.doc[start].lower_ in ("by", "from"):
        start += 1
    k = _title_run_person(ctx, start)
    if k:
        return k
    # (not the subject of the clause it reports: "adding that the bank was …")
    reported = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    after = [t for t in window if t.i > verb.i and t.i not in reported][:8]
    for t in after:
        if t.is_punct and t.text in ".;":
            break
        k = ctx.key(t) or _surname_speaker(ctx, t) or _title_speaker(ctx, t)
        # (a place does not speak here, unless the tagger read the name as a person's)
        if k and (ctx.type_of(k) in VOICE_TYPES
                  or (ctx.type_of(k) == "Place" and t.ent_type_ == "PERSON")):
            return k
    return None


DOCUMENT_NOUNS = {"statement", "announcement", "notice", "filing", "release", "communique", "communiqué",
                  "document", "letter", "circular", "readout", "report"}
ISSUE_VERBS = {"issue", "release", "publish", "put", "post", "send", "make", "say", "announce", "share", "deliver",
               "circulate", "give"}
GOVERNMENT_WORDS = {"government", "official", "state", "cabinet", "ministry"}


# What a speaker issues that "says" something: "a statement saying …", "posts saying …".
MESSAGE_NOUNS = DOCUMENT_NOUNS | {"post", "tweet", "message", "note", "memo", "email", "e-mail", "video", "remark",
                                  "series", "speech", "comment"}


def _issuer_of_message(noun):
    """The verb whose object is the message `noun` (through "a series of"), when it is a verb of
    issuing or writing: "issued a statement", "sent a series of posts", "posted a video" (not
    "denied a report")."""
    if noun.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in MESSAGE_NOUNS:
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and lemma(verb) in ISSUE_VERBS | {"write", "tweet", "sign", "pen"}:
        return verb
    return None


def _last_document_issuer(ctx: ArticleContext, verb) -> str | None:
    """Who issued the document that "it" is in "“…,” it read": the subject of the verb whose
    object is the document named last in the two sentences before ("X released a statement")."""
    i = _sent_index(ctx, verb)
    for sent in reversed(ctx.sents[max(0, i - 2):i + 1]):
        for t in reversed(list(sent)):
            if t.i >= verb.i or ctx.in_quote(t.idx) or t.lemma_.lower() not in DOCUMENT_NOUNS:
                continue
            issuer = _issuer_of_message(t)
            k = _speaker_of(ctx, issuer, list(sent)) if issuer is not None else None
            if k is None:
                k = next((ctx.key(c) for c in t.children if c.dep_ in ("poss", "compound") and ctx.key(c)), None)
            return k if k and ctx.type_of(k) in VOICE_TYPES else None
    return None


def _sent_index(ctx: ArticleContext, tok) -> int:
    """The index in ctx.sents of the sentence of `tok` (what ctx.sent_of looks up)."""
    return bisect.bisect_right(ctx._sent_starts, tok.i) - 1


def _document_reads(verb) -> bool:
    """ "…," the announcement read / the notice stated: a document as the subject of "read"."""
    return lemma(verb) in ("read", "state") and any(
        c.dep_ == "nsubj" and c.lower_ in DOCUMENT_NOUNS for c in verb.children)


def _document_issuer(ctx: ArticleContext, noun) -> str | None:
    """Who issued "the statement" that speaks: the speaker of an earlier sentence that issued
    or spoke in that document ("X issued a statement", "X said in a statement"); for "a
    government statement", the government body the article names last before it. A named
    organisation merely nearby is not the issuer."""
    low = noun.lower_
    mods = {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")}
    if mods & GOVERNMENT_WORDS:
        for t in reversed(ctx.doc[:noun.i]):
            k = ctx.key(t)
            if k and ctx.type_of(k) == "GovernmentBody" and not ctx.in_quote(t.idx):
                return k
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.lefts):
        return None
    i = _sent_index(ctx, noun)
    for prev in reversed(ctx.sents[max(0, i - 6):i]):
        for t in prev:
            if ctx.in_quote(t.idx):
                continue
            if t.lower_ in DOCUMENT_NOUNS:
                # the document mentioned last, when its issuer is named: "X's statement", "a X notice"
                k = next((ctx.key(c) for c in t.children if c.dep_ in ("poss", "compound") and ctx.key(c)
                          and ctx.type_of(ctx.key(c)) in SPEAKER_TYPES - {"Place"}), None)
                if k:
                    return k
            if low == "announcement" and t.pos_ == "VERB" and lemma(t) == "announce":
                # "X announced ... . '…,' the announcement read"
                k = _speaker_of(ctx, t, list(prev))
                if k:
                    return k
            if t.lower_ != low:
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if verb.pos_ in ("VERB", "AUX") and lemma(verb) in ISSUE_VERBS | QUOTE_VERBS:
                k = _speaker_of(ctx, verb, list(prev))
                if k:
                    return k
    return None


# Words that may stand inside a run of title words before a name: "Under Secretary of Commerce
# for Industry and Security Ada Lind", "Director of the Bureau's Office of Trade Ada Lind".
_TITLE_RUN_GLUE = {"of", "for", "and", "the", "&", "'s", "’s", "-", "in"}
# How many tokens a title run before a name may hold.
_TITLE_RUN_TOKENS = 16


def _title_run_person(ctx: ArticleContext, start: int) -> str | None:
    """The person named at the end of a run of capitalised title words that opens at token
    `start` ("Under Secretary of Commerce for Industry and Security Ada Lind", "CFPB Director
    Ada Lind"): an unbroken run of capitalised words and the glue of titles (of, for, and, the),
    no comma, verb or lower-case word before the name."""
    doc = ctx.doc
    for t in doc[start:start + _TITLE_RUN_TOKENS]:
        if ctx.in_quote(t.idx):
            return None
        k = ctx.key(t)
        if k and ctx.type_of(k) == "Person":
            return k
        if t.lower_ in _TITLE_RUN_GLUE and t.i > start:
            continue
        if not t.text[:1].isupper() or t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct and t.text != "-":
            return None
    return None


def _np_speaker(ctx: ArticleContext, tok) -> str | None:
    """The speaker a subject phrase names; a person anywhere in the phrase (not in a relative
    clause) beats an organisation ("Secretary of the Treasury Janet Yellen"), and a person at
    the end of a run of title words that opens the phrase ("Under Secretary of Commerce for
    Industry and Security Ada Lind", where the parser may hang the name on a preposition)."""
    k = ctx.key(tok)
    if k and ctx.type_of(k) == "Person":
        return k
    if tok.text[:1].isupper() and tok.lower_ not in VOICE_NOUNS and not ctx.in_quote(tok.idx):
        person = _title_run_person(ctx, tok.left_edge.i)
        if person and any(ctx.key(t) == person for t in tok.subtree):
            return person
    if k is None and tok.lemma_.lower() in VOICE_NOUNS | OFFICE_NOUNS | MESSAGE_NOUNS:
        # "X's office said", "the ministry's spokesman said", "X's memo saying": whose voice it is
        owner = next((ctx.key(c) for c in tok.children if c.dep_ == "poss" and ctx.key(c)), None)
        if owner and ctx.type_of(owner) in VOICE_TYPES:
            return owner
    stack = [tok]
    org = k if k and ctx.type_of(k) in SPEAKER_TYPES else None
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "punct", "cc"):
                continue
            ck = ctx.key(c)
            if ck and ctx.type_of(ck) == "Person" and c.dep_ in ("compound", "appos", "flat", "conj", "nmod"):
                return ck
            if ck and org is None and ctx.type_of(ck) in SPEAKER_TYPES and c.dep_ in ("compound", "appos", "flat"):
                org = ck
            if c.dep_ in ("compound", "appos", "flat", "prep", "pobj", "nmod", "amod"):
                stack.append(c)
    if org is None and tok.lemma_.lower() in VOICE_NOUNS:
        org = _voice_of(ctx, tok) or _described_voice(ctx, tok) or _bare_spokesperson(ctx, tok)
    if org and ctx.type_of(org) == "Place" and tok.dep_ != "nsubj":
        return None
    return org


# Unnamed people and documents who speak for an organisation: "a spokesman for X", "officials
# at X", "a statement from X" give X.
VOICE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "statement",
               "announcement", "notice", "release", "communique", "communiqué", "letter", "filing", "readout"}


# Who speaks for a person: "X's office said", "X's campaign said".
OFFICE_NOUNS = {"office", "campaign", "camp"}


def _voice_of(ctx: ArticleContext, noun) -> str | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "of", "from", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    k = ctx.phrase_key(obj, ORG_TYPES - SOURCE_TYPES)
                    if k:
                        return k
    return None


SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}


def _bare_spokesperson(ctx: ArticleContext, noun) -> str | None:
    """“…,” a spokesman said / the spokeswoman said (when no person was named with that title
    before): a spokesperson of no named body speaks for the one organisation
    the sentence names, else the one the sentence before names in the same paragraph ("X
    declined to give details. “…,” a spokeswoman said"); with two bodies there, no one."""
    if noun.lower_ not in SPOKESPERSON_NOUNS or any(
            c.dep_ in ("compound", "amod", "poss", "prep") or (c.dep_ == "det" and c.lower_ not in ("a", "an", "the"))
            for c in noun.children):
        return None
    text = ctx.text
    para_start = text.rfind("\n", 0, noun.idx) + 1
    i = _sent_index(ctx, noun)
    sent = ctx.sents[i]
    for span in (sent, ctx.sents[i - 1] if i > 0 else None):
        if span is None or span.end_char <= para_start:
            break
        orgs = {ctx.key(t) for t in span if ctx.key(t) and not ctx.in_quote(t.idx) and t.i != noun.i}
        orgs = {k for k in orgs if ctx.type_of(k) in ORG_TYPES - SOURCE_TYPES}
        if len(orgs) == 1:
            return orgs.pop()
        if orgs:
            return None
    return None


# Descriptions too vague to pick one body by type alone ("a government official").
_VAGUE_DESCRIPTIONS = {"government", "administration", "group", "giant"}


def _described_voice(ctx: ArticleContext, noun) -> str | None:
    """ "a company spokesman", "a ministry official", "an agency spokeswoman": the entity of that
    kind named last before it (within TITLE_LOOKBACK_SENTENCES sentences)."""
    word = next((c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and ctx.key(c) is None
                 and c.lower_ in DESCRIPTION_TYPES and c.lower_ not in _VAGUE_DESCRIPTIONS), None)
    if word is None:
        return None
    types = DESCRIPTION_TYPES[word]
    i = _sent_index(ctx, noun)
    first = ctx.sents[max(0, i - TITLE_LOOKBACK_SENTENCES)].start
    for t in reversed(ctx.doc[first:noun.i]):
        k = ctx.key(t)
        if k and ctx.type_of(k) in types and not ctx.in_quote(t.idx):
            return k
    return None


def _source_of(ctx: ArticleContext, verb, window) -> str | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to"):
            targets = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
            for t in targets:
                k = ctx.phrase_key(t, SOURCE_TYPES)
                if k:
                    return k
    for i, tok in enumerate(window):
        if tok.lower_ == "according" and i + 1 < len(window) and window[i + 1].lower_ == "to":
            for t in window[i + 2: i + 8]:
                k = ctx.key(t)
                if k and ctx.type_of(k) in SOURCE_TYPES:
                    return k
        if lemma(tok) in ("tell", "report") or tok.lower_ in ("on", "in"):
            continue
    # "in an interview with CNBC", "on Bloomberg Television": an outlet named in the
    # attribution clause carried the quote
    for tok in window:
        if ctx.in_quote(tok.idx):
            continue
        k = ctx.key(tok)
        if k and ctx.type_of(k) in SOURCE_TYPES and k != ctx.key(verb):
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if subj and any(ctx.key(t) == k for t in subj[0].subtree):
                continue  # the outlet is the speaker's own employer ("a Reuters analyst said")
            return k
    # "state media reported", "… reported": an outlet as the subject of report
    for tok in window:
        if lemma(tok) in ("report", "quote", "carry") and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "nsubj":
                    k = ctx.phrase_key(c, SOURCE_TYPES)
                    if k:
                        return k
    return None


def _speech_conjuncts(ctx: ArticleContext, verb) -> set:
    """The attribution verb and the speech verbs joined to it that share its subject: in "X said
    the claims were false and vowed to “fight hard”", "vowed" speaks for X too. The parser often
    joins such a verb to the reported clause ("the claims were false and vowed"); it is still X's
    when that clause's subject is no one who could speak (a thing, not a name or a pronoun). A
    conjunct with a subject of its own ("… and Y vowed to …") is someone else's."""
    def sharing(v):
        return {c for c in v.conjuncts if c.pos_ in ("VERB", "AUX") and lemma(c) in QUOTE_VERBS
                and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)}

    heads = {verb} | sharing(verb)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subjects = [d for d in clause.children if d.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(d.pos_ == "NOUN" and ctx.key(d) is None for d in subjects):
            heads |= sharing(clause)
    return heads


def _governs_short_quote(ctx: ArticleContext, verb, qs: int, qe: int) -> bool:
    if verb is None:
        return False
    inside = _tokens_in(ctx.doc, qs, qe)
    if not inside:
        return False
    root = min(inside, key=lambda t: len(list(t.ancestors)))
    if lemma(verb) in NAMING_VERBS and (verb in root.ancestors):
        return True
    if root.head in _speech_conjuncts(ctx, verb) and root.dep_ in ("ccomp", "dobj", "oprd", "xcomp", "attr"):
        return True
    words = [t for t in inside if not t.is_punct]
    return bool(words) and _reported_argument(verb, min(words, key=lambda t: len(list(t.ancestors))), qs, qe)


# The roles in which a short quote is a whole argument of a reported clause: what the speaker
# would "take" or "has", what something "is" (not a noun's modifier, as scare quotes are).
_ARGUMENT_DEPS = {"dobj", "attr", "acomp", "oprd", "nsubj", "nsubjpass", "pobj", "xcomp", "ccomp"}


def _reported_argument(verb, root, qs: int, qe: int) -> bool:
    """A short quote that is a whole argument of the clause a speech verb reports: "X said it
    would take “firm steps”", "X said the plan had “no future”", "“Full recovery” is far off, X
    was quoted as saying". The phrase must lie wholly inside the marks (“the “errors” made by the
    board” is the writer's phrase around a scare quote), and no other speech or naming verb
    stands between (whose subject would be the one quoted)."""
    if root.dep_ not in _ARGUMENT_DEPS:
        return False
    # (a phrase after it may be the clause's, whichever word the parser hangs it on: a purpose
    # "would take “firm steps” to keep its buyers", an adjunct "had been “very rough” for the mill")
    purpose = {t.i for c in root.rights if c.dep_ == "prep" or c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "to"
               for t in c.subtree}
    words = [t for t in root.subtree if not t.is_punct and t.dep_ != "cc" and t.i not in purpose]
    if not words or words[0].idx < qs or words[-1].idx + len(words[-1].text) > qe:
        return False
    heads = {verb}
    quoting = _quoted_as_saying(verb)
    if quoting is not None:
        heads.add(quoting)
    for anc in root.ancestors:
        if anc in heads:
            return True
        if any(c in heads and c.dep_ == "parataxis" for c in anc.children):
            return True  # "“…” is far off, X said": the attribution hangs on the quote's clause
        if anc.pos_ in ("VERB", "AUX") and lemma(anc) in QUOTE_VERBS | NAMING_VERBS:
            return False
    return False


def _evidence(ctx: ArticleContext, qs: int, qe: int, verb) -> Evidence:
    """The sentences from the quote's start to its attribution."""
    doc = ctx.doc
    start_tok = doc.char_span(qs, min(qe, qs + 1), alignment_mode="expand")
    start = ctx.sent_of(start_tok[0]).start_char if start_tok is not None and len(start_tok) else qs
    end_tok = doc.char_span(max(qe - 1, qs), qe, alignment_mode="expand")
    end = ctx.sent_of(end_tok[-1]).end_char if end_tok is not None and len(end_tok) else qe
    if verb is not None:
        start = min(start, ctx.sent_of(verb).start_char)
        end = max(end, ctx.sent_of(verb).end_char)
    return Evidence(sentence=ctx.text[start:end], start=start, end=end)


__all__ = ["extract_quotes"]
