"""Round 21, from a probe article opened for study; expressions and sentences written for these tests.

"In January of last year": a month of the year named relative to publication is that month of that
year (it was read as the month alone, of the publication year). A time after "prior to" is a point
before the event, as after "before", so it does not date it.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import resolve_date_expression

PUBLISHED = date(2025, 2, 18)


@pytest.mark.parametrize("expression, expected", [
    ("in January of last year", "2024-01"),
    ("November last year", "2024-11"),
    ("in June of next year", "2026-06"),
    ("in May of this year", "2025-05"),
])
def test_a_month_of_a_year_named_relative_to_publication(expression, expected):
    assert resolve_date_expression(expression, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("In January of last year, Orvel Corp. bought Tarn Mining.", "2024-01"),
    ("Brenta Holdings acquired Kelso Steel in October of last year.", "2024-10"),
    ("Orvel Corp. agreed to buy Tarn Mining in December last year.", "2024-12"),
])
def test_an_event_takes_that_month(tmp_path, text, expected):
    from helpers import article_facts

    facts, _ = article_facts(tmp_path, text, published="2025-02-18")
    dates = {e.get("date") for e in facts["events"] if e["type"] == "Investment"}
    assert dates == {expected}, facts["events"]


@pytest.mark.parametrize("text, cue", [
    ("Prior to June of last year, the Bank of Canada raised its key interest rate 17 times.", "2024-06"),
    ("Prior to March 3, Orvel Corp. bought a stake in Tarn Mining.", "2025-03-03"),
    ("Prior to January 9, the Bank of Canada cut its key interest rate twice.", "2025-01-09"),
])
def test_a_time_after_prior_to_does_not_date_the_event(tmp_path, text, cue):
    from helpers import article_facts

    facts, _ = article_facts(tmp_path, text, published="2025-02-18")
    assert facts["events"], facts
    assert all(e.get("date") != cue for e in facts["events"]), facts["events"]
