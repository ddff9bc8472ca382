"""Event dates, round 10 (dates3): two times a done event does not take.

1. A time after publication never dates what was done. "The bank has lowered its rate, and the
   other bank probably will cut next month", "has cut its rate, and economists see it lower by
   2027", "fined X, with a second penalty possible next year": a past or present-perfect clause is
   not dated by a time ahead that the sentence gives to something still to come (nor is the event
   when a second mention of it, that does not speak of the future, carries that time). Near-misses:
   what will happen keeps its day ahead ("will raise rates next month"), and a past time still
   dates the act.
2. A "during" phrase naming a period ("during his election campaign", "during the financial
   crisis", "during her first term") gives the clause a time of its own: the day the story is on
   does not date it. Near-misses: "during talks on Monday" is dated by its day, and an occasion
   ("during a news conference") is on the story's day.
3. A story whose lead names its day ("cut its rate on Tuesday") goes on telling that day: a later
   act told by a past-tense or present-perfect verb, with no time of its own and no other day or
   month named since, takes the lead's day even beyond the few sentences the narrative's day
   otherwise reaches (up to the eighth written sentence). Near-misses: a past perfect ("had
   lowered") tells what came before, and a month named since ("In March, ...") ends the lead's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 6, 11)
NAMES = [("Kestrel Reserve Bank", "GovernmentBody"), ("Ostrava Central Bank", "GovernmentBody"),
         ("Market Conduct Authority", "GovernmentBody"), ("Halden Freight", "Company"),
         ("Corvina Mills", "Company"), ("Orlan Vesk", "Person"), ("Ilda Marr", "Person"),
         ("Velmora", "Country")]


def events(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return [e for e in evs if e.type == kind]


@pytest.mark.parametrize("text, kind, trigger", [
    ("The Kestrel Reserve Bank has lowered its main rate, and the Ostrava Central Bank probably will cut its own "
     "rate next month.", "PolicyAnnouncement", "lowered"),
    ("The Kestrel Reserve Bank has cut its main interest rate to 3 percent, and economists see the rate at "
     "2 percent by 2027.", "PolicyAnnouncement", "cut"),
    ("The Market Conduct Authority has fined Corvina Mills, and a court hearing on the appeal comes next month.",
     "RegulatoryAction", "fined"),
    ("The Market Conduct Authority fined Halden Freight $5 million, with a second penalty possible next year.",
     "RegulatoryAction", "fined"),
])
def test_a_time_ahead_does_not_date_what_was_done(nlp, text, kind, trigger):
    got = [e for e in events(nlp, text, kind) if e.trigger == trigger]
    assert got, "the event is found"
    assert not any(e.date and str(e.date) > "2025-06-11"[:len(str(e.date))] for e in got), [e.date for e in got]


@pytest.mark.parametrize("text, kind, when", [
    ("The Kestrel Reserve Bank will raise its main interest rate next month.", "PolicyAnnouncement", "2025-07"),
    ("The Kestrel Reserve Bank raised its main interest rate last month.", "PolicyAnnouncement", "2025-05"),
    ("The Market Conduct Authority fined Halden Freight $5 million on Monday.", "RegulatoryAction", "2025-06-09"),
])
def test_times_of_the_event_itself_still_date_it(nlp, text, kind, when):
    assert when in [str(e.date) for e in events(nlp, text, kind)]


@pytest.mark.parametrize("text, kind", [
    ("Orlan Vesk sharply criticized the Kestrel Reserve Bank during his election campaign.", "Criticism"),
    ("The Kestrel Reserve Bank lowered its lending rate sharply during the financial crisis.", "PolicyAnnouncement"),
    ("Ilda Marr repeatedly criticized Corvina Mills during her first term as mayor.", "Criticism"),
    ("The Kestrel Reserve Bank raised interest rates twice during the pandemic.", "PolicyAnnouncement"),
])
def test_a_period_named_by_during_leaves_the_event_undated(nlp, text, kind):
    got = events(nlp, text, kind)
    assert got, "the event is found"
    assert all(e.date is None for e in got), [e.date for e in got]


@pytest.mark.parametrize("text, kind, when", [
    ("Orlan Vesk criticized the Kestrel Reserve Bank during talks on Monday.", "Criticism", "2025-06-09"),
    ("Orlan Vesk criticized the Kestrel Reserve Bank during a news conference.", "Criticism", "2025-06-11"),
    ("The Kestrel Reserve Bank cut interest rates during its meeting on Tuesday.", "PolicyAnnouncement", "2025-06-10"),
])
def test_an_occasion_or_a_day_still_dates_it(nlp, text, kind, when):
    assert when in [str(e.date) for e in events(nlp, text, kind)]


# --- 3. the lead's day holds for the story's past-tense acts -------------------------------------

STORY = ("Kestrel Cuts Rates\n"
         "The Kestrel Reserve Bank cut its main interest rate by half a point on Tuesday.\n"
         "Bank officials said the economy had slowed sharply. Factories reported fewer orders. "
         "Shops reported weaker sales. Lenders were cautious.\n"
         "{act}\n")


def story_dates(nlp, act, kind):
    text = STORY.format(act=act)
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return [str(e.date) for e in evs if e.type == kind and "Kestrel" not in e.evidence.sentence]


@pytest.mark.parametrize("act, kind", [
    ("The Ostrava Central Bank has also lowered its key rate.", "PolicyAnnouncement"),
    ("The Ostrava Central Bank also cut its benchmark rate, by a quarter point.", "PolicyAnnouncement"),
    ("The Market Conduct Authority fined Halden Freight $2 million for hiding losses.", "RegulatoryAction"),
])
def test_the_leads_day_holds_for_a_later_past_act(nlp, act, kind):
    assert story_dates(nlp, act, kind) == ["2025-06-10"]


@pytest.mark.parametrize("act, kind", [
    ("The Ostrava Central Bank had lowered its key rate a month before.", "PolicyAnnouncement"),
    ("In March, the Ostrava Central Bank lowered its key rate. The Market Conduct Authority fined Halden Freight "
     "$2 million for hiding losses.", "RegulatoryAction"),
])
def test_a_past_perfect_or_another_time_named_since_does_not_take_it(nlp, act, kind):
    assert "2025-06-10" not in story_dates(nlp, act, kind)
