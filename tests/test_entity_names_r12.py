"""Names that are not what their words suggest, and well-known firms the model misreads.

- A federal unit written with "State" ("Oyo State", "Lara State") is a place, whatever the
  sentence around it; a movement or a school named "X State" is not.
- A policy measure written capitalised ("the Cash Reserve Ratio") and a ceremony's oath ("the Oath
  of Office") name no actor.
- An armed force named in the singular ("the National Armed Force") is a state body, as the
  plural is.
- Large firms known by name, among them those whose name ends in a possessive ("Kohl's"), which
  the model reads as a person's surname.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer
from helpers import entity_types


@pytest.mark.parametrize("text, place", [
    ("Ade Oyelowo, a former governor of southwest Oyo State, won two million votes.", "Oyo State"),
    ("Unrest spread to Kano State on Monday, the police said.", "Kano State"),
    ("The Governor of Lara State, Pedro Luis Mora, was named in the order.", "Lara State"),
    ("Turnout in Delta State was the lowest in a decade.", "Delta State"),
])
def test_a_state_is_a_place(nlp, text, place):
    assert entity_types(nlp, text).get(place) == "Place"


@pytest.mark.parametrize("text, name", [
    ("Islamic State claimed the attack near the border.", "Islamic State"),
    ("The Secretary of State, Mara Lin, met the envoy on Friday.", "Mara Lin"),
])
def test_not_every_state_is_a_place(nlp, text, name):
    assert entity_types(nlp, text).get(name) not in (None, "Place")


@pytest.mark.parametrize("text, measure", [
    ("The bank kept its Statutory Liquidity Ratio (SLR) unchanged at 18 per cent.", "Statutory Liquidity Ratio"),
    ("It left the Cash Reserve Ratio at 4 per cent and cut the repo rate.", "Cash Reserve Ratio"),
    ("Lenders must raise their Capital Adequacy Ratio to 12 percent by June.", "Capital Adequacy Ratio"),
    ("Judge Amina Bello administered the Oath of Office to the new governor.", "Oath of Office"),
    ("He swore the Oath of Allegiance before the Chief Justice, Ruth Adeyemi.", "Oath of Allegiance"),
])
def test_measures_and_oaths_name_no_actor(nlp, text, measure):
    assert measure not in entity_types(nlp, text)


def test_the_judge_stays_beside_the_oath(nlp):
    assert entity_types(nlp, "Judge Amina Bello administered the Oath of Office to the new governor.").get(
        "Amina Bello") == "Person"


@pytest.mark.parametrize("form", ["Lowe's", "Kohl's", "Merrill Lynch", "Petrobras", "PDVSA", "Pemex", "Lehman Brothers",
                                  "ArcelorMittal", "Ryanair", "Eskom"])
def test_large_firms_are_known(form):
    entry = load_gazetteer().lookup(form)
    assert entry is not None and entry.type == "Company"


@pytest.mark.parametrize("text, firm", [
    ("Sales at Walgreens, Kohl's and Lowe's fell in May.", "Lowe's"),
    ("Shares of Lowe's rose 2 percent after the home-improvement chain beat forecasts.", "Lowe's"),
    ("Prosecutors widened their inquiry into contracts at Petrobras last year.", "Petrobras"),
    ("Shares of Merrill Lynch fell 3 percent in early trading.", "Merrill Lynch"),
])
def test_large_firms_in_a_sentence(nlp, text, firm):
    # a possessive name is found without its "'s" here; the graph gives it the gazetteer's label
    found = entity_types(nlp, text)
    assert found.get(firm, found.get(firm.removesuffix("'s"))) == "Company", found


def test_the_fed_committee_by_its_short_name(nlp):
    text = "Rising wages will put pressure on the Open Market Committee to raise rates."
    assert entity_types(nlp, text).get("Open Market Committee") == "GovernmentBody"
    assert load_gazetteer().lookup("Open Market Committee").label == "Federal Open Market Committee"


@pytest.mark.parametrize("text, force", [
    ("He commands a unit of the National Armed Force.", "National Armed Force"),
    ("The Bolivarian National Armed Force blocked the road.", "Bolivarian National Armed Force"),
    ("Troops of the Zamarian Armed Force crossed the river.", "Zamarian Armed Force"),
])
def test_an_armed_force_in_the_singular_is_a_state_body(nlp, text, force):
    assert entity_types(nlp, text).get(force) == "GovernmentBody"
