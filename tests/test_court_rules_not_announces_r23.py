"""Round 23; sentences written for these tests.

A court does not announce policy: what it eases, ends or sets out is a ruling, and a ruling is a
regulatory act (FORMAT.md names the court among a RegulatoryAction's actors). A ministry that
eases or ends rules still announces a policy.
"""

from __future__ import annotations

import pytest
from helpers import typed_events


def _events(tmp_path, text):
    return typed_events(tmp_path, text)


@pytest.mark.parametrize("text, court", [
    ("The Supreme Court eased political spending limits on corporations.", "Supreme Court"),
    ("The Supreme Court of Norland ended the rules on foreign ownership of farmland.", "Supreme Court of Norland"),
    ("The Constitutional Court announced a plan to publish its rulings online.", "Constitutional Court"),
])
def test_what_a_court_does_is_a_ruling(tmp_path, text, court):
    events = _events(tmp_path, text)
    assert any(t == "RegulatoryAction" and (court, "actor") in parts for t, parts in events), events
    assert not any(t == "PolicyAnnouncement" for t, _ in events), events


def test_a_ministry_still_announces_policy(tmp_path):
    events = _events(tmp_path, "The Norland Finance Ministry ended the rules on foreign ownership of farmland.")
    assert any(t == "PolicyAnnouncement" for t, _ in events), events
