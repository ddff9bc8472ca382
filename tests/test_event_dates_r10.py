"""Event dates, round 10: a clause with a time of its own that no date pins down is not dated by
the narrative.

An event whose sentence names no date takes the day the narrative is on (a cue a few sentences
back). But "has sued X twice since 2022", "sued X over the past two years", "recently sued X",
"dropped a third over the first six months of the year" say when it happened, just not as a date: the
narrative's day is not theirs. Near-misses: a clause with no time phrase still takes the narrative's
day, and a time phrase on a noun ("their biggest drop since March") leaves the clause's day alone.
Also: "the past year" and "the past month" count back from publication, so they name no calendar
year or month ("last year" still does); "the past week" names its month when its seven days lie
in one. Sentences and names written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import resolve_date_expression
from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Market Conduct Authority", "GovernmentBody"), ("Justice Ministry", "GovernmentBody"),
         ("Corvina Mills", "Company"), ("Halden Freight", "Company"), ("Tessel Index", "MarketIndex"),
         ("Dunmore", "Place")]

COURT = ("Court news\nThe Market Conduct Authority fined Corvina Mills on Wednesday. Traders had expected the "
         "move. Analysts said the fine was small. ")
MARKET = ("Stocks slide in Dunmore\nThe Tessel Index fell 2 percent on Thursday. Traders sold bank shares. "
          "Analysts said growth was slowing. ")


def dates_of(nlp, text, kind, word):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == kind and word in e.evidence.sentence]


@pytest.mark.parametrize("text, kind, word", [
    (COURT + "The Justice Ministry has sued Halden Freight twice since 2022.", "RegulatoryAction", "Halden"),
    (COURT + "The Justice Ministry sued Halden Freight twice over the past two years.", "RegulatoryAction", "Halden"),
    (COURT + "The Justice Ministry recently sued Halden Freight.", "RegulatoryAction", "Halden"),
    (COURT + "The Justice Ministry sued Halden Freight in recent weeks.", "RegulatoryAction", "Halden"),
    (MARKET + "Corvina Mills shares dropped a third over the first six months of the year.", "MarketMove", "Corvina"),
])
def test_a_clause_with_a_vague_time_of_its_own_takes_no_narrative_day(nlp, text, kind, word):
    got = dates_of(nlp, text, kind, word)
    assert got and not any(got), got


@pytest.mark.parametrize("text, kind, word, day", [
    (COURT + "The Justice Ministry also sued Halden Freight.", "RegulatoryAction", "Halden", "2025-06-11"),
    (MARKET + "Corvina Mills shares lost 4 percent, their biggest drop since March.", "MarketMove", "Corvina",
     "2025-06-12"),
])
def test_without_such_a_phrase_on_its_clause_the_narrative_day_stays(nlp, text, kind, word, day):
    assert day in dates_of(nlp, text, kind, word)


@pytest.mark.parametrize("expression", [
    "in the past year", "over the last month", "during the past year", "The last year", "in the past month",
])
def test_a_year_or_month_counted_back_names_no_calendar_period(expression):
    assert resolve_date_expression(expression, date(2000, 6, 28)) is None


@pytest.mark.parametrize("expression, published, iso", [
    ("during the past week", date(2025, 4, 9), "2025-04"),
    ("over the last week", date(2025, 4, 20), "2025-04"),
    ("in the past week", date(2025, 4, 3), None),  # 27 March to 2 April
    ("last year", date(2000, 6, 28), "1999"),
    ("last month", date(2000, 6, 28), "2000-05"),
    ("this past week", date(2000, 6, 28), "2000-06"),
])
def test_the_calendar_periods_and_a_week_counted_back(expression, published, iso):
    assert resolve_date_expression(expression, published) == iso


# --- a weekday on a verb in the present progressive ----------------------------------------------
# "X is meeting Y on Monday", "X and Y are holding talks Tuesday", "the board is meeting on Wednesday
# to weigh a cut": the progressive tells what goes on today or is arranged for the days ahead, so
# the weekday is the publication day or the next such day, not the one before. Near-misses: the
# past tense ("met on Monday") keeps the day before; a progressive on the publication day's own
# weekday is that day.

PEOPLE = [("Lena Marsh", "Person"), ("Piet Varga", "Person"), ("Harrow Bank", "GovernmentBody"), ("Ostrel", "Place")]


def dated(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in PEOPLE if e[0] in text])
    return [e.date for e in extract_events(doc, table, Article(id="t", text=text, published=FRIDAY)) if e.type == kind]


@pytest.mark.parametrize("text, kind, day", [
    ("Talks in Ostrel\nLena Marsh is meeting Piet Varga in Ostrel on Monday to discuss farm quotas.", "Meeting",
     "2025-06-16"),
    ("Talks in Ostrel\nLena Marsh and Piet Varga are holding talks in Ostrel Tuesday on a new trade pact.", "Meeting",
     "2025-06-17"),
    ("Talks in Ostrel\nThe Harrow Bank board is meeting on Wednesday to weigh a cut in its main rate.",
     "PolicyAnnouncement", "2025-06-18"),
])
def test_a_weekday_in_the_present_progressive_lies_ahead(nlp, text, kind, day):
    assert dated(nlp, text, kind) == [day]


@pytest.mark.parametrize("text, kind, day", [
    ("Talks in Ostrel\nLena Marsh met Piet Varga in Ostrel on Monday to discuss farm quotas.", "Meeting", "2025-06-09"),
    ("Talks in Ostrel\nLena Marsh and Piet Varga held talks in Ostrel Tuesday on a new trade pact.", "Meeting",
     "2025-06-10"),
    ("Talks in Ostrel\nLena Marsh is meeting Piet Varga in Ostrel on Friday to discuss farm quotas.", "Meeting",
     "2025-06-13"),
])
def test_the_past_tense_and_the_day_itself_stay(nlp, text, kind, day):
    assert dated(nlp, text, kind) == [day]


# --- a market report's day resumes after an aside on another day ---------------------------------
# A report whose lead tells how markets moved on a day ("The Tessel Index closed two percent lower
# Wednesday") may turn to another day's move ("The Valdria index plunged six percent Tuesday"):
# that day holds for the sentences just after it, but a move told well after it, with no day of
# its own, is back on the report's day. Near-miss: a move right after the aside keeps its day.

REPORT = ("Asian shares close lower\nThe Tessel Index closed two percent lower Wednesday. Shares in Ostrel fell 1.5 "
          "percent. Traders were spooked by a sell-off in Valdria on Tuesday. The Valdria index plunged six percent "
          "Tuesday. ")
ASIDE = ("Officials tried to calm the markets. The finance minister said the economy is strong. A central bank "
         "official said the banks are sound. ")


def move_dates(nlp, text, word):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == "MarketMove" and word in e.evidence.sentence]


@pytest.mark.parametrize("last, word", [
    ("Corvina Mills shares dropped 4 percent.", "Corvina"),
    ("Halden Freight stock lost 2 percent.", "Halden"),
    ("Shares of Halden Freight ended 3 percent lower.", "Halden"),
])
def test_a_move_told_well_after_an_aside_on_another_day_is_on_the_reports_day(nlp, last, word):
    assert move_dates(nlp, REPORT + ASIDE + last, word) == ["2025-06-11"]


def test_a_move_right_after_the_aside_keeps_its_day(nlp):
    assert move_dates(nlp, REPORT + "Corvina Mills shares dropped 4 percent.", "Corvina") == ["2025-06-10"]


# --- a price's move in an after-clause of a market report ----------------------------------------
# "Regulators suspended X stock after it slumped 12 percent", "the X board met after its shares
# dropped 9 percent": in a report of one trading day the move that led to something else that day
# is on that day (the clause after "after" otherwise has a time of its own). Near-miss: with no
# trading day set by the report's lead, such a move stays undated.

LEAD = ("Asian shares close lower\nThe Tessel Index closed two percent lower Wednesday. Shares in Ostrel fell 1.5 "
        "percent. ")


@pytest.mark.parametrize("last, word", [
    ("The Halden Freight board met after its shares dropped 9 percent.", "Halden"),
    ("Regulators suspended Corvina Mills stock after it slumped 12 percent.", "Corvina"),
    ("Trading in Halden Freight was halted after its shares sank 7 percent.", "Halden"),
])
def test_a_move_in_an_after_clause_of_a_market_report_is_on_the_reports_day(nlp, last, word):
    assert move_dates(nlp, LEAD + last, word) == ["2025-06-11"]


def test_without_a_reports_day_the_move_in_an_after_clause_stays_undated(nlp):
    text = ("Mill to close\nCorvina Mills said it will close its Ostrel plant. Workers were told on Monday. Analysts "
            "were surprised. The firm has cut jobs before. Regulators suspended Corvina Mills stock after it slumped "
            "12 percent.")
    assert move_dates(nlp, text, "slumped") == [None]


# --- the opening paragraphs of a story that has named no day -------------------------------------
# A headline and lead with no date cue tell the publication day's news, and so does the sentence
# after them when it goes on in the simple past ("News of the pact came as X sat down for talks
# with Y", "Later, X held talks with Y", "The Authority fined X ..."). Near-misses: a clause in
# the present ("The deal requires X to keep cooperating with the Authority's probe") or a sentence
# further into the story stays undated.

OPENING = ("Valdria and Ostrel sign trade pact\nValdria and Ostrel have signed a trade pact that cuts farm tariffs. "
           "The pact was announced in Dunmore as a regional forum was drawing to a close. ")
OPENING_NAMES = NAMES + [("Lena Marsh", "Person"), ("Piet Varga", "Person"), ("Valdria", "Place"), ("Ostrel", "Place")]


def opening_dates(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in OPENING_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == kind]


@pytest.mark.parametrize("last, kind", [
    ("News of the pact came as Lena Marsh sat down for talks with Piet Varga.", "Meeting"),
    ("Later, Lena Marsh held talks with Piet Varga.", "Meeting"),
    ("The Market Conduct Authority fined Halden Freight for breaking export rules.", "RegulatoryAction"),
])
def test_the_sentence_after_an_undated_lead_tells_the_publication_days_news(nlp, last, kind):
    assert opening_dates(nlp, OPENING + last, kind) == ["2025-06-13"]


@pytest.mark.parametrize("rest, kind", [
    ("The deal requires Halden Freight to keep cooperating with the Market Conduct Authority's probe.",
     "RegulatoryAction"),
    ("Farm groups welcomed it. Exporters were pleased. Later, Lena Marsh held talks with Piet Varga.", "Meeting"),
])
def test_a_present_clause_or_a_later_sentence_stays_undated(nlp, rest, kind):
    assert opening_dates(nlp, OPENING + rest, kind) == [None]


# --- an event named after 'including' in a clause about the future ------------------------------
# "The settlement will bring changes at X, including Y's removal as chair": 'including' is a
# participle used as a preposition, with no tense of its own; the clause it hangs in ("will bring",
# "could lead to") is about what is to come, so the narrative's day does not date the removal.
# Near-miss: in a past clause ("brought changes ..., including Y's removal") the day stays.

SETTLED = "Mill settles\nThe Market Conduct Authority settled its case against {firm} on Wednesday. "


@pytest.mark.parametrize("firm, rest", [
    ("Corvina Mills", "The settlement will bring sweeping changes at Corvina Mills, including Lena Marsh's removal as "
                      "chair."),
    ("Halden Freight", "The deal will force changes at Halden Freight, including the dismissal of Piet Varga as chief "
                       "executive."),
    ("Corvina Mills", "The accord could lead to reforms at Corvina Mills, including Lena Marsh's resignation as chair."),
])
def test_an_event_after_including_in_a_future_clause_takes_no_narrative_day(nlp, firm, rest):
    assert opening_dates(nlp, SETTLED.format(firm=firm) + rest, "Other") == [None]


def test_an_event_after_including_in_a_past_clause_keeps_the_narrative_day(nlp):
    rest = "The settlement brought sweeping changes at Corvina Mills, including Lena Marsh's removal as chair."
    assert opening_dates(nlp, SETTLED.format(firm="Corvina Mills") + rest, "Other") == ["2025-06-11"]


# --- the past perfect --------------------------------------------------------------------------
# "The Ministry told X that it had opened a probe", "The Ministry had sued X": the past perfect
# tells what came before the day the narrative is on, so that day is not its date. Near-miss: the
# simple past ("told X that it opened a probe", "also sued X") goes on with the narrative's day.


@pytest.mark.parametrize("text", [
    COURT + "The Justice Ministry told Halden Freight that it had opened a probe into its accounts.",
    COURT + "The Justice Ministry had sued Halden Freight for fraud.",
    COURT + "The Justice Ministry said it had fined Halden Freight for late filings.",
])
def test_the_past_perfect_takes_no_narrative_day(nlp, text):
    got = dates_of(nlp, text, "RegulatoryAction", "Halden")
    assert got and not any(got), got


def test_the_simple_past_in_a_reported_clause_keeps_the_narrative_day(nlp):
    text = COURT + "The Justice Ministry told Halden Freight that it opened a probe into its accounts."
    assert dates_of(nlp, text, "RegulatoryAction", "Halden") == ["2025-06-11"]


# --- what a reaction takes up ----------------------------------------------------------------------
# "Investors shrugged off X's rate hike", "Traders on Thursday cheered X's fine", "Farm groups
# welcomed X's cut", "Markets reacted on Thursday to X's hike": the act reacted to came before the
# reaction, so the reaction's day is not its date; only a cue inside its own phrase dates it.
# Near-misses: a verb that makes the act itself public ("announced a cut on Thursday") dates it,
# and so does a cue in the act's own clause ("the cut, which was announced on Tuesday").

REACTION_NAMES = [("Harrow Bank", "GovernmentBody"), ("Market Conduct Authority", "GovernmentBody"),
                  ("Corvina Mills", "Company"), ("Dunmore", "Place")]


def reaction_dates(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in REACTION_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Stocks rise\nInvestors in Dunmore shrugged off the Harrow Bank's rate hike on Thursday.", "PolicyAnnouncement"),
    ("Stocks rise\nTraders on Thursday cheered the Market Conduct Authority's fine on Corvina Mills.",
     "RegulatoryAction"),
    ("Stocks rise\nFarm groups on Thursday welcomed the Harrow Bank's cut in its main rate.", "PolicyAnnouncement"),
    ("Stocks rise\nMarkets reacted on Thursday to the Harrow Bank's rate hike.", "PolicyAnnouncement"),
])
def test_the_act_a_reaction_takes_up_is_not_dated_by_the_reaction(nlp, text, kind):
    assert reaction_dates(nlp, text, kind) == [None]


@pytest.mark.parametrize("text, day", [
    ("Stocks rise\nThe Harrow Bank on Thursday announced a cut in its main rate.", "2025-06-12"),
    ("Stocks rise\nTraders cheered the Harrow Bank rate cut, which was announced on Tuesday.", "2025-06-10"),
])
def test_the_act_made_public_or_dated_in_its_own_clause_keeps_its_day(nlp, text, day):
    assert reaction_dates(nlp, text, "PolicyAnnouncement") == [day]


# --- a matter still pending ------------------------------------------------------------------------
# "X is facing investigations and fines", "Lawmakers weigh new tariffs", "Investors await the bank's
# rate decision", "Parliament is considering new tariffs": what a clause in the present still
# faces, weighs or awaits is pending, not an act of the story's day, so even in the lead it takes no
# publication date. Near-miss: the act itself ("imposed new tariffs") keeps it.

PENDING_NAMES = REACTION_NAMES + [("Valdria", "Place"), ("Ostrel", "Place")]


def lead_dates(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in PENDING_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Markets fall\nCorvina Mills is facing investigations and fines over faulty software in its machines.",
     "RegulatoryAction"),
    ("Markets fall\nLawmakers in Valdria weigh new tariffs on Ostrel steel.", "TradeConflict"),
    ("Markets fall\nInvestors await the Harrow Bank's rate decision.", "PolicyAnnouncement"),
    ("Markets fall\nThe Valdria parliament is considering new tariffs on Ostrel steel.", "TradeConflict"),
])
def test_a_matter_still_pending_takes_no_publication_day(nlp, text, kind):
    assert lead_dates(nlp, text, kind) == [None]


def test_the_act_itself_keeps_the_publication_day(nlp):
    text = "Markets fall\nThe Valdria parliament imposed new tariffs on Ostrel steel."
    assert lead_dates(nlp, text, "TradeConflict") == ["2025-06-13"]


# --- the day a later sentence gives what was just said -----------------------------------------
# "X told Congress that ... . Her remarks on Tuesday helped calm the markets", "X testified before
# Congress ... . Her testimony Tuesday was closely watched": the sentence just after an undated
# saying names its day, which wins over a day named before it for someone else ("On Monday, Y
# said ..."). Near-misses: with no such sentence, or one too far on, the narrative's day stays.

BEFORE = "Testimony\nOn Monday, Piet Varga said growth was slowing. "
WITNESS_NAMES = [("Lena Marsh", "Person"), ("Piet Varga", "Person"), ("Harrow Bank", "GovernmentBody"),
                 ("Congress", "GovernmentBody")]


def meeting_dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in WITNESS_NAMES if e[0] in text])
    return [e.date for e in extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
            if e.type == "Meeting"]


@pytest.mark.parametrize("rest", [
    "The Harrow Bank chief Lena Marsh told Congress that the banks were sound. Her remarks on Tuesday helped calm "
    "the markets.",
    "Lena Marsh testified before Congress about the banks. Her testimony Tuesday was closely watched.",
    "Lena Marsh told Congress that rates would stay low. The statement Tuesday surprised traders.",
])
def test_a_later_sentence_gives_the_day_of_what_was_said(nlp, rest):
    assert meeting_dates(nlp, BEFORE + rest) == ["2025-06-10"]


@pytest.mark.parametrize("rest", [
    "Lena Marsh told Congress that the banks were sound. Traders were calm.",
    "Lena Marsh told Congress that the banks were sound. Traders were calm. Exporters were pleased. Her remarks on "
    "Tuesday were noted.",
])
def test_without_such_a_sentence_nearby_the_narrative_day_stays(nlp, rest):
    assert meeting_dates(nlp, BEFORE + rest) == ["2025-06-09"]
