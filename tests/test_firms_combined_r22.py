"""Round 22; sentences written for these tests.

"a deal to combine X with Y", "X agreed to combine with Y": a firm combined with another merges with
it (an Investment: X acts, Y is taken in); "combined sales", "combined forces", "combined its accounts
with those of Y" combine no firms.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _investments(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return [{(names[p["entity"]], p["role"]) for p in e["participants"]}
            for e in facts["events"] if e["type"] == "Investment"]


@pytest.mark.parametrize("text, actor, target", [
    ("In 2003 she announced a deal to combine Halvern Systems Inc. with Corvel Computer Corp.",
     "Halvern Systems Inc.", "Corvel Computer Corp."),
    ("Brisa Foods Ltd. agreed to combine with Marlo Dairies Inc. in a stock swap.", "Brisa Foods Ltd.",
     "Marlo Dairies Inc."),
    ("The board voted to combine Tarn Steel Corp. with Kelso Metals Inc. next year.", "Tarn Steel Corp.",
     "Kelso Metals Inc."),
])
def test_a_firm_combined_with_another_merges_with_it(tmp_path, text, actor, target):
    events = _investments(tmp_path, text)
    assert any({(actor, "actor"), (target, "target")} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "Halvern Systems Inc. and Corvel Computer Corp. combined forces on a chip last year.",
    "Brisa Foods Ltd. combined its accounts with those of Marlo Dairies Inc. for the audit.",
])
def test_other_combinations_merge_nothing(tmp_path, text):
    assert not _investments(tmp_path, text)
