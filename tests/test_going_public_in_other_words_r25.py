"""Round 25; sentences written for these tests.

Going public said in other words: a firm selling or offering its shares to the public ("for the
first time"), or beginning to trade on a named exchange, lists. A founder selling his shares to a
rival, or a firm beginning to trade derivatives, does not.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Zentrix Software Inc. sold shares to the public for the first time in 2004.", "Zentrix Software Inc."),
    ("Halvard Robotics Ltd. offered its shares to the public for the first time on Friday.", "Halvard Robotics Ltd."),
    ("Orvex Foods Inc. began trading on the Tokyo Stock Exchange on Monday.", "Orvex Foods Inc."),
])
def test_the_firm_lists(tmp_path, text, firm):
    listings = event_parts(tmp_path, text, "IPO")
    assert any((firm, "subject") in e for e in listings), listings


@pytest.mark.parametrize("text", [
    "The founder of Zentrix Software Inc. sold his shares to a rival.",
    "Zentrix Software Inc. began trading derivatives in 2010.",
])
def test_no_listing(tmp_path, text):
    assert not event_parts(tmp_path, text, "IPO")
