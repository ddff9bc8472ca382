"""Criticism named by a noun of critique, reported from the criticised side ("came under fire
from"), and calls for someone's departure; a departure only asked for is no departure, and a thing
welcomed is no guest. Constructions found missing on fresh news text, each in several phrasings
written for these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2025, 9, 18)
NAMES = [("Mara Quist", "Person"), ("Teo Falk", "Person"), ("Quarry Board", "GovernmentBody"),
         ("Amber League", "PoliticalParty"), ("Brindle", "Place"), ("Corvia", "Place")]


def events(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    return extract_events(doc, table, Article(id="t", text=text, published=THURSDAY))


def roles(nlp, text, etype):
    return set().union(set(), *({(p.entity.split("/")[1], p.role) for p in e.participants}
                                for e in events(nlp, text) if e.type == etype))


@pytest.mark.parametrize("text, critic, target", [
    ("Mara Quist delivered a blistering critique of Teo Falk's spending plans.", "mara-quist", "teo-falk"),
    ("Mara Quist took a swipe at Teo Falk during a rally on Monday.", "mara-quist", "teo-falk"),
    ("The Amber League offered a sharp critique of the Quarry Board on Tuesday.", "amber-league", "quarry-board"),
    ("Teo Falk made a pointed jab at Mara Quist in his speech.", "teo-falk", "mara-quist"),
])
def test_a_critique_made(nlp, text, critic, target):
    assert {(critic, "actor"), (target, "target")} <= roles(nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Mara Quist will deliver a critique of Teo Falk's plans next week.",
    "Mara Quist survived an assault on her convoy near Brindle.",
    "Teo Falk read a critique of modern art on Monday.",
])
def test_no_critique_made(nlp, text):
    assert roles(nlp, text, "Criticism") == set()


@pytest.mark.parametrize("text, target", [
    ("Teo Falk came under fire from Mara Quist over the budget.", "teo-falk"),
    ("The Quarry Board has come under attack from Mara Quist for its pension rules.", "quarry-board"),
    ("On Tuesday Teo Falk was under fire from Mara Quist for the delays.", "teo-falk"),
])
def test_under_fire_from_a_critic(nlp, text, target):
    assert {("mara-quist", "actor"), (target, "target")} <= roles(nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Teo Falk came under fire near Brindle on Monday.",
    "Teo Falk may come under fire from Mara Quist.",
])
def test_under_fire_without_a_critic(nlp, text):
    assert roles(nlp, text, "Criticism") == set()


@pytest.mark.parametrize("text, critic", [
    ("Mara Quist called for Teo Falk to resign.", "mara-quist"),
    ("Mara Quist demanded the resignation of Teo Falk.", "mara-quist"),
    ("The Amber League called for the ouster of Teo Falk on Monday.", "amber-league"),
    ("Mara Quist is seeking Teo Falk's removal.", "mara-quist"),
])
def test_a_departure_asked_for_is_criticism(nlp, text, critic):
    assert {(critic, "actor"), ("teo-falk", "target")} <= roles(nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Mara Quist demanded the resignation of Teo Falk.",
    "The Amber League called for the ouster of Teo Falk on Monday.",
    "Mara Quist is seeking Teo Falk's removal.",
])
def test_a_departure_asked_for_is_no_departure(nlp, text):
    assert roles(nlp, text, "Other") == set()


@pytest.mark.parametrize("text", [
    "Mara Quist told reporters that Teo Falk had resigned.",
    "Mara Quist announced the resignation of Teo Falk.",
])
def test_a_departure_reported_is_no_criticism(nlp, text):
    assert roles(nlp, text, "Criticism") == set()
    assert ("teo-falk", "actor") in roles(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Mara Quist welcomed the ouster of Teo Falk.",
    "Mara Quist received the backing of Teo Falk on Monday.",
    "Mara Quist welcomed the decision by Teo Falk to stay.",
])
def test_a_thing_welcomed_is_no_guest(nlp, text):
    assert roles(nlp, text, "Meeting") == set()


def test_a_guest_welcomed_still_meets(nlp):
    got = roles(nlp, "Mara Quist welcomed Teo Falk to Brindle on Monday.", "Meeting")
    assert {("mara-quist", "chair"), ("teo-falk", "attendee")} <= got


@pytest.mark.parametrize("text, target", [
    ("Mara Quist criticized the Quarry Board's budget on Monday.", "quarry-board"),
    ("Mara Quist assailed Corvia's approach to the talks.", "corvia"),
    ("Mara Quist condemned Teo Falk's stewardship of the pension fund.", "teo-falk"),
])
def test_criticising_what_someone_owns(nlp, text, target):
    assert {("mara-quist", "actor"), (target, "target")} <= roles(nlp, text, "Criticism")
