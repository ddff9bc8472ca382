"""Round 22; sentences written for these tests.

Two names the small model cuts in the wrong place: "Assistant Secretary for Export Enforcement F.
Amanda DeBusk" (tagged "Export Enforcement F. Amanda": a person's name begins at the initial before a
given name), and "The Peninsular and Oriental Steam Navigation Company" (begun after the "and": after
"the", the capitalised word before the "and" opens the firm's name, unless the gazetteer knows it as a
name of its own).
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _names(tmp_path, text):
    facts, _ = article_facts(tmp_path, text)
    return {e["name"]: e["type"] for e in facts["entities"]}


@pytest.mark.parametrize("text, person", [
    ("The fine was announced by Assistant Secretary for Export Enforcement F. Amanda DeBusk on Monday.",
     "F. Amanda DeBusk"),
    ("The ruling was welcomed by Director of Market Oversight J. Robert Kessler on Tuesday.", "J. Robert Kessler"),
    ('"We will appeal," said H. Thomas Weller, the firm\'s lawyer.', "H. Thomas Weller"),
])
def test_a_person_named_with_an_initial_before_the_given_name(tmp_path, text, person):
    names = _names(tmp_path, text)
    assert names.get(person) == "Person", names


@pytest.mark.parametrize("text, firm", [
    ("The Peninsular and Oriental Steam Navigation Company of Britain owns the terminals.",
     "Peninsular and Oriental Steam Navigation Company"),
    ("The Smith and Wesson Company raised prices on Monday.", "Smith and Wesson Company"),
    ("The Atlantic and Pacific Railroad Company went bankrupt in 1896.", "Atlantic and Pacific Railroad Company"),
])
def test_a_firm_named_for_two_words_joined_by_and(tmp_path, text, firm):
    names = _names(tmp_path, text)
    assert names.get(firm) == "Company", names


def test_two_known_firms_joined_by_and_stay_two(tmp_path):
    names = _names(tmp_path, "The Ford and General Motors Company plants closed in May.")
    assert "Ford" in names and not any(n.startswith("Ford and") for n in names), names
