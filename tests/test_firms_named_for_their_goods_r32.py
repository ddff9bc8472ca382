"""A name ending in the goods a firm makes or sells is a firm's, even where the model reads it as a
person's: "Holloway Toys", "Corvin Brewing", "Lindgren Steelworks", "Lee Wah Industrial",
"Tarvik Tobacco" (kg.extract.entity_lexicon.COMPANY_HEADS)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, name", [
    ("Holloway Toys reported higher sales on Monday.", "Holloway Toys"),
    ("Corvin Brewing raised its prices in March.", "Corvin Brewing"),
    ("Investors sold shares of Lindgren Steelworks on Monday.", "Lindgren Steelworks"),
    ("The supplier, Lee Wah Industrial in Shenzhen, used lead paint without permission.", "Lee Wah Industrial"),
    ("Mark Dwyer said Tarvik Tobacco would cut prices.", "Tarvik Tobacco"),
])
def test_a_name_ending_in_a_firms_goods_is_a_firms(tmp_path, text, name):
    assert article_entity_types(tmp_path, text).get(name) == "Company"


def test_the_person_beside_such_a_firm_stays_a_person(tmp_path):
    assert article_entity_types(tmp_path, "Mark Dwyer said Tarvik Tobacco would cut prices.").get("Mark Dwyer") == "Person"
