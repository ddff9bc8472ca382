"""Military and police ranks before a name ("Staff Sergeant X", "Sergeant First Class X",
"Master Sergeant X") are titles, not part of the name; a span of only a rank and its service
("Army Sergeant First") names no one; a service alone ("the Navy") still names a body.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def entities(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    return {e.name: e.type for e in facts.entities}


@pytest.mark.parametrize("text, name", [
    ("Army Sergeant First Class Dario Wente pleaded guilty.", "Dario Wente"),
    ("Staff Sergeant Lena Ortiz was charged with bribery.", "Lena Ortiz"),
    ("Air Force Master Sergeant Colm Reddy was sentenced to two years.", "Colm Reddy"),
])
def test_a_rank_is_no_part_of_the_name(nlp, text, name):
    found = entities(nlp, text)
    assert found.get(name) == "Person", found
    assert not any(n != name and n.endswith(name) for n in found), found


def test_a_rank_cut_off_from_its_holder_is_no_firm(nlp):
    found = entities(nlp, "Army Sergeant First Class Dario Wente pleaded guilty.")
    assert not any("Sergeant" in n for n in found), found


def test_a_service_alone_is_still_a_body(nlp):
    found = entities(nlp, "The Navy said it would review the contract.")
    assert found.get("Navy") == "GovernmentBody", found
