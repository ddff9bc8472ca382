""""The X Party that Y heads", "the fund Y runs": a relative clause whose object is the noun it
modifies gives its subject a post in that body, round 17. Sentences written for these tests; the
bodies and people invented."""

from __future__ import annotations

import pytest

from helpers import article_facts


def positions(tmp_path, text):
    f, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], names[r["object"]], r.get("title")) for r in f["relations"]
            if r["predicate"] == "holdsPosition"}


@pytest.mark.parametrize("text, person, body, title", [
    ("Regulators questioned the Corvel Bank board, which Ada Lind has chaired since May.", "Ada Lind",
     "Corvel Bank", "chair"),
    ("Tomas Reiner spoke to reporters on Monday. He praised the Brask Capital fund he runs.", "Tomas Reiner",
     "Brask Capital", "head"),
    ("Ada Lind spoke on Monday. Regulators questioned the Corvel Bank board that she chairs.", "Ada Lind",
     "Corvel Bank", "chair"),
    ("Investors left the Brask Capital fund that Tomas Reiner ran until May.", "Tomas Reiner", "Brask Capital",
     "head"),
])
def test_the_subject_of_a_relative_clause_leads_the_noun_it_modifies(tmp_path, text, person, body, title):
    found = positions(tmp_path, text)
    assert (person, body, title) in found, found


def test_a_relative_clause_with_an_object_of_its_own_gives_no_post_in_the_noun(tmp_path):
    found = positions(tmp_path, "Voters backed the Democratic Renewal Party, which Ines Varga says leads the polls.")
    assert not any(who == "Ines Varga" for who, _, _ in found), found
