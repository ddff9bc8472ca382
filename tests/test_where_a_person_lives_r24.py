"""Round 24; sentences written for these tests.

Releases give a person's town right after the name: "X, 45, of Newark, New Jersey,", "X of
Lancaster County, Nebraska", "X, a resident of Coral Springs, Florida". The person is located in
the town. A title before the name makes the place the office's ("Senator X of New York"), a
country after "of" is a nationality, and "of" a firm is an employer: none of these places anyone.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, town", [
    ("Derek Holt, a resident of Coral Springs, Florida, was charged on Monday.", "Derek Holt", "Coral Springs"),
    ("John Calder, 45, of Newark, New Jersey, pleaded guilty on Tuesday.", "John Calder", "Newark"),
    ("The EPA ordered Mark Tully of Lancaster County, Nebraska, to restore the stream.", "Mark Tully",
     "Lancaster County"),
])
def test_a_person_lives_in_the_town_after_the_name(tmp_path, text, person, town):
    assert (person, town) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, person", [
    ("Senator Charles Schumer of New York criticised the deal.", "Charles Schumer"),
    ("John Smith of Goldman Sachs said prices would rise.", "John Smith"),
    ("Paolo Conte of Italy was extradited on Monday.", "Paolo Conte"),
])
def test_offices_employers_and_countries_place_no_one(tmp_path, text, person):
    assert not any(p == person for p, _ in relation_pairs(tmp_path, text, "locatedIn"))
