"""Typographic apostrophes (U+2019) inside words are read as typewriter ones.

Wire copy and many web pages write "Mensah’s" with a curly apostrophe. The tagger learned
names from straight apostrophes, so a curly one glued an owner to the organisation after it
("Mensah’s Alliance for National Renewal" as one name). `kg.io.clean_text` straightens an
apostrophe between two word characters; a closing single quotation mark is left alone.
"""

from __future__ import annotations

import pytest

from kg.io import clean_text
from kg.pipeline import extract_facts


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Mensah\u2019s party", "Mensah's party"),
        ("it\u2019s late", "it's late"),
        ("O\u2019Rourke spoke", "O'Rourke spoke"),
        ("the \u2018fair\u2019 deal", "the \u2018fair\u2019 deal"),  # quotation marks stay
        ("the farmers\u2019 union", "the farmers\u2019 union"),  # no letter after: left as written
    ],
)
def test_apostrophe_inside_a_word_is_straightened(raw, clean):
    assert clean_text(raw) == clean
    assert len(clean_text(raw)) == len(raw)  # offsets into the text do not move


def _names(nlp, tmp_path, text: str) -> set[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)  # read as any article is: through clean_text
    return {e.name for e in facts.entities}


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Officials at Tanaka\u2019s Progressive Reform Party rejected the budget on Friday.",
         "Progressive Reform Party"),
        ("Shares of Volkov\u2019s Baltic Shipping Group fell 4% in Riga on Monday.",
         "Baltic Shipping Group"),
        ("Lawmakers from Ibarra\u2019s Socialist Workers Party walked out of the chamber.",
         "Socialist Workers Party"),
    ],
)
def test_an_owner_before_a_curly_apostrophe_is_not_part_of_the_name(nlp, tmp_path, text, organisation):
    names = _names(nlp, tmp_path, text)
    assert organisation in names
    assert not any("\u2019" in name or "'s " in name for name in names)
