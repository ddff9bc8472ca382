"""Round 22; sentences written for these tests.

"French bank X", "the investment bank X": a bank named by the common noun right before it is a firm,
however the small model reads the name (it took unfamiliar two-word names for people), as a lender or
a carmaker so named already was; not a noun the name's own clause follows ("the bank X founded").
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _types(tmp_path, text):
    facts, _ = article_facts(tmp_path, text)
    return {e["name"]: e["type"] for e in facts["entities"]}


@pytest.mark.parametrize("text, firm", [
    ("The losses cost French bank Kestrel Generale a reported $7 billion last year.", "Kestrel Generale"),
    ("The fund bought shares in British bank Tarn Lloyd in March.", "Tarn Lloyd"),
    ("The investment bank Kestrel Morgan advised on the deal.", "Kestrel Morgan"),
])
def test_a_bank_named_by_the_noun_before_it_is_a_firm(tmp_path, text, firm):
    assert _types(tmp_path, text).get(firm) == "Company"


def test_the_founder_after_the_noun_bank_is_a_person(tmp_path):
    assert _types(tmp_path, "He worked at the bank Tom Reed founded in 1990.").get("Tom Reed") == "Person"
