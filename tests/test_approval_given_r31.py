"""A body giving its approval to a measure announces it as approving it would ("the Senate gave
final approval Thursday to an overhaul of the tax code", "parliament gave its approval to the
reform"); approval withheld, or given to a deal, is no policy of the body's
(kg.extract.events._approval_given)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body", [
    ("The Senate gave final approval Wednesday to a broad overhaul of the tax code.", "Senate"),
    ("The Estonian parliament gave its approval to the pension reform on Monday.", "Estonian parliament"),
    ("The Latvian parliament gave final approval to a new budget law on Thursday.", "Latvian parliament"),
])
def test_approval_given_to_a_measure_is_the_bodys_policy(tmp_path, text, body):
    assert any((body, "actor") in e for e in event_parts(tmp_path, text, "PolicyAnnouncement"))


@pytest.mark.parametrize("text", [
    "The Senate did not give its approval to the spending bill.",
    "The Senate gave its approval to the nominee on Friday.",
])
def test_approval_withheld_or_given_to_no_measure_is_none(tmp_path, text):
    assert event_parts(tmp_path, text, "PolicyAnnouncement") == []
