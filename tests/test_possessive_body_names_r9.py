"""Names of bodies with an inner possessive ("the Kessel Attorney General’s Office", "the Osaka
District Prosecutor’s office") are one name, with a typographic apostrophe as with a straight
one, and with the city written before them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, body", [
    ("The Kessel Attorney General’s Office sued Lumo Health on Monday.", "Kessel Attorney General’s Office"),
    ("Officials of the Lagos State Attorney General’s Office declined to comment.",
     "Lagos State Attorney General’s Office"),
    ("The Osaka District Prosecutor’s office arrested the chairman on Thursday.",
     "Osaka District Prosecutor’s office"),
    ("The Osaka District Prosecutor's office arrested the chairman on Thursday.",
     "Osaka District Prosecutor's office"),
])
def test_a_body_with_an_inner_possessive_is_one_name(nlp, text, body):
    found = entity_types(nlp, text)
    assert found.get(body) == "GovernmentBody", found


@pytest.mark.parametrize("text, owner", [
    ("Apple’s Board approved the buyback.", "Apple"),
    ("The minister’s office said the trip was off.", None),
])
def test_an_owner_before_a_possessive_stays_the_owner(nlp, text, owner):
    found = entity_types(nlp, text)
    assert not any("’s" in name for name in found), found
    if owner:
        assert owner in found
