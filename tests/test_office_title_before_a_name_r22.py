"""Round 22; sentences written for these tests.

"talks between X and U.S. Trade Representative Y": a title the model reads as the office's own name
(the office is an entity: "Office of the United States Trade Representative") set right before a
person's name stands for that person; the office does not take part in the event.
"""

from __future__ import annotations

import pytest
from helpers import article_facts

OFFICE = "Office of the United States Trade Representative"


def _participants(facts, names):
    return {(names[p["entity"]], p["role"]) for e in facts["events"] for p in e["participants"]}


@pytest.mark.parametrize("text, person", [
    ("Soybean futures rose after two days of talks between Vice Premier Chen Lu and U.S. Trade Representative "
     "Dana Whitfield in Washington.", "Dana Whitfield"),
    ("Mexican Economy Minister Luis Prado held talks with U.S. Trade Representative Dana Whitfield on Tuesday about "
     "steel quotas.", "Dana Whitfield"),
    ("Canadian Trade Minister Ann Lee met U.S. Trade Representative Dana Whitfield in Ottawa on Monday to discuss "
     "dairy quotas.", "Dana Whitfield"),
])
def test_the_person_after_an_office_title_attends_not_the_office(tmp_path, text, person):
    facts, names = article_facts(tmp_path, text)
    parts = _participants(facts, names)
    assert any(who == person for who, _ in parts), parts
    assert not any(who == OFFICE for who, _ in parts), parts
