"""A title written with a field after "for" ("Assistant Secretary for Export Enforcement X",
"Deputy Secretary for Sanctions and Trade Controls X") ends where its holder's name begins:
a span the model ran from the field into the name is the holder, named by given name and surname.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ('"We will act," said Assistant Secretary for Export Enforcement Ada Lindqvist.', "Ada Lindqvist"),
    ("Assistant Secretary for Economic Sanctions Enforcement Lars Mehta met the bankers.", "Lars Mehta"),
    ('"The network is broken," said Assistant Secretary for Terrorist Financing Ravi Dunne.', "Ravi Dunne"),
])
def test_the_holder_after_a_field_is_named_without_it(nlp, text, person):
    found = entity_types(nlp, text)
    assert found.get(person) == "Person", found
    assert not any(n != person and n.endswith(person) for n in found), found


@pytest.mark.parametrize("text, name", [
    ("The fund pays for Export Credit Agency Bonds.", "Export Credit Agency"),
    ("Assistant Secretary for Export Administration Kevin Wolf signed the rule.", "Kevin Wolf"),
])
def test_names_that_are_no_such_run_stay_whole(nlp, text, name):
    assert name in entity_types(nlp, text)
