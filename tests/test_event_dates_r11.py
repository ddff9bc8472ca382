"""Event dates, round 11: which cue in an event's sentence dates it.

1. A period after an ordinal counts a series ("the fourth such cut this year", "for the third time
   this year", "its second rate cut so far this year"): it tells how many like events there were,
   not when this one happened, so it does not give the event a year; the narrative's day still
   can. Near-misses: "this year" with no ordinal still dates the event's year, a year named after
   the count dates it, and halves and quarters ("the first half of this year") are
   periods, not counts.
2. The act that a reaction answers keeps a day written before its noun: "reacted to yesterday's
   decision by X", "responded to Monday's decision by X" date the decision. Near-miss: the
   reaction's own day ("reacted on Thursday to the decision") does not date the decision.
Sentences and names written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import counts_a_series, find_date_cues
from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Varnholt Reserve Bank", "GovernmentBody"), ("Corvina Mills", "Company"), ("Dunmore", "Place")]
LEAD = "Rates fall in Dunmore\nShares in Dunmore rose on Wednesday. "


def policy_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == "PolicyAnnouncement"]


@pytest.mark.parametrize("sentence", [
    "The Varnholt Reserve Bank cut its lending rate to 2 percent, the fourth such cut this year.",
    "The Varnholt Reserve Bank cut interest rates for the third time this year.",
    "The Varnholt Reserve Bank made its second rate cut so far this year.",
])
def test_a_counted_series_gives_no_year(nlp, sentence):
    got = policy_dates(nlp, LEAD + sentence)
    assert got and "2025" not in got, got


@pytest.mark.parametrize("sentence, expected", [
    ("The Varnholt Reserve Bank cut its lending rate this year.", "2025"),
    ("The Varnholt Reserve Bank cut borrowing costs for the very first time in 2023.", "2023"),
])
def test_a_period_without_a_count_still_dates(nlp, sentence, expected):
    assert policy_dates(nlp, LEAD + sentence) == [expected]


@pytest.mark.parametrize("text, counted", [
    ("the fifth hike this month", True),
    ("for the second time this year", True),
    ("sales in the first half of this year", False),
    ("profit in the third quarter this year", False),
    ("the bank cut rates this year", False),
])
def test_counts_a_series(text, counted):
    cue = find_date_cues(text, FRIDAY)[-1]
    assert counts_a_series(text, cue) is counted


@pytest.mark.parametrize("text, expected", [
    ("Bank news\nInvestors reacted coolly to yesterday's surprise decision by the Varnholt Reserve Bank to devalue "
     "the currency.", "2025-06-12"),
    ("Bank news\nTraders in Dunmore responded to Monday's decision by the Varnholt Reserve Bank on the "
     "currency.", "2025-06-09"),
    ("Bank news\nBond markets reacted badly to Wednesday's move by the Varnholt Reserve Bank to devalue the "
     "currency.", "2025-06-11"),
])
def test_the_answered_act_keeps_its_own_day_before_the_noun(nlp, text, expected):
    assert policy_dates(nlp, text) == [expected]


def test_the_reactions_day_does_not_date_the_act_answered(nlp):
    text = ("Bank news\nInvestors reacted on Thursday to the decision by the Varnholt Reserve Bank to devalue "
            "the currency.")
    assert policy_dates(nlp, text) == [None]
