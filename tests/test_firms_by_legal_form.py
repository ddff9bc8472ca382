"""A firm's name ending in a legal form is a name even where the model left it untagged (it
does so in long press releases). The finder is tested on its own, as if the model had found
nothing. Sentences and firms are invented for these tests."""

from __future__ import annotations

import pytest

from kg.extract.missed_names import firms_by_legal_form


def found(nlp, text):
    return [(c.text, c.type) for c in firms_by_legal_form(nlp(text), [], [])]


@pytest.mark.parametrize("text, firm", [
    ("WASHINGTON – Harlow Medical Corporation, operator of a hospital chain, agreed to pay $90 million.",
     "Harlow Medical Corporation"),
    ("Regulators said Ardent Grain Co. had misled farmers about its prices.", "Ardent Grain Co."),
    ("The fund sold its stake in Pine & Basset Ltd on Friday.", "Pine & Basset Ltd"),
    ("Shares of Velmora Systems Inc. fell after the report.", "Velmora Systems Inc."),
])
def test_capitalised_words_before_a_legal_form_are_a_firm(nlp, text, firm):
    assert found(nlp, text) == [(firm, "Company")]


@pytest.mark.parametrize("text", [
    "The corporation said profits rose.",            # a legal form on its own
    "Inc. magazine ranked the startups.",             # a legal form that begins a sentence
    "The company, a limited partnership, said it would appeal.",
])
def test_a_legal_form_without_a_name_is_no_firm(nlp, text):
    assert found(nlp, text) == []
