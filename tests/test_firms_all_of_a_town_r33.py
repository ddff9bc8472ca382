"""Firms listed before "all of" (or "both of") a town are each in that town, as releases write
them: "X and its subsidiary, Y, all of Ames, Iowa" (kg.extract.relations._firms_all_of_a_town);
and the application "of" a firm to acquire another is the firm's (kg.extract.relations.applicants_beside)."""

import pytest
from helpers import event_parts, relation_pairs


@pytest.mark.parametrize("text, firms, town", [
    ("The Board approved the application of Harrow Bancorp to acquire Leland Financial Corporation and its "
     "savings subsidiary, Leland Savings Bank, all of Salina, Kansas.",
     ["Leland Financial Corporation", "Leland Savings Bank"], "Salina"),
    ("Corbin Trust Company and Maple Ridge Bank, both of Wichita, Kansas, agreed to merge.",
     ["Corbin Trust Company", "Maple Ridge Bank"], "Wichita"),
    ("Regulators fined Tolland Securities and Brisk Capital Partners, both of Stamford, on Tuesday.",
     ["Tolland Securities", "Brisk Capital Partners"], "Stamford"),
])
def test_each_firm_before_all_of_a_town_is_there(tmp_path, text, firms, town):
    pairs = relation_pairs(tmp_path, text, "locatedIn")
    assert all((f, town) in pairs for f in firms), pairs


def test_all_of_whom_names_no_town(tmp_path):
    text = "Analysts at Corbin Trust Company and Maple Ridge Bank, all of whom expect a cut, spoke on Monday."
    assert relation_pairs(tmp_path, text, "locatedIn") == set()


def test_the_application_of_a_firm_to_buy_another_is_its_purchase(tmp_path):
    text = "The Board approved the application of Harrow Bancorp to acquire Leland Financial Corporation."
    buys = event_parts(tmp_path, text, "Investment")
    assert any({("Harrow Bancorp", "actor"), ("Leland Financial Corporation", "target")} <= e for e in buys), buys
