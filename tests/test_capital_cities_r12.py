"""A city called a country's capital is in that country (round 12).

"Tarnville, the Ghanaian capital", "Tarnville, Ghana's capital", "Ghana's capital Tarnville", "the
Ghanaian capital, Tarnville": the city is located in the country. Not: the capital word with no city
beside it ("from Ghana's capital to Tarnville"), another description ("the Ghanaian commercial hub"),
or a country called another's capital.

Every city is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Kora Bisset", "Person"), ("Ghana", "Place"), ("Tarnville", "Place"), ("Orvel", "Place")]


@pytest.mark.parametrize("text", [
    "The oath was taken at a square in Tarnville, the Ghanaian capital, on Monday.",
    "Thousands marched in Tarnville, Ghana's capital, on Monday.",
    "Thousands marched in Ghana's capital Tarnville on Monday.",
    "Thousands marched in the Ghanaian capital, Tarnville, on Monday.",
])
def test_city_called_a_countrys_capital(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("tarnville", "locatedIn", "ghana") in rels


@pytest.mark.parametrize("text", [
    "Kora Bisset flew from Ghana's capital to Tarnville on Monday.",
    "Tarnville, the Ghanaian commercial hub, grew fast.",
    "Kora Bisset left Tarnville for the Ghanaian capital on Monday.",
])
def test_no_capital_without_the_city_beside_it(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("tarnville", "locatedIn", "ghana") not in rels
