"""Countries listed as those "in" an international body ("the economies in APEC, including X,
Y and Z", "the countries in the European Union, including X") are its members, as "members of
X, including Y" are (kg.extract.relations._country_memberships); countries in a region are none."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, country, body", [
    ("The economies in APEC - including Peru, Chile and Vietnam - pledged on Sunday to lower farm tariffs.",
     "Chile", "Asia-Pacific Economic Cooperation"),
    ("The countries in the European Union, including France and Germany, backed the plan.", "Germany",
     "European Union"),
    ("Nations in OPEC, including Nigeria and Angola, cut their output last month.", "Angola", "OPEC"),
])
def test_countries_in_a_body_are_its_members(tmp_path, text, country, body):
    assert (country, body) in relation_pairs(tmp_path, text, "memberOf")


def test_countries_in_a_region_are_no_members(tmp_path):
    text = "The countries in Southeast Asia, including Vietnam and Thailand, backed the plan."
    assert relation_pairs(tmp_path, text, "memberOf") == set()
