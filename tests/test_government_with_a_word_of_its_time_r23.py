"""Round 23; sentences written for these tests.

A country's body named with a word of its time is the body the gazetteer knows: "India's new
government", "India's interim government" and "India's government" are one entity, the Indian
government; "Egypt's former government" is the Egyptian government.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _names(tmp_path, text):
    facts, _ = article_facts(tmp_path, text)
    return {e["name"] for e in facts["entities"] if e["type"] == "GovernmentBody"}


@pytest.mark.parametrize("text, body", [
    ("India's new government is developing a plan. India's government said so on Monday.", "Indian government"),
    ("India's interim government took office on Monday.", "Indian government"),
    ("Egypt's former government was close to the International Monetary Fund.", "Egyptian government"),
])
def test_a_word_of_its_time_does_not_make_another_body(tmp_path, text, body):
    assert _names(tmp_path, text) == {body}
