"""A coined word before a plural noun that ends only firms' names ("Pharmaceuticals",
"Therapeutics", "Holdings") is a firm where the model left the name untagged, as a name before a
legal form is ("Aveltrix Therapeutics, now a unit of X, cut jobs")
(kg.extract.missed_names.firms_by_legal_form, FIRM_NAME_HEADS)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm", [
    ("Aveltrix Therapeutics, now a unit of Brenholt Group, cut 80 jobs in May.", "Aveltrix Therapeutics"),
    ("Eurythion Holdings, now a unit of Brenholt Group, settled the case.", "Eurythion Holdings"),
    ("Aegerion Therapeutics, now part of Brenholt Group, settled the case.", "Aegerion Therapeutics"),
])
def test_a_coined_name_before_a_firm_head_is_a_firm(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_the_firm_found_takes_its_relations(tmp_path):
    text = "Aveltrix Therapeutics, now a unit of Brenholt Group, cut 80 jobs in May."
    assert ("Brenholt Group", "Aveltrix Therapeutics") in relation_pairs(tmp_path, text, "owns")
