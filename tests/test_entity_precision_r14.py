"""Entity precision on unseen text (round 14): two over-general readings of names.

A list of names right after a plural noun of firms ("mobile phone companies X and Y", "the
brokers X and Y Securities", "the carriers X, Y and Z") names firms, whatever the NER label
(it often reads a one-word brand as a place or a person). Only capitalised words, commas and
"and" may stand between the noun and the name: "its companies in Ghana and Kenya" lists places.

An abbreviation in the plural ("UAVs", "ETFs", "HYIFs") names a kind of thing, not an actor:
it is no entity. A singular abbreviation ("ASML", "the OECD") still is.

"Post" inside a name makes a newspaper ("the Kelford Post") unless it names a postal service: a
country's operator ("Japan Post", "Canada Post") or a "Post Office ... Bank", whose head is a bank.

"party" after a list's or a designation's name ("an Entity List party", "a Blocked Persons List
party") is a party to a transaction, not a political party; "the Green Dawn party" still is one.
"""
from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, firms", [
    ("The sale list includes the Development Bank of Korvania, mobile phone companies Vantel One and Telvane "
     "and fixed line operator Arvo-Net.", ["Vantel One", "Telvane"]),
    ("The government sold its stakes in the mobile phone firms Corvane and Telmaro Link last year.",
     ["Corvane", "Telmaro Link"]),
    ("Regulators fined the brokers Dallow and Pennick Securities on Monday.", ["Dallow", "Pennick Securities"]),
])
def test_names_listed_after_a_plural_noun_of_firms_are_firms(nlp, text, firms):
    found = entity_types(nlp, text)
    for firm in firms:
        assert found.get(firm) == "Company", (firm, found)


@pytest.mark.parametrize("text, places", [
    ("Its companies in Ghana and Kenya grew quickly last year.", ["Ghana", "Kenya"]),
    ("Banks lent more in Portugal and Spain than a year earlier.", ["Portugal", "Spain"]),
    ("The firms moved their offices from Nairobi to Lagos in March.", ["Nairobi", "Lagos"]),
])
def test_places_after_a_plural_noun_of_firms_stay_places(nlp, text, places):
    found = entity_types(nlp, text)
    for place in places:
        assert found.get(place) == "Place", (place, found)


@pytest.mark.parametrize("text, word", [
    ("Brovia Dynamics shipped UAVs and spare parts to the militia, the agency said.", "UAVs"),
    ("Holdwick Trading sold the UAVs to Tarsk Industries in May.", "UAVs"),
    ("The bureau said the schemes, known as QPIFs, cost savers millions of dollars.", "QPIFs"),
])
def test_an_abbreviation_in_the_plural_is_no_entity(nlp, text, word):
    assert word not in entity_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Shares of ASML rose 3 percent on Tuesday.", "ASML"),
    ("The OECD cut its growth forecast for Korvania.", "OECD"),
    ("Analysts at Berenvale said KLX Energy would report a loss.", "KLX Energy"),
])
def test_an_abbreviation_in_the_singular_stays(nlp, text, name):
    assert name in entity_types(nlp, text)


@pytest.mark.parametrize("text, name, kind", [
    ("The reform splits Japan Post into four companies by 2017.", "Japan Post", "Company"),
    ("Canada Post said deliveries would resume on Monday.", "Canada Post", "Company"),
    ("The state will sell the Post Office Savings Bank of Korvania and two mines.",
     "Post Office Savings Bank of Korvania", "Company"),
])
def test_a_postal_service_or_a_bank_is_no_newspaper(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, name", [
    ("Jorvan told the Kelford Post that rates would rise.", "Kelford Post"),
    ("An editorial in the Huffington Post backed the plan.", "Huffington Post"),
    ("Marta Ilves wrote in the Orlan Daily Post that the tariff would hurt farmers.", "Orlan Daily Post"),
])
def test_a_newspaper_named_post_stays_a_newspaper(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "MediaOutlet"


@pytest.mark.parametrize("text", [
    "Kelvo Trading diverted the parts to an Entity List party in Korvania, the bureau said.",
    "Orvane Ltd is tied to a firm that is an Entity List party, and it trains pilots.",
    "Tarsk Ltd sold chips to a Blocked Persons List party.",
])
def test_a_party_named_on_a_list_is_no_political_party(nlp, text):
    assert "PoliticalParty" not in entity_types(nlp, text).values()


@pytest.mark.parametrize("text, party", [
    ("Ana Brel joined the Green Dawn party in 2019.", "Green Dawn"),
    ("Leaders of the National Renewal party met on Monday.", "National Renewal"),
    ("The Korvan Liberty party won 40 seats.", "Korvan Liberty"),
])
def test_a_name_before_a_lower_case_party_stays_a_party(nlp, text, party):
    assert entity_types(nlp, text).get(party) == "PoliticalParty"
