"""A person's other name after "who goes by" (a nickname, a nom de guerre), "better known as",
"also known as", "a.k.a." is the same person: the model found the two names as two people, or did not find
the second at all, and its later mentions ("Matak said") made a second person. Sentences and
names written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def people(nlp, text):
    table = resolve_entities(nlp(text), Article(id="t", text=text))
    return {e.name: set(e.aliases) for e in table if e.type == "Person"}


@pytest.mark.parametrize("text, name, other", [
    ("Ana Maria de Sousa, who goes by her nom de guerre Lua Matak, resigned on Tuesday. Matak said she "
     "would stay on.", "Ana Maria de Sousa", "Lua Matak"),
    ("Omar Saleh Haddad, better known as Abu Haddad, was arrested. Abu Haddad denied the charges.",
     "Omar Saleh Haddad", "Abu Haddad"),
    ("Tiago Barros, also known as Tico Barros, won the vote. Tico Barros thanked voters.", "Tiago Barros",
     "Tico Barros"),
])
def test_another_name_is_the_same_person(nlp, text, name, other):
    found = people(nlp, text)
    assert list(found) == [name], found
    assert other in found[name]


@pytest.mark.parametrize("text, names", [
    ("Kelvo Holdings, known as Kelvo, fell.", set()),
    ("Tiago Barros, who came to Lima in May, met bankers.", {"Tiago Barros"}),
])
def test_no_other_name_without_the_marker(nlp, text, names):
    assert set(people(nlp, text)) == names
