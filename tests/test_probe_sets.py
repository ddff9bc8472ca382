"""The probe sets kept in the repository (benchmarks/probes) stay usable: every article has its
gold file, every gold file reads as FORMAT.md facts and scores 1.0 against itself (so its ids,
roles and dates are consistent), and each article's text is there with front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import find_pairs, read_gold, score

PROBES = Path(__file__).resolve().parent.parent / "benchmarks" / "probes"
GOLD = sorted(PROBES.glob("*/*/*.gold.json"))


def test_the_probe_sets_are_there():
    assert len(GOLD) >= 40, GOLD


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_a_gold_file_scores_one_against_itself(gold):
    facts = read_gold(gold)
    result = score(facts, facts)
    parts = ("typed_entities", "relations", "event_roles", "quotes", "event_dates")
    assert all(result[p]["f1"] == 1.0 for p in parts), {p: result[p]["f1"] for p in parts}


def test_every_article_is_paired_with_its_gold():
    pairs = find_pairs([PROBES])
    assert len(pairs) == len(GOLD)
    for text in PROBES.glob("*/*/q*.txt"):
        assert text.with_suffix(".gold.json").exists(), text
        front = text.read_text(encoding="utf-8").split("\n---\n", 1)[0]  # a URL may hold "---"
        assert "published:" in front, text
