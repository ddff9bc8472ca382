"""Round 22; sentences written for these tests.

"Tarn Chemicals' Water Treatment Division": a unit named by its head word (division, unit, office)
after a firm's possessive is the firm's: a firm itself (not a government body, as the head word
alone would make it), owned by the firm, and placed where the text says it is headquartered.
"""

from __future__ import annotations

import pytest
from helpers import article_facts, relation_pairs


@pytest.mark.parametrize("text, firm, unit", [
    ("Kestrel Chemicals' Water Treatment Division, headquartered in Tulsa, Oklahoma, makes chlorine for cities.",
     "Kestrel Chemicals", "Water Treatment Division"),
    ("Regulators fined Tarnwell Bank's Private Client Division $3 million for lax checks.",
     "Tarnwell Bank", "Private Client Division"),
    ("Sales at Velora Foods' Frozen Meals Unit fell by a third last year.", "Velora Foods", "Frozen Meals Unit"),
])
def test_a_firms_unit_is_a_firm_it_owns(tmp_path, text, firm, unit):
    facts, _ = article_facts(tmp_path, text)
    types = {e["name"]: e["type"] for e in facts["entities"]}
    assert types.get(unit) == "Company", types
    assert (firm, unit) in relation_pairs(tmp_path, text, "owns")


def test_a_government_bodys_unit_stays_a_government_body(tmp_path):
    facts, _ = article_facts(tmp_path, "The Justice Department's Criminal Division charged the trader on Monday.")
    types = {e["name"]: e["type"] for e in facts["entities"]}
    assert types.get("Criminal Division") == "GovernmentBody", types
