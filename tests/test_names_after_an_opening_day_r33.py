"""Names right after an opening day with no comma ("On Friday Chile and Peru resumed talks") are
the clause's subjects, though the parser reads them as the day's
(kg.extract.events._subjects_lost_in_an_opening_phrase)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, kind, parts", [
    ("On Friday Chile and Peru resumed their trade talks.", "Meeting", {("Chile", "attendee"), ("Peru", "attendee")}),
    ("On Tuesday Harwick Steel cut 2,000 jobs at its plants.", "PolicyAnnouncement", {("Harwick Steel", "actor")}),
    ("On Monday Argentina and Brazil held talks on trade.", "Meeting", {("Argentina", "attendee"), ("Brazil", "attendee")}),
])
def test_names_after_the_day_are_the_subjects(tmp_path, text, kind, parts):
    events = event_parts(tmp_path, text, kind)
    assert any(parts <= e for e in events), events
