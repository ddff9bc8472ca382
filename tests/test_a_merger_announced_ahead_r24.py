"""Round 24; sentences written for these tests.

A firm that will combine, is set to combine or said it would combine with another announces a
merger (an Investment, as "will buy" is); one that may combine, or did not, announces none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text", [
    "Alder Bank will combine with Birch Financial next year.",
    "Alder Bank is set to combine with Birch Financial.",
    "Alder Bank said it would combine with Birch Financial.",
])
def test_a_merger_announced_ahead_is_an_investment(tmp_path, text):
    deals = event_parts(tmp_path, text, "Investment")
    assert any({("Alder Bank", "actor"), ("Birch Financial", "target")} <= d for d in deals), deals


@pytest.mark.parametrize("text", [
    "Alder Bank may combine with Birch Financial.",
    "Alder Bank did not combine with Birch Financial.",
])
def test_a_merger_only_possible_or_denied_is_none(tmp_path, text):
    assert event_parts(tmp_path, text, "Investment") == []
