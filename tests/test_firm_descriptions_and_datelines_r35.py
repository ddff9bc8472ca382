"""A firm described in apposition by its trade ("X, Peru's biggest oil refiner,", "Y, the state
gas monopoly,") is a firm, and in the country whose possessive opens the description
(kg.extract.entity_types.FIRM_DESCRIPTIONS, kg.extract.relations.FIRM_NOUNS). A dateline's town
written before a double hyphen ("Accra, Ghana -- The bank ...") is where the story was filed, no
party to it and no government (kg.extract.candidates.dateline_spans)."""

import pytest
from helpers import article_entity_types, event_parts, relation_pairs


@pytest.mark.parametrize("text, firm, country", [
    ("Andesol, Peru's biggest oil refiner, said margins narrowed.", "Andesol", "Peru"),
    ("Transgaz, Romania's state gas monopoly, raised its prices.", "Transgaz", "Romania"),
    ("Shares of Fjordline, Norway's largest shipper, fell 3 percent.", "Fjordline", "Norway"),
])
def test_a_firm_described_by_its_trade_is_a_firm_in_that_country(tmp_path, text, firm, country):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"
    assert (firm, country) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, body", [
    ("Accra, Ghana -- The central bank raised its benchmark rate on Tuesday.", "central bank"),
    ("Quito, Ecuador -- The central bank lowered its reserve requirement on Friday.", "central bank"),
    ("Oslo, Norway-- The central bank kept its deposit rate unchanged on Thursday.", "central bank"),
])
def test_a_datelines_town_written_before_a_double_hyphen_is_no_party(tmp_path, text, body):
    parts = event_parts(tmp_path, text, "PolicyAnnouncement")
    assert parts and all({n for n, _ in p} == {body} for p in parts), parts
    assert not any(t == "GovernmentBody" and n != body for n, t in article_entity_types(tmp_path, text).items())
