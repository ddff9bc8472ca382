"""Round 19; sentences written for these tests.

"Tarn Inc. is headquartered in Lyon", "a trader registered in Zug": where a firm is based,
headquartered, registered or incorporated is a place, whatever the model's label (it called
both towns organisations), and the firm is in it.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


@pytest.mark.parametrize("text, firm, town", [
    ("Markets rose.\nBrask AG is based in Zug.", "Brask AG", "Zug"),
    ("Markets rose.\nVell Foods, headquartered in Lyon, makes cheese.", "Vell Foods", "Lyon"),
    ("Markets rose.\nFeld Holdings is incorporated in Lyon.", "Feld Holdings", "Lyon"),
])
def test_where_a_firm_sits_is_a_place(tmp_path, text, firm, town):
    facts, names = article_facts(tmp_path, text)
    types = {e["name"]: e["type"] for e in facts["entities"]}
    assert types.get(town) == "Place", types
    located = {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "locatedIn"}
    assert (firm, town) in located, located
