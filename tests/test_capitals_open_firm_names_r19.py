"""Round 19, from a probe article opened for study; sentences written for these tests.

"WASHINGTON — NSK Spark Plug Co. Ltd., a parts maker ...": a word in capitals right before a firm's
name that ends in a legal form opens the name. The model had left it out, or tagged it as a name
of its own, so one firm became two; the dateline's town, set off by its dash, stays apart.
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, firm", [
    ("WASHINGTON — NSK Spark Plug Co. Ltd., an automotive parts manufacturer based in Nagoya, Japan, has agreed "
     "to plead guilty.", "NSK Spark Plug Co. Ltd."),
    ("WASHINGTON — MGK Spark Plug Co. Ltd., an automotive parts manufacturer based in Nagoya, Japan, has agreed "
     "to pay a fine.", "MGK Spark Plug Co. Ltd."),
    ("DETROIT — NSK Fuel Hose Co. Ltd., an automotive parts manufacturer based in Osaka, Japan, agreed to pay "
     "a fine.", "NSK Fuel Hose Co. Ltd."),
])
def test_capitals_before_a_firms_name_open_it(nlp, text, firm):
    types = entity_types(nlp, text)
    assert types.get(firm) == "Company", types
    rest = firm.split(" ", 1)[1]
    assert rest not in types and firm.split()[0] not in types, types
