"""Press releases quote the short forms they define ("an anti-money laundering (“AML”)
program"): a quoted short form of a lower-case description of a thing names no actor, as an
unquoted one does; and an identifier named after a programme ("Social Security numbers") is
no actor either. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def names(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, short", [
    ("For years the lender ran a weak anti-money laundering (“AML”) program, regulators said.", "AML"),
    ("Its know-your-customer (\"KYC\") checks were never run, the order says.", "KYC"),
    ("The broker ignored suspicious activity reports (“SARs”) filed by its own staff.", "SARs"),
])
def test_a_quoted_short_form_of_a_thing_is_no_actor(nlp, text, short):
    assert short not in names(nlp, text), names(nlp, text)


def test_a_quoted_short_form_of_a_body_stays_that_body(nlp):
    found = names(nlp, "The Commodity Futures Trading Commission (“CFTC”) fined the broker. The CFTC said it lied.")
    assert "Commodity Futures Trading Commission" in found and "CFTC" not in found, found


@pytest.mark.parametrize("text", [
    "Hackers stole the names and Social Security numbers of 4,000 customers.",
    "The form asks for a Social Security number and a date of birth.",
    "Thieves used stolen Medicare cards to bill for tests never given.",
])
def test_an_identifier_named_after_a_programme_is_no_actor(nlp, text):
    assert not names(nlp, text) & {"Social Security", "Medicare"}, names(nlp, text)
