"""The sums an enforcement order imposes, written capitalised in releases ("a $315,500 Civil
Monetary Penalty", "Disgorgement", "Restitution"), name no actor: the model read them as a firm
that the order then targeted. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text", [
    "Under the order, Northwind Trading must pay a $315,500 Civil Monetary Penalty plus $90,000 in Restitution.",
    "The settlement includes a Civil Monetary Penalty of $4 million and Disgorgement of $1.2 million.",
    "The fine is made up of a $62,000 Civil Monetary Penalty, a $7,400 Criminal Disgorgement Amount and "
    "a $46,300 refund.",
])
def test_a_sum_imposed_is_no_entity(nlp, text):
    assert not any(name.split()[-1] in ("Penalty", "Amount", "Restitution", "Disgorgement") for name in entity_types(nlp, text))


@pytest.mark.parametrize("text, firm", [
    ("Acme Capital agreed to pay the penalty within ten days.", "Acme Capital"),
    ("Investors sued Kelvo Holdings over its fees.", "Kelvo Holdings"),
])
def test_firms_stay(nlp, text, firm):
    assert entity_types(nlp, text).get(firm) == "Company"
