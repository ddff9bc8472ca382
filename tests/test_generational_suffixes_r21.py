"""Round 21, from a probe article opened for study; sentences written for these tests.

"Hugh Penton, Jr., who served as president": a generational suffix after a person's name and a
comma is part of that person's name, never a name of its own (the model read "Jr." as a place).
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, person, suffix", [
    ("The complaint names as a defendant Hugh Penton, Jr., who served as president of the firm until March.",
     "Hugh Penton", "Jr."),
    ("Regulators also fined Thomas Baker, Sr., the firm's founder, on Tuesday.", "Thomas Baker", "Sr."),
    ("The board named Ivo Sand, III, as its new chairman on Monday.", "Ivo Sand", "III"),
])
def test_a_suffix_after_a_comma_is_no_name_of_its_own(nlp, text, person, suffix):
    types = entity_types(nlp, text)
    assert suffix not in types, types
    assert any(name.startswith(person) and kind == "Person" for name, kind in types.items()), types
