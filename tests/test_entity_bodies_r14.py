"""Entities named in lower case or in title case that news uses in many articles (round 14).

- The euro area written as one lower-case word ("the eurozone economy", "the eurozone's
  weakest member") is the gazetteer's place, as "euro zone" and "euro area" already were.
- A legislature or a cabinet named by its head word alone, in lower case ("lawmakers approved
  the bill in parliament", "protesters stormed parliament", "the cabinet's decision"), or with
  a regional adjective ("the Norrish parliament"), is a government body. Not: a modifier
  ("cabinet nominees", "the parliament building"), a part or a member of it ("the lower house of
  parliament", "a member of parliament", "the speaker of parliament"), "a parliament", nor one
  owned by someone who is no country ("the bloc's legislature").
- An official's office named in lower case is a body of its own: "a District Attorney's office",
  "the Velka District Prosecutor's office", "the Inspector General's office", "Chile's
  presidential office"; not a person's office ("Ortan Blek's office"), and the name stops at the
  head ("a District Attorney's office and the regulator" is one body, not a run of two).
- A name followed by a lower-case "party", past its short form in parentheses or a standing
  ("the Velkan Congress for National Renewal (VCNR) party", "the People's Union for Progress (PUP)
  party", "the Tarn Workers Congress opposition party") is a political party, whatever its head
  word; not "party" as a modifier ("Kelvo Holdings (KH) party supplies").
- A country's prosecutors or regulators named without a possessive ("U.S. prosecutors said", "US
  regulators said") in an article that names a body of that kind (the FBI, a commission) are
  that body speaking, no second body, and the country inside is no mention of its own; with a
  possessive ("Tarnovia's financial regulators") or with no such body named they stay a body.
- A central bank's rate or a statistic of prices written capitalised ("the Repo Rate", "the
  Bank Rate", "the Consumer Prices Index", "the Wholesale Price Index") names no actor; a firm
  with "Rate" in its name and a market's index stay.

- A broadcaster's programme, "the Economics Report", names no actor.

Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article
from helpers import entity_types


def mentions(nlp, text):
    return {m.text for e in resolve_entities(nlp(text), Article(id="t", text=text)) for m in e.mentions}


@pytest.mark.parametrize("text", [
    "Bank governor Ilse Marten said prices in the eurozone would keep rising next year.",
    "Worries grew that the eurozone's smallest member could miss its debt payments.",
    "A weak survey of factories suggested the eurozone recovery had stalled in the spring.",
])
def test_the_eurozone_in_lower_case_is_the_place(nlp, text):
    found = entity_types(nlp, text)
    assert {n.lower(): k for n, k in found.items()}.get("eurozone") == "Place", found


@pytest.mark.parametrize("text, body", [
    ("Tarnovian lawmakers approved the tax bill in parliament on Tuesday after a long debate.", "parliament"),
    ("Crowds of young protesters stormed parliament in Velka as the vote on the levy went ahead.", "parliament"),
    ("The cabinet's decision to let foreign grocers in angered traders across Valdoria.", "cabinet"),
    ("The harbour company was taken over by the Norrish parliament after the vote.", "Norrish parliament"),
])
def test_a_legislature_or_cabinet_named_alone_is_a_body(nlp, text, body):
    found = entity_types(nlp, text)
    assert found.get(body) == "GovernmentBody", found


@pytest.mark.parametrize("text", [
    "The premier named nine cabinet nominees for the senators of Valdoria to vet.",
    "Guards closed the parliament building in Velka after the storm.",
    "Ortan was elected a member of parliament in the first round.",
    "The vote in the lower house of parliament was put off until May.",
    "Every new republic needs a parliament, the professor told Tarn Weekly.",
    "The deal still needs the approval of the bloc's legislature in Velka.",
])
def test_a_modifier_a_part_or_a_member_of_parliament_is_no_body(nlp, text):
    found = entity_types(nlp, text)
    assert not {"parliament", "cabinet"} & {n.lower() for n in found}, found


@pytest.mark.parametrize("text, measure", [
    ("The Reserve Bank of Valdoria kept the Repo Rate at 6.5 percent, Governor Anil Marte said.", "Repo Rate"),
    ("The Bank of Norland raised the Bank Rate to 5.25 percent on Thursday.", "Bank Rate"),
    ("The Consumer Prices Index rose 4.1 percent in May, the Norland statistics office said.",
     "Consumer Prices Index"),
    ("Marten Foods said the Wholesale Price Index had climbed for a third month.", "Wholesale Price Index"),
])
def test_a_central_banks_rate_or_a_price_statistic_is_no_actor(nlp, text, measure):
    assert measure not in mentions(nlp, text)


@pytest.mark.parametrize("text, name, kind", [
    ("The Grand Rate Company sued Orbis Bank over the unpaid loans.", "Grand Rate Company", "Company"),
    ("Shares of Keller Rate Corp. rose 3 percent in Tarn.", "Keller Rate Corp.", "Company"),
    ("The Kestrel Composite Index fell 2 percent on Friday.", "Kestrel Composite Index", "MarketIndex"),
])
def test_firms_and_market_indexes_with_such_words_stay(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, body", [
    ("A District Attorney's office and the Velkan regulator declined to comment on the Tarnwell case.",
     "District Attorney's office"),
    ("Ana Ruiz serves as deputy chief prosecutor at the Velka District Prosecutor's office.",
     "Velka District Prosecutor's office"),
    ("The Inspector General's office opened a review of the Marrow contracts.", "Inspector General's office"),
    ("Chile's presidential office voiced strong regret over the new export curbs.", "Chile's presidential office"),
])
def test_an_officials_office_in_lower_case_is_a_body(nlp, text, body):
    assert entity_types(nlp, text).get(body) == "GovernmentBody"


@pytest.mark.parametrize("text", [
    "Ortan Blek's office declined to comment on the Velkan tariffs.",
    "A spokesman said Mr. Blek's office would reply next week.",
])
def test_a_persons_office_is_no_body(nlp, text):
    assert not any(name.endswith("office") for name in entity_types(nlp, text))


@pytest.mark.parametrize("text, party", [
    ("After a long row, the Velkan Congress for National Renewal (VCNR) party withdrew its support.",
     "Velkan Congress for National Renewal"),
    ("The People's Union for Progress (PUP) party quit the government on Monday.", "People's Union for Progress"),
    ("The Tarn Workers Congress opposition party won 12 seats in the vote.", "Tarn Workers Congress"),
])
def test_a_name_before_a_lower_case_party_is_a_party(nlp, text, party):
    assert entity_types(nlp, text).get(party) == "PoliticalParty"


def test_party_as_a_modifier_makes_no_party(nlp):
    found = entity_types(nlp, "Kelvo Holdings (KH) party supplies were sold at a loss.")
    assert found.get("Kelvo Holdings") != "PoliticalParty"


@pytest.mark.parametrize("text, collective", [
    ("The Commodity Futures Trading Commission fined Orbis Bank. US regulators said the bank had lied.",
     "US regulators"),
    ("The FBI detained the trader at dawn. U.S. prosecutors said he had traded on tips from Velka.",
     "U.S. prosecutors"),
    ("The Securities and Exchange Commission sued Marlo Ltd. on Monday. American regulators said it misled buyers.",
     "American regulators"),
])
def test_a_countrys_collective_beside_a_named_body_is_no_second_body(nlp, text, collective):
    found = entity_types(nlp, text)
    assert collective not in found, found
    assert "United States" not in found and "US" not in found and "U.S." not in found, found


@pytest.mark.parametrize("text, collective", [
    ("U.S. prosecutors said the Velkan trader had passed tips to his brother.", "U.S. prosecutors"),
    ("China's financial regulators summoned Marlo Ltd. The Securities and Exchange Commission also acted.",
     "China's financial regulators"),
])
def test_a_collective_with_a_possessive_or_alone_stays(nlp, text, collective):
    assert entity_types(nlp, text).get(collective) == "GovernmentBody"


@pytest.mark.parametrize("text", [
    "From Velka Radio, this is the Economics Report. I'm Ana Ruiz.",
    "You have been listening to the Economics Report, written by Omar Haddad.",
    "Ana Ruiz prepared the Economics Report for Tarn Radio.",
])
def test_a_broadcasters_programme_is_no_actor(nlp, text):
    assert "Economics Report" not in mentions(nlp, text)
