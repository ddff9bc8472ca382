"""A body whose name opens with its country's possessive ("Portugal's parliament", written as one
name) is in that country (not the state itself: "X's government"); a name set off after a firm's description that a country's possessive
opens ("Chile's biggest copper miner, X,") is a firm's name, and the firm is in that country; a
person set off after a post ("Norway's finance minister, X,", "the film's producer, Y,") stays a
person (kg.extract.relations._locations, kg.extract.entity_types._named_after_a_countrys_firm)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, body, country", [
    ("Slovenia's parliament delayed the vote on the pension bill until May.", "Slovenia's parliament", "Slovenia"),
    ("Estonia's parliament approved the tax plan on Wednesday.", "Estonia's parliament", "Estonia"),
    ("Critics said Latvia's parliament had moved too slowly on the budget.", "Latvia's parliament", "Latvia"),
])
def test_a_body_named_with_its_countrys_possessive_is_in_that_country(tmp_path, text, body, country):
    assert (body, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_the_state_itself_named_with_its_possessive_is_not_placed_in_it(tmp_path):
    text = "Critics said Moldova's government had moved too slowly on the budget."
    assert relation_pairs(tmp_path, text, "locatedIn") == set()


@pytest.mark.parametrize("text, firm, country", [
    ("Bolivia's largest tin miner, Estano Andino, halted output at two pits.", "Estano Andino", "Bolivia"),
    ("Ecuador's top shrimp exporter, Camaron Pacifico, cut prices.", "Camaron Pacifico", "Ecuador"),
    ("Uruguay's largest dairy producer, Lacteos Plata, hired 300 workers.", "Lacteos Plata", "Uruguay"),
])
def test_a_name_after_a_countrys_firm_description_is_that_countrys_firm(tmp_path, text, firm, country):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, person", [
    ("Norway's finance minister, Siri Dahl, said rates would rise.", "Siri Dahl"),
    ("The film's producer, Jana Welk, thanked the cast.", "Jana Welk"),
])
def test_a_person_set_off_after_a_post_stays_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"
