"""A name set off after "one of" a country's firms ("One of Japan's largest supermarket chains,
X,") is one of those firms, in that country (kg.extract.entity_types._named_after_one_of_the_firms,
kg.extract.relations._located_by_parse); "one of" a country's singers is no firm."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("One of Japan's largest supermarket chains, Daiwa Stores, is in talks with its creditors.", "Daiwa Stores",
     "Japan"),
    ("One of Germany's biggest carmakers, Volkenwerk, cut its forecast on Monday.", "Volkenwerk", "Germany"),
    ("One of France's biggest lenders, Banque Orvel, is in talks with the government.", "Banque Orvel", "France"),
])
def test_one_of_a_countrys_firms_is_a_firm_there(tmp_path, text, firm, country):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_one_of_a_countrys_singers_is_no_firm(tmp_path):
    text = "One of Peru's most popular singers, Ana Lopez, performed in Lima on Saturday."
    assert article_entity_types(tmp_path, text).get("Ana Lopez") == "Person"
