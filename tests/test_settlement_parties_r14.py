"""Who enforces in a settlement, round 14 (kg.extract.events._learned, SETTLEMENT_LEMMAS).

A settlement is made between an enforcing body and the party that settles ("in a settlement with
state regulators, X agreed to upgrade its plants"); the learned role reader cannot tell the two
apart and took the settling party, or a body named elsewhere in the sentence, for the enforcer.
Its actor on a settlement is dropped; the patterns still read the enforcer where the sentence
gives it ("the agency reached a settlement with X", "X settled charges with the agency").

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, party", [
    ("In a settlement with state regulators, the Norvale Water Authority agreed to upgrade its plants.",
     "Norvale Water Authority"),
    ("In a settlement with federal prosecutors, the Tarrow Port Authority agreed to pay $4 million.",
     "Tarrow Port Authority"),
    ("As part of a settlement with county officials, the Brennick Harbor Authority agreed to dredge "
     "the old canal.", "Brennick Harbor Authority"),
])
def test_the_settling_party_is_no_enforcer(read_events, text, party):
    assert ("RegulatoryAction", party, "actor") not in read_events(text)


@pytest.mark.parametrize("text, body, party", [
    ("The Justice Department reached a settlement with Brinmoor Corp. over claims that it overbilled "
     "the Navy and the Coast Guard.", "U.S. Department of Justice", "Brinmoor Corp."),
    ("The Federal Trade Commission announced a settlement with Dunmore Labs over deceptive ads.",
     "Federal Trade Commission", "Dunmore Labs"),
    ("Halvern Bank settled charges with the Consumer Financial Protection Bureau on Monday.",
     "Consumer Financial Protection Bureau", "Halvern Bank"),
])
def test_the_enforcer_of_a_settlement_is_still_read(read_events, text, body, party):
    got = read_events(text)
    assert ("RegulatoryAction", body, "actor") in got
    assert ("RegulatoryAction", party, "target") in got
