"""Round 22; sentences written for these tests.

"Former Tarn CEO and President X": two offices coordinated after a firm's name are both the firm's.
The firm is no part of a person's name ("Tarn CEO" was a person), "Former" opening the sentence is
no title that would make the firm's name a word of a long title, and the second office is not a
state's office held in the country the story is about.
"""

from __future__ import annotations

import pytest
from helpers import article_facts, relation_pairs


@pytest.mark.parametrize("text, person, firm", [
    ("Former Brightwater CEO and President Lena Ortiz, who still sits on the board, said the vote in "
     "Oslo, Norway, was fair.", "Lena Ortiz", "Brightwater"),
    ("Kestrel Mining chairman and President Omar Haddad said copper output rose at its mines near Lima, "
     "Peru.", "Omar Haddad", "Kestrel Mining"),
    ("The board of Velora Foods heard from former Velora CEO and President Sami Aydin on Friday in Ankara, "
     "Turkey.", "Sami Aydin", "Velora Foods"),
])
def test_offices_coordinated_after_a_firm_are_held_at_the_firm(tmp_path, text, person, firm):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, firm) in held, held
    assert not any(p == person and o in ("Norway", "Peru", "Turkey") for p, o in held), held


def test_the_firm_before_a_title_is_no_person(tmp_path):
    facts, _ = article_facts(tmp_path, "Former Brightwater CEO and President Lena Ortiz said the vote was fair.")
    names = {e["name"]: e["type"] for e in facts["entities"]}
    assert names.get("Brightwater") == "Company", names
    assert not any("CEO" in n for n in names), names


def test_two_state_offices_coordinated_stay_the_countrys(tmp_path):
    held = relation_pairs(tmp_path, "Prime Minister and Finance Minister Ann Hale said growth slowed in Norway "
                                    "this year, and Norway will cut taxes.", "holdsPosition")
    assert ("Ann Hale", "Norway") in held, held
