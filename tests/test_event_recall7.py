"""Meetings placed and joined by one side, trade measures of a bloc, two sides of a tit-for-tat,
and a resignation announced by someone else: constructions found missing on fresh news text,
each in several phrasings written for these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Lena Varga", "Person"), ("Odo Brandt", "Person"), ("Pia Kross", "Person"), ("Sarnia", "Place"),
         ("Tovaland", "Place"), ("Ebbe", "Place"), ("Vellport", "Place"), ("Harbor Union", "Organization"),
         ("Trade Forum", "Organization"), ("Grain Council", "GovernmentBody")]


def triples(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [{(p.entity.split("/")[1], p.role) for p in e.participants} for e in evs if e.type == etype]


def merged(nlp, text, etype):
    return set().union(*triples(nlp, text, etype))


# --- meetings: the sides of talks, and where they met ------------------------------------------

@pytest.mark.parametrize("text", [
    "Talks between Sarnia and Tovaland resumed in Ebbe on Monday.",
    "Negotiations between Sarnia and Tovaland were held in Ebbe last week.",
    "Fresh talks between Sarnia and Tovaland opened in Ebbe on Tuesday after a long pause.",
])
def test_talks_between_countries_in_a_place(nlp, text):
    assert {("sarnia", "attendee"), ("tovaland", "attendee"), ("ebbe", "location")} <= merged(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Lena Varga flew to Ebbe on Monday, where she met Odo Brandt.",
    "Lena Varga visited Ebbe on Wednesday, where she held talks with Odo Brandt.",
    "Lena Varga travelled to Vellport, where she met Odo Brandt and Pia Kross.",
])
def test_where_clause_places_the_meeting(nlp, text):
    got = merged(nlp, text, "Meeting")
    place = "vellport" if "Vellport" in text else "ebbe"
    assert {("lena-varga", "chair"), ("odo-brandt", "attendee"), (place, "location")} <= got


@pytest.mark.parametrize("text", [
    "Odo Brandt arrived in Ebbe on Sunday for talks with officials of the neighbouring state.",
    "Odo Brandt flew to Vellport on Thursday for two days of negotiations over fishing rights.",
    "On Tuesday Odo Brandt was in Ebbe for a summit on river shipping.",
])
def test_one_side_travelling_for_talks_meets_there(nlp, text):
    place = "vellport" if "Vellport" in text else "ebbe"
    assert {("odo-brandt", "attendee"), (place, "location")} <= merged(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Odo Brandt will fly to Ebbe next week for talks with officials there.",
    "Odo Brandt arrived in Ebbe on Sunday for a holiday with his family.",
    "Lena Varga visited Ebbe on Monday and toured a shipyard.",
    "Talks between the two unions resumed on Monday.",
])
def test_no_meeting_without_sides_or_before_it_happens(nlp, text):
    assert triples(nlp, text, "Meeting") == []


@pytest.mark.parametrize("text", [
    "Finance chiefs of the Harbor Union met in Ebbe on Saturday.",
    "The leaders of the Harbor Union met in Vellport to discuss the budget.",
    "Ministers from the Harbor Union met in Ebbe on Monday for the first time this year.",
])
def test_a_body_meeting_itself_is_placed(nlp, text):
    # a body meeting alone holds its own meeting: it chairs (the annotators' reading, 9 of 10 times)
    place = "vellport" if "Vellport" in text else "ebbe"
    assert {("harbor-union", "chair"), (place, "location")} <= merged(nlp, text, "Meeting")


# --- trade: a bloc imposes; tit-for-tat is two events -------------------------------------------

@pytest.mark.parametrize("text", [
    "The Harbor Union imposed duties on cheese from Sarnia on Friday.",
    "Tariffs imposed by the Harbor Union on steel from Sarnia took effect on Monday.",
    "The Harbor Union slapped tariffs on Sarnia last month in a row over subsidies.",
    "A trade war between the Harbor Union and Sarnia escalated this week.",
])
def test_a_trade_bloc_imposes_tariffs(nlp, text):
    got = merged(nlp, text, "TradeConflict")
    assert ("harbor-union", "actor") in got
    assert ("sarnia", "actor") in got or ("sarnia", "target") in got


@pytest.mark.parametrize("text", [
    "Sarnia filed a complaint with the Trade Forum over tariffs on its wine.",
    "Tovaland asked the Trade Forum to rule against tariffs on its steel.",
])
def test_a_forum_that_hears_a_dispute_imposes_nothing(nlp, text):
    assert ("trade-forum", "actor") not in merged(nlp, text, "TradeConflict")


@pytest.mark.parametrize("text", [
    "Sarnia raised tariffs on steel from Tovaland on Friday, and Tovaland retaliated against Sarnia.",
    "Tovaland retaliated against Sarnia on Monday after Sarnia imposed duties on cars from Tovaland.",
    "Sarnia imposed tariffs on wine from Tovaland, and Tovaland hit back with duties on cheese from Sarnia.",
])
def test_tit_for_tat_is_two_events(nlp, text):
    events = triples(nlp, text, "TradeConflict")
    assert any({("sarnia", "actor"), ("tovaland", "target")} <= e for e in events)
    assert any(("tovaland", "actor") in e for e in events)
    assert not any({("sarnia", "actor"), ("tovaland", "actor")} <= e for e in events)


# --- a resignation someone else announces ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Lena Varga announced the resignation of Odo Brandt on Thursday.",
    "Lena Varga said she had accepted the resignation of Odo Brandt.",
    "The resignation of Odo Brandt was confirmed by Lena Varga on Friday.",
])
def test_resignation_of_someone_announced_by_another(nlp, text):
    got = merged(nlp, text, "Other")
    assert ("odo-brandt", "actor") in got
    assert not any(k == "lena-varga" for k, _ in got)


@pytest.mark.parametrize("text", [
    "Odo Brandt announced his resignation on Thursday.",
    "Odo Brandt tendered his resignation to the Grain Council on Friday.",
])
def test_own_resignation_is_the_announcers(nlp, text):
    assert ("odo-brandt", "actor") in merged(nlp, text, "Other")


# --- criticism reported as a judgement ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lena Varga said on Monday that the Sarnia levies were unjustified.",
    "Tovaland said the plan drawn up by Sarnia was a serious mistake.",
    "Lena Varga argued that Odo Brandt's budget was reckless and dangerous.",
    "Pia Kross said Odo Brandt was incompetent and should step aside.",
])
def test_said_something_of_theirs_was_bad(nlp, text):
    got = merged(nlp, text, "Criticism")
    critic = "tovaland" if text.startswith("Tovaland") else "lena-varga" if "Lena" in text else "pia-kross"
    target = "sarnia" if "Sarnia" in text else "odo-brandt"
    assert {(critic, "actor"), (target, "target")} <= got


@pytest.mark.parametrize("text", [
    "Lena Varga said Odo Brandt's budget was not reckless.",
    "Lena Varga said the storm in Ebbe was dangerous.",
    "Lena Varga said Odo Brandt was right to call the vote.",
    "Odo Brandt said his own forecast had been wrong.",
])
def test_no_judgement_no_criticism(nlp, text):
    assert triples(nlp, text, "Criticism") == []


# --- products named beside their noun ----------------------------------------------------------

PRODUCT_NAMES = [("Corvane", "Company"), ("Lumo Pad", "Product"), ("Vexa 3", "Product")]


def product_triples(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in PRODUCT_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "ProductRelease" for p in e.participants}


@pytest.mark.parametrize("text", [
    "Corvane unveiled a folding tablet, called the Lumo Pad, at a launch in its home city.",
    "Corvane on Tuesday launched a cheaper handset known as the Lumo Pad.",
    "Corvane released Vexa 3, its fastest chip so far, on Thursday.",
    "Corvane introduced a budget laptop dubbed the Lumo Pad this week.",
])
def test_a_product_named_beside_its_noun_is_released(nlp, text):
    product = "vexa-3" if "Vexa" in text else "lumo-pad"
    assert {("corvane", "actor"), (product, "subject")} <= product_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvane launched an inquiry into a supplier known as the Lumo Pad maker.",
    "Corvane released a statement, called the Lumo Pad review, on Thursday.",
])
def test_no_release_of_what_is_no_product(nlp, text):
    assert ("lumo-pad", "subject") not in product_triples(nlp, text)


# --- trade quarrels by other names ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The trade row between Sarnia and Tovaland deepened on Tuesday.",
    "A bitter tariff spat between Sarnia and Tovaland has hit farmers on both sides.",
    "Sarnia has waged a trade feud against Tovaland for three years.",
])
def test_trade_quarrels_by_other_names(nlp, text):
    assert {("sarnia", "actor"), ("tovaland", "actor")} <= merged(nlp, text, "TradeConflict")


@pytest.mark.parametrize("text", [
    "The row between Sarnia and Tovaland over fishing rights deepened on Tuesday.",
    "A spat between Lena Varga and Odo Brandt over the party list went public.",
])
def test_a_quarrel_not_about_trade_is_no_trade_conflict(nlp, text):
    assert triples(nlp, text, "TradeConflict") == []


# --- a "where" clause shares the time of the trip ------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("Lena Varga flew to Ebbe on Monday, where she met Odo Brandt.", "2025-06-09"),
    ("Lena Varga visited Vellport on Wednesday, where she held talks with Pia Kross.", "2025-06-11"),
    ("On Tuesday Lena Varga arrived in Ebbe, where she met Odo Brandt.", "2025-06-10"),
])
def test_a_meeting_in_a_where_clause_takes_the_trips_day(nlp, text, day):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = [e for e in extract_events(doc, table, Article(id="t", text=text, published=FRIDAY)) if e.type == "Meeting"]
    assert [e.date for e in evs] == [day]


# --- rules by decree; offices changing hands in the passive; voters electing ---------------------

@pytest.mark.parametrize("text", [
    "President Lena Varga signed a decree on Tuesday that doubles the fuel subsidy.",
    "Prime Minister Lena Varga issued a decree on Monday closing the border crossings at night.",
    "On Friday Governor Lena Varga issued new regulations for short-term rentals.",
])
def test_a_decree_or_rules_issued_are_announced(nlp, text):
    assert ("lena-varga", "actor") in merged(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "President Lena Varga issued a statement on Monday about the floods.",
    "The Grain Council issued bonds worth two billion last year.",
])
def test_issuing_what_is_no_rule_announces_no_policy(nlp, text):
    assert triples(nlp, text, "PolicyAnnouncement") == []


@pytest.mark.parametrize("text", [
    "Odo Brandt was replaced as transport minister by Pia Kross on Tuesday.",
    "Odo Brandt was succeeded by Pia Kross at the head of the Grain Council.",
    "On Monday Odo Brandt was replaced by Pia Kross, the cabinet office said.",
])
def test_replaced_by_in_the_passive(nlp, text):
    assert {("pia-kross", "subject"), ("odo-brandt", "target")} <= merged(nlp, text, "Other")


def test_a_plan_replaced_by_a_person_is_no_succession(nlp):
    assert ("pia-kross", "subject") not in merged(nlp, "The old tariff plan was replaced by Pia Kross's scheme.",
                                                   "Other")


@pytest.mark.parametrize("text", [
    "Voters in Sarnia elected Pia Kross as president on Sunday.",
    "On Sunday voters in Sarnia elected Pia Kross to a second term.",
    "Citizens of Sarnia elected Pia Kross mayor in a close race.",
])
def test_voters_electing_someone(nlp, text):
    assert {("pia-kross", "subject"), ("sarnia", "location")} <= merged(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Voters in Sarnia will elect a new president in May.",
    "Voters in Sarnia could elect Pia Kross next year.",
])
def test_an_election_to_come_is_none_yet(nlp, text):
    assert ("pia-kross", "subject") not in merged(nlp, text, "Other")


# --- envoys meeting for their countries; a guest welcomed to a place ------------------------------

@pytest.mark.parametrize("text", [
    "The trade ministers of Sarnia and Tovaland met in Ebbe on Monday.",
    "Envoys from Sarnia and Tovaland met in Vellport to settle the border question.",
    "On Friday the foreign ministers of Sarnia and Tovaland met in Ebbe.",
])
def test_envoys_of_countries_meet_for_them(nlp, text):
    place = "vellport" if "Vellport" in text else "ebbe"
    assert {("sarnia", "attendee"), ("tovaland", "attendee"), (place, "location")} <= merged(nlp, text, "Meeting")


def test_people_of_a_country_are_no_envoys(nlp):
    assert triples(nlp, "Farmers of Sarnia and Tovaland met in Ebbe on Monday.", "Meeting") == []


@pytest.mark.parametrize("text", [
    "Lena Varga welcomed Odo Brandt to Ebbe on Tuesday.",
    "Lena Varga welcomed Odo Brandt to Ebbe on Thursday with a military parade.",
    "Lena Varga received Odo Brandt to Ebbe with full honours.",
])
def test_a_guest_welcomed_to_a_place_meets_there(nlp, text):
    place = "vellport" if "Vellport" in text else "ebbe"
    assert {("lena-varga", "chair"), ("odo-brandt", "attendee"), (place, "location")} <= merged(nlp, text, "Meeting")


# --- hiring for an office, recalls, defaults ----------------------------------------------------

OTHER_NAMES = [("Corvane", "Company"), ("Odo Brandt", "Person"), ("Sarnia", "Place"), ("Lumo Pad", "Product")]


def other_triples(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in OTHER_NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "Other" for p in e.participants}


@pytest.mark.parametrize("text", [
    "Corvane hired Odo Brandt as its chief financial officer on Monday.",
    "Corvane has tapped Odo Brandt as chairman of the board.",
    "On Tuesday Corvane picked Odo Brandt to be its next chief executive.",
])
def test_hired_or_picked_for_an_office(nlp, text):
    assert {("corvane", "actor"), ("odo-brandt", "target")} <= other_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvane hired Odo Brandt to repaint the warehouse.",
    "Corvane picked Odo Brandt up at the station on Monday.",
])
def test_hiring_for_no_office_is_none(nlp, text):
    assert ("odo-brandt", "target") not in other_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvane recalled 40,000 phones on Tuesday over a battery fault.",
    "Corvane recalled its Lumo Pad on Monday after reports of overheating.",
    "Corvane has recalled about 9,000 vehicles sold last year.",
])
def test_a_firm_recalling_what_it_sold(nlp, text):
    assert ("corvane", "actor") in other_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Odo Brandt recalled the day Corvane opened its first shop.",
    "Corvane recalled that sales had doubled in the spring.",
])
def test_remembering_is_no_recall(nlp, text):
    assert other_triples(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Sarnia defaulted on its foreign debt on Friday.",
    "Corvane defaulted on a bond payment last month.",
    "In 2019 Sarnia defaulted on loans from three banks.",
])
def test_a_borrower_defaulting(nlp, text):
    who = "sarnia" if "Sarnia" in text else "corvane"
    assert (who, "actor") in other_triples(nlp, text)


def test_a_default_to_come_is_none_yet(nlp):
    assert other_triples(nlp, "Sarnia could default on its debt next year.") == set()
