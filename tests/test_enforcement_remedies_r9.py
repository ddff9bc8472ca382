"""Enforcement: court remedies against a named party, an agent hung on the offence, and a settlement
paid to a body (round 9, recall).

- "X was charged with fraud by the Ministry": the parser hangs "by the Ministry" on the offence; the
  body still charges.
- "the court entered a final judgment against X", "the Authority obtained an asset freeze against X",
  "the court issued an injunction against X": a remedy against a named party (never without one:
  "in my judgment", "a hiring freeze").
- "Under the settlement, X will pay $5 million to the Authority": the body paid is the one settled with.
Near-misses: an offence done by someone else, a purchase paid to a ministry, opinions and hiring freezes.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Bram Okafor", "Person"), ("Lena Marsh", "Person"), ("Justice Ministry", "GovernmentBody"),
         ("Welland Treasury", "GovernmentBody"), ("Market Conduct Authority", "GovernmentBody"),
         ("Welland District Court", "GovernmentBody"), ("Corvina Mills", "Company"), ("Halden Freight", "Company"),
         ("Welland", "Place")]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text, actor, target", [
    ("Bram Okafor, 52, of Welland, was charged with wire fraud by the Justice Ministry.", "justice-ministry",
     "bram-okafor"),
    ("Halden Freight was charged with tax evasion by the Market Conduct Authority last week.",
     "market-conduct-authority", "halden-freight"),
    ("Corvina Mills was charged on Tuesday with bid rigging by the Justice Ministry.", "justice-ministry",
     "corvina-mills"),
    ("The Welland District Court entered a final judgment against Corvina Mills on Monday.", "welland-district-court",
     "corvina-mills"),
    ("The Market Conduct Authority obtained an asset freeze against Corvina Mills.", "market-conduct-authority",
     "corvina-mills"),
    ("The Welland District Court issued an injunction against Halden Freight in March.", "welland-district-court",
     "halden-freight"),
    ("Under the settlement, Corvina Mills will pay $5 million to the Market Conduct Authority.",
     "market-conduct-authority", "corvina-mills"),
    ("Under the consent order, Halden Freight must pay a $700,000 penalty to the Justice Ministry.",
     "justice-ministry", "halden-freight"),
])
def test_the_body_acting_on_a_named_party(nlp, text, actor, target):
    got = roles(nlp, text)
    assert (actor, "actor") in got and (target, "target") in got, got


@pytest.mark.parametrize("text", [
    "In my judgment, the Welland Treasury acted too late.",
    "The Welland Treasury announced a freeze on hiring.",
    "Under the deal, Corvina Mills will pay $5 million to the Welland Treasury for the land.",
])
def test_no_remedy_without_a_party_or_a_penalty(nlp, text):
    assert not roles(nlp, text), text


def test_an_offence_done_by_another_gives_no_actor(nlp):
    got = roles(nlp, "Bram Okafor was charged with selling secrets stolen by Lena Marsh.")
    assert ("lena-marsh", "actor") not in got
