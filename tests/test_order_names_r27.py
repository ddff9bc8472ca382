"""The kinds of orders an agency issues, capitalised in releases ("a Cease and Desist Order", "a
Consent Order", "a Formal Agreement"), name no actor (kg.extract.entity_lexicon.NOT_ENTITIES)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text", [
    "The agency issued a Cease and Desist Order against Harbor Crest Bank on Tuesday.",
    "Under the Cease and Desist Order, Harbor Crest Bank must hire an outside auditor.",
    "Harbor Crest Bank consented to the Cease and Desist Order without admitting wrongdoing.",
])
def test_a_cease_and_desist_order_is_no_entity(tmp_path, text):
    types = article_entity_types(tmp_path, text)
    assert not {"Cease", "Desist", "Desist Order", "Cease and Desist Order"} & set(types)
    assert types.get("Harbor Crest Bank") == "Company"


@pytest.mark.parametrize("text, order", [
    ("Harbor Crest Bank signed a Consent Order with the agency on Tuesday.", "Consent Order"),
    ("The agency entered into a Formal Agreement with Harbor Crest Bank on Tuesday.", "Formal Agreement"),
])
def test_other_orders_are_no_entities(tmp_path, text, order):
    assert order not in article_entity_types(tmp_path, text)
