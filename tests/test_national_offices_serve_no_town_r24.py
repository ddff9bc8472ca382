"""Round 24; sentences written for these tests.

A president, premier, chancellor, king or minister serves a state: the learned reader's guess that
such a holder serves a town or region named near them (where protesters gathered, where a speech
was given) is dropped. Offices of towns and regions (a mayor, a governor, a chief minister) stay.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, town", [
    ("Protesters in Caracas demanded the resignation of President Luis Vera on Saturday.", "Luis Vera", "Caracas"),
    ("Crowds in Lyon cheered President Claire Dumas during a rally on Sunday.", "Claire Dumas", "Lyon"),
    ("In Bavaria, farmers booed Finance Minister Jonas Keller at a fair on Friday.", "Jonas Keller", "Bavaria"),
])
def test_a_national_office_is_not_held_in_a_town(tmp_path, text, person, town):
    assert (person, town) not in relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, person, place", [
    ("Narendra Modi, the Chief Minister of Gujarat, spoke on Monday.", "Narendra Modi", "Gujarat"),
    ("Tom Ford, the mayor of Chicago, opened the port on Monday.", "Tom Ford", "Chicago"),
])
def test_offices_of_towns_and_regions_stay(tmp_path, text, person, place):
    assert (person, place) in relation_pairs(tmp_path, text, "holdsPosition")
