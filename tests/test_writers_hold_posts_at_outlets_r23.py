"""Round 23; sentences written for these tests.

A columnist, journalist or commentator holds a post at the outlet named with the title, as a
reporter or an editor does: "New York Times business columnist X", "X, a columnist for the Wall
Street Journal", "Reuters commentator X". The title alone places nobody.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


def _posts(tmp_path, text):
    return relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, person, outlet", [
    ("New York Times business columnist Joe Nocera says the package was part of the contract.",
     "Joe Nocera", "The New York Times"),
    ("Ann Hale, a columnist for The Wall Street Journal, wrote about the deal on Sunday.",
     "Ann Hale", "The Wall Street Journal"),
    ("Reuters commentator Ann Hale wrote about the deal on Sunday.", "Ann Hale", "Reuters"),
    ("Financial Times journalist Ann Hale first reported the deal on Sunday.", "Ann Hale", "Financial Times"),
])
def test_a_writer_holds_a_post_at_the_outlet(tmp_path, text, person, outlet):
    assert (person, outlet) in _posts(tmp_path, text)


def test_the_title_alone_places_nobody(tmp_path):
    assert not _posts(tmp_path, "Ann Hale, a journalist, wrote about the deal on Sunday.")
