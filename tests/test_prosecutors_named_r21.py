"""Round 21, from a probe article opened for study; sentences written for these tests.

"prosecutor Jean Marin said ... Prosecutor Marin also said": "prosecutor" is a person's title, so
"Prosecutor Marin" is the prosecutor already named (it was a body of that name); and a charge told
without its actor, in a story that names no prosecuting office, was brought by the prosecutor it
names.
"""

from __future__ import annotations

import pytest
from helpers import entity_types

STORY = ("At a press conference on Monday, prosecutor Jean Marin said the trader had admitted the losses. "
         "The trader, Pierre Roux, was charged on Monday with breach of trust. ")


@pytest.mark.parametrize("text, person", [
    (STORY + "Prosecutor Marin also said the bank had been warned.", "Jean Marin"),
    ("Prosecutor Ana Lopez said the case was strong. Prosecutor Lopez will appeal.", "Ana Lopez"),
    ("Investigating magistrate Marc Dubois opened an inquiry. Magistrate Dubois said it would take a year.",
     "Marc Dubois"),
])
def test_a_prosecutors_title_before_a_surname_names_the_person(nlp, text, person):
    types = entity_types(nlp, text)
    assert types.get(person) == "Person", types
    assert not any(t == "GovernmentBody" for t in types.values()), types


@pytest.mark.parametrize("text, prosecutor, charged", [
    (STORY + "Prosecutor Marin also said the bank had been warned.", "Jean Marin", "Pierre Roux"),
    ("Prosecutor Ana Lopez spoke to reporters in Rome. Paolo Conti was charged with fraud on Friday, "
     "prosecutor Ana Lopez said.", "Ana Lopez", "Paolo Conti"),
])
def test_a_charge_without_an_actor_is_the_prosecutors(read_events, text, prosecutor, charged):
    found = read_events(text)
    assert ("RegulatoryAction", prosecutor, "actor") in found, found
    assert ("RegulatoryAction", charged, "target") in found, found


def test_a_named_office_still_acts(read_events):
    found = read_events("The Securities and Exchange Commission charged Paolo Conti with fraud on Friday. "
                        "Paolo Conti was also charged with forgery, prosecutor Ana Lopez said.")
    assert ("RegulatoryAction", "Securities and Exchange Commission", "actor") in found, found
