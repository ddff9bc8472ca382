"""Round 24; sentences written for these tests.

Charges that someone denies, disputes, or dismisses or rejects "as baseless" are answered, not
brought: no regulatory act of the one answering. An accusation that follows the rebuttal in the
same sentence is that speaker's criticism. A court dismissing charges against someone still acts.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text", [
    "The White House dismissed the charges as baseless on Monday.",
    "The Kremlin rejected the accusations as groundless on Monday.",
    "The Commerce Ministry denied the charges on Friday.",
])
def test_a_rebuttal_is_no_regulatory_act(tmp_path, text):
    assert event_parts(tmp_path, text, "RegulatoryAction") == []


def test_the_accusation_after_a_rebuttal_is_criticism(tmp_path):
    text = "The White House dismissed the charges as baseless and accused Ankara of hostage taking."
    criticism = event_parts(tmp_path, text, "Criticism")
    assert any({("White House", "actor"), ("Turkish government", "target")} <= c for c in criticism), criticism


def test_a_court_dismissing_charges_acts(tmp_path):
    acts = event_parts(tmp_path, "A judge dismissed the charges against Orion Air on Monday.", "RegulatoryAction")
    assert any(("Orion Air", "target") in a for a in acts), acts
