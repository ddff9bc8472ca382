"""Round 25; sentences written for these tests.

More ways a text places a firm: "U.S.-based X" (a country written with full stops, which the
tokenizer kept joined to "-based"), "Qatar is home to X" or "Basel, home to X and Y,", "its U.S.
rival X"; and well-known state oil firms are firms ("Malaysia's Petronas").
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, place", [
    ("Shares of U.S.-based Halvard Systems rose 4 percent on Monday.", "Halvard Systems", "United States"),
    ("The U.K.-based lender Tarn Bank said profits rose.", "Tarn Bank", "United Kingdom"),
    ("Denmark is home to the shipping group Maersk.", "Maersk", "Denmark"),
    ("Basel, home to Roche and Novartis, is a center of the drug industry.", "Novartis", "Basel"),
    ("Sales at its U.S. rival Boeing fell in March.", "Boeing", "United States"),
    ("Iraq signed contracts with Royal Dutch Shell and Malaysia's Petronas on Friday.", "Petronas", "Malaysia"),
])
def test_the_firm_is_in_the_place(tmp_path, text, firm, place):
    assert (firm, place) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text", [
    "Kenya is home to 50 million people.",
    "His French rival Emmanuel Macron won the vote.",
])
def test_people_are_not_placed_so(tmp_path, text):
    pairs = relation_pairs(tmp_path, text, "locatedIn")
    assert not any(a in ("Emmanuel Macron",) for a, _ in pairs), pairs


def test_a_state_oil_firm_is_a_firm(tmp_path):
    types = article_entity_types(tmp_path, "Malaysia's Petronas and Algeria's Sonatrach signed a gas deal.")
    assert types.get("Petronas") == "Company" and types.get("Sonatrach") == "Company", types
