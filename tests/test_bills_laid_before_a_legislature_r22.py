"""Round 22; sentences written for these tests.

"Prime Minister X sent the bill to Parliament": laying a bill or a budget before a legislature
(sent, submitted, tabled, forwarded) announces it, as introducing it already did; the verbs announce
nothing else ("sent aid to Y", "sent the letter to Congress").
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _announcers(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {names[p["entity"]] for e in facts["events"] if e["type"] == "PolicyAnnouncement"
            for p in e["participants"] if p["role"] == "actor"}


@pytest.mark.parametrize("text, actor", [
    ("Prime Minister Lena Voss sent the bill to Parliament on Thursday, days before the recess.", "Lena Voss"),
    ("President Omar Haddad submitted his budget to Congress on Monday with deep cuts to farm support.",
     "Omar Haddad"),
    ("The finance minister, Rita Vance, tabled a budget in Parliament on Tuesday that raises fuel duty.",
     "Rita Vance"),
])
def test_laying_a_bill_before_a_legislature_announces_it(tmp_path, text, actor):
    assert actor in _announcers(tmp_path, text)


@pytest.mark.parametrize("text", [
    "President Omar Haddad sent the letter to Congress on Monday.",
    "Prime Minister Lena Voss sent troops to the border on Thursday.",
])
def test_sending_anything_else_announces_nothing(tmp_path, text):
    assert not _announcers(tmp_path, text)
