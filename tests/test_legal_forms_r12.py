"""A firm's name ending in another country's legal form ("SpA", "S.r.l.", "Srl", "Ltda") is a
firm's, however the model labels it (it read such names as people's). A U.S. city written with
its state's or district's abbreviation ("Washington, DC", "New York, N.Y.") is the city, not a
city and a second place. A name described as what only a person is ("X, an Italian national,",
"X, a former executive with Y,") is a person's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, firm", [
    ("The deal with Ferro Nord SpA closed in May.", "Ferro Nord SpA"),
    ("Prosecutors charged Lodi Valvole Srl and two of its managers.", "Lodi Valvole Srl"),
    ("Regulators fined Olinda Agro Ltda on Monday.", "Olinda Agro Ltda"),
    ("The deal with Ferro Nord S.r.l. closed in May.", "Ferro Nord S.r.l"),
])
def test_foreign_legal_forms_make_a_firm(nlp, text, firm):
    assert entity_types(nlp, text).get(firm) == "Company"


def test_a_person_stays_a_person(nlp):
    found = entity_types(nlp, "Anna Rossi, a former manager at Lodi Valvole Srl, was arrested.")
    assert found.get("Anna Rossi") == "Person" and found.get("Lodi Valvole Srl") == "Company"


@pytest.mark.parametrize("text, stray", [
    ("Officials met in Washington, DC. They agreed on a plan.", "DC"),
    ("The firm, based in Washington, DC, was fined.", "DC"),
    ("The exchange is based in New York, N.Y., and trades futures.", "N.Y."),
])
def test_a_city_with_its_abbreviation_is_one_place(nlp, text, stray):
    found = entity_types(nlp, text)
    assert stray not in found
    assert any(name in found for name in ("Washington", "New York", "Washington, DC", "New York, N.Y."))


@pytest.mark.parametrize("description", [
    "an Italian national", "a U.S. citizen", "a former executive with Lodi Valvole Srl",
])
def test_a_name_described_as_only_a_person_is_is_a_person(nlp, description):
    # the small model reads this invented surname as a place in a release's opening sentence
    text = (f"WASHINGTON — Lino Caravetti, {description}, was charged on Monday, federal prosecutors in "
            "the Justice Department said.")
    assert entity_types(nlp, text).get("Lino Caravetti") == "Person"
