"""A home written after a list of people is each one's, as releases write it: "A and B of
Kentucky", "A, B and C, all of Dallas, Texas", "A and B, both of Tulsa, Oklahoma"; a titled person
in the list keeps the office's place, not a home ("Senator A and B of Ohio": B's), and people
each given a home keep their own ("A of Dayton and B of Omaha")
(kg.extract.relations._homes, _listed_people_before)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, people, town", [
    ("Dale Ferris and Owen Pike of Wichita pleaded guilty to rigging bids on Monday.",
     {"Dale Ferris", "Owen Pike"}, "Wichita"),
    ("Rosa Lind, Ivan Sokol and Mia Dunne, all of Tampa, Florida, were charged with wire fraud.",
     {"Rosa Lind", "Ivan Sokol", "Mia Dunne"}, "Tampa"),
    ("Carl Hanes and Edith Moor, both of Boise, Idaho, agreed to pay the penalty.",
     {"Carl Hanes", "Edith Moor"}, "Boise"),
])
def test_the_home_after_a_list_is_each_persons(tmp_path, text, people, town):
    found = relation_pairs(tmp_path, text, "locatedIn")
    assert {(p, town) for p in people} <= found


def test_a_titled_person_in_the_list_gets_no_home(tmp_path):
    text = "Senator Grace Lund and Peter Vos of Ohio met farmers on Monday."
    found = relation_pairs(tmp_path, text, "locatedIn")
    assert ("Peter Vos", "Ohio") in found and ("Grace Lund", "Ohio") not in found


def test_people_each_given_a_home_keep_their_own(tmp_path):
    text = "The EPA ordered Lena Haas of Cole County, Missouri, and Arne Berg of Polk County, Iowa, to restore the wetlands."
    found = relation_pairs(tmp_path, text, "locatedIn")
    assert ("Lena Haas", "Polk County") not in found
