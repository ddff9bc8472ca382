"""Tests are examples written for the project, not sentences of the evaluation articles.

A test that repeats a sentence of ../shared/eval locks in a fit to that article instead of
testing a construction, and the held-out score stops meaning anything. This meta-test fails
when any file under tests/ shares a run of eight words with an article there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
RUN_LENGTH = 8


def word_runs(text: str, n: int = RUN_LENGTH) -> set[str]:
    """Every run of `n` consecutive words (lower-case letters and digits) in `text`."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_word_runs_ignore_case_and_punctuation():
    assert word_runs("One, two; THREE four five six seven eight!") == {"one two three four five six seven eight"}
    assert word_runs("too short to count") == set()


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval (the evaluation articles) is not beside this clone")
def test_no_test_file_repeats_eight_words_of_an_eval_article():
    article_runs: set[str] = set()
    for article in SHARED_EVAL.rglob("*.txt"):
        article_runs |= word_runs(article.read_text(encoding="utf-8"))
    offenders = {}
    for path in sorted((REPO / "tests").rglob("*")):
        if not path.is_file() or path.suffix not in {".py", ".txt", ".md", ".json", ".jsonl", ".html", ".ttl", ".trig"}:
            continue
        shared = word_runs(path.read_text(encoding="utf-8", errors="replace")) & article_runs
        if shared:
            offenders[str(path.relative_to(REPO))] = sorted(shared)[:3]
    assert not offenders, f"test files repeat eval article wording (write fresh sentences): {offenders}"
