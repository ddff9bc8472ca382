"""A settlement an authority accepted, reached or approved with named parties, told in a relative
clause ("the settlements the Commission accepted with X and Y"), is its action against them: the
clause's subject acts, the "with" phrase names who is bound (kg.extract.events, SETTLING_VERBS)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, authority, parties", [
    ("The civil penalties follow the settlements the Federal Energy Regulatory Commission accepted with "
     "Orvan Power and Delta Grid Corp.", "Federal Energy Regulatory Commission", ("Orvan Power", "Delta Grid Corp.")),
    ("The settlement the SEC reached with Brisa Bank last week requires a $5 million payment.",
     "Securities and Exchange Commission", ("Brisa Bank",)),
    ("Under the settlements the Commodity Futures Trading Commission approved with Kelbor Trading and Zenor "
     "Markets, both firms paid fines.", "Commodity Futures Trading Commission", ("Kelbor Trading", "Zenor Markets")),
])
def test_a_settlement_an_authority_accepted_with_parties_binds_them(tmp_path, text, authority, parties):
    want = {(authority, "actor")} | {(p, "target") for p in parties}
    assert any(want <= p for p in event_parts(tmp_path, text, "RegulatoryAction"))


def test_a_settlement_between_firms_is_no_regulatory_action(tmp_path):
    text = "The settlement that Halvex Energy reached with Orvan Power last week ended their dispute."
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
