"""A meeting of a body takes the place its "in" phrase gives where the parser hangs the phrase on
the body's name: "the meeting of the X Council in Quito", "the summit of the X Union in Addis
Ababa" (kg.extract.events._meeting_places)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body, place", [
    ("The meeting of the Andean Grain Council in Quito, Ecuador, broke up on Sunday without a deal.",
     "Andean Grain Council", "Quito"),
    ("The summit of the African Union in Addis Ababa ended on Monday with a call for calm.",
     "African Union", "Addis Ababa"),
    ("The conference of the Andean Community in Lima closed on Tuesday with a joint statement.",
     "Andean Community", "Lima"),
])
def test_the_place_hung_on_the_body_is_the_meetings(tmp_path, text, body, place):
    events = event_parts(tmp_path, text, "Meeting")
    assert any({(body, "chair"), (place, "location")} <= e for e in events)


def test_a_place_hung_on_another_noun_is_no_venue(tmp_path):
    text = "The meeting of the Nordic Council, which has offices in Helsinki, ended early on Thursday."
    events = event_parts(tmp_path, text, "Meeting")
    assert not any(("Helsinki", "location") in e for e in events)
