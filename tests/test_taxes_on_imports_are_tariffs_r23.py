"""Round 23; sentences written for these tests.

A tax laid on goods brought in is a tariff by another name (plain-English news writes "taxes on
imports" for tariffs): "ordered new taxes on imports of steel", "import taxes on cars from X",
"raised taxes on imported steel from X". Taxes on income or on cigarettes are no trade measure.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _trade(tmp_path, text):
    return event_parts(tmp_path, text, "TradeConflict")


@pytest.mark.parametrize("text, imposer, target", [
    ("President Bush ordered new taxes on imports of steel in March.", "Bush", None),
    ("Canada imposed import taxes on cars from Mexico.", "Canada", "Mexico"),
    ("Canada raised taxes on imported steel from Mexico last year.", "Canada", "Mexico"),
])
def test_a_tax_on_imports_is_a_tariff(tmp_path, text, imposer, target):
    events = _trade(tmp_path, text)
    want = {(imposer, "actor")} | ({(target, "target")} if target else set())
    assert any(want <= e for e in events), events


@pytest.mark.parametrize("text", [
    "Canada raised taxes on cigarettes last year.",
    "Canada cut income taxes for families in March.",
])
def test_other_taxes_are_no_trade_measure(tmp_path, text):
    assert not _trade(tmp_path, text)
