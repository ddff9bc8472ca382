"""Round 25; sentences written for these tests.

Names set before a known state or country as addresses are ("in Kettering, Ohio", "in Alva,
Perkins and Hobart, Oklahoma", "X Bank, Mitchell, South Dakota, agreed") are towns, whatever the
model called them; a firm's name by its words stays a firm.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, towns", [
    ("The firm runs farms in Alva, Perkins and Hobart, Oklahoma.", ["Alva", "Perkins", "Hobart"]),
    ("Pinecrest National Bank, Mitchell, South Dakota, agreed to pay the penalty.", ["Mitchell"]),
    ("The plant is near Kettering, Ohio, and employs 400 people.", ["Kettering"]),
])
def test_the_names_are_towns(tmp_path, text, towns):
    types = article_entity_types(tmp_path, text)
    assert all(types.get(t) == "Place" for t in towns), types


def test_a_firm_before_a_state_stays_a_firm(tmp_path):
    types = article_entity_types(tmp_path, "Halvard Logistics Inc., Ohio, agreed to pay the penalty.")
    assert types.get("Halvard Logistics Inc.") == "Company", types
