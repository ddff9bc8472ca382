"""A meeting told right after the trip to it takes the trip's end as its venue: "arrived in X and
met with Y", "visits X for talks with Y" (kg.extract.events._meeting_places, _meeting_noun)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, guest, venue", [
    ("President Ana Ruiz arrived Thursday in Lima and met with President Tomas Vega.", "Tomas Vega", "Lima"),
    ("Chancellor Olaf Scholz flew to Brasilia on Monday and met with President Lula da Silva.",
     "Luiz Inácio Lula da Silva", "Brasilia"),
    ("Prime Minister Kenji Sato visits Manila for defense talks with President Maria Santos.",
     "Maria Santos", "Manila"),
])
def test_the_trips_end_is_the_meetings_venue(tmp_path, text, guest, venue):
    assert any({(guest, "attendee"), (venue, "location")} <= p for p in event_parts(tmp_path, text, "Meeting"))


def test_a_place_left_is_no_venue(tmp_path):
    text = "President Ana Ruiz left Lima on Thursday and later met with President Tomas Vega in Quito."
    parts = event_parts(tmp_path, text, "Meeting")
    assert parts and not any(("Lima", "location") in p for p in parts)
