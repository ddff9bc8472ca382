"""A business introduced by the words that name it ("an operation known as X", "a lender called
X", "doing business as X") is a firm, even where the NER model reads the bare name as a person;
a person introduced the same way ("a trader known as X") stays one. Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def types(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    return {e.name: e.type for e in facts.entities}


@pytest.mark.parametrize("text, name", [
    ("The agency sued a Texas-based operation known as Carvella for selling fake warranties. "
     "Carvella knew of the calls.", "Carvella"),
    ("Regulators fined a lender called Pellston for misleading savers, and Pellston paid.", "Pellston"),
    ("The seller, doing business as Marrowick, shipped the pills. Marrowick denied it.", "Marrowick"),
    ("Prosecutors charged an outfit dubbed Fenmoor with wire fraud, and Fenmoor has since shut down.", "Fenmoor"),
])
def test_a_business_named_by_known_as_or_called_is_a_firm(nlp, text, name):
    found = types(nlp, text)
    assert found.get(name) == "Company", found


@pytest.mark.parametrize("text, name", [
    ("Police arrested a trader known as Jaco Verne in March.", "Jaco Verne"),
    ("A banker named Ilse Marov told the court that she had signed the papers.", "Ilse Marov"),
])
def test_a_person_named_the_same_way_stays_a_person(nlp, text, name):
    found = types(nlp, text)
    assert found.get(name) == "Person", found


def targets(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return {names[p.entity] for e in facts.events if e.type == "RegulatoryAction" for p in e.participants
            if p.role == "target"}


@pytest.mark.parametrize("text, name", [
    ("The Federal Trade Commission filed a complaint charging a Texas-based operation known as "
     "Carvella with using illegal robocalls. Carvella knew of the calls.", "Carvella"),
    ("Regulators fined a lender called Pellston for misleading savers, and Pellston paid.", "Pellston"),
    ("Prosecutors charged an outfit dubbed Fenmoor with wire fraud, and Fenmoor has since shut down.", "Fenmoor"),
])
def test_the_business_so_named_is_the_one_acted_against(nlp, text, name):
    assert name in targets(nlp, text)
