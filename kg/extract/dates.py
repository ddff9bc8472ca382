"""Date expressions in news text, resolved against the article's publication date.

News rarely writes full dates: "on Monday", "yesterday", "last month", "in late 2020". These
only mean something relative to when the article was published, so every resolver here takes
the publication date. An expression that cannot be pinned down ("in recent years", "soon")
gives no date at all: a missing date is better than a guessed one in a user's graph.

Results are ISO strings at the precision the text supports: "2025-02-17", "2025-02" or "2025".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.entity_lexicon import MONTHS, WEEKDAYS

_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_ABBR["sept"] = 9

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}

# Years written out, as broadcast scripts do: "two thousand four", "nineteen ninety-eight".
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:[ -](?:" + "|".join(_UNITS) + r"))?|" + "|".join(_TEENS) + "|"
              + "|".join(_UNITS) + ")")
_SPELLED_YEAR = r"(?:two thousand(?: and)?(?: " + _BELOW_100 + r")?|nineteen(?: hundred(?: and)?)?(?: " + _BELOW_100 + r")?)"


# Days written out as ordinals, as broadcast scripts do: "May eighteenth", "the third of March".
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
_ORDINAL_WORDS.update({w: i + 10 for i, w in enumerate((
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth"))})
_ORDINAL_WORDS.update({"twentieth": 20, "thirtieth": 30})
_SPELLED_DAY = (r"(?:(?:twenty|thirty)[- ](?:" + "|".join(_ORDINAL_UNITS) + r")|"
                + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")")


def _spelled_day(words: str) -> int | None:
    words = words.lower().replace("-", " ").split()
    if len(words) == 2:
        tens = {"twenty": 20, "thirty": 30}[words[0]]
        day = tens + _ORDINAL_WORDS[words[1]]
    else:
        day = _ORDINAL_WORDS[words[0]]
    return day if day <= 31 else None


def _spelled_year(words: str) -> int | None:
    words = re.sub(r"\band\b", " ", words.lower()).replace("-", " ").split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    elif words[0] == "nineteen":
        base, rest = 1900, [w for w in words[1:] if w != "hundred"]
    else:
        return None
    n = 0
    for w in rest:
        if w in _TENS:
            n += 20 + 10 * _TENS.index(w)
        elif w in _TEENS:
            n += 10 + _TEENS.index(w)
        elif w in _UNITS:
            n += 1 + _UNITS.index(w)
    if n == 0:
        return None  # "nineteen", "two thousand" alone are numbers more often than years
    return base + n


# Ordered: longer, more specific expressions first, so "March 5, 2020" wins over "March 5".
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y>" + _YEAR + r")-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("mdy", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>" + _YEAR + r")\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")\s+(?P<y>" + _YEAR + r")\b")),
    ("my", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?:of\s+)?(?P<y>" + _YEAR + r")\b")),
    ("my_spelled", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?:of\s+)?(?P<sy>" + _SPELLED_YEAR + r")\b", re.I)),
    # "January of last year", "in March this year": the month of the year named relative to publication
    ("month_relyear", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b")),
    ("year_spelled", re.compile(r"\b(?:(?i:in|since|during|by|early|late|until)\s+)(?P<sy>" + _SPELLED_YEAR + r")\b", re.I)),
    # the month keeps its capital ("may second" is no date); the spelled words may take any case
    ("mdy_spelled", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<sd>(?i:" + _SPELLED_DAY + r")),?\s+(?P<sy>(?i:"
                               + _SPELLED_YEAR + r")|" + _YEAR + r")\b")),
    ("md_spelled", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<sd>(?i:" + _SPELLED_DAY + r"))\b")),
    ("dm_spelled", re.compile(r"\b(?i:the)\s+(?P<sd>(?i:" + _SPELLED_DAY + r"))\s+of\s+(?P<mon>" + _MONTH + r")\b")),
    ("md", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|billion|million))")),
    ("dm", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MONTH + r")\b")),
    ("weekday", re.compile(r"\b(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|on|by|until|since))\s+)?(?P<wd>" + _WEEKDAY + r")\b")),
    ("relday", re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    # "the past year", "over the last month" count back from publication, not by the calendar
    ("rolling", re.compile(r"\b(?i:the)\s+(?P<rel>(?i:past|last|previous))\s+(?P<unit>(?i:week|month|year))\b(?!\s+of\b)")),
    ("relperiod", re.compile(r"\b(?<![Tt]he )(?P<rel>last|this|next|earlier\s+this|later\s+this|(?<=this )past)\s+(?P<unit>week|month|year)\b(?!\s+of\b)", re.I)),
    ("inmonth", re.compile(r"\b(?P<rel>(?i:in|last|this|next|since|by|during|until|early|late|mid-|mid))\s*(?:(?i:the\s+month\s+of)\s+)?(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b")),
    # seasons: "last spring", "this summer", "in the fall of 2018", "in autumn 2019" (to the year)
    ("season_year", re.compile(r"\b(?P<season>(?i:spring|summer|fall|autumn|winter))\s+(?:(?i:of)\s+)?(?P<y>" + _YEAR + r")\b")),
    ("season", re.compile(r"\b(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+(?P<season>(?i:spring|summer|fall|autumn))\b")),
    # a year used as a modifier ("the 1987 crash", "its 2024 results") dates something else
    ("year", re.compile(r"(?<!of )(?<!the )(?<!its )(?<!their )(?<!his )(?<!her )(?<![$\d,.])\b(?:(?i:in|since|during|by|early|late|mid-|mid|for|until|the\s+end\s+of)\s+)?(?P<y>" + _YEAR + r")\b(?!\s*(?:%|percent|[.,]\d))")),
]

_STARTS_LOWER = re.compile(r"^[a-z]")


@dataclass(frozen=True)
class DateCue:
    """One date expression found in text: what was written, where, and what it resolves to."""

    text: str
    start: int  # character offsets in the searched text (plus the offset passed in)
    end: int
    iso: str


def _month_number(name: str) -> int:
    return _MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def resolve_weekday(weekday: str, published: date, future: bool = False, relation: str | None = None) -> date:
    """The date a bare weekday refers to.

    In news, "on Monday" means the most recent Monday (the publication day itself when it is a
    Monday: "on Tuesday" in a Tuesday article is that day). About the future ("will meet on
    Friday", "next Friday") it is the next such day, again the publication day itself if it
    matches. "last Monday" is always strictly before publication.
    """
    target = WEEKDAYS.index(weekday.lower())
    delta = (published.weekday() - target) % 7
    relation = (relation or "").lower()
    if relation == "next" or (future and relation not in ("last", "this past")):
        ahead = (target - published.weekday()) % 7
        if relation == "next" and ahead == 0:
            ahead = 7
        return published + timedelta(days=ahead)
    if relation in ("last", "this past") and delta == 0:
        delta = 7
    return published - timedelta(days=delta)


def _resolve_match(kind: str, m: re.Match, published: date | None, future: bool) -> str | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d.isoformat() if d else None
    if kind in ("mdy", "dmy"):
        d = _safe_date(int(g["y"]), _month_number(g["mon"]), int(g["d"]))
        return d.isoformat() if d else None
    if kind == "my":
        return f'{int(g["y"]):04d}-{_month_number(g["mon"]):02d}'
    if kind in ("my_spelled", "year_spelled"):
        year = _spelled_year(g["sy"])
        if year is None:
            return None
        return f'{year:04d}-{_month_number(g["mon"]):02d}' if kind == "my_spelled" else f"{year:04d}"
    if kind == "year":
        return g["y"]
    if kind == "season_year":
        return g["y"]
    if kind == "month_relyear":
        if published is None:
            return None
        step = {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        return f'{published.year + step:04d}-{_month_number(g["mon"]):02d}'
    if kind == "mdy_spelled":
        year = int(g["sy"]) if g["sy"].isdigit() else _spelled_year(g["sy"])
        day = _spelled_day(g["sd"])
        d = _safe_date(year, _month_number(g["mon"]), day) if year and day else None
        return d.isoformat() if d else None
    if published is None:
        return None
    if kind in ("md", "dm", "md_spelled", "dm_spelled"):
        month = _month_number(g["mon"])
        day = int(g["d"]) if kind in ("md", "dm") else _spelled_day(g["sd"])
        if day is None:
            return None
        d = _safe_date(published.year, month, day)
        if d is None:
            return None
        # A month-day without a year is the nearest one in the direction of the tense.
        if not future and d > published + timedelta(days=1):
            d = _safe_date(published.year - 1, month, day) or d
        elif future and d < published - timedelta(days=1):
            d = _safe_date(published.year + 1, month, day) or d
        return d.isoformat()
    if kind == "weekday":
        return resolve_weekday(g["wd"], published, future, re.sub(r"\s+", " ", (g.get("rel") or "").lower())).isoformat()
    if kind == "relday":
        word = re.sub(r"\s+", " ", g["w"].lower())
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return (published + timedelta(days=offset)).isoformat()
    if kind == "ago":
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return (published - timedelta(days=n)).isoformat()
        if unit == "week":
            y, mo = _shift_months(published - timedelta(days=7 * n), 0)
            return f"{y:04d}-{mo:02d}"
        if unit == "month":
            y, mo = _shift_months(published, -n)
            return f"{y:04d}-{mo:02d}"
        return f"{published.year - n:04d}"
    if kind == "rolling":
        # the seven days before publication, when they fall in one month; a month or a year
        # counted back always straddles two
        if g["unit"].lower() != "week":
            return None
        first, last = published - timedelta(days=7), published - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else None
    if kind == "season":
        # the season's months in the publication's year ("winter" straddles two years: left out)
        first, last = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}[g["season"].lower()]
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        year = published.year
        if rel in ("last", "this past"):
            return f"{year if last < published.month else year - 1:04d}"
        if rel in ("next", "this coming"):
            return f"{year if first > published.month else year + 1:04d}"
        return f"{year:04d}"
    if kind == "relperiod":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        unit = g["unit"].lower()
        step = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return f"{published.year + step:04d}"
        if unit == "month":
            y, mo = _shift_months(published, step)
            return f"{y:04d}-{mo:02d}"
        # A week has no ISO date precision of its own; report the month most of its days fall in.
        # Of this week only the part on the side of the tense counts: "earlier this week" in an
        # article of Tuesday 1 May is 30 April or 1 May, never the Thursday after.
        monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * step)
        days = [monday + timedelta(days=i) for i in range(7)]
        if step == 0:
            days = [d for d in days if (d >= published if future or rel == "later this" else d <= published)]
        months = [(d.year, d.month) for d in days]
        y, mo = max(sorted(set(months), reverse=True), key=months.count)
        return f"{y:04d}-{mo:02d}"
    if kind == "inmonth":
        month = _month_number(g["mon"])
        rel = g["rel"].lower().rstrip("-")
        year = published.year
        if rel == "next" or (future and rel not in ("last", "since")):
            if month < published.month:
                year += 1
        elif rel == "last":
            if month >= published.month:
                year -= 1
        elif rel != "this" and month > published.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    return None


# a time set for what is to come, whatever the tense around it: "a ruling due by Nov. 10", "the
# vote, scheduled for March 3", "a decision expected on Monday", "talks slated for Friday"
_AHEAD = re.compile(r"\b(?:due|scheduled|slated|expected)\s+(?:(?:for|on|by|in|until|before)\s+)?$", re.I)


def _set_ahead(text: str, start: int) -> bool:
    return bool(_AHEAD.search(text[max(0, start - 30):start]))


# "the eighth rate cut this year", "for the sixth time this year", "its third hike so far this
# month": a period after an ordinal counts a series of like events; it tells how many there were,
# not when this one happened (halves and quarters are periods: "the second half of this year")
_SERIES_COUNT = re.compile(
    r"\b(?:the|its|their|his|her|a)\s+(?:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"|\d+(?:st|nd|rd|th))(?:\s+(?!(?:quarter|half|halves|week|month|day|year)s?\b)[\w-]+){0,3}"
    r"\s+(?:so\s+far\s+)?$", re.I)


def counts_a_series(text: str, cue: DateCue, offset: int = 0) -> bool:
    """Whether a cue of the current month or year ("this year") closes an ordinal's count of a
    series of events ("the eighth rate cut this year"), so that it dates no one event of the
    series (a year named after the count, "for the second time in 2019", dates the event)."""
    start = cue.start - offset
    return len(cue.iso) < 10 and cue.text.lower().startswith("this") and bool(
        _SERIES_COUNT.search(text[max(0, start - 60):start]))


def find_date_cues(text: str, published: date | None, future: bool = False, offset: int = 0) -> list[DateCue]:
    """Every resolvable date expression in `text`, in text order, without overlaps.

    `future` says the text is about what will happen (bare weekdays and months then point
    forward); a time said to be due, scheduled or expected points forward anyway. Offsets in the
    result are those in `text` plus `offset`.
    """
    taken: list[tuple[int, int]] = []
    cues: list[DateCue] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and e > ts for ts, te in taken):
                continue
            iso = _resolve_match(kind, m, published, future or _set_ahead(text, s))
            if iso is None:
                continue
            expr = m.group(0).strip()
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            taken.append((s, e))
            cues.append(DateCue(expr, offset + s + lead, offset + e, iso))
    cues.sort(key=lambda c: c.start)
    return cues


# times that no calendar date pins down, but that say when something happened all the same:
# a span ("over the past two years", "since 2001", "in recent weeks", "in the first half of the
# year", "the past year") or a vague past ("recently", "hours ago"). A clause with one of these has
# a time of its own, so the day the narrative is on is not its date.
_COUNT = r"(?:few|several|many|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|quarters?)"
_VAGUE_TIME = re.compile(
    r"\b(?:(?:the\s+(?:past|last)\s+(?:" + _COUNT + r"\s+)?|(?:the\s+(?:previous|preceding)\s+|past\s+|last\s+)" + _COUNT
    + r"\s+)" + _UNIT
    + r"(?!\s+of\b)|"
    r"recent\s+" + _UNIT + r"|(?:" + _COUNT + r"|a|an|one)\s+" + _UNIT + r"\s+ago|(?:\d+|a\s+few|several|many|an?|one)\s+hours?\s+ago|"
    r"(?:hours|days|weeks|months|years|decades)\s+ago|"
    r"(?:first|second|third|fourth|last|final)\s+(?:half|quarter|(?:" + _COUNT + r"\s+)" + _UNIT + r")\s+of|"
    r"recently|since|(?:last|this|next|this\s+past)\s+winter|"
    # a period that a "during" phrase names: "during his campaign", "during the financial crisis"
    r"during\s+(?:the|his|her|their|its|an?|that|this)\s+(?:(?!(?:of|on|in|at|for|with|about|over|to)\b)[\w'’-]+\s+){0,3}?"
    r"(?:campaign|crisis|pandemic|war|tenure|term|presidency|premiership|reign|administration|recession|era|"
    r"decade|years|relationship|career|occupation|lockdown|downturn|slump|boom))\b", re.I)


def vague_time_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The character spans of the time phrases in `text` that no date resolves (_VAGUE_TIME),
    plus `offset`."""
    return [(offset + m.start(), offset + m.end()) for m in _VAGUE_TIME.finditer(text)]


def resolve_date_expression(expression: str, published: date | None, future: bool = False) -> str | None:
    """The ISO date of one expression such as "on Monday", "last month" or "in late 2020"."""
    cues = find_date_cues(expression, published, future)
    return cues[0].iso if cues else None


# A wire's or press release's dateline at the start of a line: "WELLINGTON, March 2, 2020 (AFP) -",
# "Lisbon, 4 May (Reuters) --", "Washington D.C., June 8, 2021 —", "TALLINN, May 4. / AGENCY /.",
# "Porto, May 4 (Wire) The bank ...", "OSLO May 4 The bank ...",
# or a line that is only a date.
_DATELINE = re.compile(
    # a place in title case and a comma, or in capitals ("DUSHANBE May 20 The bank ..."), or none
    r"^[ \t]*(?:[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|am|de|del|upon|on))*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?, |"
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3} )?"
    r"(?P<date>(?:" + _WEEKDAY + r",? )?(?:" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?(?:,? " + _YEAR + r")?|\d{1,2} "
    + _MONTH + r"(?: " + _YEAR + r")?))\.?[ \t]*(?:\(\w[^)\n]{0,40}\)|/[ \t]*\w[^/\n]{0,30}/\.?)?[ \t]*"
    # then a dash or colon, the end of the line, a space after the agency or a full stop, or the
    # first word of the story
    r"(?:--|[-–—:]|$|(?<=[./)])[ \t]|(?<=\d)[ \t](?=[A-Z]))", re.M)


def dateline_cues(text: str, published: date | None) -> list[DateCue]:
    """The dates of the datelines in `text`: they say when the story was filed, not when anything
    in its sentences happened (the parser reads "WELLINGTON, March 2 (AFP) - The bank cut rates"
    as one sentence, and the date would date the cut)."""
    out = []
    for m in _DATELINE.finditer(text):
        out += find_date_cues(m.group("date"), published, offset=m.start("date"))
    return out


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_CONTINUES = re.compile(r"^\s*[a-z(\[,;:%]")


def body_units(sents, text: str) -> list[int]:
    """Per parser sentence, the number of the written sentence it belongs to, counted as a reader
    counts them: the headline is unit 0, then each sentence of the body from 1 (a text whose first
    line is no headline, being a paragraph that ends in a full stop or the whole text, starts at 1).

    The parser's sentences are not the writer's: a line break ends a sentence, but the parser also
    cuts after an abbreviation ("... bought Tarn Inc. (Tarn) for $3 billion" gives two parts) or
    at a colon; a part that starts in lower case or with a bracket, or follows a part that has
    no full stop, in the same paragraph, continues the sentence before it. Rules that speak of
    the headline, the lead or "the sentences just before" count these units."""
    units: list[int] = []
    body = text.lstrip()
    first_line = body.split("\n", 1)[0].rstrip()
    headline = "\n" in body.rstrip() and not first_line.endswith(".")
    prev = None
    for sent in sents:
        if prev is None:
            units.append(0 if headline else 1)
        else:
            same_paragraph = "\n" not in text[prev.start_char + len(prev.text.rstrip()):sent.start_char]
            joined = same_paragraph and (
                _CONTINUES.match(sent.text) is not None or _SENTENCE_END.search(prev.text) is None)
            units.append(units[-1] if joined else units[-1] + 1)
        prev = sent
    return units


__all__ = ["DateCue", "body_units", "counts_a_series", "dateline_cues", "find_date_cues", "resolve_date_expression",
           "resolve_weekday", "vague_time_spans"]
