"""Round 25; sentences written for these tests.

A party ending its own agreement, contract or partnership with another is an Other event: the
one ending it acts, the other is the target. A deal ended by nobody named, a strike ended, or an
end only possible is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actor, target", [
    ("Orvex Foods Inc. terminated its supply contract with Brandt Logistics on Monday.", "Orvex Foods Inc.",
     "Brandt Logistics"),
    ("Adidas scrapped its partnership with Kanye West in October.", "Adidas", "Kanye West"),
    ("Toyota ended its sponsorship agreement with the International Olympic Committee last year.", "Toyota",
     "International Olympic Committee"),
])
def test_the_party_ending_it_acts(tmp_path, text, actor, target):
    acts = event_parts(tmp_path, text, "Other")
    assert any({(actor, "actor"), (target, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text", [
    "Orvex Foods Inc. may end its contract with Brandt Logistics.",
    "The union ended its strike at Orvex Foods Inc. on Monday.",
])
def test_no_pact_ended(tmp_path, text):
    assert not any(any(r == "target" for _, r in a) for a in event_parts(tmp_path, text, "Other"))
