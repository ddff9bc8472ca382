"""A document's quoted title and a law's bare head word name no actor.

Agency releases quote the titles of orders and reports in title case ("an order titled \u201cProtecting
Domestic Supply Chains From Hostile Vendors\u201d"); the model read their words as firms and people.
A quoted passage in title case right after a document noun (order, E.O., act, bill, report,
"titled", "entitled") is a title: unknown names inside it are dropped, names the gazetteer knows
stay. A law's head word alone ("Order", "Act") is no entity either. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, junk", [
    ("The ministry issued a report entitled \u201cGrowth, Jobs and the Northern Ports\u201d that criticized "
     "Kelvo Holdings.", {"Northern Ports", "Growth", "Jobs"}),
    ("Officials enforced the directive \u201cSecuring Baltic Energy Networks\u201d against two firms.",
     {"Securing Baltic Energy Networks"}),
    ("The ministry released a report titled \u201cFair Play in Digital Markets\u201d on Monday.", {"Digital Markets"}),
    ("The President signed an order titled \u201cEnding Forced Labor in Coastal Fisheries\u201d on Friday.",
     {"Ending Forced Labor"}),
])
def test_names_inside_a_quoted_document_title_are_dropped(nlp, text, junk):
    found = entity_types(nlp, text)
    assert not junk & set(found), found


def test_known_names_inside_a_title_stay(nlp):
    found = entity_types(nlp, "The President signed an order titled \u201cBlocking Property of the Government of "
                          "Venezuela\u201d on Friday.")
    assert "Venezuela" in found or "Government of Venezuela" in found or "Venezuelan government" in found


@pytest.mark.parametrize("text", [
    "\u201cGrowth will return,\u201d said Kelvo Holdings chairman Ivo Sand.",
    "\u201cMarkets Are Calm,\u201d said Ivo Sand, the chairman of Kelvo Holdings.",
])
def test_quotations_keep_their_names(nlp, text):
    found = entity_types(nlp, text)
    assert found.get("Kelvo Holdings") == "Company" and found.get("Ivo Sand") == "Person"


@pytest.mark.parametrize("text", [
    "Officials said President Tarno's new Executive Order would take effect on Monday.",
    "Under the new Order, Kelvo Holdings must sell its ports.",
    "The Act, passed in May, bars Kelvo Holdings from the tender.",
    "Critics said the Directive, adopted Friday, favors Kelvo Holdings.",
])
def test_a_laws_head_word_alone_is_no_entity(nlp, text):
    found = entity_types(nlp, text)
    assert not {"Order", "Act", "Directive"} & set(found)
