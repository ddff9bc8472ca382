"""A visit to a country that is set to happen is a meeting there as a past one is ("X will visit
Kenya next week", "when X visits Peru next week"); one that may, would or will not happen is
none (kg.extract.events._country_visited, kg.extract.events._scheduled)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, visitor, country", [
    ("Trade will top the agenda when Foreign Minister Ilse Varo visits Kenya next week.", "Ilse Varo", "Kenya"),
    ("Prime Minister Jon Brekke will visit Peru in April to discuss fishing rights.", "Jon Brekke", "Peru"),
    ("President Rana Okoye will visit Vietnam next month, her office said.", "Rana Okoye", "Vietnam"),
])
def test_a_visit_set_to_happen_is_a_meeting_in_the_country(tmp_path, text, visitor, country):
    assert {(visitor, "attendee"), (country, "location")} in event_parts(tmp_path, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Prime Minister Jon Brekke will not visit Peru this year.",
    "Prime Minister Jon Brekke could visit Peru in April.",
    "Prime Minister Jon Brekke would visit Peru if he were invited.",
])
def test_a_visit_that_may_not_happen_is_none(tmp_path, text):
    assert event_parts(tmp_path, text, "Meeting") == []


def test_a_visit_reported_as_set_to_happen_is_a_meeting(tmp_path):
    text = "Prime Minister Jon Brekke said he would visit Peru in April."
    assert {("Jon Brekke", "attendee"), ("Peru", "location")} in event_parts(tmp_path, text, "Meeting")


def test_a_visit_reported_only_on_a_condition_is_none(tmp_path):
    text = "Prime Minister Jon Brekke said he would visit Peru if he were invited."
    assert event_parts(tmp_path, text, "Meeting") == []
