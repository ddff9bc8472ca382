"""Round 21, from a probe article opened for study; sentences written for these tests.

"Parliament passed a law that brings the Andes Bank under the central bank": a policy's aim is
named in its "on / against / with / for" phrase or as the object of a clause on it; the firm,
body or country named there is the policy's target.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor, target", [
    ("This week Peru's Congress passed a law that brings the Andes Bank under control of the central bank.",
     "Congress", "Andes Bank"),
    ("The government of Chile adopted a windfall tax on Andina Mining Corp. on Monday.", "Chile", "Andina Mining Corp."),
    ("The Brazilian government launched a rescue plan for Varig Airlines on Friday.", "Brazil", "Varig Airlines"),
])
def test_a_policy_is_aimed_at_whom_it_names(read_events, text, actor, target):
    found = read_events(text)
    assert ("PolicyAnnouncement", target, "target") in found, found


@pytest.mark.parametrize("text, place", [
    ("The Treasury unveiled a stimulus plan for Lima on Monday.", "Lima"),
    ("The ministry announced new rules for banks in Brazil on Friday.", "Brazil"),
    ("Japan adopted a budget with more spending on defence.", "Japan"),
])
def test_a_city_or_a_setting_is_no_target(read_events, text, place):
    found = read_events(text)
    assert ("PolicyAnnouncement", place, "target") not in found, found
