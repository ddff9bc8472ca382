""""Incorporated" written out ends a firm's name as "Inc." does ("Halco Mining Incorporated",
"Hankyu Incorporated"): the name is a company's, whatever role noun stands before it
(kg.extract.entity_lexicon.LEGAL_SUFFIXES, COMPANY_HEADS)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, firm", [
    ("The mine is owned by the state and majority investor Kestrel Bauxite Incorporated.",
     "Kestrel Bauxite Incorporated"),
    ("Analyst Norvell Research Incorporated expects a weaker quarter.", "Norvell Research Incorporated"),
    ("Shares of partner Tamsin Foods Incorporated rose on Friday.", "Tamsin Foods Incorporated"),
])
def test_a_name_ending_in_incorporated_is_a_company(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_a_person_is_still_a_person(tmp_path):
    types = article_entity_types(tmp_path, "Majority investor Carla Mendes said the mine would reopen.")
    assert types.get("Carla Mendes") == "Person", types
