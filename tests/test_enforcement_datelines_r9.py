"""Enforcement press releases: the town (and state) of a dateline is no party (round 9, recall).

A press release opens with its town and state set off by a dash, "Town, State – Judge X sentenced Y";
the parser makes the town the subject and hangs the judge on it, so the town acted and the judge did
not. The town of a dateline is no actor; the one named after the dash acts. Near-misses: a place
named after the dash stays a party ("prosecutors in Norburg"), and a sentence without a dateline is
read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Irma Soltau", "Person"), ("Bram Okafor", "Person"), ("Market Conduct Authority", "GovernmentBody"),
         ("Halden Freight", "Company"), ("Corvina Mills", "Company"), ("Norburg", "Place"), ("Eastvale", "Place"),
         ("Welland", "Place")]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text, actor, target", [
    ("Norburg, Eastvale – U.S. District Judge Irma Soltau sentenced Bram Okafor, age 52, of Welland, Eastvale "
     "on March 9, 2021, to thirty months behind bars, to be followed by two years of probation.",
     "irma-soltau", "bram-okafor"),
    ("Norburg, Eastvale – Judge Irma Soltau sentenced Bram Okafor, 41, of Welland to six years in prison on Friday.",
     "irma-soltau", "bram-okafor"),
    ("Eastvale, Welland – District Judge Irma Soltau fined Halden Freight $2 million on Tuesday.",
     "irma-soltau", "halden-freight"),
    ("Welland, Eastvale – The Market Conduct Authority today charged Corvina Mills with fraud in Eastvale.",
     "market-conduct-authority", "corvina-mills"),
])
def test_the_one_after_a_dateline_acts_not_its_town(nlp, text, actor, target):
    got = roles(nlp, text)
    assert (actor, "actor") in got and (target, "target") in got, got
    assert not {k for k, r in got if r == "actor"} & {"norburg", "eastvale", "welland"}, got


@pytest.mark.parametrize("text, place", [
    ("Norburg, Eastvale – Prosecutors in Welland charged Halden Freight with fraud on Monday.", "welland"),
    ("Norburg fined Halden Freight $4 million on Monday for polluting the river.", "norburg"),
])
def test_a_place_acting_after_or_without_a_dateline_stays_an_actor(nlp, text, place):
    assert (place, "actor") in roles(nlp, text)
