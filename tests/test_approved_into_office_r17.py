"""A legislature that approves or confirms someone as an officer gives an office (Other), as one
that appoints or names does, round 17; it announces no policy. Only when an office is named:
"approved the budget" stays a policy. Sentences written for these tests; the people invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, person", [
    ("Norway's parliament on Thursday approved Ada Lind as the new prime minister.", "Norway's parliament", "Ada Lind"),
    ("The Senate confirmed Ines Varga as Treasury secretary on Tuesday.", "Senate", "Ines Varga"),
    ("On Monday the Chilean Senate approved Tomas Reiner as central bank governor.", "Chilean Senate", "Tomas Reiner"),
])
def test_approving_someone_as_an_officer_gives_an_office(read_events, text, body, person):
    found = read_events(text)
    assert ("Other", person, "target") in found, found
    assert not any(kind == "PolicyAnnouncement" for kind, _, _ in found), found


def test_approving_a_budget_names_no_officer(read_events):
    found = read_events("Norway's parliament on Thursday approved the budget for next year.")
    assert not any(kind == "Other" for kind, _, _ in found), found
