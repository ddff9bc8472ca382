"""A meeting named by a noun that a participle describes ("a forum on Tuesday, hosted by X") takes
the day written on the noun itself (kg.extract.events._on_described_noun): the participle is the
trigger, but the time is the meeting's. A day told in a clause of its own ("which ended on
Thursday") is that clause's, not the meeting's."""

import pytest
from helpers import article_facts


# published on Friday 2025-03-14
@pytest.mark.parametrize("text, chair, day", [
    ("The summit on Wednesday, organized by the Andean Trade Council, drew eleven ministers.",
     "Andean Trade Council", "2025-03-12"),
    ("She gave the keynote at a forum on Tuesday hosted by the Wexford Policy Institute.",
     "Wexford Policy Institute", "2025-03-11"),
    ("Officials met on the fringes of a conference on Monday sponsored by the Ford Foundation.",
     "Ford Foundation", "2025-03-10"),
])
def test_the_day_on_the_meeting_noun_dates_the_meeting(tmp_path, text, chair, day):
    facts, names = article_facts(tmp_path, text)
    meetings = [e for e in facts["events"] if e["type"] == "Meeting"
                and any(names[p["entity"]] == chair and p["role"] == "chair" for p in e["participants"])]
    assert meetings and meetings[0].get("date") == day, facts["events"]


def test_a_time_in_a_clause_of_its_own_does_not_date_it(tmp_path):
    text = "Delegates at a summit that leaders had called for in January, organized by the Andean Trade Council, agreed on tariffs."
    facts, names = article_facts(tmp_path, text)
    meetings = [e for e in facts["events"] if e["type"] == "Meeting"]
    assert meetings, facts["events"]
    assert all(e.get("date") != "2025-01" for e in meetings), meetings
