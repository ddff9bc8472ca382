"""How names are written: the comparable form of a name, its words, a person's name parts and
the initials of a long name. Every entity step compares names through these, so two mentions
count as one name under the same rules everywhere."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import normalize_form


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The form two mentions of one name share: case, a leading "the", a trailing possessive and
    punctuation set aside ("The Fed's" and "Fed" -> "fed")."""
    text = normalize_form(text).lower()
    text = re.sub(r"'s$|'$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^\w&]+", " ", text).strip()


def is_possessive(tok) -> bool:
    """Whether a token is a possessive ending ("'s", "'"), however the tagger read it."""
    return tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’")


def name_words(text: str) -> list[str]:
    """The lower-case words of a name without possessives, for head-word typing ("Attorney's
    Office" -> ["attorney", "office"])."""
    text = re.sub(r"['’]s\b|(?<=s)['’]", "", text)
    return [w.lower().strip(".,") for w in re.findall(r"[\w&.'-]+", text)]


def name_head(words: list[str], joiners: tuple[str, ...] = ("of", "for")) -> str:
    """The head of a name from its words: the word before its first "of" or "for" ("Ministry of
    Energy" -> "ministry", "Agency for International Development" -> "agency"), else its last
    ("Air Resources Board" -> "board"). `joiners` are the words a complement begins with."""
    if not words:
        return ""  # a name of symbols only ("¬"): no head word
    return next((words[i - 1] for i, w in enumerate(words) if w in joiners and i > 0), words[-1])


def person_name_parts(text: str) -> list[str]:
    """Name parts without initials ("Janet L. Yellen" -> ["janet", "yellen"])."""
    parts = [p for p in re.split(r"\s+", normalize_form(text)) if p]
    return [p.lower() for p in parts if not re.fullmatch(r"[A-Z]\.?", p) and p.lower() not in ("jr.", "jr", "sr.", "iii", "ii")]


def is_initial(word: str) -> bool:
    """Whether a word is one capital and its stop, as a name's initial is written ("P." in "David P.
    Wales")."""
    return re.fullmatch(r"[A-Z]\.", word) is not None


def initials(text: str) -> str:
    """The capital initials of a long name without its small words ("Business Insider" -> "BI"),
    to recognise its acronym."""
    return "".join(w[0] for w in _acronym_words(text)).upper()


# Small words an acronym leaves out ("Bank of Japan" -> "BOJ")
_ACRONYM_SKIPS = ("of", "and", "the", "for", "&", "on", "in", "de")


def _acronym_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _ACRONYM_SKIPS]


def abbreviates(letters: str, text: str) -> bool:
    """Whether `letters` abbreviate the long name `text`: its initials ("BI" for "Business
    Insider"), or its initials with one more letter from inside a word ("JAL" for "Japan
    Airlines", "Japan Air Lines" written as one word)."""
    words = [w.upper() for w in _acronym_words(text)]
    letters = letters.upper()

    def match(i: int, j: int, extra: bool) -> bool:
        if j == len(words):
            return i == len(letters)
        if i >= len(letters) or letters[i] != words[j][0]:
            return False
        if match(i + 1, j + 1, extra):
            return True
        return extra and i + 1 < len(letters) and letters[i + 1] in words[j][1:] and match(i + 2, j + 1, False)

    return len(words) > 1 and match(0, 0, True)


def abbreviates_in_another_order(letters: str, text: str) -> bool:
    """Whether `letters` (three or more) are the initials of the long name `text` taken in another
    order, as the acronym of its name in another language is: "MPLA" for "People's Movement for the
    Liberation of Angola" (Movimento Popular de Libertação de Angola), "UNITA" for "National Union
    for the Total Independence of Angola"."""
    letters = letters.upper()
    return len(letters) >= 3 and sorted(letters) == sorted(initials(text))
