"""A one-word name the small model calls a person is a firm when the sentence gives it a role no
person takes (founded, owned, acquired, a subsidiary, a parent, a co-founder's firm)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entity_types(nlp, text) -> dict[str, str]:
    table = resolve_entities(nlp(text), Article(id="t", text=text, published=date(2024, 3, 14)))
    return {e.name: e.type for e in table}


@pytest.mark.parametrize("text", [
    "Hana Ruiz founded Velora in a garage.",
    "Velora, founded by Hana Ruiz in 2004, went public.",
    "Velora, a subsidiary of Norbeck Group, cut prices.",
    "Norbeck Group acquired Velora in 2019.",
    "Velora was acquired by Norbeck Group in 2019.",
    "Velora's parent, Norbeck Group, reported a loss.",
    "Velora co-founder Hana Ruiz sold her shares.",
])
def test_a_role_only_a_firm_takes_makes_a_firm(nlp, text):
    types = entity_types(nlp, text)
    assert types.get("Velora") == "Company", types


@pytest.mark.parametrize("text", [
    "Norbeck Group hired Hana Ruiz in 2019. Ruiz founded its research unit.",
    "Hana Ruiz, the founder of Velora Labs, spoke. Ruiz owns a stake in it.",
    "Hana Ruiz spoke at Velora Labs. Ruiz was acquitted later.",
])
def test_a_person_in_a_persons_role_stays_a_person(nlp, text):
    assert entity_types(nlp, text).get("Hana Ruiz") == "Person"
