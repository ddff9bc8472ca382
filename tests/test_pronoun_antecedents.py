"""Which firm "it" is: a subject "it" does not take a name that sits, as no subject, in a phrase
or clause fronted before it; the narrative's firm is meant. Sentences and firms are invented."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.models import Article


def participants(nlp, text, etype):
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[p.entity], p.role) for e in facts.events if e.type == etype for p in e.participants}


@pytest.mark.parametrize("text", [
    "Velmora Systems makes sensors for carmakers. After receiving $80 million from Harbor Capital in 2019, "
    "it listed on the Oslo Stock Exchange in 2021.",
    "Velmora Systems makes sensors for carmakers. With backing from Harbor Capital, it listed on the Oslo "
    "Stock Exchange in 2021.",
    "Velmora Systems makes sensors for carmakers. Two years after a deal with Harbor Capital, it listed on "
    "the Oslo Stock Exchange.",
])
def test_a_firm_in_a_fronted_phrase_is_not_the_subject_it(nlp, text):
    found = participants(nlp, text, "IPO")
    assert ("Velmora Systems", "subject") in found
    assert ("Harbor Capital", "subject") not in found


def test_a_subject_in_a_fronted_clause_may_still_be_it(nlp):
    text = "Analysts expected little. After Harbor Capital raised $80 million, it listed on the Oslo Stock Exchange."
    assert ("Harbor Capital", "subject") in participants(nlp, text, "IPO")
