"""The U.S. commodity exchanges named "Board of Trade" (Chicago, Kansas City, New York) and the
big mercantile and metal exchanges are exchanges in the gazetteer (kg:StockExchange, an
organisation), not government boards; a bare "Board of Trade" is left to the typing rules."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, name", [
    ("Wheat futures on the Chicago Board of Trade rose for a third day.", "Chicago Board of Trade"),
    ("The Kansas City Board of Trade halted trading in hard red winter wheat.", "Kansas City Board of Trade"),
    ("Cocoa contracts are cleared by the New York Board of Trade, the exchange said.", "New York Board of Trade"),
    ("Crude oil for May delivery fell on the New York Mercantile Exchange.", "New York Mercantile Exchange"),
])
def test_a_commodity_exchange_is_an_organisation(tmp_path, text, name):
    assert article_entity_types(tmp_path, text).get(name) == "Organization"


def test_a_bare_board_of_trade_is_not_taken_for_an_exchange(tmp_path):
    types = article_entity_types(tmp_path, "The Board of Trade said exports rose, British officials reported.")
    assert types.get("Board of Trade") == "GovernmentBody", types
