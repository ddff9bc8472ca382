"""Round 19, from a fourth judged audit; sentences written for these tests.

"'We act,' said Chairman X" in an agency's release that names no firm: the chair of the one
commission, board or agency the release names (a chair's title had found no holder when no
company was named).
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, body", [
    ('The Commodity Futures Trading Commission announced its results. "We act," said Chairman Ada Lind.', "Ada Lind",
     "Commodity Futures Trading Commission"),
    ('The Securities and Exchange Commission adopted a rule. "We act," said Chair Tom Varga.', "Tom Varga",
     "Securities and Exchange Commission"),
    ("The Federal Deposit Insurance Corporation closed the bank. Chairman Ken Oda said depositors were safe.",
     "Ken Oda", "Federal Deposit Insurance Corporation"),
])
def test_a_bare_chair_in_an_agency_release_chairs_the_agency(tmp_path, text, person, body):
    posts = relation_pairs(tmp_path, "Markets rose.\n" + text, "holdsPosition")
    assert (person, body) in posts, posts
