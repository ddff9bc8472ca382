"""Round 25; sentences written for these tests.

A firm selling a part of its own business ("its PC business", "its 300 stores", "its truck unit")
to a buyer: the buyer invests in the seller. A firm selling its goods to a customer makes no deal.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, buyer, seller", [
    ("Sony agreed to sell its PC business to Japan Industrial Partners.", "Japan Industrial Partners", "Sony"),
    ("Orvex Holdings has agreed to sell its 300 stores to Dollar Mart Inc.", "Dollar Mart Inc.", "Orvex Holdings"),
    ("Tarrow Motors Inc. sold its truck unit to Volvo for $1 billion.", "Volvo", "Tarrow Motors Inc."),
])
def test_the_buyer_invests_in_the_seller(tmp_path, text, buyer, seller):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(buyer, "actor"), (seller, "target")} <= d for d in deals), deals


@pytest.mark.parametrize("text", [
    "Tarrow Motors Inc. sells its cars to Walmart in Europe.",
    "Brisco Foods Inc. sold its wheat to Cargill last year.",
])
def test_goods_sold_to_a_customer_make_no_deal(tmp_path, text):
    assert not event_parts(tmp_path, text, "Investment")
