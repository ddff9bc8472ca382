"""Enforcement dates: a clause telling what a charge alleges has its own time (round 9, dates).

"settled charges that it violated a 2019 court order", "filed charges that X misled investors in
2021", "settled allegations by the Ministry that it bribed officials in 2018": the year belongs to
the misconduct alleged, not to the charge or its settlement. Near-misses: a cue on the charge's own
verb ("on Monday filed charges that ...") or in a relative clause telling when the charges were filed
("the charges the Authority filed in May") still dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Justice Ministry", "GovernmentBody"), ("Market Conduct Authority", "GovernmentBody"),
         ("Corvina Mills", "Company"), ("Halden Freight", "Company")]


def dates(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e.date for e in evs if e.type == "RegulatoryAction"]


@pytest.mark.parametrize("text, year", [
    ("Halden Freight has agreed to settle Market Conduct Authority charges that it repeatedly violated a 2019 "
     "court order.", "2019"),
    ("The Market Conduct Authority filed charges that Corvina Mills misled investors in 2021.", "2021"),
    ("Corvina Mills settled allegations by the Justice Ministry that it bribed officials in 2018.", "2018"),
])
def test_the_time_of_the_alleged_misconduct_does_not_date_the_charge(nlp, text, year):
    got = dates(nlp, text)
    assert got and not any(d and str(d).startswith(year) for d in got), got


@pytest.mark.parametrize("text, when", [
    ("The Market Conduct Authority on Monday filed charges that Corvina Mills misled investors in 2021.", "2025-06-09"),
    ("The charges the Market Conduct Authority filed in May accuse Corvina Mills of fraud.", "2025-05"),
])
def test_the_charges_own_time_still_dates_them(nlp, text, when):
    assert when in [str(d) for d in dates(nlp, text)]
