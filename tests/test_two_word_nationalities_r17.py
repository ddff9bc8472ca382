"""A two-word nationality before an office names its country, round 17: "South African President
X" is South Africa's president (not Africa's), "North Korean leader X" North Korea's (not the other
Korea's), "Saudi Arabian Oil Minister X" Saudi Arabia's. The office may be written in lower case
when its holder follows ("North Korean leader X"). People invented."""

from __future__ import annotations

import pytest

from helpers import article_facts


def positions(tmp_path, text):
    f, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], names[r["object"]]) for r in f["relations"] if r["predicate"] == "holdsPosition"}


@pytest.mark.parametrize("text, person, country", [
    ("South African President Ada Lind flew to Beijing on Monday.", "Ada Lind", "South Africa"),
    ("Talks stalled after North Korean leader Tomas Reiner left the room.", "Tomas Reiner", "North Korea"),
    ("Saudi Arabian Oil Minister Ines Varga spoke in Vienna on Tuesday.", "Ines Varga", "Saudi Arabia"),
    ("The deal was signed by South Korean Trade Minister Ada Lind.", "Ada Lind", "South Korea"),
])
def test_a_two_word_nationality_names_the_country_of_the_office(tmp_path, text, person, country):
    found = positions(tmp_path, text)
    assert (person, country) in found, found
    assert not any(who == person and where in ("Africa", "Korea") for who, where in found), found


def test_a_nationality_before_a_lower_case_word_that_is_no_office_names_no_country(tmp_path):
    found = positions(tmp_path, "North Korean soldier Tomas Reiner crossed the border on Monday.")
    assert not any(where == "North Korea" for _, where in found), found
