"""A local office of a body ("the Denver Field Office of the FBI", "the SEC's Chicago Regional
Office", "the FBI Omaha Field Office") is that body, as the releases that name one mean it: no
entity of its own, and its head holds a post in the body. An office that is a body of its own
("the Executive Office of the President", "the Office of Personnel Management") stays. Sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def facts_of(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    posts = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "holdsPosition"}
    return {e.name for e in facts.entities}, posts


@pytest.mark.parametrize("text, person, body", [
    ("Lena Hart, head of the Denver Field Office of the Drug Enforcement Administration, spoke first.",
     "Lena Hart", "Drug Enforcement Administration"),
    ("Omar Tillett, Director of the SEC's Chicago Regional Office, said the firm misled clients.",
     "Omar Tillett", "SEC"),
    ("Ray Kolb, Assistant Director of the Miami Office of the Drug Enforcement Administration (DEA), "
     "led the raid.", "Ray Kolb", "Drug Enforcement Administration"),
])
def test_the_head_of_a_local_office_holds_a_post_in_the_body(nlp, text, person, body):
    names, posts = facts_of(nlp, text)
    assert (person, body) in posts, posts
    assert not any(n.endswith("Office") or "Office of" in n for n in names), names


@pytest.mark.parametrize("text", [
    "The case was investigated by the FBI's Boston Field Office and the Internal Revenue Service.",
    "The FBI Omaha Field Office investigated the case with help from local police.",
])
def test_a_local_office_is_no_entity_of_its_own(nlp, text):
    names, _ = facts_of(nlp, text)
    assert names & {"FBI", "Federal Bureau of Investigation"}, names
    assert not any("Field Office" in n for n in names), names


def test_an_office_that_is_a_body_stays(nlp):
    names, _ = facts_of(nlp, "The Executive Office of the President and the Office of Personnel "
                             "Management issued rules.")
    assert {"Executive Office of the President", "Office of Personnel Management"} <= names, names
