"""A firm "based" in a place written "City, State" (round 9, recall).

Press releases place a firm as "a Dayton, Ohio-based lender" or "Dayton, Ohio-based Tarn". As with
"Tarn, based in Dayton, Ohio", the firm is in the town and the town in the state; the rules used to
read only the state. Phrasings are written for these tests (invented names); the near-misses: a
single place before "-based" keeps reading as before, and a country before the town ("In Japan,
Osaka-based Tarn") is no "City, State".
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Quillon Brokerage", "Company"), ("Marlow", "Place"), ("Oklahoma", "Place"), ("Halden", "Place"),
        ("Vermont", "Place"), ("Osaka", "Place"), ("Japan", "Place"), ("Market Conduct Authority", "GovernmentBody")]

FIRM = "quillon-brokerage"


@pytest.mark.parametrize("text, town, state", [
    ("Marlow, Oklahoma-based refiner Quillon Brokerage will close two plants.", "marlow", "oklahoma"),
    ("The complaint names Halden, Vermont-based Quillon Brokerage and two of its owners.", "halden", "vermont"),
    ("Quillon Brokerage, a Halden, Vermont-based wholesaler, denied the claims.", "halden", "vermont"),
    ("Regulators fined Marlow, Oklahoma-headquartered lender Quillon Brokerage on Friday.",
     "marlow", "oklahoma"),
])
def test_a_firm_based_in_a_town_of_a_state_is_in_the_town(nlp, text, town, state):
    rels = relations(nlp, text, CAST)
    assert (FIRM, "locatedIn", town) in rels, text
    assert (town, "locatedIn", state) in rels, text


def test_before_the_name_the_state_is_left_to_the_town(nlp):
    rels = relations(nlp, "Marlow, Oklahoma-based refiner Quillon Brokerage will close two plants.", CAST)
    assert (FIRM, "locatedIn", "oklahoma") not in rels


@pytest.mark.parametrize("text", [
    "Osaka-based Quillon Brokerage cut 300 jobs.",
    "In Japan, Osaka-based Quillon Brokerage cut 300 jobs.",
])
def test_one_place_before_based_is_the_firms_place(nlp, text):
    rels = relations(nlp, text, CAST)
    assert (FIRM, "locatedIn", "osaka") in rels
    assert ("japan", "locatedIn", "osaka") not in rels
    assert ("osaka", "locatedIn", "japan") not in rels or "In Japan" not in text
