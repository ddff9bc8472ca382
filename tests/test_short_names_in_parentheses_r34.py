"""A short name in capitals, in parentheses right after the name it stands for ("Tarn Trading
Limited (TTL), a U.K. company,"), is read past when relations are read
(kg.extract.patterns.ArticleContext._short_names_after_names): the small parser otherwise loses
the description set off after it. A country or another body in parentheses is not a short name
of the name before it and stays."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, predicate, pair", [
    ("The regulator fined Maplestone Trading Limited (MTL), a U.K. company, for wash trades.",
     "locatedIn", ("Maplestone Trading Limited", "United Kingdom")),
    ("The firm, Kestrel Commodities Limited (KCL), a U.K. futures broker, agreed to pay $500,000.",
     "locatedIn", ("Kestrel Commodities Limited", "United Kingdom")),
    ("Traders used the Harbor Grain Exchange (HGE), a subsidiary of the Pacific Commodity Markets Inc., for the trades.",
     "owns", ("Pacific Commodity Markets Inc.", "Harbor Grain Exchange")),
])
def test_the_description_after_a_short_name_is_read(tmp_path, text, predicate, pair):
    assert pair in relation_pairs(tmp_path, text, predicate)


def test_a_country_in_parentheses_still_places_the_firm(tmp_path):
    text = "The department added Volkov Software (Russia) and Birch Data Limited (United Kingdom) to the list."
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert ("Volkov Software", "Russia") in located
    assert ("Birch Data Limited", "United Kingdom") in located


def test_a_listed_name_keeps_its_short_name_and_the_parse(tmp_path):
    text = ("The agency named Lantern Carbon Co. (LCC) and Oslo-based Fjord Shipping AS (FSA), a subsidiary of "
            "the Nordic Maritime Group (NMG), in the order.")
    assert ("Nordic Maritime Group", "Lantern Carbon Co.") not in relation_pairs(tmp_path, text, "owns")
