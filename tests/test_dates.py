"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.dates import find_date_cues, resolve_date_expression, resolve_weekday

TUESDAY = date(2025, 2, 18)  # a Tuesday


@pytest.mark.parametrize("expression, expected", [
    ("on Monday", "2025-02-17"),
    ("On Monday", "2025-02-17"),
    ("on Tuesday", "2025-02-18"),  # the publication day itself
    ("on Wednesday", "2025-02-12"),  # the most recent one, last week
    ("last Tuesday", "2025-02-11"),
    ("today", "2025-02-18"),
    ("yesterday", "2025-02-17"),
    ("tomorrow", "2025-02-19"),
    ("three days ago", "2025-02-15"),
    ("last week", "2025-02"),
    ("this week", "2025-02"),
    ("last month", "2025-01"),
    ("this year", "2025"),
    ("last year", "2024"),
    ("Feb. 3", "2025-02-03"),
    ("March 5", "2024-03-05"),  # a month-day later than publication is last year's
    ("in March", "2024-03"),
    ("in January", "2025-01"),
    ("March 5, 2020", "2020-03-05"),
    ("5 March 2020", "2020-03-05"),
    ("2021-07-09", "2021-07-09"),
    ("June 2019", "2019-06"),
    ("in late 2020", "2020"),
    ("in 2019", "2019"),
    ("In March of two thousand four", "2004-03"),
    ("in nineteen ninety-eight", "1998"),
    ("since two thousand and nine", "2009"),
    ("in the month of January", "2025-01"),
    ("on February twelfth", "2025-02-12"),
    ("by January twenty-first", "2025-01-21"),
    ("on the third of February", "2025-02-03"),
    ("on March second, two thousand eleven", "2011-03-02"),
    ("October thirty-first 2019", "2019-10-31"),
])
def test_expressions_resolve(expression, expected):
    assert resolve_date_expression(expression, TUESDAY) == expected


@pytest.mark.parametrize("expression, expected", [
    ("on Friday", "2025-02-21"),
    ("next Tuesday", "2025-02-25"),
    ("on Tuesday", "2025-02-18"),
    ("in March", "2025-03"),
])
def test_future_points_forward(expression, expected):
    assert resolve_date_expression(expression, TUESDAY, future=True) == expected


@pytest.mark.parametrize("text", [
    "in recent years", "soon", "for the past few years", "the Trade Act of 1962", "10,482 points",
    "up 2020 percent", "", "in two thousand homes", "nineteen people", "it may second the motion",
    "February thirty-ninth",
])
def test_no_cue_no_date(text):
    assert resolve_date_expression(text, TUESDAY) is None


def test_relative_expressions_need_publication_date():
    assert resolve_date_expression("on Monday", None) is None
    assert resolve_date_expression("March 5, 2020", None) == "2020-03-05"


def test_cues_keep_text_and_offsets():
    text = "Shares rose on Monday after a slump last year."
    cues = find_date_cues(text, TUESDAY, offset=100)
    assert [c.text for c in cues] == ["on Monday", "last year"]
    assert cues[0].iso == "2025-02-17"
    assert text[cues[0].start - 100: cues[0].end - 100] == "on Monday"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))
def test_weekday_is_within_the_last_week(published, weekday):
    past = resolve_weekday(weekday, published)
    future = resolve_weekday(weekday, published, future=True)
    assert 0 <= (published - past).days <= 6
    assert 0 <= (future - published).days <= 6
    assert past.strftime("%A").lower() == weekday == future.strftime("%A").lower()


def test_year_as_modifier_is_not_a_cue():
    assert resolve_date_expression("its biggest loss since the 1987 crash", TUESDAY) is None
    assert resolve_date_expression("its 2024 results", TUESDAY) is None


@pytest.mark.parametrize("expression, published, expected", [
    ("earlier this week", date(2024, 4, 30), "2024-04"),  # a Tuesday: the Thursday after is not yet
    ("this week", date(2024, 5, 1), "2024-04"),  # Wednesday 1 May: Monday and Tuesday were in April
    ("earlier this week", date(2023, 9, 1), "2023-08"),  # Friday 1 September
    ("last week", date(2024, 5, 6), "2024-05"),  # Monday: last week ran 29 April to 5 May
    ("last week", date(2024, 5, 8), "2024-05"),
])
def test_a_week_resolves_to_the_month_most_of_its_told_days_fall_in(expression, published, expected):
    assert resolve_date_expression(expression, published) == expected


@pytest.mark.parametrize("expression, published, expected", [
    ("later this week", date(2024, 5, 31), "2024-06"),  # Friday 31 May: the weekend is in June
    ("next week", date(2024, 4, 30), "2024-05"),
    ("later this week", date(2024, 4, 29), "2024-05"),  # Monday 29 April: Wednesday to Sunday are in May
])
def test_a_week_ahead_counts_the_days_still_to_come(expression, published, expected):
    assert resolve_date_expression(expression, published, future=True) == expected
