"""Round 18, from a second judged audit; sentences written for these tests, the firms invented.

- "the U.S. Department of Labor's Employee Benefits Security Administration sued X": the
  office after the possessive acts, though the parser makes the department the subject.
- "designated Corvel Trading, a firm based in Caracas": where a party is based is not the party,
  even when the model misses the firm's name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, unit", [
    ("WASHINGTON – Today, the U.S. Department of the Interior's Office of Natural Resources Revenue fined Brask Oil "
     "Limited.", "Office of Natural Resources Revenue"),
    ("WASHINGTON – Today, the U.S. Department of Labor's Employee Benefits Security Administration sued Brask "
     "Maritime Limited.", "Employee Benefits Security Administration"),
    ("OSLO – Today, the Estland Ministry of Finance's Office of Sanctions Control (OSC) designated Brask Maritime "
     "Limited.", "Office of Sanctions Control"),
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
