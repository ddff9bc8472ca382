"""Round 23; sentences written for these tests.

A firm's own call on its officer to leave is an ouster, an act of the firm (Other), not a
criticism: "the directors of X asked Y to resign", "X's board asked Y to step down", "X asked her
to resign" after the article says she runs X. Anyone else's call for a resignation stays a
criticism.
"""

from __future__ import annotations

import pytest
from helpers import typed_events


def _events(tmp_path, text):
    return typed_events(tmp_path, text)


@pytest.mark.parametrize("text", [
    "The directors of Velda Motors asked Ann Hale to resign last week.",
    "Velda Motors' board asked Ann Hale to step down on Monday.",
    "Ann Hale is the chief executive of Velda Motors. Velda Motors asked her to resign on Monday.",
])
def test_a_firms_call_on_its_officer_to_go_is_an_ouster(tmp_path, text):
    events = _events(tmp_path, text)
    assert any(t == "Other" and {("Velda Motors", "actor"), ("Ann Hale", "target")} <= p for t, p in events), events
    assert not any(t == "Criticism" for t, _ in events), events


def test_a_senators_call_to_resign_is_still_criticism(tmp_path):
    events = _events(tmp_path, "Senator Tom Reyes urged Ann Hale, the chief executive of Velda Motors, to resign.")
    assert any(t == "Criticism" and ("Tom Reyes", "actor") in p for t, p in events), events
