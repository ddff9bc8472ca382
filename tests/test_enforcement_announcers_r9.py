"""Enforcement press releases: the officials and offices who announce a case act in it (round 9, recall).

Press releases close a case's first sentence, or follow it, with who announced it; annotators record
those officials and the offices they speak for as the action's actors: "the sentence was announced by
X of the Ministry and Y", "a clerk pleaded guilty today, announced X of the Ministry", "X, the Attorney
for Z, and Y announced today the unsealing of charges against W", "X of the Ministry and Y made the
announcement". Near-misses: a firm announcing, a non-enforcement announcement, an act whose own
actor is named, a merger announced.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Lena Marsh", "Person"), ("Tomas Quill", "Person"), ("Bram Okafor", "Person"),
         ("Justice Ministry", "GovernmentBody"), ("Welland Treasury", "GovernmentBody"),
         ("Market Conduct Authority", "GovernmentBody"), ("Corvina Mills", "Company"), ("Halden Freight", "Company"),
         ("Welland", "Place")]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text, actors, target", [
    ("Bram Okafor pleaded guilty today to embezzlement, announced Attorney General Lena Marsh of the Justice "
     "Ministry and Chief Tomas Quill of the Welland Treasury.", ["lena-marsh", "justice-ministry"], "bram-okafor"),
    ("A clerk in the Welland Treasury pleaded guilty on Thursday to theft, announced Attorney General Lena Marsh "
     "of the Justice Ministry.", ["lena-marsh", "justice-ministry"], None),
    ("The sentence was announced by Attorney General Lena Marsh of the Justice Ministry and Tomas Quill of the "
     "Welland Treasury.", ["lena-marsh", "justice-ministry", "welland-treasury"], None),
    ("Lena Marsh, the Attorney for Welland, and Tomas Quill, the head of the Welland Treasury, announced today "
     "the unsealing of fraud charges against Corvina Mills.", ["lena-marsh", "welland-treasury"], "corvina-mills"),
    ("Deputy Attorney General Lena Marsh of the Justice Ministry and Tomas Quill of the Welland Treasury made "
     "the announcement.", ["lena-marsh", "justice-ministry", "welland-treasury"], None),
])
def test_announcers_of_a_case_are_its_actors(nlp, text, actors, target):
    got = roles(nlp, text)
    for a in actors:
        assert (a, "actor") in got, (a, got)
    if target:
        assert (target, "target") in got, got


@pytest.mark.parametrize("text", [
    "A clerk pleaded guilty today to theft, announced Corvina Mills.",
    "Profits rose sharply last year, announced Attorney General Lena Marsh of the Justice Ministry.",
    "The merger was announced by Lena Marsh of the Welland Treasury.",
    "The Welland Treasury made the announcement on Tuesday.",
    "Halden Freight and Corvina Mills made the announcement in a joint statement.",
])
def test_no_enforcement_announcers_without_a_case_or_an_authority(nlp, text):
    assert not {k for k, r in roles(nlp, text) if r == "actor"}, text


def test_an_act_whose_actor_is_named_keeps_its_own_actor(nlp):
    got = roles(nlp, "Lena Marsh announced today that Corvina Mills had been fined by the Market Conduct Authority.")
    assert ("market-conduct-authority", "actor") in got and ("corvina-mills", "target") in got
