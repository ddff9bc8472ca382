"""Round 24; sentences written for these tests.

A merger told "between X and Y" is an Investment of the two firms, the
one named first joining the other to it, with no verb of buying in the sentence.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, first, second", [
    ("A planned merger between Northwind Bank and Southgate Financial would create the largest lender in Ohio.",
     "Northwind Bank", "Southgate Financial"),
    ("The merger between Alder Bank and Birch Financial was completed on Monday.", "Alder Bank", "Birch Financial"),
    ("Analysts expect a merger between Tarvo Group and Kestrel Mining Ltd. next year.",
     "Tarvo Group", "Kestrel Mining Ltd."),
])
def test_a_merger_between_two_firms_joins_them(tmp_path, text, first, second):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({(first, "actor"), (second, "target")} <= d for d in deals), deals


def test_talks_between_firms_are_no_merger(tmp_path):
    text = "Talks between Alder Bank and Birch Financial on a shared cash-machine network began on Monday."
    assert event_parts(tmp_path, text, "Investment") == []
