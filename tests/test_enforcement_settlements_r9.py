"""Enforcement: the authority named through an agreement that ends a case, or through the claims a
penalty settles (round 9, recall).

- "X entered into a two-year deferred prosecution agreement with the Ministry", "X agreed to ... enter a
  non-prosecution agreement with the Ministry", "X reached a consent agreement with the Board": the
  authority agreed with acts, the party entering the agreement is its target.
- "X agreed to pay a penalty to settle the claims by the Board", "will pay a fine to settle claims from
  the Authority", "paid a penalty to resolve claims by the Ministry": the body whose claims are
  settled imposed the penalty, in one event with the payer.
Near-misses: a supply agreement with a government body, claims by a firm, a dispute over rent.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Bram Okafor", "Person"), ("Justice Ministry", "GovernmentBody"), ("Welland Treasury", "GovernmentBody"),
         ("Market Conduct Authority", "GovernmentBody"), ("Futures Trading Board", "GovernmentBody"),
         ("Corvina Mills", "Company"), ("Halden Freight", "Company")]


def events(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [{(p.entity.split("/")[1], p.role) for p in e.participants} for e in evs if e.type == "RegulatoryAction"]


@pytest.mark.parametrize("text, actor, target", [
    ("On Monday Corvina Mills entered into a two-year deferred prosecution agreement with the Justice Ministry.",
     "justice-ministry", "corvina-mills"),
    ("Halden Freight agreed to pay $5 million and enter a non-prosecution agreement with the Justice Ministry.",
     "justice-ministry", "halden-freight"),
    ("Corvina Mills reached a consent agreement with the Market Conduct Authority in April.",
     "market-conduct-authority", "corvina-mills"),
])
def test_an_agreement_ending_a_case_names_the_authority(nlp, text, actor, target):
    assert any((actor, "actor") in e and (target, "target") in e for e in events(nlp, text)), events(nlp, text)


@pytest.mark.parametrize("text, actor, target", [
    ("Corvina Mills agreed to pay an $8 million penalty to settle the claims by the Futures Trading Board that "
     "its brokers misled clients.", "futures-trading-board", "corvina-mills"),
    ("Halden Freight will pay a $2 million fine to settle claims from the Market Conduct Authority.",
     "market-conduct-authority", "halden-freight"),
    ("Corvina Mills paid a $1 million penalty to resolve claims by the Justice Ministry over late filings.",
     "justice-ministry", "corvina-mills"),
])
def test_a_penalty_settling_a_bodys_claims_is_imposed_by_it(nlp, text, actor, target):
    assert any((actor, "actor") in e and (target, "target") in e for e in events(nlp, text)), events(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvina Mills entered into a supply agreement with the Welland Treasury.",
    "Corvina Mills paid $4 million to settle claims by Halden Freight.",
    "Corvina Mills will pay a $1 million fee to settle its dispute with the Welland Treasury over rent.",
])
def test_no_authority_in_commercial_agreements_and_claims(nlp, text):
    assert not events(nlp, text), text
