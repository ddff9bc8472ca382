"""A firm described by its country after a hyphenated adjective or a copula (round 9, recall), and a
firm the rules place in one country given no second one by the learned reader (precision).

"Tarn, a state-owned Norwegian oil company," and "Tarn is a Norwegian oil producer" place Tarn in
Norway as "Tarn, a Norwegian oil company," does. In "Norway-based Tarn and Chile's Vell signed a deal"
the learned reader used to add Tarn in Chile. Phrasings are written for these tests (invented names).
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Kelvor Oil", "Company"), ("Tarn Bank", "Company"), ("Chile", "Place"), ("Norway", "Place")]


@pytest.mark.parametrize("text, firm, country", [
    ("Kelvor Oil, a state-owned Norwegian oil company, reported a loss.", "kelvor-oil", "norway"),
    ("Kelvor Oil is a Norwegian oil producer with 900 workers.", "kelvor-oil", "norway"),
    ("Tarn Bank was a Chilean lender until the merger.", "tarn-bank", "chile"),
    ("Tarn Bank, a family-run Chilean lender, cut its rates.", "tarn-bank", "chile"),
])
def test_a_firm_described_by_its_country_is_there(nlp, text, firm, country):
    assert (firm, "locatedIn", country) in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text", [
    "Kelvor Oil, a supplier to a Chilean lender, reported a loss.",
    "Kelvor Oil is a rival of a Chilean lender.",
])
def test_a_country_describing_another_firm_does_not_place_this_one(nlp, text):
    assert ("kelvor-oil", "locatedIn", "chile") not in relations(nlp, text, CAST), text


def test_a_firm_placed_in_one_country_gets_no_second_from_the_learned_reader(nlp):
    rels = relations(nlp, "Norway-based Kelvor Oil and Chile's Tarn Bank signed a supply deal.", CAST)
    assert ("kelvor-oil", "locatedIn", "norway") in rels
    assert ("kelvor-oil", "locatedIn", "chile") not in rels
