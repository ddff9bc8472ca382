"""A secretary's title with a field after "for" ("Assistant Secretary of Commerce for Export
Enforcement Ana Ruiz", as agency releases write it) ends before the holder's given name: the
holder is a person, not a firm named with the title's words. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("\"We act,\" said Assistant Secretary of Commerce for Export Enforcement Ana Ruiz.", "Ana Ruiz"),
    ("\"The rules are clear,\" said Deputy Secretary of the Treasury for Terrorism Financing Omar Sayed.",
     "Omar Sayed"),
    ("Assistant Secretary of Commerce for Trade Enforcement Maria Lopez signed the order on Monday.",
     "Maria Lopez"),
])
def test_the_holder_after_a_title_with_a_field_is_a_person(nlp, text, person):
    found = entity_types(nlp, text)
    assert found.get(person) == "Person" and not any("Enforcement" in n or "Financing" in n for n in found), found
