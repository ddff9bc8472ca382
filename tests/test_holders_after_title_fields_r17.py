"""A post's department and field, then its holder: "Assistant Secretary of Commerce for Export
Administration Marta K. Solberg". The model may read the field and the holder as one name (typed a
body or a firm, then given the quote); the holder is the person from the given name on, round 17.
Sentences written for these tests; every person invented."""

from __future__ import annotations

import pytest

from helpers import article_facts


@pytest.mark.parametrize("sentence, person", [
    ("\"These firms armed the drones,\" said Assistant Secretary of Commerce for Export Administration "
     "Thea D. Lindqvist.", "Thea D. Lindqvist"),
    ("\"We will not look away,\" said Deputy Secretary of State for Economic Affairs Maria L. Castellano.",
     "Maria L. Castellano"),
    ("\"The rules apply to every exporter,\" said Under Secretary of Commerce for Industry Policy Jonas P. Ekberg.",
     "Jonas P. Ekberg"),
])
def test_the_holder_after_a_titles_field_is_the_person_quoted(tmp_path, sentence, person):
    f, names = article_facts(tmp_path, "The Commerce Department today added nine firms to the Entity List.\n" + sentence)
    people = {e["name"] for e in f["entities"] if e["type"] == "Person"}
    assert any(person.split()[-1] in p for p in people), f["entities"]
    assert not any(e["type"] != "Person" and "for" in e["name"].split() and person.split()[0] in e["name"]
                   for e in f["entities"]), f["entities"]
    assert all(names.get(q["speaker"], "").split()[0] == person.split()[0] for q in f["quotes"]), f["quotes"]
