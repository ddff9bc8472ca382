"""Round 18, from a second judged audit; sentences written for these tests, the firms invented.

- "the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated X": the
  office after the possessive acts, though the parser makes the department the subject.
- "designated Corvel Trading, a firm based in Caracas": where a party is based is not the party,
  even when the model misses the firm's name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, unit", [
    ("WASHINGTON – Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
     "designated Brask Maritime Limited.", "Office of Foreign Assets Control"),
    ("WASHINGTON – Today, the U.S. Department of Commerce's Bureau of Industry and Security (BIS) added "
     "Brask Maritime Limited to the Entity List.", "Bureau of Industry and Security"),
    ("WASHINGTON – On Monday the U.S. Department of Justice's Antitrust Division sued Brask Maritime Limited.",
     "Antitrust Division"),
])
def test_the_unit_after_a_departments_possessive_acts(read_events, text, unit):
    found = read_events(text)
    assert ("RegulatoryAction", unit, "actor") in found, found


@pytest.mark.parametrize("text, place", [
    ("WASHINGTON – Today, the Treasury designated Corvel Trading, a firm based in Caracas.", "Caracas"),
    ("The Commerce Department on Monday added Halvo Parts, a supplier headquartered in Minsk, to the Entity List.",
     "Minsk"),
    ("Prosecutors on Tuesday charged Tarnex, a shipper located in Lagos, with fraud.", "Lagos"),
])
def test_where_a_party_is_based_is_not_the_party(read_events, text, place):
    found = read_events(text)
    assert ("RegulatoryAction", place, "target") not in found, found
