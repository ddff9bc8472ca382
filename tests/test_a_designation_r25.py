"""Round 25; sentences written for these tests.

An authority's designation of a person or firm (the sanctions word) acts on them, as "designated"
does: "announcing the designation of X", "Treasury's designation of X", "today's designation of
X by the Treasury Department". A designation with no authority ("the designation of X as a park")
is no act.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, authorities, target", [
    ("Canada and Japan announced the designation of Ivan Petrov on Friday.", {"Canada", "Japan"}, "Ivan Petrov"),
    ("Today's designation of Orvex Trading LLC by the Treasury Department follows a long investigation.",
     {"U.S. Department of the Treasury"}, "Orvex Trading LLC"),
    ("The State Department's designation of Halvard Shipping Co. targets its role in the oil trade.",
     {"U.S. Department of State"}, "Halvard Shipping Co."),
])
def test_the_authority_acts_on_the_designated(tmp_path, text, authorities, target):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(a, "actor") for a in authorities} | {(target, "target")} <= e for e in acts), acts


def test_a_designation_by_nobody_is_no_act(tmp_path):
    text = "The designation of the Grand Canyon as a national park came in 1919."
    assert not event_parts(tmp_path, text, "RegulatoryAction")
