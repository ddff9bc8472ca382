"""Round 25; sentences written for these tests.

A firm described in apposition by a country's possessive, "X, Brazil's top iron ore producer,",
is in that country, as "the Brazilian producer X" is. A description that is no firm's ("Kenya's
largest customer of the bank") places nothing.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("Vale, Brazil's top iron ore producer, cut its forecast.", "Vale", "Brazil"),
    ("Halvard Mining Ltd., Ghana's second-largest gold miner, raised output.", "Halvard Mining Ltd.", "Ghana"),
    ("Orvex Telecom Inc., Peru's largest mobile operator, lost customers.", "Orvex Telecom Inc.", "Peru"),
])
def test_the_firm_is_in_the_country(tmp_path, text, firm, country):
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_description_of_no_firm_places_nothing(tmp_path):
    text = "Acme Corp., Kenya's largest customer of the bank, complained."
    assert ("Acme Corp.", "Kenya") not in relation_pairs(tmp_path, text, "locatedIn")
