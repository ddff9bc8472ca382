"""A party's congress is its meeting ("the party's annual congress in X", "held its congress"),
not the legislature Congress; and a meeting a body sponsored or organised is chaired by that body
("a forum sponsored by X", "the conference, organized by Y,") (kg.extract.events._is_meeting_noun,
kg.extract.events._hosted_by)."""

import pytest
from helpers import event_parts, typed_events


@pytest.mark.parametrize("text, party, place", [
    ("The Green Renewal Party held its national congress in Tampere on Saturday.", "Green Renewal Party", "Tampere"),
    ("Delegates of the Civic Accord Party cheered as the party's annual congress opened in Brno.",
     "Civic Accord Party", "Brno"),
    ("At the party congress in Split, the Adriatic Labour Party chose a new leader.", "Adriatic Labour Party", "Split"),
])
def test_a_partys_congress_is_its_meeting(tmp_path, text, party, place):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any((party, "chair") in m and (place, "location") in m for m in meetings)


def test_the_legislature_congress_is_no_meeting_of_its_own(tmp_path):
    text = "Congress approved the spending bill on Thursday."
    assert event_parts(tmp_path, text, "Meeting") == []


@pytest.mark.parametrize("text, body", [
    ("The symposium, organized by the Baltic Trade Institute, drew 200 bankers.", "Baltic Trade Institute"),
    ("She spoke at a seminar organised by the Lakeside Policy Centre in Vilnius on Tuesday.", "Lakeside Policy Centre"),
    ("He gave the keynote at a conference sponsored by the Northern Growth Foundation.", "Northern Growth Foundation"),
])
def test_a_meeting_a_body_put_on_is_chaired_by_it(tmp_path, text, body):
    assert any((body, "chair") in m for m in event_parts(tmp_path, text, "Meeting"))


def test_a_report_a_body_sponsored_is_no_meeting(tmp_path):
    text = "A study sponsored by the Northern Growth Foundation found that wages rose."
    assert [t for t, _ in typed_events(tmp_path, text)] == []
