"""An act told as coming before the news without a day ("the agency previously charged X", "had
earlier fined Y") takes no day from the narrative, round 17: the annotators leave it undated, and
the story's day is not its day. "Earlier this month" still dates it. Sentences written for these
tests; every name invented but for the agencies."""

from __future__ import annotations

import pytest

from helpers import article_facts


def dated(tmp_path, text):
    f, names = article_facts(tmp_path, text)
    return {names[p["entity"]]: e.get("date") for e in f["events"] for p in e["participants"] if p["role"] == "target"}


LEAD = "The Securities and Exchange Commission today charged Ada Lind, a trader at Corvel Bank, with insider trading.\n"


@pytest.mark.parametrize("text, target", [
    ("The SEC previously charged Corvel Bank's head of operations, Tomas Reiner, with falsifying records.",
     "Tomas Reiner"),
    ("The agency had earlier fined Brask Capital $2 million for similar trades.", "Brask Capital"),
    ("The SEC formerly sued Halvard Shipping over the same accounts.", "Halvard Shipping"),
])
def test_an_act_told_as_before_the_news_has_no_day(tmp_path, text, target):
    found = dated(tmp_path, LEAD + text)
    assert found.get("Ada Lind") == "2025-03-14", found
    assert target in found and found[target] is None, found


def test_earlier_with_a_time_is_dated(tmp_path):
    found = dated(tmp_path, LEAD + "The SEC charged Tomas Reiner earlier this month with falsifying records.")
    assert found.get("Tomas Reiner") == "2025-03", found


@pytest.mark.parametrize("text", [
    "SEC Charges Corvel Trader\nThe Securities and Exchange Commission today charged a longtime Corvel Bank "
    "trader with fraud. The SEC previously charged Corvel Bank's head of operations, Tomas Reiner, with "
    "falsifying records. According to the complaint, Ada Lind hid the losses for years.",
    "Agency Sues Brask Manager\nThe Federal Trade Commission today sued a Brask Capital manager over false "
    "ads. The agency had earlier sued Brask Capital's founder, Tomas Reiner, over the same ads.",
])
def test_an_act_told_as_before_is_not_merged_into_the_days_news(tmp_path, text):
    found = dated(tmp_path, text)
    assert "Tomas Reiner" in found and found["Tomas Reiner"] is None, found
