"""A capital's own offices ("Tokyo's governor", "Seoul's city council", "Moscow's police") are the
city's, not its country's government: the capital stays a place there, while "Beijing's
crackdown" still reads as the government acting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, city", [
    ("Tokyo's governor, who promised cleaner politics, has resigned.", "Tokyo"),
    ("Seoul's city council voted to ban the rally.", "Seoul"),
    ("Moscow's police detained twelve people on Sunday.", "Moscow"),
])
def test_a_capitals_own_office_keeps_it_a_place(nlp, text, city):
    assert entity_types(nlp, text).get(city) == "Place"


def test_a_capitals_action_is_still_its_government(nlp):
    found = entity_types(nlp, "Beijing's crackdown hit the largest tech firms.")
    assert "Beijing" not in found or found["Beijing"] == "GovernmentBody"
    assert any(t == "GovernmentBody" for t in found.values())


@pytest.mark.parametrize("text", [
    "Kenta Morioka, Tokyo's governor, resigned on Thursday.",
    "Tokyo's governor Kenta Morioka resigned on Thursday.",
])
def test_a_city_office_holder_who_resigns_leaves_the_city(nlp, tmp_path, text):
    from kg.pipeline import extract_facts

    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)
    names = {e.key: e.name for e in facts.entities}
    targets = {names[p.entity] for ev in facts.events if ev.type == "Other" for p in ev.participants
               if p.role == "target"}
    assert targets == {"Tokyo"}
