"""Round 23; expressions written for these tests.

Seasons date an event to their year, resolved against the publication date: "last spring" said in
March is the spring of the year before, said in July the spring of the same year; "next fall",
"this summer", "in the fall of 2018", "autumn 2019". Winter straddles two years, so "last winter"
gives no date, and keeps the narrative's day from the event too.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import article_facts

from kg.extract.dates import find_date_cues


@pytest.mark.parametrize("text, published, iso", [
    ("The regulator fined the bank last spring.", date(2020, 3, 4), "2019"),
    ("The regulator fined the bank last spring.", date(2020, 7, 4), "2020"),
    ("Talks will resume next fall.", date(2020, 3, 4), "2020"),
    ("Talks will resume next fall.", date(2020, 10, 4), "2021"),
    ("It happened in the fall of 2018.", date(2020, 3, 4), "2018"),
    ("Sales fell in autumn 2019.", date(2020, 3, 4), "2019"),
])
def test_a_season_dates_to_its_year(text, published, iso):
    assert [c.iso for c in find_date_cues(text, published)] == [iso]


def test_winter_straddles_two_years_and_gives_no_date(tmp_path):
    assert find_date_cues("The bank cut rates last winter.", date(2020, 3, 4)) == []
    facts, _ = article_facts(tmp_path, "The SEC fined Velda Motors $2 million last winter.", published="2020-03-04")
    assert [e.get("date") for e in facts["events"] if e["type"] == "RegulatoryAction"] == [None]
