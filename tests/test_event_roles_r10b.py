"""A place's stock market moving where the verb says it moved: "share prices rose in Madrid",
"stock prices fell in Oslo but climbed in Lisbon and Vienna" (prices of stocks, like "stocks" and
"shares", move where the verb puts them), and a move said with "made ... gains" or "saw a decline"
("stocks made modest gains in Dublin"), the place hanging on the verb or on the move noun: the place
is the move's subject. Not other prices ("oil prices rose in Madrid", "consumer prices fell in
Oslo"), and not a firm that makes gains or a loss somewhere. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def movers(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return {names.get(p.entity) for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, places", [
    ("Share prices rose in Madrid and Lisbon on Tuesday after the bank data.", {"Madrid", "Lisbon"}),
    ("Stock prices slipped in Oslo on Monday, but climbed in Vienna and Dublin.", {"Oslo", "Vienna", "Dublin"}),
    ("Stock prices also fell sharply in Seoul as traders fretted about chip demand.", {"Seoul"}),
])
def test_stock_prices_move_in_a_place(nlp, text, places):
    found = movers(nlp, text)
    assert places <= found, found


@pytest.mark.parametrize("text, places", [
    ("Stocks made modest gains in Dublin on Wednesday.", {"Dublin"}),
    ("Shares made small gains in Oslo and Vienna as the week ended.", {"Oslo", "Vienna"}),
    ("Stocks saw a decline in Seoul on Friday after the vote.", {"Seoul"}),
])
def test_stocks_make_gains_in_a_place(nlp, text, places):
    found = movers(nlp, text)
    assert places <= found, found


@pytest.mark.parametrize("text", [
    "Oil prices rose in Madrid on Tuesday as the strike went on.",
    "Consumer prices fell in Oslo last month, the agency said.",
    "Food prices climbed in Lisbon and Vienna during the winter.",
    "Prices rose in Dublin in May, the statistics office said.",
])
def test_other_prices_in_a_place_are_no_market_move(nlp, text):
    assert not movers(nlp, text), movers(nlp, text)


@pytest.mark.parametrize("text", [
    "The company made a loss in Vienna last year, its report showed.",
    "The party made big gains in Dublin in the local vote.",
])
def test_making_a_loss_or_gains_elsewhere_is_no_market_move(nlp, text):
    assert not movers(nlp, text), movers(nlp, text)


def meetings(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return [{(names.get(p.entity), p.role) for p in e.participants} for e in facts.events if e.type == "Meeting"]


# a body that meets by itself ("the committee met for two days", "the committee's members met",
# "it met in Lisbon") holds its own meeting: it chairs it
@pytest.mark.parametrize("text, body, place", [
    ("The Varnian Monetary Policy Committee met in Lisbon for two days.",
     "Varnian Monetary Policy Committee", "Lisbon"),
    ("The Varnian Fiscal Council sets the budget rules. The council's members met in Vienna for three days.",
     "Varnian Fiscal Council", "Vienna"),
    ("The Grain Exporters Council decides the quotas. It had met in Dublin for the whole week before the vote.",
     "Grain Exporters Council", "Dublin"),
])
def test_a_body_meeting_by_itself_chairs_its_meeting(nlp, text, body, place):
    found = meetings(nlp, text)
    assert any((body, "chair") in m and (place, "location") in m for m in found), found


@pytest.mark.parametrize("text", [
    "The Grain Exporters Council met its target for the year.",
    "The Grain Exporters Council's new quota met resistance from farmers.",
    "Acme Holdings met on Monday, its spokesman said.",
])
def test_meeting_a_target_or_a_firm_alone_is_no_meeting(nlp, text):
    assert not meetings(nlp, text), meetings(nlp, text)


# coordinated sides that "held talks" or "had a meeting" meet each other, as when they "met": both
# attend and neither hosts; one side holding talks with another still chairs them, and hosts host
@pytest.mark.parametrize("text, sides", [
    ("Prime Minister Ilse Varga and President Tomas Brandt held talks in Vienna on Sunday.", {"Ilse Varga", "Tomas Brandt"}),
    ("Ilse Varga and Tomas Brandt had brief talks about the pipeline on the sidelines of the forum.", {"Ilse Varga", "Tomas Brandt"}),
    ("President Tomas Brandt and Chancellor Ilse Varga held a meeting in Lisbon to discuss the tariffs.", {"Ilse Varga", "Tomas Brandt"}),
])
def test_coordinated_sides_holding_talks_both_attend(nlp, text, sides):
    found = meetings(nlp, text)
    assert any({(s, "attendee") for s in sides} <= m for m in found), found
    assert not any((s, "chair") in m for m in found for s in sides), found


@pytest.mark.parametrize("text, chair, guest", [
    ("Prime Minister Ilse Varga held talks with President Tomas Brandt in Vienna on Sunday.", "Ilse Varga", "Tomas Brandt"),
    ("President Tomas Brandt had a meeting with Prime Minister Ilse Varga in Lisbon.", "Tomas Brandt", "Ilse Varga"),
])
def test_one_side_holding_talks_with_another_still_chairs(nlp, text, chair, guest):
    found = meetings(nlp, text)
    assert any({(chair, "chair"), (guest, "attendee")} <= m for m in found), found


def actions(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return [{(names.get(p.entity), p.role) for p in e.participants} for e in facts.events if e.type == "RegulatoryAction"]


# a firm paying a sum to an agency (or paying the agency a sum) to settle or resolve charges: the
# agency paid brought them and acts; a payment to anyone else names no actor
@pytest.mark.parametrize("text, agency", [
    ("Korvell Holdings agreed to pay $4 million to the Securities and Exchange Commission to settle charges that it hid losses.",
     "Securities and Exchange Commission"),
    ("Korvell Holdings will pay the Commodity Futures Trading Commission $7 million to settle the charges against it.",
     "Commodity Futures Trading Commission"),
    ("Korvell Holdings paid $2 million to the Federal Trade Commission to resolve the allegations about its ads.",
     "Federal Trade Commission"),
])
def test_the_agency_paid_to_settle_charges_acts(nlp, text, agency):
    found = actions(nlp, text)
    assert any({(agency, "actor"), ("Korvell Holdings", "target")} <= m for m in found), found


def test_a_payment_to_investors_names_no_actor(nlp):
    found = actions(nlp, "Korvell Holdings paid $3 million to its investors to settle the lawsuit over its bonds.")
    assert not any(r == "actor" for m in found for _, r in m), found


def criticisms(nlp, text):
    doc = nlp(text)
    facts = extract(doc, Article(id="t", text=text, published=datetime.date(2024, 5, 8)))
    names = {e.key: e.name for e in facts.entities}
    return [{(names.get(p.entity), p.role) for p in e.participants} for e in facts.events if e.type == "Criticism"]


# criticizing "the government of President X" (or its administration, regime, cabinet) criticizes X
@pytest.mark.parametrize("text, critic, target", [
    ("President Tomas Brandt criticized the government of Prime Minister Ilse Varga for its budget cuts.",
     "Tomas Brandt", "Ilse Varga"),
    ("Prime Minister Ilse Varga condemned the administration of President Tomas Brandt over the border closure.",
     "Ilse Varga", "Tomas Brandt"),
    ("President Tomas Brandt slammed the conservative cabinet of Prime Minister Ilse Varga for raising fuel taxes.",
     "Tomas Brandt", "Ilse Varga"),
])
def test_criticizing_a_leaders_government_targets_the_leader(nlp, text, critic, target):
    found = criticisms(nlp, text)
    assert any({(critic, "actor"), (target, "target")} <= m for m in found), found


@pytest.mark.parametrize("text", [
    "President Tomas Brandt praised the government of Prime Minister Ilse Varga for its budget.",
    "President Tomas Brandt joined the government of Prime Minister Ilse Varga in March.",
])
def test_praising_or_joining_a_government_is_no_criticism(nlp, text):
    assert not criticisms(nlp, text), criticisms(nlp, text)
