"""Unnamed envoys met or hosted stand for where they come from: "met the presidents of A and B",
"welcomed the trade ministers of A and B", "met her counterparts from A and B" make A and B the
meeting's guests, as "the leaders of A and B met" makes them its sides
(kg.extract.events._envoys_homes)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, host, guests", [
    ("President Salas met the presidents of Bolivia and Paraguay in Asuncion on Friday.",
     "Salas", {"Bolivia", "Paraguay"}),
    ("Prime Minister Ilse Varga met her counterparts from Austria and Slovenia on Tuesday.",
     "Ilse Varga", {"Austria", "Slovenia"}),
    ("Chancellor Otto Brenner welcomed the trade ministers of Japan and Vietnam to Berlin on Monday.",
     "Otto Brenner", {"Japan", "Vietnam"}),
])
def test_the_envoys_countries_attend(tmp_path, text, host, guests):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(host, "chair")} | {(g, "attendee") for g in guests} <= parts for parts in meetings)


def test_executives_from_a_firm_bring_the_firm(tmp_path):
    text = "Finance Minister Lena Hart met executives from Harlow Mining on Thursday."
    assert any(("Harlow Mining", "attendee") in parts for parts in event_parts(tmp_path, text, "Meeting"))


def test_a_named_guest_is_not_replaced_by_a_country(tmp_path):
    text = "President Salas met Bolivian President Ana Quiroga in La Paz on Friday."
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any(("Ana Quiroga", "attendee") in parts for parts in meetings)
    assert not any(("Bolivia", "attendee") in parts for parts in meetings)


def test_a_thing_of_a_country_met_is_no_guest(tmp_path):
    text = "Exporters met the demands of Vietnam and Thailand last year."
    assert not event_parts(tmp_path, text, "Meeting")
