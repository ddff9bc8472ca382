"""Text hygiene at input (kg.io.clean_text) and control characters kept away from terminals."""

from __future__ import annotations

import json
import unicodedata

import pytest

from kg.io import clean_text, read_articles
from kg.pipeline import extract_facts


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Jack Ma\u0008 spoke", "Jack Ma spoke"),  # backspace
        ("Pony\u200bMa", "Pony Ma"),  # a zero-width space as the only break between two words
        ("Ten\u200bcent", "Tencent"),  # ... and inside one word
        ("Pony\u200b Ma", "Pony Ma"),
        ("\u2060Baidu\ufeff", "Baidu"),  # word joiner, a BOM inside the text
        ("Ali\u00adbaba", "Alibaba"),  # soft hyphen
        ("x\u202egnp.exe", "xgnp.exe"),  # a right-to-left override
        ("a\x1b]0;pwned\x07b", "a]0;pwnedb"),  # a terminal title escape loses its ESC and BEL
        ("C1\x9bcontrol\x7f", "C1control"),
        ("page\x0cbreak", "page\nbreak"),
        ("line\u2028sep\u2029para", "line\nsep\n\npara"),
        ("no\u00a0break\u2009thin", "no break thin"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Caf\u00e9 \u4e60\u8fd1\u5e73 \U0001f600", "Caf\u00e9 \u4e60\u8fd1\u5e73 \U0001f600"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t" for c in text)


def test_articles_are_read_clean_from_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("title: Rates\u200b held\x1b[2J\n---\nThe\u00a0central bank\x08 held rates.\n",
                                    encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Mills\u200b\x07 reopened.", "source": "Wire\x1b"}) + "\n",
                                      encoding="utf-8")
    first, second = read_articles([tmp_path / "a.txt", tmp_path / "b.jsonl"])
    assert first.text == "The central bank held rates." and first.title == "Rates held[2J"
    assert second.text == "Mills reopened." and second.source == "Wire"


def test_labels_from_dirty_text_are_clean(nlp, tmp_path):
    path = tmp_path / "dirty.txt"
    path.write_text("Jack Ma\u0008 met Pony\u200bMa in Hangzhou on Monday, the\u2060 Tencent founder said.\n",
                    encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)
    names = {e.name for e in facts.entities}
    assert {"Jack Ma", "Pony Ma"} <= names
    for entity in facts.entities:
        assert not any(_has_controls(form) for form in [entity.name, *entity.aliases])
