"""Round 23; sentences written for these tests.

An ambassador or envoy named with the country they are sent to serves the country that sends
them: "Brazil's Ambassador to the United States X", "Brazil's ambassador to Japan, X,", "the
Brazilian envoy to Japan, X,". The country they are sent to is no post of theirs.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


def _posts(tmp_path, text):
    return relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, host", [
    ("Brazil's Ambassador to the United States Roberto Abdenur objected to the criticism.", "United States"),
    ("Brazil's ambassador to Japan, Roberto Abdenur, objected to the criticism.", "Japan"),
    ("Brazil protested on Monday. The Brazilian envoy to Japan, Roberto Abdenur, objected.", "Japan"),
])
def test_an_envoy_serves_the_country_that_sends_them(tmp_path, text, host):
    posts = _posts(tmp_path, text)
    assert ("Roberto Abdenur", "Brazil") in posts, posts
    assert ("Roberto Abdenur", host) not in posts, posts
