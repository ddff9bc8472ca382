"""Figures a body tells ("the statistics office says exports fell 4 percent in March") are dated by
the period they measure when the telling itself has no time (kg.extract.events._clause_date, for
the figures read by _figures_told); a time on the telling verb ("said on Tuesday") dates it."""

import pytest
from helpers import article_facts


def _figures_event(facts, names, body):
    return [e for e in facts["events"] if e["type"] == "Other"
            and any(names[p["entity"]] == body and p["role"] == "actor" for p in e["participants"])]


# published on Thursday 2025-09-11
@pytest.mark.parametrize("text, body, date", [
    ("The Federal Statistical Office says industrial output fell 2.1 percent in July.",
     "Federal Statistical Office", "2025-07"),
    ("Kenya's National Bureau of Statistics says inflation rose to 7 percent in August from a year earlier.",
     "National Bureau of Statistics", "2025-08"),
    ("The Labor Department reports that the economy lost 20,000 jobs last month.",
     "U.S. Department of Labor", "2025-08"),
])
def test_figures_are_dated_by_the_period_they_measure(tmp_path, text, body, date):
    facts, names = article_facts(tmp_path, text, published="2025-09-11")
    events = _figures_event(facts, names, body)
    assert events and events[0].get("date") == date, facts["events"]


def test_a_time_on_the_telling_dates_the_telling(tmp_path):
    text = "The Federal Statistical Office said on Tuesday that industrial output fell 2.1 percent in July."
    facts, names = article_facts(tmp_path, text, published="2025-09-11")
    events = _figures_event(facts, names, "Federal Statistical Office")
    assert events and events[0].get("date") == "2025-09-09", facts["events"]
