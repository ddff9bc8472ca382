"""A purchase told in a relative clause or a description set off after the firm bought is the
buyer's Investment, dated by the clause: "Y, which was acquired by X in 2004,", "Y, a chipmaker
bought by X in 2010," (kg.extract.events._investment)."""

import pytest
from helpers import article_facts, event_parts


@pytest.mark.parametrize("text, buyer, bought", [
    ("Marlin Optics Inc., which was acquired by Tessaly Group in 2004, built the lenses.", "Tessaly Group", "Marlin Optics Inc."),
    ("Orlo Systems, a chipmaker bought by Varga Holdings in 2010, made the sensors.", "Varga Holdings", "Orlo Systems"),
    ("The parts came from Pike Foods, a firm that was purchased by Marren Capital last year.", "Marren Capital", "Pike Foods"),
])
def test_a_purchase_told_beside_the_firm_bought(tmp_path, text, buyer, bought):
    buys = event_parts(tmp_path, text, "Investment")
    assert any({(buyer, "actor"), (bought, "target")} <= e for e in buys), buys


def test_the_clauses_year_dates_the_purchase(tmp_path):
    facts, _ = article_facts(tmp_path, "Marlin Optics Inc., which was acquired by Tessaly Group in 2004, built the lenses.")
    assert any(e["type"] == "Investment" and e.get("date") == "2004" for e in facts["events"]), facts["events"]


def test_a_firm_founded_by_someone_is_no_purchase(tmp_path):
    text = "Marlin Optics Inc., a company founded by Ana Ruiz in 2004, built the lenses."
    assert event_parts(tmp_path, text, "Investment") == []
