"""Lenders who agree to or approve a rescue for a country lend to it (an Investment: the lenders
act, the country is the target), also where the parser reads "for X to ..." as a clause of its
own; the approval is then no separate policy announcement (kg.extract.events._lending,
_lends_to_a_country, _policy)."""

import pytest
from helpers import event_parts, typed_events


@pytest.mark.parametrize("text, lenders, country", [
    ("The International Monetary Fund and the European Union have agreed to a $12 billion rescue "
     "package for Latvia.", ("International Monetary Fund", "European Union"), "Latvia"),
    ("The IMF and the European Commission approved a $20 billion loan for Romania to cover its budget gap.",
     ("International Monetary Fund", "European Commission"), "Romania"),
    ("The World Bank has approved a loan for Kenya to build new roads.", ("World Bank",), "Kenya"),
    ("The World Bank and the Asian Development Bank agreed on an emergency loan for Sri Lanka on Tuesday.",
     ("World Bank", "Asian Development Bank"), "Sri Lanka"),
])
def test_lenders_agreeing_to_a_rescue_lend_to_the_country(tmp_path, text, lenders, country):
    want = {(k, "actor") for k in lenders} | {(country, "target")}
    assert any(want <= p for p in event_parts(tmp_path, text, "Investment"))


@pytest.mark.parametrize("text", [
    "The IMF has approved a $3 billion bailout for Pakistan.",
    "The World Bank and the Asian Development Bank approved an emergency loan package for Sri Lanka on Tuesday.",
    "The IMF and the European Commission approved a $20 billion loan for Romania to cover its budget gap.",
])
def test_approving_a_countrys_rescue_is_no_policy_announcement(tmp_path, text):
    assert [t for t, _ in typed_events(tmp_path, text)] == ["Investment"]


def test_a_rescue_for_a_firm_is_no_lending_to_a_country(tmp_path):
    text = "The government agreed to a rescue package for Halvard Motors on Friday."
    assert event_parts(tmp_path, text, "Investment") == []
