"""A lender handing a sum to a state is lending to it however the giving is worded ("granted X a
loan", "gave 400 million euros to X", "provided X with $1 billion"); a sum the object only measures
is no loan (kg.extract.events._lending, _gives_a_sum). A regulator refusing a firm's proposal or
applications withholds approval from the firm (kg.extract.events._regulatory)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, lender, state", [
    ("The World Bank granted Malawi a loan of $80 million.", "World Bank", "Malawi"),
    ("The European Commission gave 400 million euros to Portugal.", "European Commission", "Portugal"),
    ("The International Monetary Fund provided Zambia with $1.3 billion.", "International Monetary Fund", "Zambia"),
    ("The Asian Development Bank disbursed $250 million to Sri Lanka.", "Asian Development Bank", "Sri Lanka"),
])
def test_a_sum_handed_to_a_state_is_a_loan(tmp_path, text, lender, state):
    assert {(lender, "actor"), (state, "target")} in event_parts(tmp_path, text, "Investment")


@pytest.mark.parametrize("text", [
    "The ruling gives Canada approval to tax $2 billion of imports.",  # the sum measures what is taxed
    "Apple gave $2 million to charity.",  # no state receives it
])
def test_a_sum_not_handed_to_a_state_is_no_loan(tmp_path, text):
    assert event_parts(tmp_path, text, "Investment") == []


@pytest.mark.parametrize("text, regulator, firm", [
    ("The Federal Energy Regulatory Commission rejected a proposal by Vantage Pipeline Co. to raise its tariffs.",
     "Federal Energy Regulatory Commission", "Vantage Pipeline Co."),
    ("The Federal Reserve rejected applications from Harbor Bancorp Inc. to buy two branches.",
     "Federal Reserve", "Harbor Bancorp Inc."),
    ("The Federal Communications Commission denied requests by Skyline Media LLC to renew three licenses.",
     "Federal Communications Commission", "Skyline Media LLC"),
])
def test_a_regulator_refusing_a_firms_proposal_acts_on_the_firm(tmp_path, text, regulator, firm):
    assert any({(regulator, "actor"), (firm, "target")} <= parts for parts in event_parts(tmp_path, text, "RegulatoryAction"))
