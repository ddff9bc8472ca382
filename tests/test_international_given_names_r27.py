"""Common Italian, Russian, German, French, Indian, Turkish and Indonesian given names before a
surname mark a person, though the model calls the name an organisation (here a surname that is
also a brand word) (kg/data/given_names.txt, read by kg.extract.entity_types._given_name_first)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("Police in the capital questioned Gianfranco Tabak for several hours on Tuesday.", "Gianfranco Tabak"),
    ('"We thank Oleg Tabak for the help," the minister said.', "Oleg Tabak"),
    ("The report was written by Neel Tabak and two aides.", "Neel Tabak"),
    ("Officials said Mehmet Tabak had left the country.", "Mehmet Tabak"),
])
def test_the_given_name_makes_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_a_firm_owned_in_shares_stays_a_firm(tmp_path):
    text = "Shares of Massimo Tabak rose 5 percent in Milan on Monday after the results."
    assert article_entity_types(tmp_path, text).get("Massimo Tabak") == "Company"
