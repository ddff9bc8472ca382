"""Officials' titles as enforcement press releases write them: "Special Agent in Charge X of the
FBI's Y Field Office", "U.S. Attorney X for the Z District", "X, Director of the SEC's W Office".
A local office is the body that owns it, so the post is held in the body. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.models import Article


def positions(nlp, text):
    """(person, organisation) -> title of every holdsPosition the extraction finds."""
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[r.subject], names[r.object]): r.title for r in facts.relations if r.predicate == "holdsPosition"}


@pytest.mark.parametrize("text, person, unit, title", [
    ("Special Agent in Charge Paul Dreyer of the FBI's Boston Field Office said the scheme was vast.",
     "Paul Dreyer", "Boston Field Office", "Special Agent in Charge"),
    ("“The fraud was brazen,” said Assistant Director in Charge Mara Wills of the FBI's Miami Field Office.",
     "Mara Wills", "Miami Field Office", "Assistant Director in Charge"),
    ("The arrests were announced by Special Agent in Charge Ted Okafor of the FBI's Denver Field Office.",
     "Ted Okafor", "Denver Field Office", "Special Agent in Charge"),
])
def test_an_agent_in_charge_holds_the_post_in_the_bureau(nlp, text, person, unit, title):
    # the local office is the bureau (an alias of it, as the annotated releases record it)
    found = positions(nlp, text)
    assert found[(person, "FBI")] == title
    assert (person, unit) not in found


@pytest.mark.parametrize("text, person, office", [
    ("U.S. Attorney Damian Kress for the Eastern District of Virginia announced the charges.",
     "Damian Kress", "Eastern District of Virginia"),
    ("The plea was accepted after U.S. Attorney Joan Whitlock for the Southern District of Ohio spoke.",
     "Joan Whitlock", "Southern District of Ohio"),
    ("US Attorney Rafael Ortiz for the Western District of Texas said the trial would start in May.",
     "Rafael Ortiz", "Western District of Texas"),
])
def test_a_us_attorney_for_a_district_holds_the_post_there(nlp, text, person, office):
    assert (person, office) in positions(nlp, text)


@pytest.mark.parametrize("text, person, unit, parent", [
    ("“Investors were misled,” said Omar Reyes, Director of the SEC's Chicago Regional Office.",
     "Omar Reyes", "Chicago Regional Office", "SEC"),
    ("Nadia Fromm, director of the SEC's Miami Regional Office, said the firm had lied.",
     "Nadia Fromm", "Miami Regional Office", "SEC"),
    ("Gil Arana, head of the FBI's Newark Field Office, confirmed the raid.",
     "Gil Arana", "Newark Field Office", "FBI"),
])
def test_the_head_of_a_bodys_office_holds_a_post_in_the_body(nlp, text, person, unit, parent):
    found = positions(nlp, text)
    assert (person, parent) in found and (person, unit) not in found


def test_an_agent_with_no_title_before_the_name_is_not_given_one(nlp):
    # "agent" alone is no title: "an agent of the seller" names no post
    found = positions(nlp, "Lars Vik, an agent of the seller, met the FBI's Boston Field Office in May.")
    assert not [k for k in found if k[0] == "Lars Vik"]


@pytest.mark.parametrize("text, person, district", [
    ("The case was brought by U.S. Attorney Vikram Das of the District of New Jersey.",
     "Vikram Das", "District of New Jersey"),
    ("U.S. Attorney Carmen Lutz for the District of Massachusetts announced the plea.",
     "Carmen Lutz", "District of Massachusetts"),
    ("“No one is above the law,” said U.S. Attorney Eli Brandt of the Middle District of Florida.",
     "Eli Brandt", "Middle District of Florida"),
])
def test_a_federal_judicial_district_is_the_office_a_us_attorney_holds(nlp, text, person, district):
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    assert [e.type for e in facts.entities if e.name == district] == ["GovernmentBody"]
    assert (person, district) in positions(nlp, text)


def test_the_district_of_columbia_stays_a_place(nlp):
    text = "The firm moved its offices to the District of Columbia last year."
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    assert [e.type for e in facts.entities if e.name == "District of Columbia"] == ["Place"]


@pytest.mark.parametrize("text, person, body, title", [
    # "The Governor of the X, Y, ...": the title and its "of the" are no part of the body's name
    ("Central bank signals slower cuts\nThe Governor of the Reserve Bank of Malawi (RBM), Wilson Chirwa, said on "
     "Tuesday that the bank would cut rates slowly.", "Wilson Chirwa", "Reserve Bank of Malawi", "Governor"),
    ("Tax agency chief quits\nThe Director General of the Pakistan Revenue Authority, Imran Qadir, resigned on "
     "Friday.", "Imran Qadir", "Pakistan Revenue Authority", "Director General"),
    ("Union meets\nThe Secretary General of the Tanzania Union of Teachers, Amani Juma, called for a strike.",
     "Amani Juma", "Tanzania Union of Teachers", "Secretary General"),
    ("Lender warns on growth\nThe Governor of the Central Bank of Lesotho, Retselisitsoe Mokoena, said growth "
     "would slow this year.", "Retselisitsoe Mokoena", "Central Bank of Lesotho", "Governor"),
])
def test_an_office_of_a_body_before_its_holder_keeps_the_title_out_of_the_name(nlp, text, person, body, title):
    assert positions(nlp, text)[(person, body)] == title
