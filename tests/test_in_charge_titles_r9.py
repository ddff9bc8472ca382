"""Titles of U.S. law-enforcement offices that end "in Charge" ("Special Agent in Charge",
"Inspector in Charge"): the name after them is the holder's, without "Charge", whoever found
it, and the agencies these releases name are government bodies. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("\"The scheme was brazen,\" said Special Agent in Charge Omar Reyes of the FBI's Denver Field Office.",
     "Omar Reyes"),
    ("\"We will find them,\" said Inspector in Charge Lena Hart of the U.S. Postal Inspection Service.",
     "Lena Hart"),
    ("\"No one is above the law,\" said Assistant Special Agent in Charge Tomas Quill of the Secret Service.",
     "Tomas Quill"),
])
def test_the_holder_of_an_in_charge_title_is_named_without_charge(nlp, text, person):
    found = entity_types(nlp, text)
    assert found.get(person) == "Person", found
    assert not any(name.startswith("Charge") for name in found), found


@pytest.mark.parametrize("text, agency", [
    ("Inspectors of the U.S. Postal Inspection Service traced the parcels.", "U.S. Postal Inspection Service"),
    ("The case was investigated by IRS Criminal Investigation and the FBI.", "IRS Criminal Investigation"),
    ("Agents of Homeland Security Investigations seized the shipment.", "Homeland Security Investigations"),
])
def test_law_enforcement_agencies_are_government_bodies(nlp, text, agency):
    assert entity_types(nlp, text).get(agency) == "GovernmentBody", entity_types(nlp, text)
