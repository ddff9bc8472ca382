"""Where a market index is, from the market its clause reports (round 9, recall).

Market reports name the place with the market and the index in a clause of how it moved: "Stocks in
Halden fell, with the Tarnex 50 down 1 percent", "Peruvian shares slid as the Lima Select lost 2
percent", and write "the Tarnex 50 index in Halden" with the index noun between. The rules read
"Halden's Tarnex 50" and "In Halden, the Tarnex 50 fell" but not these. Phrasings are written for
these tests (invented names); the near-misses name two places, a region, or an index whose own place
is written.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Tarnex 50", "MarketIndex"), ("Lima Select", "MarketIndex"), ("Halden", "Place"), ("Oslo", "Place"),
        ("Peru", "Place"), ("Asia", "Place"), ("Chile", "Place")]


@pytest.mark.parametrize("text, index, place", [
    ("Stocks in Halden fell, with the Tarnex 50 down 1 percent.", "tarnex-50", "halden"),
    ("Peruvian shares slid on Monday, with the benchmark Lima Select losing 2 percent.", "lima-select", "peru"),
    ("Halden stocks rose as the Tarnex 50 gained 3 percent.", "tarnex-50", "halden"),
    ("The Tarnex 50 index in Halden dropped on Monday.", "tarnex-50", "halden"),
])
def test_an_index_in_a_clause_about_a_places_market_is_there(nlp, text, index, place):
    assert (index, "locatedIn", place) in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text", [
    "Markets in Halden and Oslo fell, with the Tarnex 50 down 2 percent.",
    "Stocks in Asia fell, with the Tarnex 50 down 1 percent.",
])
def test_two_places_or_a_region_place_no_index(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "tarnex-50" and k[1] == "locatedIn"], text


def test_an_index_with_its_own_place_keeps_it(nlp):
    rels = relations(nlp, "Stocks in Halden fell, with Chile's Tarnex 50 down 1 percent.", CAST)
    assert ("tarnex-50", "locatedIn", "chile") in rels
    assert ("tarnex-50", "locatedIn", "halden") not in rels
