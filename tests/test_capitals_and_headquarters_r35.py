"""Where places and bodies are: a state's or province's capital ("Salem, the Oregon state capital",
"the Ohio state capital, Columbus"), the name after "the capital of COUNTRY," (the capital is in
the country, not the other way round), and a body's headquarters in a town ("the OECD headquarters
in Paris"); all in kg.extract.relations."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, city, region", [
    ("The delegation toured a plant in Topeka, the Kansas state capital, on Friday.", "Topeka", "Kansas"),
    ("Farm leaders dined later in the Ohio state capital, Columbus.", "Columbus", "Ohio"),
    ("The premier spoke in Regina, the Saskatchewan provincial capital, about grain exports.", "Regina", "Saskatchewan"),
])
def test_a_state_capital_is_in_its_state(tmp_path, text, city, region):
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert (city, region) in located
    assert (region, city) not in located


@pytest.mark.parametrize("text, city, country", [
    ("The envoy flew on to the capital of Chile, Santiago.", "Santiago", "Chile"),
    ("Talks resumed in the capital of Kenya, Nairobi, on Monday.", "Nairobi", "Kenya"),
    ("Protesters gathered in the capital of Peru, Lima, over the weekend.", "Lima", "Peru"),
])
def test_the_name_after_the_capital_of_a_country_is_in_it(tmp_path, text, city, country):
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert (city, country) in located
    assert (country, city) not in located


@pytest.mark.parametrize("text, body, town", [
    ("Negotiators met at the OECD headquarters in Paris on Tuesday.", "OECD", "Paris"),
    ("Our correspondent reports from IMF headquarters in Washington.", "International Monetary Fund", "Washington"),
    ("Ministers gathered at the WTO headquarters in Geneva for a second day.", "World Trade Organization", "Geneva"),
])
def test_a_body_is_where_its_headquarters_are(tmp_path, text, body, town):
    assert (body, town) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_country_capital_is_not_taken_for_a_state_capital(tmp_path):
    located = relation_pairs(tmp_path, "Quito, the capital, was calm on Sunday as Ecuador voted.", "locatedIn")
    assert ("Quito", "Ecuador") not in located
