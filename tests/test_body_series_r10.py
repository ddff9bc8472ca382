"""A series of bodies under one plural head ("the Departments of Commerce, State and Energy",
"the Ministries of Finance and Trade") and a portfolio word standing alone ("State", "Energy")
name no single actor: none of them becomes a firm. A body the gazetteer knows by that word
("Treasury") and a firm whose name only begins with it ("State Street Corp") stay. Sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def entities(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    return {e.name: e.type for e in facts.entities}


@pytest.mark.parametrize("text, junk", [
    ("The review panel is made up of the Departments of Commerce, State, Defense, and Energy.", "State"),
    ("The review panel is made up of the Departments of Commerce, State, Defense, and Energy.", "Energy"),
    ("The review panel is made up of the Departments of Commerce, State, Defense, and Energy.",
     "Departments of Commerce"),
    ("The Ministries of Finance and Trade issued new rules for Brenmark Ltd.", "Ministries of Finance"),
    ("Officials from State, Treasury and Energy attended the briefing in Ottawa.", "Energy"),
])
def test_a_series_of_bodies_or_a_bare_portfolio_names_no_firm(nlp, text, junk):
    found = entities(nlp, text)
    assert junk not in found, found


@pytest.mark.parametrize("text, name, kind", [
    ("Officials from State, Treasury and Energy attended the briefing in Ottawa.", "Ottawa", "Place"),
    ("Energy shares fell as State Street Corp rose.", "State Street Corp", "Company"),
    ("The Ministries of Finance and Trade issued new rules for Brenmark Ltd.", "Brenmark Ltd.", "Company"),
])
def test_names_beside_them_stay(nlp, text, name, kind):
    assert entities(nlp, text).get(name) == kind
