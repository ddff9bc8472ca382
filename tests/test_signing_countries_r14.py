"""The countries bound by an agreement their leaders sign, round 14.

A signing (Other, the signers act) binds the country of a signer the sentence names only by
nationality or by possessive ("the Chinese leader", "EU and Japanese leaders", "Peru's prime
minister": China, Japan, Peru act), and the country a named signer serves when the article gives
the signer exactly one government office ("Brazilian President X met Mexican President Y ...
X and Y signed investment agreements": Brazil and Mexico act). Not a petition signed by a
country's farmers, a delegation that walks out, nor a signing only said to come.

Sentences and names written for these tests (fictional people; countries by name).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("Trade between China and Peru has grown fast. On Friday President Daniel Marsh and the Chinese "
     "leader finally signed the fisheries accord.", "China"),
    ("Exports from Japan to the EU will rise. Last week EU and Japanese leaders formally signed "
     "the customs pact.", "Japan"),
    ("Chile and Peru have long quarrelled over fishing. The Chilean president and Peru's prime "
     "minister signed the accord in Lima.", "Peru"),
    ("Chile and Peru have long quarrelled over fishing. The Chilean president and Peru's prime "
     "minister signed the accord in Lima.", "Chile"),
    ("Brazilian President Ana Sousa met Mexican President Daniel Marsh in Mexico City. On Tuesday, "
     "Sousa and Marsh signed investment agreements.", "Mexico"),
    ("Brazilian President Ana Sousa met Mexican President Daniel Marsh in Mexico City. On Tuesday, "
     "Sousa and Marsh signed investment agreements.", "Brazil"),
])
def test_signing_country(read_events, text, country):
    assert ("Other", country, "actor") in read_events(text)


@pytest.mark.parametrize("text, country", [
    ("Chile and Peru have long quarrelled over fishing. The Chilean delegation walked out before "
     "the accord was signed.", "Chile"),
    ("Chile and Peru have long quarrelled over fishing. Chilean farmers signed a petition against "
     "the accord.", "Chile"),
    ("Chile and Peru have long quarrelled over fishing. Chilean President Ana Sousa said Peru's prime "
     "minister would sign the accord.", "Peru"),
])
def test_no_signing_country(read_events, text, country):
    assert ("Other", country, "actor") not in read_events(text)
