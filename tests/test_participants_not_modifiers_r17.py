"""Names that only qualify, and acts that are not asserted, are no participants, round 17. Found
by judging kg's events on fresh unannotated articles; sentences written for these tests, every
firm and person invented.

- "a longtime Corvel employee", "two Brask Capital traders": the people are charged, not the firm
  they work for (a name beside them says who: "a Corvel trader, Ada Lind,").
- "X's Director of Operations Ada Lind": the director is charged, not X.
- "in order to hide X's losses": a purpose, not an order against X.
- "We are in no way targeting X": a denial, no action against X.
- "Despite resolutions imposing sanctions, X continues ...": the resolutions impose them; X, the
  subject of the main clause, does not.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, firm", [
    ("The Securities and Exchange Commission today charged a longtime Corvel Bank employee with fraud.",
     "Corvel Bank"),
    ("Federal prosecutors on Monday indicted two Brask Capital traders for rigging bids.", "Brask Capital"),
    ("The regulator fined three Halvard Shipping accountants over the false accounts.", "Halvard Shipping"),
])
def test_the_firm_of_the_people_charged_is_not_charged(read_events, text, firm):
    found = read_events(text)
    assert ("RegulatoryAction", firm, "target") not in found, found


def test_a_name_beside_the_staff_noun_is_the_one_charged(read_events):
    found = read_events("The Securities and Exchange Commission on Monday charged a Corvel Bank trader, "
                        "Ada Lind, with insider trading.")
    assert ("RegulatoryAction", "Ada Lind", "target") in found, found
    assert ("RegulatoryAction", "Corvel Bank", "target") not in found, found


@pytest.mark.parametrize("text, firm, person", [
    ("The SEC previously charged Corvel's Director of Operations Ada Lind with falsifying records.",
     "Corvel", "Ada Lind"),
    ("Prosecutors also charged Halvard Shipping's Chief Financial Officer Tomas Reiner with fraud.",
     "Halvard Shipping", "Tomas Reiner"),
    ("The Securities and Exchange Commission last year sued Brask Capital's Head of Trading Ines Varga.",
     "Brask Capital", "Ines Varga"),
])
def test_the_firm_whose_officer_is_charged_is_not_charged(read_events, text, firm, person):
    found = read_events(text)
    assert ("RegulatoryAction", firm, "target") not in found, found


@pytest.mark.parametrize("text, name", [
    ("Ada Lind shredded the files in order to hide Corvel Bank's losses from auditors.", "Corvel Bank"),
    ("The traders booked fake sales in order to inflate Brask Capital's revenue.", "Brask Capital"),
    ("Managers moved the money offshore in order that Halvard Shipping's debts stayed hidden.", "Halvard Shipping"),
])
def test_in_order_to_is_a_purpose_not_an_order(read_events, text, name):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" and who == name for kind, who, _ in found), found


@pytest.mark.parametrize("text, country", [
    ("We are in no way targeting Norway with these measures, the Treasury secretary said.", "Norway"),
    ("The Commerce Department is by no means penalizing Chile for the dispute, an official said.", "Chile"),
    ("The Treasury said it was in no way sanctioning Peru with the new rules.", "Peru"),
])
def test_an_act_denied_in_no_way_is_no_event(read_events, text, country):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" and who == country for kind, who, _ in found), found


@pytest.mark.parametrize("text, bystander", [
    ("Despite several United Nations resolutions imposing sanctions, the government of North Korea "
     "continues to evade them.", "North Korea"),
    ("Despite a European Union law banning the imports, Norway keeps buying the parts.", "Norway"),
    ("Despite court orders freezing its assets, Brask Capital kept trading in London.", "Brask Capital"),
])
def test_the_doer_of_a_participle_on_a_noun_is_the_noun(read_events, text, bystander):
    found = read_events(text)
    assert not any(who is not None and bystander in who and role == "actor" for kind, who, role in found
                   if kind == "RegulatoryAction"), found
