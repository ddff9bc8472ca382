"""A place in parentheses right after a firm's name says where the firm is ("Volta Trading LLC
(China)"), in a list too; it is no short form of the name, which keeps its own entity
(kg.extract.candidates._short_form_in_parentheses, kg.extract.relations._located_by_parse).
An em dash is a word of its own, so a list set off by dashes keeps its last name
(kg.nlp.split_at_dashes); so is a hyphen after an
abbreviation's full stop before a name ("U.S.-Vietnam talks")."""

import pytest
from helpers import article_entity_types, event_parts, relation_pairs


@pytest.mark.parametrize("text, firm, place", [
    ("The Commerce Department added Volta Trading LLC (China), Merix Components Ltd. (Hong Kong) and "
     "Drava Systems (Russia) to the Entity List on Tuesday.", "Volta Trading LLC", "China"),
    ("The Commerce Department added Volta Trading LLC (China), Merix Components Ltd. (Hong Kong) and "
     "Drava Systems (Russia) to the Entity List on Tuesday.", "Merix Components Ltd.", "Hong Kong"),
    ("Treasury named two shipping firms, Sarna Marine (Iran) and Oleko Freight (Turkey), in its order.",
     "Sarna Marine", "Iran"),
    ("The bureau listed two companies—Orlan Tech (Russia) and Keshet Logistics (United Arab Emirates)—for "
     "supplying drone parts.", "Keshet Logistics", "United Arab Emirates"),
])
def test_a_place_in_parentheses_after_a_firm_is_where_it_is(tmp_path, text, firm, place):
    assert (firm, place) in relation_pairs(tmp_path, text, "locatedIn")
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_firms_listed_between_dashes_are_all_listed(tmp_path):
    text = ("The Bureau of Industry and Security added two companies—Orlan Tech (Russia) and Keshet "
            "Logistics (United Arab Emirates)—to the Entity List for supplying drone parts.")
    parts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({("Orlan Tech", "target"), ("Keshet Logistics", "target"),
                ("Bureau of Industry and Security", "actor")} <= p for p in parts)


def test_a_short_form_in_parentheses_still_names_the_firm(tmp_path):
    text = "Helmsford Capital Partners LLC (Helmsford) said on Monday that Helmsford would buy the mill."
    types = article_entity_types(tmp_path, text)
    assert "Helmsford" not in types
    assert ("Helmsford Capital Partners LLC", "Helmsford") not in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, countries", [
    ("Officials said the U.S.-Vietnam trade talks would resume in Hanoi next month.", ("United States", "Vietnam")),
    ("The U.K.-India agreement cut tariffs on whisky, the ministers said.", ("United Kingdom", "India")),
])
def test_a_hyphen_after_an_abbreviation_joins_two_names(tmp_path, text, countries):
    types = article_entity_types(tmp_path, text)
    assert all(types.get(c) == "Place" for c in countries)
