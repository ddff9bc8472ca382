"""A firm going under in other words than "filed for bankruptcy": "went bankrupt", "was declared
insolvent", "filed for Chapter 11", "sought Chapter 11 protection" (Other, the firm acting); a
state ("is bankrupt") or a possibility ("could go bankrupt") is no event
(kg.extract.events FAILED_WORDS and the chapter reading)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Kestrel Motors Co. went bankrupt in May after two years of losses.", "Kestrel Motors Co."),
    ("Tarnwell Foods Inc. was declared insolvent by a court in Ohio.", "Tarnwell Foods Inc."),
    ("Corvex Labs Inc. filed for Chapter 11 on Monday.", "Corvex Labs Inc."),
    ("Halden Shipping Ltd. sought Chapter 11 protection last week.", "Halden Shipping Ltd."),
])
def test_a_firm_going_under_is_its_act(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "Other")


@pytest.mark.parametrize("text", [
    "Kestrel Motors Co. is bankrupt in all but name, critics say.",
    "Kestrel Motors Co. could go bankrupt next year, analysts warned.",
])
def test_a_state_or_a_possibility_is_no_failure(tmp_path, text):
    assert event_parts(tmp_path, text, "Other") == []
