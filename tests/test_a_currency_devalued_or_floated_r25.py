"""Round 25; sentences written for these tests.

A central bank or government devaluing any currency ("devalued the naira", "the shilling") or
letting it float ("let the pound float", "allowed the kwacha to float", "floated the pound") makes
a policy act. One refused, or a firm floating its shares, is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actor", [
    ("Nigeria's central bank devalued the naira for the second time this year.", "Central Bank of Nigeria"),
    ("The central bank of Egypt let the pound float on Wednesday.", "Central Bank of Egypt"),
    ("Zambia allowed the kwacha to float freely in 2008.", "Zambia"),
    ("Egypt floated the pound in November 2016.", "Egypt"),
])
def test_the_currency_act_is_a_policy(tmp_path, text, actor):
    acts = event_parts(tmp_path, text, "PolicyAnnouncement")
    assert any((actor, "actor") in a for a in acts), acts


@pytest.mark.parametrize("text", [
    "The central bank of Egypt refused to let the pound float.",
    "Orvex Holdings floated its shares on the London Stock Exchange in May.",
])
def test_no_currency_act(tmp_path, text):
    assert not event_parts(tmp_path, text, "PolicyAnnouncement")
