"""Enforcement: parties put on a control list, and agencies joined before the charges they bring
(round 9, recall).

- A party taken up by a relative pronoun the parser hangs elsewhere: "according to the agency, X of
  a town, which was put on a control list, ..." (the party, not its town, is listed).
- Additions to a list named through "such as" or "include": "the additions to the Control List, such
  as X and Y", "the additions to the list include X and Y".
- Agencies joined before the noun: "settled the Ministry and Board charges", "settled Authority and
  Board charges", "settled the Ministry and the Authority charges".
Near-misses: a guest list, a menu's additions, officials of two bodies praised.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Lena Marsh", "Person"), ("Justice Ministry", "GovernmentBody"), ("Welland Treasury", "GovernmentBody"),
         ("Market Conduct Authority", "GovernmentBody"), ("Futures Trading Board", "GovernmentBody"),
         ("Corvina Mills", "Company"), ("Halden Freight", "Company"), ("Welland", "Place"), ("Norburg", "Place"),
         ("Eastvale", "Place")]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text, target", [
    ("According to the Market Conduct Authority, Corvina Mills of Welland, which was added to the Restricted "
     "Parties List, allegedly shipped parts to Norburg.", "corvina-mills"),
    ("According to the Welland Treasury, Halden Freight of Norburg, which was placed on the Entity List, sold "
     "chips to Eastvale.", "halden-freight"),
    ("According to the Market Conduct Authority, Lena Marsh of Norburg, who was added to the sanctions list, "
     "fled the country.", "lena-marsh"),
])
def test_a_party_taken_up_by_a_relative_is_listed(nlp, text, target):
    assert (target, "target") in roles(nlp, text)


@pytest.mark.parametrize("text, targets", [
    ("The additions to the Export Control List, such as Corvina Mills and Halden Freight, reflect their roles in "
     "arming Norburg.", ["corvina-mills", "halden-freight"]),
    ("The latest additions to the Restricted Parties List include Corvina Mills and Halden Freight.",
     ["corvina-mills", "halden-freight"]),
    ("The new additions to the list, including Corvina Mills, were announced by the Welland Treasury.",
     ["corvina-mills"]),
])
def test_additions_to_a_list_named_after_such_as_or_include(nlp, text, targets):
    got = roles(nlp, text)
    for t in targets:
        assert (t, "target") in got, got


@pytest.mark.parametrize("text, actors", [
    ("Corvina Mills settled Market Conduct Authority and Futures Trading Board charges for spoofing.",
     ["market-conduct-authority", "futures-trading-board"]),
    ("Corvina Mills settled the Justice Ministry and Futures Trading Board charges for spoofing.",
     ["justice-ministry", "futures-trading-board"]),
    ("Corvina Mills settled the Justice Ministry and the Market Conduct Authority charges last year.",
     ["justice-ministry", "market-conduct-authority"]),
])
def test_agencies_joined_before_their_charges_all_act(nlp, text, actors):
    got = roles(nlp, text)
    assert ("corvina-mills", "target") in got, got
    for a in actors:
        assert (a, "actor") in got, (a, got)


@pytest.mark.parametrize("text", [
    "Corvina Mills of Welland, which was added to the guest list, hosted a dinner.",
    "The additions to the menu include soups such as Corvina Mills.",
    "Halden Freight praised the Justice Ministry and the Welland Treasury officials.",
])
def test_no_listing_or_charges_in_near_misses(nlp, text):
    assert not roles(nlp, text), text
