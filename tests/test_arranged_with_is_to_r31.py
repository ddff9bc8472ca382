""""X is to meet Y on March 20", "the leaders are to hold talks on Tuesday": a clause of the
present of "be" with "to" and a verb tells what is arranged, ahead of the story's day, and its
day or weekday is read forward as a future's is; "the aim is to find buyers" is no event, and a
past meeting keeps its day behind (kg.extract.patterns.is_future); those named together as the
subject of such a clause meet each other (kg.extract.events._group_meets)."""

import pytest
from helpers import typed_events, article_facts


def _meeting_dates(tmp_path, text):
    facts, _ = article_facts(tmp_path, text, published="2025-03-14")
    return [e.get("date") for e in facts["events"] if e["type"] == "Meeting"]


@pytest.mark.parametrize("text, date", [
    ("Trade Minister Ilse Varo is to meet her Dornish counterpart, Piet Mahler, in Oslo on March 20.", "2025-03-20"),
    ("President Rana Okoye is to visit Tarsland on Tuesday for talks with Prime Minister Jon Brekke.", "2025-03-18"),
    ("Chancellor Aldo Ferrin and President Mira Sallow are to meet in Vienna on March 27.", "2025-03-27"),
    ("Prime Minister Jon Brekke and President Rana Okoye are scheduled to meet in Bergen on April 2.", "2025-04-02"),
])
def test_a_meeting_that_is_to_take_place_is_dated_ahead(tmp_path, text, date):
    assert _meeting_dates(tmp_path, text) == [date]


def test_a_meeting_that_took_place_keeps_its_day_behind(tmp_path):
    text = "Trade Minister Ilse Varo met her Dornish counterpart, Piet Mahler, in Oslo on March 2."
    assert _meeting_dates(tmp_path, text) == ["2025-03-02"]


def test_an_aim_told_with_is_to_is_no_event(tmp_path):
    assert typed_events(tmp_path, "The aim of the fund is to find buyers for the bonds.") == []
