"""Round 22; sentences written for these tests.

"X has imposed visa restrictions and other penalties against Y": an action noun coordinated with the
verb's object hangs, in the parse, on that object; the verb's subject imposes both, as it does when
the noun is the object itself ("X imposed penalties against Y").
"""

from __future__ import annotations

import pytest
from helpers import article_facts


@pytest.mark.parametrize("text, actor, target", [
    ("Norway has imposed visa restrictions and other penalties against Chile over its treatment of miners.",
     "Norway", "Chile"),
    ("Brazil slapped travel bans and other sanctions on Kestrel Mining after the spill.", "Brazil", "Kestrel Mining"),
    ("Peru imposed import quotas and fines on Velora Shipping on Friday.", "Peru", "Velora Shipping"),
])
def test_the_verbs_subject_imposes_a_coordinated_action_noun(tmp_path, text, actor, target):
    facts, names = article_facts(tmp_path, text)
    acts = [{(names[p["entity"]], p["role"]) for p in e["participants"]}
            for e in facts["events"] if e["type"] == "RegulatoryAction"]
    assert any({(actor, "actor"), (target, "target")} <= a for a in acts), acts
