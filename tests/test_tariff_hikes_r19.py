"""Round 19, from a judged audit article; sentences written for these tests.

"imposed tariff hikes on Chinese goods", "tariff increases on Chinese steel": a rise in tariffs is
a tariff measure, with its imposer and the country whose goods it hits.
"""

from __future__ import annotations

import pytest

LEAD = "Markets rose.\nChina and the United States are talking. "


@pytest.mark.parametrize("text, imposer", [
    ("President Ada Lind imposed tariff hikes on Chinese goods last year.", "Ada Lind"),
    ("The European Union imposed tariff increases on Chinese steel in May.", "European Union"),
    ("The United States announced tariff hikes on Chinese solar panels on Monday.", "United States"),
])
def test_a_rise_in_tariffs_is_a_trade_measure(read_events, text, imposer):
    found = read_events(LEAD + text)
    assert ("TradeConflict", imposer, "actor") in found, found
    assert ("TradeConflict", "China", "target") in found, found
