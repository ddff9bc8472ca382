"""An act its clause does not assert is no event: a deal only possible, declined or a condition,
a penalty denied, asked about or a condition. The acts themselves, stated or agreed, still are
(and an act expected or planned stays an event still to come, as other tests say).

Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Ostara Bank might invest $2 billion in Halden Motors.", "Investment"),
    ("Halden Motors could acquire Corvo Electronics next year.", "Investment"),
    ("Ostara Bank declined to invest in Kelvix Bank.", "Investment"),
    ("The regulator denied that it had fined Kelvix Bank.", "RegulatoryAction"),
    ("Did the regulator probe Kelvix Bank last year?", "RegulatoryAction"),
    ("If Halden Motors buys Corvo Electronics, prices will rise.", "Investment"),
    ("Unless the regulator fines Kelvix Bank, the practice will spread.", "RegulatoryAction"),
    ("If the agency sues Kelvix Bank, the case could take years.", "RegulatoryAction"),
])
def test_an_act_not_asserted_is_no_event(read_events, text, kind):
    assert not any(k == kind for k, _, _ in read_events(text))


@pytest.mark.parametrize("text, kind, party", [
    ("Ostara Bank invested $2 billion in Halden Motors.", "Investment", "Halden Motors"),
    ("The regulator fined Kelvix Bank on Monday.", "RegulatoryAction", "Kelvix Bank"),
    ("Halden Motors agreed to buy Corvo Electronics.", "Investment", "Corvo Electronics"),
    ("The court rejected an appeal of the fine imposed on Kelvix Bank by the regulator.", "RegulatoryAction",
     "Kelvix Bank"),
])
def test_the_act_stated_is_an_event(read_events, text, kind, party):
    assert any(k == kind and name == party for k, name, _ in read_events(text))
