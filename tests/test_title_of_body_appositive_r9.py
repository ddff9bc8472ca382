""""The chair of the Commission, X, ...": a name in apposition after a title and the body the
title is held at is a person, even where the parser hangs the name on the body and the model
read it as an organisation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def types(nlp, text):
    return {e.name: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text", [
    "The chair of the Sahel Union Commission, Ousmane Faki Mahamat, signed the accord on Sunday.",
    "On Friday the head of the Sahel Development Council, Ousmane Faki Mahamat, said funding would rise.",
    "Talks were opened by the president of the Lake Chad Basin Commission, Ousmane Faki Mahamat.",
])
def test_a_name_after_the_title_of_a_body_is_a_person(nlp, text):
    assert types(nlp, text).get("Ousmane Faki Mahamat") == "Person", types(nlp, text)


@pytest.mark.parametrize("text, name", [
    # the body itself in apposition, not a holder of the title
    ("The head of the group, Marlow Holdings, said profits fell.", "Marlow Holdings"),
    ("Shares of the parent of the chain, Corvane Retail Group, rose.", "Corvane Retail Group"),
])
def test_a_firm_in_apposition_stays_a_firm(nlp, text, name):
    assert types(nlp, text).get(name) == "Company", types(nlp, text)
