"""A meeting named by its two sides joined with a hyphen ("the EU-Russia summit", "U.S.-China trade
talks", "a European Union-China summit") is attended by both sides, neither of them its chair
(kg.extract.events._sides_joined_by_a_hyphen); a place after a body's name and a hyphen is the
other side, not the body's unit in that place (kg.extract.candidates._regional_units). A name
of its own with a hyphen inside ("the China-Africa Cooperation Forum") stays one name, which
chairs."""

import pytest
from helpers import article_entity_types, event_parts


@pytest.mark.parametrize("text, sides", [
    ("Ministers gathered in Brussels for the annual EU-Russia summit on Thursday.", {"European Union", "Russia"}),
    ("The Japan-South Korea talks ended without agreement on Friday.", {"Japan", "South Korea"}),
    ("Negotiators met in Geneva for a fresh round of U.S.-China trade talks.", {"United States", "China"}),
    ("The prime minister flew to Hanoi for a two-day European Union-Vietnam summit.", {"European Union", "Vietnam"}),
])
def test_both_sides_of_a_hyphenated_meeting_attend(tmp_path, text, sides):
    meetings = event_parts(tmp_path, text, "Meeting")
    assert any({(k, "attendee") for k in sides} <= m for m in meetings), meetings
    assert not any(role == "chair" and k in sides for m in meetings for k, role in m)


def test_a_body_before_a_hyphen_and_a_place_is_not_its_unit_there(tmp_path):
    types = article_entity_types(tmp_path, "Leaders arrived for the European Union-Vietnam summit in Hanoi.")
    assert types.get("European Union") and types.get("Vietnam") == "Place"
    assert "European Union-Vietnam" not in types


def test_a_name_with_a_hyphen_inside_chairs(tmp_path):
    meetings = event_parts(tmp_path, "Delegates attended the China-Africa Cooperation Forum summit in Dakar.", "Meeting")
    assert any(("China-Africa Cooperation Forum", "chair") in m for m in meetings), meetings
