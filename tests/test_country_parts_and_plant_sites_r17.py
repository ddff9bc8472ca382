"""A place called a part of a country is in that country, and a firm's new plant is located where
the text puts it, one investment per site, round 17. Sentences written for these tests; firms
invented.

- "the Indian state of Gujarat", "the German port city of Hamburg", "the southern U.S. state of
  Ohio": the place is in the country (when the country is named in the article).
- "X will build a plant in Y": an Investment by X with Y as its location; "a factory in Y ... a
  plant in Z" are two investments, not one.
"""

from __future__ import annotations

import pytest

from helpers import article_facts


def facts(tmp_path, text):
    f, names = article_facts(tmp_path, text, published="2025-03-11")
    relations = {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in f["relations"]}
    events = [(e["type"], {(names[p["entity"]], p["role"]) for p in e["participants"]}) for e in f["events"]]
    return relations, events


@pytest.mark.parametrize("text, place, country", [
    ("Brask Energy opened an office in the Indian state of Gujarat, its second in India.", "Gujarat", "India"),
    ("Halvard Shipping runs a yard in the German port city of Hamburg and sells across Germany.", "Hamburg", "Germany"),
    ("Corvel Foods moved its head office to the southern U.S. state of Ohio last year.", "Ohio", "United States"),
    ("Tarn Mining bought a depot in the Chinese province of Guangdong, China's export hub.", "Guangdong", "China"),
])
def test_a_part_of_a_country_is_in_it(tmp_path, text, place, country):
    relations, _ = facts(tmp_path, text)
    assert (place, "locatedIn", country) in relations, relations


def test_a_word_for_a_part_not_followed_by_of_places_nothing(tmp_path):
    relations, _ = facts(tmp_path, "The Indian state bank lent Brask Energy $2 billion for its Gujarat plant.")
    assert not any(p == "locatedIn" and o == "India" and s == "Gujarat" for s, p, o in relations), relations


@pytest.mark.parametrize("text, firm, site", [
    ("Brask Energy will build a $2 billion plant in India, the company said.", "Brask Energy", "India"),
    ("Corvel Motors announced plans to build a battery factory in Mexico.", "Corvel Motors", "Mexico"),
    ("Halvard Shipping opened a new shipyard in Norway on Monday.", "Halvard Shipping", "Norway"),
])
def test_a_new_plants_place_is_the_investments_location(tmp_path, text, firm, site):
    _, events = facts(tmp_path, text)
    assert any(kind == "Investment" and (firm, "actor") in parts and (site, "location") in parts
               for kind, parts in events), events


def test_two_sites_are_two_investments(tmp_path):
    _, events = facts(tmp_path, "Brask Energy will build a $2 billion plant in India. It also announced a $400 "
                                "million factory in Brazil last year.")
    sites = [{k for k, r in parts if r == "location"} for kind, parts in events if kind == "Investment"]
    assert {"India"} in sites and {"Brazil"} in sites, events
