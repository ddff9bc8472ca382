"""A person described by the place they work from is located there ("Nairobi-based economist X",
"X is a Paris-based analyst", "X is a mining consultant based in Perth"); a firm said to be "a
X-based firm" with "is" is placed as one set off by a comma is (kg.extract.relations._people_based_in,
_locations)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, place", [
    ("Nairobi-based independent economist Wanjiru Kamau says prices will keep rising. Kenya is worried.",
     "Wanjiru Kamau", "Nairobi"),
    ("Claire Dubois is a Paris-based credit analyst who follows the banks.", "Claire Dubois", "Paris"),
    ("Tom Whitley is a mining consultant based in Perth and a critic of the tax.", "Tom Whitley", "Perth"),
])
def test_a_person_based_somewhere_is_located_there(tmp_path, text, person, place):
    assert (person, place) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_firm_that_is_based_somewhere_is_located_there(tmp_path):
    text = "Harwick Partners is a Boston-based investment firm with two funds."
    assert ("Harwick Partners", "Boston") in relation_pairs(tmp_path, text, "locatedIn")


def test_someone_who_meets_a_person_based_elsewhere_is_not_placed(tmp_path):
    text = "Claire Dubois met a Berlin-based analyst on Monday."
    assert ("Claire Dubois", "Berlin") not in relation_pairs(tmp_path, text, "locatedIn")


def test_a_person_who_heads_a_firm_based_elsewhere_is_not_placed(tmp_path):
    text = "Claire Dubois is chief executive of a Berlin-based bank."
    assert ("Claire Dubois", "Berlin") not in relation_pairs(tmp_path, text, "locatedIn")
