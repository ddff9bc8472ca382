"""Round 22; sentences written for these tests.

"the sale of X to Y" (the noun, as "X was sold to Y" already read): the buyer after "to" invests in
the firm sold, named after "of" or beside the noun it names ("the sale of the struggling bank, X, to
Y", the "to" phrase hung on the verb); sales of goods or shares sell no firm.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _investments(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return [{(names[p["entity"]], p["role"]) for p in e["participants"]}
            for e in facts["events"] if e["type"] == "Investment"]


@pytest.mark.parametrize("text, buyer, sold", [
    ("Regulators helped craft the sale of the struggling investment bank, Halvern Stearns, to Kestrel Bank "
     "for a fraction of its value.", "Kestrel Bank", "Halvern Stearns"),
    ("The sale of Tarn Foods Inc. to Velora Holdings Ltd. closed on Monday.", "Velora Holdings Ltd.",
     "Tarn Foods Inc."),
    ("Brisa Group announced the sale of its Marlo Dairies Inc. unit to Velora Holdings Ltd. on Friday.",
     "Velora Holdings Ltd.", "Marlo Dairies Inc."),
])
def test_the_buyer_in_a_sale_invests_in_the_firm_sold(tmp_path, text, buyer, sold):
    events = _investments(tmp_path, text)
    assert any({(buyer, "actor"), (sold, "target")} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "Sales of Tarn Foods Inc. products to Velora Holdings Ltd. rose by a tenth last year.",
    "The sale of shares to investors raised $2 billion for Tarn Foods Inc. in May.",
])
def test_sales_of_goods_or_shares_sell_no_firm(tmp_path, text):
    assert not _investments(tmp_path, text)
