"""A firm named after a person and then called by the person's name ("Marten Vogel Optics,
LLC ... Marten Vogel must pay the fine") is one firm, unless the article treats the name as a
person's (a title or honorific, an age, "he" or "she", founding the firm). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return {e.name: (e.type, set(e.aliases)) for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, firm, short", [
    ("New York-based Marten Vogel Optics, LLC, shipped the scopes to Iran. Marten Vogel must pay the fine by "
     "October.", "Marten Vogel Optics", "Marten Vogel"),
    ("Shareholders approved the merger of Hollis Grant Leasing with a rival. Hollis Grant said the deal would "
     "close in May.", "Hollis Grant Leasing", "Hollis Grant"),
    ("The regulator fined Tarrant Hale Logistics Inc. on Monday. Tarrant Hale said it would appeal the penalty.",
     "Tarrant Hale Logistics Inc.", "Tarrant Hale"),
])
def test_a_firm_called_by_the_name_of_the_person_it_is_named_after_is_one_firm(nlp, text, firm, short):
    found = entities(nlp, text)
    assert short not in found, found
    assert found[firm][0] == "Company" and short in found[firm][1], found


@pytest.mark.parametrize("text", [
    "Marten Vogel founded Marten Vogel Optics in 1990.",
    "Marten Vogel Optics was fined. Its founder, Mr. Marten Vogel, said he would appeal.",
    "Chairman Marten Vogel said Marten Vogel Optics would appeal.",
    "Marten Vogel Optics was fined. Marten Vogel, 64, said he was sorry.",
])
def test_the_person_stays_where_the_article_treats_the_name_as_a_persons(nlp, text):
    found = entities(nlp, text)
    assert found.get("Marten Vogel", ("",))[0] == "Person", found
