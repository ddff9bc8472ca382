"""Round 25; sentences written for these tests.

"The State of X" or "the Commonwealth of X" named among those a firm settles with is that state's
government acting, as an agency beside it does; customers in a state are no party.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, state, firm", [
    ("Orlan Chemicals Inc. reached a settlement with the State of Ohio on Monday.", "State of Ohio",
     "Orlan Chemicals Inc."),
    ("Orlan Chemicals Inc. agreed to a settlement with the Commonwealth of Virginia and the Department of Justice.",
     "Commonwealth of Virginia", "Orlan Chemicals Inc."),
    ("Brisco Builders Inc. reached a civil settlement with the Environmental Protection Agency and the State "
     "of Michigan last week.", "State of Michigan", "Brisco Builders Inc."),
])
def test_the_state_settled_with_acts(tmp_path, text, state, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any((state, "actor") in a for a in acts), acts
    assert not any((state, "target") in a for a in acts), acts


def test_customers_in_a_state_are_no_party(tmp_path):
    text = "Orlan Chemicals Inc. agreed to a settlement with customers in the State of Ohio."
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert not any(("State of Ohio", "actor") in a for a in acts), acts
