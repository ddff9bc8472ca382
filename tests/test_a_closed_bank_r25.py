"""Round 25; sentences written for these tests.

A bank closed by its regulator: the regulator, and the receiver it appoints, act on the bank; a
bank that assumes another's deposits or assets buys into it. A firm closing its own plant, or a
market closing, is no act of an authority.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, regulator, bank", [
    ("Millbrook Community Bank, Austin, Texas, was closed today by the Texas Department of Banking, which then "
     "named the Federal Deposit Insurance Corporation as receiver.",
     "Texas Department of Banking", "Millbrook Community Bank"),
    ("The Federal Reserve closed Ashgrove Trust Bank on Friday and appointed the FDIC as receiver.",
     "Federal Reserve", "Ashgrove Trust Bank"),
    ("The central bank of Nigeria shut down Kalu Microfinance Bank on Tuesday.",
     "Central Bank of Nigeria", "Kalu Microfinance Bank"),
])
def test_the_regulator_closing_a_bank_acts_on_it(tmp_path, text, regulator, bank):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(regulator, "actor"), (bank, "target")} <= a for a in acts), acts


def test_the_receiver_appointed_acts_too(tmp_path):
    text = ("The Federal Reserve closed Ashgrove Trust Bank on Friday and appointed the Federal Deposit "
            "Insurance Corporation as receiver.")
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any(("Federal Deposit Insurance Corporation", "actor") in a for a in acts), acts


@pytest.mark.parametrize("text", [
    "Tarrow Motors closed its plant in Leeds on Friday.",
    "Stocks closed lower on Monday, and Ashgrove Trust Bank shares fell 2 percent.",
])
def test_a_firm_or_a_market_closing_is_no_regulators_act(tmp_path, text):
    assert not event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, buyer, bank", [
    ("Under the agreement, Westfield National Bank will assume all of the deposits of Millbrook Community Bank.",
     "Westfield National Bank", "Millbrook Community Bank"),
    ("Harlan Savings Bank agreed to acquire most of the assets of Pine Ridge Bank.", "Harlan Savings Bank",
     "Pine Ridge Bank"),
    ("The deposits of Pine Ridge Bank were assumed by Harlan Savings Bank on Saturday.", "Harlan Savings Bank",
     "Pine Ridge Bank"),
])
def test_taking_over_a_banks_deposits_buys_into_it(tmp_path, text, buyer, bank):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(buyer, "actor"), (bank, "target")} <= d for d in deals), deals


def test_a_bank_taking_deposits_from_savers_buys_nothing(tmp_path):
    assert not event_parts(tmp_path, "Harlan Savings Bank took in record deposits from savers last year.", "Investment")
