"""A story whose headline and lead name no day, written a day or more after its news, names the
day of that news a few sentences on ("The board made the step public Wednesday", "the agency's
director said Wednesday"): the lead's event takes that day, not the publication day. Near-misses:
a lead with a cue of its own keeps it; a month or another day named first ("In March, ...") ends
the search; a day named only far into the story, or a day ahead, leaves the publication day.
Sentences and names written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Varnholt Reserve Bank", "GovernmentBody"), ("Ostrian Finance Authority", "GovernmentBody"),
         ("Halden Bank", "Company"), ("Marta Quill", "Person"), ("Corvina Mills", "Company"),
         ("Ostrian Trade Office", "GovernmentBody")]


def dates_of(nlp, text, kind):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == kind]


LATE_DAY = [
    ("Varnholt Reserve Bank Raises Its Main Rate\n"
     "The Varnholt Reserve Bank has raised its main interest rate by a quarter point.\n"
     "The step was small. Borrowing costs for banks are now 2 percent.\n"
     "The bank's policy board made the step public Wednesday in a written statement.",
     "PolicyAnnouncement", "2025-06-11"),
    ("Regulator Wins First Case\n"
     "The Ostrian Finance Authority fined Halden Bank $40 million for misleading card holders.\n"
     "The bank accepted the penalty and apologized to its customers.\n"
     "\"This puts money back in people's pockets,\" the authority's head, Marta Quill, said Wednesday.",
     "RegulatoryAction", "2025-06-11"),
    ("Ostrian Trade Office Bans Corvina Mills Exports\n"
     "The Ostrian Trade Office barred Corvina Mills from exporting grain for two years.\n"
     "Officials cited repeated breaches of licensing rules. The firm can appeal.\n"
     "The decision was posted on the office's website Tuesday.",
     "RegulatoryAction", "2025-06-10"),
]


@pytest.mark.parametrize("text, kind, expected", LATE_DAY)
def test_the_lead_takes_the_day_named_a_few_sentences_on(nlp, text, kind, expected):
    got = dates_of(nlp, text, kind)
    assert expected in got, got
    assert "2025-06-13" not in got, got


@pytest.mark.parametrize("text, kind, expected", [
    # the lead's own cue
    ("Regulator Acts\nThe Ostrian Finance Authority fined Halden Bank $40 million on Thursday.\n"
     "The bank accepted the penalty.\n\"This is a warning,\" Marta Quill said Wednesday.",
     "RegulatoryAction", "2025-06-12"),
    # a month named first ends the search
    ("Regulator Acts\nThe Ostrian Finance Authority fined Halden Bank $40 million.\n"
     "The bank accepted the penalty. In March the bank had promised to change its sales practices.\n"
     "\"This is a warning,\" Marta Quill said Wednesday.",
     "RegulatoryAction", "2025-06-13"),
    # a day named only far into the story
    ("Regulator Acts\nThe Ostrian Finance Authority fined Halden Bank $40 million.\n"
     "The bank accepted the penalty. It apologized. It will review its sales. Customers will be paid.\n"
     "Branches stay open. Staff were retrained.\n\"This is a warning,\" Marta Quill said Wednesday.",
     "RegulatoryAction", "2025-06-13"),
])
def test_the_publication_day_stays(nlp, text, kind, expected):
    got = dates_of(nlp, text, kind)
    assert expected in got, got
