"""Round 25; sentences written for these tests.

A legislature impeaching or voting to remove a leader takes an office away, as removing one does
(an Other event: the body acts, the leader is the target). A call for it is no act.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body, leader", [
    ("South Korea's parliament impeached President Yoon Suk Yeol on Saturday.", "South Korea's parliament",
     "Yoon Suk Yeol"),
    ("The House voted to impeach President Donald Trump on Wednesday.", "House", "Donald Trump"),
    ("The impeachment of President Dilma Rousseff by Brazil's Senate ended her term.", "Senate", "Dilma Rousseff"),
])
def test_the_body_takes_the_office_away(tmp_path, text, body, leader):
    acts = event_parts(tmp_path, text, "Other")
    assert any({(body, "actor"), (leader, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text", [
    "Critics called for the impeachment of President Yoon Suk Yeol.",
    "Lawmakers voted against a motion to impeach President Yoon Suk Yeol on Friday.",
])
def test_an_impeachment_asked_for_or_voted_down_is_none(tmp_path, text):
    assert not any(("Yoon Suk Yeol", "target") in a for a in event_parts(tmp_path, text, "Other"))
