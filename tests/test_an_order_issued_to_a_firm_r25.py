"""Round 25; sentences written for these tests.

An authority issuing an order to a firm acts on it: "the FDIC issued a consent order to X", "the
Federal Reserve issued a cease-and-desist order to X". A statement or rules issued to reporters or
to an unnamed group bind no one named.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, authority, firm", [
    ("The FDIC issued a consent order to Harbor Trust Bank in March.", "Federal Deposit Insurance Corporation",
     "Harbor Trust Bank"),
    ("The Federal Reserve issued a cease-and-desist order to Norvik Bank on Tuesday.", "Federal Reserve",
     "Norvik Bank"),
    ("The Office of the Comptroller of the Currency issued a formal order to Pinecrest National Bank last week.",
     "Office of the Comptroller of the Currency", "Pinecrest National Bank"),
])
def test_the_authority_acts_on_the_firm_ordered(tmp_path, text, authority, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(authority, "actor"), (firm, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text", [
    "The agency issued a statement to reporters on Monday.",
    "The ministry issued new rules to banks on Friday.",
])
def test_nothing_issued_to_someone_named_is_no_act(tmp_path, text):
    assert not any(any(r == "target" for _, r in a) for a in event_parts(tmp_path, text, "RegulatoryAction"))
