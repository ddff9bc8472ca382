"""Enforcement: who imposes a sentence or a penalty named as the agent of a passive (round 9, recall).

"The sentence was imposed by Federal District Judge X of the Y Court", "the sentence was handed
down by Judge X of the Y Court", "the term was imposed by Judge X", "the fine was levied by the Authority": the judge (with the court
named after "of") or the body acts. Near-misses: a tax or a curfew imposed, a sentence written.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Irma Soltau", "Person"), ("Bram Okafor", "Person"), ("Lena Marsh", "Person"),
         ("Welland District Court", "GovernmentBody"), ("Welland Treasury", "GovernmentBody"),
         ("Market Conduct Authority", "GovernmentBody"), ("Corvina Mills", "Company")]


def roles(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "RegulatoryAction" for p in e.participants}


@pytest.mark.parametrize("text, actors", [
    ("The sentence was imposed on Tuesday by Federal District Judge Irma Soltau of the Welland District Court.",
     ["irma-soltau", "welland-district-court"]),
    ("The ten-year prison term was imposed by Chief Judge Irma Soltau of the Welland District Court.",
     ["irma-soltau", "welland-district-court"]),
    ("Both sentences were pronounced by Judge Irma Soltau of the Welland District Court.",
     ["irma-soltau", "welland-district-court"]),
    ("The prison sentence was handed down by Judge Irma Soltau of the Welland District Court on Friday.",
     ["irma-soltau", "welland-district-court"]),
    ("The fine was levied by the Market Conduct Authority in March.", ["market-conduct-authority"]),
    ("The penalty on Corvina Mills was imposed by the Market Conduct Authority last week.", ["market-conduct-authority"]),
])
def test_the_agent_who_imposes_a_sentence_or_penalty_acts(nlp, text, actors):
    got = roles(nlp, text)
    for a in actors:
        assert (a, "actor") in got, (a, got)


@pytest.mark.parametrize("text", [
    "The tax was imposed by the Welland Treasury.",
    "The curfew was imposed by Lena Marsh of the Welland Treasury.",
    "The sentence was written by Bram Okafor in his memoir.",
])
def test_no_enforcement_for_taxes_curfews_or_written_sentences(nlp, text):
    assert not roles(nlp, text), text
