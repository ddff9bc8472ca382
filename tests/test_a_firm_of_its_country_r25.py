"""Round 25; sentences written for these tests.

A firm's name run on into "of" and its country ("Halvard Mining of Canada") is the firm, located in
the country; a bank's or an authority's "of COUNTRY" ("Royal Bank of Canada", "Steel Authority of
India") is part of its name.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("Halvard Mining of Canada bought a stake in the mine.", "Halvard Mining", "Canada"),
    ("The world's largest maker, Orvex Steel of Luxembourg, announced a merger.", "Orvex Steel", "Luxembourg"),
    ("Brisco Chemicals of Belgium agreed to pay the fine.", "Brisco Chemicals", "Belgium"),
])
def test_the_firm_is_in_its_country(tmp_path, text, firm, country):
    types = article_entity_types(tmp_path, text)
    assert types.get(firm) == "Company" and types.get(country) == "Place", types
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_banks_country_is_part_of_its_name(tmp_path):
    types = article_entity_types(tmp_path, "Royal Bank of Canada and Steel Authority of India signed a deal.")
    assert "Royal Bank of Canada" in types and "Steel Authority of India" in types, types
