"""Event dates, round 11: which cue in an event's sentence dates it.

1. A period after an ordinal counts a series ("the fourth such cut this year", "for the sixth time
   this year", "its second rate cut so far this year"): it tells how many like events there were,
   not when this one happened, so it does not give the event a year; the narrative's day still
   can. Near-misses: "this year" with no ordinal still dates the event's year, a year named after
   the count dates it, and halves and quarters ("the first half of this year") are
   periods, not counts.
2. The act that a reaction answers keeps a day written before its noun: "reacted to yesterday's
   decision by X", "responded to Monday's decision by X" date the decision. Near-miss: the
   reaction's own day ("reacted on Thursday to the decision") does not date the decision.
3. A headline that tells how markets moved ("Dunmore stocks climb after rate cut", "Rates Cut; Stocks
   Rise") makes the story a report of one trading day: later moves with no day of their own take
   the day the lead names, else the publication day, however far down they come. Near-misses: a
   headline of the policy alone, or of markets in another sense ("eases market access"), leaves
   them undated.
4. A day written as a possessive ("yesterday's decision", "Wednesday's vote") is the day of what its
   noun names, not the day the narrative is on: the next sentence's undated move is not put on it.
   Near-misses: a day on the clause ("Shares fell on Monday") or a session's day ("in Wednesday's
   trading") still sets the narrative's day.
5. A meeting told in the past perfect just after a sentence that names the day of an outcome ("The
   board explained its choice Wednesday. The policy board had met in private.") is the meeting
   that led to it, some days before: it takes that day's month. Near-misses: with no day in the
   sentence just before it has no date, and a meeting in the simple past takes the day itself.
6. What the body tells in the present progressive ("The authority is investigating X", "is carrying
   out an investigation of the firm", "is now suing X") is going on as the story is written: it
   takes the publication month. Near-misses: a matter pending before someone ("X is facing
   investigations"), one expected, one with a vague time of its own ("has been investigating X
   since 2021") and the past progressive ("was investigating") stay undated.
Sentences and names written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import counts_a_series, find_date_cues
from kg.extract.events import _tells_a_market_move, extract_events
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
    "The Varnholt Reserve Bank cut interest rates for the fourth time this year.",
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


MARKET_NAMES = NAMES + [("Halden Freight", "Company"), ("Pellham", "Place"), ("Ostrava", "Place"),
                        ("Tessel Index", "MarketIndex")]
NO_DAY = ("The Varnholt Reserve Bank lowered its policy rate to a record low of 1 percent. That was its first "
          "reduction for two years. The governor said the move would help exporters. He expects growth of 2 "
          "percent. Bank shares traded higher after the decision. Corvina Mills jumped 2.1%. Halden "
          "Freight rose 1.5%.")
LEAD_DAY = ("The Varnholt Reserve Bank cut its key rate by half a point Wednesday. Officials said growth was "
            "slowing. In a statement, they said spending was weak. This is the second reduction in a month. Other "
            "central banks are also cutting rates. Lenders are expected to follow. The cuts are meant to help "
            "borrowers. Traders welcomed the news. Stock prices declined in Dunmore, but surged in Pellham and "
            "Ostrava.")


def move_dates(nlp, text, title=None):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in MARKET_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY, title=title))
    return [e.date for e in evs if e.type == "MarketMove"]


@pytest.mark.parametrize("title, text, day", [
    ("Dunmore stocks climb after rate cut", NO_DAY, "2025-06-13"),
    ("Shares slump in Dunmore as bank trims rates", NO_DAY, "2025-06-13"),
    (None, "Rates Cut; Stocks Rise\n" + LEAD_DAY, "2025-06-11"),
    (None, "Dunmore Markets Rally After Rate Move\n" + LEAD_DAY, "2025-06-11"),
])
def test_a_market_headline_makes_a_report_of_one_day(nlp, title, text, day):
    got = move_dates(nlp, text, title)
    assert got and all(d == day for d in got), got


@pytest.mark.parametrize("title, text", [
    ("Varnholt Reserve Bank lowers its policy rate", NO_DAY),
    ("Dunmore eases market access for lenders", NO_DAY),
    (None, "Central Bank Lowers Rates Again\n" + LEAD_DAY),
])
def test_other_headlines_leave_far_moves_undated(nlp, title, text):
    got = move_dates(nlp, text, title)
    assert got and not any(got), got


@pytest.mark.parametrize("title, tells", [
    ("Asian Stocks Slump on Growth Worries", True),
    ("Oil prices tumbling as supply grows", True),
    ("Market share grows for Corvina Mills", False),
    ("Exchange adds two listings", False),
    ("Varnholt Reserve Bank holds rates", False),
    ("Dunmore shares fell and then rallied", True),
])
def test_tells_a_market_move(title, tells):
    assert _tells_a_market_move(title) is tells


@pytest.mark.parametrize("text", [
    "Dunmore slide\nDunmore markets reacted badly to yesterday's sudden decision by the Varnholt Reserve Bank to devalue "
    "the currency. The Tessel Index dropped 9 percent by late afternoon.",
    "Dunmore slide\nTraders in Dunmore digested Wednesday's vote in parliament on the budget. The Tessel Index "
    "fell 3 percent.",
    "Dunmore slide\nBond traders weighed Monday's announcement by the Varnholt Reserve Bank on reserves. The "
    "Tessel Index lost 4 percent.",
])
def test_a_possessive_day_is_not_the_narratives_day(nlp, text):
    got = move_dates(nlp, text)
    assert got == ["2025-06-13"], got


@pytest.mark.parametrize("text, day", [
    ("Dunmore slide\nShares in Dunmore fell sharply on Monday. The Tessel Index dropped 9 percent.", "2025-06-09"),
    ("Dunmore slide\nDunmore dealers were calm in Wednesday's trading. The Tessel Index slipped 1 percent.",
     "2025-06-11"),
])
def test_a_day_of_the_clause_or_the_session_still_sets_the_narratives_day(nlp, text, day):
    assert move_dates(nlp, text)[-1] == day


MEETING_NAMES = [("Varnholt Reserve Bank", "GovernmentBody"), ("Ostrava Policy Board", "GovernmentBody"),
                 ("Tarsk Council", "GovernmentBody"), ("Dunmore", "Place"), ("Pellham", "Place")]


def meeting_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in MEETING_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == "Meeting"]


@pytest.mark.parametrize("text", [
    "Bank news\nThe Varnholt Reserve Bank raised its main rate by a quarter point. The board of the bank explained "
    "its choice Wednesday in a short statement. The Ostrava Policy Board had met over two days in Dunmore.",
    "Bank news\nThe Varnholt Reserve Bank kept rates on hold. Officials published the verdict on Tuesday. The "
    "Tarsk Council had held a meeting in Pellham.",
    "Bank news\nThe Varnholt Reserve Bank trimmed rates. The decision came Thursday. Members of the Ostrava Policy "
    "Board had held talks in Dunmore for three days.",
])
def test_a_past_perfect_meeting_after_a_dated_outcome_takes_its_month(nlp, text):
    assert meeting_dates(nlp, text) == ["2025-06"]


@pytest.mark.parametrize("text, expected", [
    ("Bank news\nThe decision came Thursday. Officials explained it in a letter. The Ostrava Policy Board had met "
     "over two days in Dunmore.", [None]),
    ("Bank news\nThe Varnholt Reserve Bank trimmed rates. The decision came Thursday. The Ostrava Policy Board met "
     "for two days in Dunmore.", ["2025-06-12"]),
])
def test_otherwise_the_meeting_keeps_its_dating(nlp, text, expected):
    assert meeting_dates(nlp, text) == expected


ENFORCEMENT_NAMES = [("Market Conduct Authority", "GovernmentBody"), ("Corvina Mills", "Company"), ("Dunmore", "Place")]
BACKGROUND = ("Fraud probe\nCorvina Mills makes paper in Dunmore. It employs nine hundred people. Its profits doubled "
              "in 2019. ")


def enforcement_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in ENFORCEMENT_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == "RegulatoryAction"]


@pytest.mark.parametrize("sentence", [
    "The Market Conduct Authority is investigating Corvina Mills over its accounts.",
    "The Market Conduct Authority is carrying out an investigation of the firm.",
    "The Market Conduct Authority is now suing Corvina Mills for fraud.",
])
def test_the_present_progressive_takes_the_publication_month(nlp, sentence):
    assert enforcement_dates(nlp, BACKGROUND + sentence) == ["2025-06"]


@pytest.mark.parametrize("sentence", [
    "Corvina Mills is facing investigations and fines over its accounts.",
    "The Market Conduct Authority is expected to fine Corvina Mills.",
    "The Market Conduct Authority has been investigating Corvina Mills since 2021.",
    "The Market Conduct Authority was investigating Corvina Mills.",
])
def test_pending_expected_vague_or_past_progressive_stay_undated(nlp, sentence):
    got = enforcement_dates(nlp, BACKGROUND + sentence)
    assert got and not any(got), got
