"""A place in parentheses right after a public body's name places the body there, as after a
firm's ("the Norges Bank (Norway)", "the Bank of Korea (South Korea)";
kg.extract.relations, places in parentheses)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, body, place", [
    ("The Fed opened swap lines with the Norges Bank (Norway) and the Sveriges Riksbank (Sweden).",
     "Norges Bank", "Norway"),
    ("Talks included the Danmarks Nationalbank (Denmark) and two lenders.", "Danmarks Nationalbank", "Denmark"),
    ("Officials from the Ministry of Finance (Japan) attended the meeting in Paris.", "Ministry of Finance", "Japan"),
])
def test_a_public_bodys_place_in_parentheses(tmp_path, text, body, place):
    pairs = relation_pairs(tmp_path, text, "locatedIn")
    assert any(b.endswith(body) and p == place for b, p in pairs), pairs
