"""Firms whose names hold a place, round 16 (kg.extract.aliases._local_short_forms,
kg.extract.candidates._regional_units).

- A short form an article defines in parentheses that is the first word of the firm's name ("Zurich
  Gadget Corp. (Zurich)") names the firm in that article, not the city the gazetteer knows: the firm
  was lost and the city made the target of the action against it.
- A firm's regional unit with its legal form after it ("Orsk Electronics America Inc.") is one
  firm; the region was split off as a place.
Every firm is invented.
"""

from __future__ import annotations

import pytest
from test_entity_typing_constructions import entities


def _entities(nlp, text):
    return {(e.name, e.type) for e in entities(nlp, text)}


@pytest.mark.parametrize("text, firm, place", [
    ("On Monday, the SEC charged Berlin Capital Partners LLC (Berlin) with fraud. Berlin misled clients.",
     "Berlin Capital Partners LLC", "Berlin"),
    ("The CFTC fined Dallas Grain Traders Inc. (Dallas) $3 million on Monday. Dallas agreed to pay.",
     "Dallas Grain Traders Inc.", "Dallas"),
    ("The FTC sued Zurich Gadget Corp. (Zurich) on Monday. Zurich sold unsafe chargers.",
     "Zurich Gadget Corp.", "Zurich"),
    ("Madrid Holdings SA (Madrid) agreed on Monday to pay a fine to the SEC.", "Madrid Holdings SA", "Madrid"),
])
def test_a_defined_short_form_that_is_a_city_names_the_firm(nlp, text, firm, place):
    found = _entities(nlp, text)
    assert (firm, "Company") in found
    assert (place, "Place") not in found


def test_a_city_named_on_its_own_stays_a_place(nlp):
    assert ("Berlin", "Place") in _entities(nlp, "Officials in Berlin met bankers from Paris on Monday.")


@pytest.mark.parametrize("text, firm, place", [
    ("Regulators fined Orsk Electronics America Inc. on Monday.", "Orsk Electronics America", "America"),
    ("Brask Motor Asia Co. recalled 40,000 cars on Monday.", "Brask Motor Asia", "Asia"),
    ("Velka Pharma Europe Ltd. was fined on Monday.", "Velka Pharma Europe", "Europe"),
])
def test_a_regional_unit_with_its_legal_form_is_one_firm(nlp, text, firm, place):
    found = _entities(nlp, text)
    assert any(name.startswith(firm) and t == "Company" for name, t in found)
    assert (place, "Place") not in found


def test_a_place_after_a_firm_and_a_verb_stays_a_place(nlp):
    assert ("America", "Place") in _entities(nlp, "Orsk Bank fined clients in America on Monday.")
