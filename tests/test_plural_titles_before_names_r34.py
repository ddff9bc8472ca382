"""A plural title before two or more names ("FTC Commissioners Ana Ruiz and Ivo Sand") is a title,
not the first word of the first name (kg.extract.entity_lexicon.singular_forms, read where
names are grown and where titles are cut off), and each person named holds it at the body before
it (kg.extract.relations._org_plural_title_people)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, body, people, title", [
    ("Attendees included SEC Commissioners Dana Holt and Marcus Webb.",
     "Securities and Exchange Commission", ["Dana Holt", "Marcus Webb"], "Commissioner"),
    ("Bank of Korea Governors Kim Hae-won and Lee Joon-ho attended the hearing.",
     "Bank of Korea", ["Kim Hae-won", "Lee Joon-ho"], "Governor"),
    ("Nordvik Bank Directors Ola Brekke, Maria Olsen and Erik Haug resigned on Monday.",
     "Nordvik Bank", ["Ola Brekke", "Maria Olsen", "Erik Haug"], "Director"),
])
def test_each_person_after_a_plural_title_holds_it(tmp_path, text, body, people, title):
    types = article_entity_types(tmp_path, text)
    for person in people:
        assert types.get(person) == "Person", types
    held = relation_pairs(tmp_path, text, "holdsPosition")
    for person in people:
        assert (person, body) in held, held


def test_a_plural_that_is_no_title_stays_out(tmp_path):
    held = relation_pairs(tmp_path, "Tesla founders Ana Cruz and Bo Lind left the board.", "holdsPosition")
    assert ("Ana Cruz", "Tesla") not in held
