"""Meetings by calling on a person ("X visited Y", "X paid a courtesy call on Y": Y receives),
sitting down with one, a group gathering for a summit, and a venue's town as the place ("at the
palace in X"). Constructions found missing on fresh news text, in several phrasings written for
these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

MONDAY = date(2025, 3, 10)
NAMES = [("Ilse Moravec", "Person"), ("Dario Quent", "Person"), ("Halvik", "Place"), ("Rostova", "Place"),
         ("Pellmouth", "Place"), ("Brenning Steel", "Company")]


def roles(nlp, text, etype="Meeting"):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=MONDAY))
    return set().union(set(), *({(p.entity.split("/")[1], p.role) for p in e.participants}
                                for e in evs if e.type == etype))


@pytest.mark.parametrize("text", [
    "Ilse Moravec visited Dario Quent at his farm on Saturday.",
    "Ilse Moravec paid a courtesy call on Dario Quent last Friday.",
    "On Sunday Ilse Moravec paid a visit to Dario Quent.",
])
def test_calling_on_a_person(nlp, text):
    assert {("dario-quent", "chair"), ("ilse-moravec", "attendee")} <= roles(nlp, text)


@pytest.mark.parametrize("text", [
    "Ilse Moravec visited Halvik on Saturday.",
    "Ilse Moravec visited Brenning Steel's new plant on Saturday.",
    "Ilse Moravec paid 40,000 euros to Dario Quent.",
    "Ilse Moravec will visit Dario Quent next month.",
])
def test_no_person_called_on(nlp, text):
    assert roles(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Ilse Moravec sat down with Dario Quent in Pellmouth on Friday.",
    "Ilse Moravec sat down with Dario Quent on Friday to discuss fishing quotas.",
    "Last week Ilse Moravec sat down with Dario Quent for an hour.",
])
def test_sitting_down_with_someone(nlp, text):
    assert {("ilse-moravec", "chair"), ("dario-quent", "attendee")} <= roles(nlp, text)


def test_sitting_down_alone_is_no_meeting(nlp):
    assert roles(nlp, "Ilse Moravec sat down after the speech on Friday.") == set()


@pytest.mark.parametrize("text", [
    "Leaders of Halvik and Rostova gathered in Pellmouth for a summit on Friday.",
    "The ministers of Halvik and Rostova convened in Pellmouth for talks last week.",
    "Envoys from Halvik and Rostova assembled in Pellmouth for negotiations on Thursday.",
])
def test_a_group_gathering_for_a_meeting(nlp, text):
    assert {("halvik", "attendee"), ("rostova", "attendee"), ("pellmouth", "location")} <= roles(nlp, text)


def test_a_crowd_gathering_for_a_protest_is_no_meeting(nlp):
    assert roles(nlp, "Farmers from Halvik and Rostova gathered in Pellmouth for a protest on Friday.") == set()


@pytest.mark.parametrize("text", [
    "Ilse Moravec received Dario Quent at the presidential palace in Pellmouth.",
    "Ilse Moravec met Dario Quent at a hotel in Pellmouth on Friday.",
    "Ilse Moravec held talks with Dario Quent at the foreign ministry in Pellmouth.",
])
def test_the_venues_town_places_the_meeting(nlp, text):
    assert ("pellmouth", "location") in roles(nlp, text)
