"""A body's unit named with "and" after its owner's possessive ("the Energy Department's Grid
and Storage Division") is one name, the unit of that body; the model had
tagged only the words after "and" (kg.extract.candidates._name_run)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, unit, body", [
    ("Lawyers from the Energy Department's Grid and Storage Division drafted the rule.",
     "Grid and Storage Division", "U.S. Department of Energy"),
    ("The Treasury's Terrorism and Financial Intelligence Office issued the order on Friday.",
     "Terrorism and Financial Intelligence Office", "Treasury"),
    ("The Commerce Department's Industry and Analysis Office published the figures.",
     "Industry and Analysis Office", "U.S. Department of Commerce"),
])
def test_a_unit_named_with_and_is_one_name_of_its_body(tmp_path, text, unit, body):
    assert article_entity_types(tmp_path, text).get(unit) == "GovernmentBody"
    assert (unit, body) in relation_pairs(tmp_path, text, "memberOf")


def test_two_names_joined_by_and_before_a_unit_stay_apart(tmp_path):
    text = "Staff from Marlow and the Brisa Division met on Monday."
    assert "Marlow and the Brisa Division" not in article_entity_types(tmp_path, text)
