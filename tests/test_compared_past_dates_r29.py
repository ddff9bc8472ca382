"""A time long past that a change is measured from is not when the change happened: "a 5 percent
drop in profits from one year ago", "an 8 percent rise from a year earlier", "compared with a profit in the
same period last year" (kg.extract.events._comparison_point): such a cue dates nothing, while a
cue of the act's own ("on Tuesday") still does."""

import pytest
from helpers import article_facts


def _other_dates(tmp_path, text):
    """The dates of the Other events found in `text`, published on Friday 13 June 2025."""
    facts, _ = article_facts(tmp_path, text, published="2025-06-13")
    return [e.get("date") for e in facts["events"] if e["type"] == "Other"]


@pytest.mark.parametrize("text", [
    "Dunmore Paper reported a 5 percent drop in profits from one year ago.",
    "Halvard Bank posted an 8 percent rise in revenue from a year earlier.",
    "Corrin Airways reported a net loss of $20 million, compared with a profit in the same period last year.",
    "Wexley Shipyards posted higher earnings than the year before.",
])
def test_the_time_compared_with_dates_nothing(tmp_path, text):
    assert _other_dates(tmp_path, text) == [None]


def test_the_acts_own_day_still_dates_it(tmp_path):
    text = "Ellery Foods reported a 12 percent rise in sales on Tuesday from a year ago."
    assert _other_dates(tmp_path, text) == ["2025-06-10"]
