"""Round 25; sentences written for these tests.

A name the model left untagged right after a capitalised title of office ("by U.S. District Judge
Ana Ruiz") is a person's when it opens with a given name, so the judge who sentences acts; title-case
words after a title in a headline ("Bank Secrecy Act") are no person.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, event_parts


@pytest.mark.parametrize("text, judge, defendant", [
    ("Lionel Varga was sentenced to 10 years in prison by U.S. District Judge Ana Ruiz.", "Ana Ruiz", "Lionel Varga"),
    ("U.S. District Judge Ana Ruiz sentenced Dana Pruitt to five years in prison.", "Ana Ruiz", "Dana Pruitt"),
    ("Marco Bellini was sentenced on Friday by Chief Judge Tomas Eriksen.", "Tomas Eriksen", "Marco Bellini"),
])
def test_the_judge_acts(tmp_path, text, judge, defendant):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(judge, "actor"), (defendant, "target")} <= a for a in acts), acts


def test_a_law_after_a_title_word_is_no_person(tmp_path):
    types = article_entity_types(tmp_path, "Norvik Bank broke the Bank Secrecy Act, the agency said.")
    assert "Secrecy Act" not in types and "Bank Secrecy Act" not in [n for n, t in types.items() if t == "Person"], types
