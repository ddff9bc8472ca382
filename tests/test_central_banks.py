"""A country's central bank that the gazetteer does not know: named once ("the National Bank of
Serbia") and described elsewhere ("Serbia's central bank") it is one government body, not a
firm beside a second, nameless body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return list(resolve_entities(nlp(text), Article(id="t", text=text)))


def banks(ents):
    return [e for e in ents if "bank" in e.name.lower()]


@pytest.mark.parametrize("text, name, description", [
    ("Serbia's central bank kept its benchmark rate at 5.75 percent on Thursday. The National Bank of Serbia "
     "said inflation was easing faster than expected.", "National Bank of Serbia", "Serbia's central bank"),
    ("Kazakh central bank lifts rate\nThe National Bank of Kazakhstan raised borrowing costs on Friday, citing "
     "food prices.", "National Bank of Kazakhstan", "Kazakh central bank"),
    ("The Reserve Bank of Malawi surprised traders on Wednesday. Analysts said the central bank of Malawi had "
     "little choice.", "Reserve Bank of Malawi", "central bank of Malawi"),
    ("Ukraine's central bank sold dollars all week, and on Friday the National Bank of Ukraine said reserves "
     "had fallen.", "National Bank of Ukraine", "Ukraine's central bank"),
])
def test_a_named_central_bank_and_its_description_are_one_government_body(nlp, text, name, description):
    found = banks(entities(nlp, text))
    assert [(e.name, e.type) for e in found] == [(name, "GovernmentBody")], found
    assert description in found[0].aliases


@pytest.mark.parametrize("text, name", [
    ("The Bank of Uganda cut its key rate by half a point on Tuesday.", "Bank of Uganda"),
    ("The governor of the Bank of Tanzania told reporters that the shilling would steady.", "Bank of Tanzania"),
    ("Last month the National Bank of Serbia held its benchmark rate at 6 percent.", "National Bank of Serbia"),
    ("The Reserve Bank of Malawi published its annual report on Monday.", "Reserve Bank of Malawi"),
])
def test_a_bank_named_for_a_country_that_sets_rates_or_has_a_governor_is_its_central_bank(nlp, text, name):
    found = banks(entities(nlp, text))
    assert [(e.name, e.type) for e in found] == [(name, "GovernmentBody")], found


@pytest.mark.parametrize("text", [
    "Peruvian central bank holds rates\nPeru's central bank left borrowing costs unchanged on Thursday.",
    "The Chilean central bank surprised economists. Chile's central bank had been expected to wait.",
    "Egypt's central bank acted on Sunday; the central bank of Egypt said the pound would float.",
])
def test_two_descriptions_of_one_countrys_central_bank_are_one_entity(nlp, text):
    found = banks(entities(nlp, text))
    assert len(found) == 1 and found[0].type == "GovernmentBody", [(e.name, e.aliases) for e in found]


@pytest.mark.parametrize("text, name", [
    # a lender named for its country: nothing says it is the central bank
    ("National Bank of Greece reported a 12 percent rise in quarterly profit.", "National Bank of Greece"),
    ("The Bank of Cyprus will cut 400 jobs this year, the lender said.", "Bank of Cyprus"),
    ("The National Bank of Egypt opened forty branches in Upper Egypt last year.", "National Bank of Egypt"),
])
def test_a_lender_named_for_a_country_stays_a_company(nlp, text, name):
    found = banks(entities(nlp, text))
    assert [(e.name, e.type) for e in found] == [(name, "Company")], found


def test_the_description_joins_the_central_bank_not_the_lender_of_the_same_country(nlp):
    text = ("Egypt's central bank raised rates on Thursday. The Central Bank of Egypt said the National Bank of "
            "Egypt would sell new certificates.")
    found = {e.name: e for e in banks(entities(nlp, text))}
    assert found["Central Bank of Egypt"].type == "GovernmentBody"
    assert "Egypt's central bank" in found["Central Bank of Egypt"].aliases
    assert found["National Bank of Egypt"].type == "Company"


@pytest.mark.parametrize("text, name", [
    ("The Bank of Namibia (BoN) left its interest rate unchanged at 7% on Thursday, citing food prices.",
     "Bank of Namibia"),
    ("The Bank of Lesotho (CBL) has raised its interest rate to 9%, the bank said.", "Bank of Lesotho"),
    ("The Bank of Zambia (BoZ) kept its interest rate unchanged on Wednesday.", "Bank of Zambia"),
])
def test_a_bank_named_for_a_country_that_sets_its_interest_rate_is_the_central_bank(nlp, text, name):
    (bank,) = [e for e in entities(nlp, text) if e.name == name]
    assert bank.type == "GovernmentBody"


def test_a_bank_that_pays_interest_on_accounts_is_a_lender(nlp):
    (bank,) = banks(entities(nlp, "The Bank of Lesotho raised interest rates on its savings accounts."))
    assert bank.type == "Company"
