"""Round 24; sentences written for these tests.

A firm's debut on a named stock exchange is its listing (IPO), whether the debut is a verb with the
firm's shares as subject ("shares of X debuted on the ..."), a noun made by the firm ("X made its
debut on the ...", where the parser may hang the exchange on "made") or the firm's own noun ("X's
debut on the ..."). A debut anywhere else is none.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm, exchange", [
    ("Shares of Alibaba debuted on the New York Stock Exchange on Thursday.", "Alibaba Group", "New York Stock Exchange"),
    ("Alibaba made its debut on the New York Stock Exchange on Thursday.", "Alibaba Group", "New York Stock Exchange"),
    ("Kestrel Mining Ltd. made its debut on the Australian Securities Exchange on Monday.", "Kestrel Mining Ltd.",
     "Australian Securities Exchange"),
])
def test_a_debut_on_an_exchange_is_a_listing(tmp_path, text, firm, exchange):
    listings = event_parts(tmp_path, text, "IPO")
    assert any({(firm, "subject"), (exchange, "location")} <= e for e in listings), listings


def test_a_debut_on_a_stage_is_no_listing(tmp_path):
    assert event_parts(tmp_path, "The band made its debut on the stage in London on Thursday.", "IPO") == []
