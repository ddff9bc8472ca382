"""Round 22; sentences written for these tests.

A firm's outright acquisition of a product line ("acquired the drug X", "X's purchase of the Y
brand") is an Investment whose target is the product, as the dev annotators record a bought app;
a product is no target of other investment words ("invested in the X app"), nor of a purchase with
no buyer named ("shoppers bought the X phone"). "The purchase of Y from X" names X as the seller,
not a buyer.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _investments(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return [{(names[p["entity"]], p["role"]) for p in e["participants"]}
            for e in facts["events"] if e["type"] == "Investment"]


@pytest.mark.parametrize("text, buyer, product", [
    ("Halvern Pharma Inc. acquired the drug Zentrol from a rival in 2019 and tripled its price.",
     "Halvern Pharma Inc.", "Zentrol"),
    ("Regulators say Halvern Pharma Inc.'s 2019 acquisition of the drug Corvaxin left patients with no "
     "cheaper choice.", "Halvern Pharma Inc.", "Corvaxin"),
    ("Brisa Foods Ltd. completed its purchase of the Marlo brand from a Dutch group on Tuesday.",
     "Brisa Foods Ltd.", "Marlo"),
])
def test_a_firm_acquiring_a_product_invests_in_it(tmp_path, text, buyer, product):
    events = _investments(tmp_path, text)
    assert any({(buyer, "actor"), (product, "target")} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "Halvern Pharma Inc. invested $20 million in the Corvaxin app last year.",
    "Shoppers bought the Marlo phone in record numbers last week.",
])
def test_a_product_is_no_target_of_other_investment_words(tmp_path, text):
    events = _investments(tmp_path, text)
    assert not any(name in ("Corvaxin", "Marlo") for e in events for name, _ in e), events


def test_the_firm_a_purchase_is_made_from_is_no_buyer(tmp_path):
    events = _investments(tmp_path, "Brisa Foods Ltd. completed its purchase of Tarn Dairies from Kestrel Group "
                                   "on Tuesday.")
    assert any(("Brisa Foods Ltd.", "actor") in e for e in events), events
    assert not any(("Kestrel Group", "actor") in e for e in events), events
