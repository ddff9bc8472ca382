"""Money lent to a country, or its bailout, is an Investment by its lenders in it, round 18. Found by
annotating fresh articles on sovereign debt; sentences written for these tests, the countries'
rescues invented. A government's rescue of a firm stays its policy (a different construction)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lenders, country", [
    ("The International Monetary Fund lent $5 billion to Estonia on Tuesday.", ["International Monetary Fund"],
     "Estonia"),
    ("Latvia needed a $9 billion bailout from the European Central Bank and the International Monetary Fund "
     "last year.", ["European Central Bank", "International Monetary Fund"], "Latvia"),
    ("On Monday the European Union agreed to loan Iceland about $4 billion.", ["European Union"], "Iceland"),
    ("The World Bank approved a rescue package for Sri Lanka on Friday.", ["World Bank"], "Sri Lanka"),
])
def test_a_country_lent_to_is_its_lenders_investment(read_events, text, lenders, country):
    found = read_events(text)
    assert ("Investment", country, "target") in found, found
    for lender in lenders:
        assert ("Investment", lender, "actor") in found, found


@pytest.mark.parametrize("text", [
    "Banks lent more money to small firms in Estonia last year.",
    "The administration's bailout plan for the banks passed the Senate on Friday.",
    "Estonia's loans to its farmers rose 4 percent.",
])
def test_lending_that_is_no_countrys_rescue_is_no_investment_in_a_country(read_events, text):
    found = read_events(text)
    assert not any(kind == "Investment" and role == "target" for kind, _, role in found), found
