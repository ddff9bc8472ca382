"""A name the model read as a firm or a place is a person's when its surname comes back alone as
someone who speaks or is taken up as "he" or "she" ("Maekawa admitted he ...", "Kuwabara said he
..."). People are named again by their last word, firms by their first and taken up as "it".
Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("The resignation of Hiroto Maekawa, a prot\u00e9g\u00e9 of the former chairman, would mark an upheaval. "
     "Maekawa admitted last week he was overpaid.", "Hiroto Maekawa"),
    ("The departure of Ryota Kuwabara leaves the carmaker without a chief. Kuwabara said he would stay "
     "until June.", "Ryota Kuwabara"),
    ("Voters rejected Tomasz Wielgosz in the run-off. Wielgosz conceded that he had lost.", "Tomasz Wielgosz"),
])
def test_a_surname_that_speaks_or_is_he_makes_a_person(nlp, text, person):
    found = entity_types(nlp, text)
    assert found.get(person) == "Person", found
    assert not any(t != "Person" for name, t in found.items() if name.split()[-1] == person.split()[-1])


@pytest.mark.parametrize("text, name, kind", [
    ("Shares of Kelvo Shipping rose. Kelvo said it would buy ships.", "Kelvo Shipping", "Company"),
    ("Exports from Puerto Lindo rose. Lindo said trade was brisk.", "Puerto Lindo", "Place"),
    ("Fines hit Delmar Freight on Monday. Freight said it would appeal.", "Delmar Freight", "Company"),
])
def test_firms_and_places_named_again_stay(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, person", [
    ("Tokyo's governor resigned on Thursday. Kenta Morioka said he was sorry.", "Kenta Morioka"),
    ("Prices rose. Kenta Morioka told reporters he was worried.", "Kenta Morioka"),
    ("Shares slid. Tomasz Wielgosz said he expected a recovery.", "Tomasz Wielgosz"),
])
def test_a_whole_name_that_speaks_of_himself_or_herself_is_a_person(nlp, text, person):
    assert entity_types(nlp, text).get(person) == "Person"


@pytest.mark.parametrize("text, firm", [
    ("Kelvo Holdings said he would step down.", "Kelvo Holdings"),
    ("Dantry Mills said its chief would leave.", "Dantry Mills"),
])
def test_a_firm_that_speaks_of_someone_stays_a_firm(nlp, text, firm):
    assert entity_types(nlp, text).get(firm) == "Company"
