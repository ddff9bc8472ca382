"""A firm placed by its factory or plant, and "based in TOWN STATE" without a comma (round 9, recall).

"a nearby Kelvor factory in Halden", "Kelvor's refinery in Halden" place the firm in Halden, as gold
annotations of the dev articles do; "a company based in Marlow Oklahoma" places it in the town and the
town in the state, as "Marlow, Oklahoma" does. Phrasings are written for these tests (invented names);
the near-misses are a factory that only supplies the firm, and two firms before one plant.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Kelvor Oil", "Company"), ("Tarn Bank", "Company"), ("Halden", "Place"), ("Marlow", "Place"),
        ("Oklahoma", "Place")]


@pytest.mark.parametrize("text", [
    "The minister toured a nearby Kelvor Oil factory in Halden on Friday.",
    "Kelvor Oil's refinery in Halden was shut for repairs.",
    "Workers at the Kelvor Oil plant in Halden went on strike.",
])
def test_a_firms_factory_in_a_place_places_the_firm(nlp, text):
    assert ("kelvor-oil", "locatedIn", "halden") in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text", [
    "A factory in Halden that supplies Kelvor Oil closed.",
    "Kelvor Oil and Tarn Bank's plant in Halden closed.",
])
def test_a_factory_not_the_firms_own_places_nothing(nlp, text):
    assert ("kelvor-oil", "locatedIn", "halden") not in relations(nlp, text, CAST), text


def test_based_in_town_state_without_a_comma(nlp):
    rels = relations(nlp, "Regulators fined Kelvor Oil, a refiner based in Marlow Oklahoma, on Monday.", CAST)
    assert ("kelvor-oil", "locatedIn", "marlow") in rels
    assert ("marlow", "locatedIn", "oklahoma") in rels
