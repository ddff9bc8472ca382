"""Round 19, from a probe article opened for study; sentences written for these tests.

"Today's actions were instituted against A and B", "proceedings were instituted against X": an
enforcement noun made the subject of a passive light verb ("instituted", "initiated", "brought")
names its targets in the "against" phrase hung on the verb, as it does after an active one
("brought a case against X").
"""

from __future__ import annotations

import pytest

LEAD = "SEC Charges Brokers\nThe Securities and Exchange Commission announced the charges on Thursday.\n"


@pytest.mark.parametrize("text, targets", [
    ("Today's actions were instituted against Ada Lind, a broker, and Tom Varga, her supervisor.",
     {"Ada Lind", "Tom Varga"}),
    ("Administrative proceedings were instituted against Tarn Capital LLC.", {"Tarn Capital LLC"}),
    ("Civil proceedings were initiated against Brask Securities Inc. and Feld Markets LLC.",
     {"Brask Securities Inc.", "Feld Markets LLC"}),
])
def test_an_act_instituted_against_names_its_targets(read_events, text, targets):
    found = read_events(LEAD + text)
    assert {("RegulatoryAction", t, "target") for t in targets} <= found, found
