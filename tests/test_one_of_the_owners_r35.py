"""One of a firm's owners named is an owner of it: "One of Y's biggest shareholders is X", "X is
one of the largest shareholders in Y" (kg.extract.relations._one_of_the_owners)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owner, owned", [
    ("One of Skarvik Bank's biggest shareholders is Nordvest Capital, also based in Bergen.",
     "Nordvest Capital", "Skarvik Bank"),
    ("Lumen Partners is one of the largest shareholders in Corvane Motors.", "Lumen Partners", "Corvane Motors"),
    ("Maria Holm is one of the owners of Tessel Foods.", "Maria Holm", "Tessel Foods"),
])
def test_one_of_the_owners_owns_the_firm(tmp_path, text, owner, owned):
    assert (owner, owned) in relation_pairs(tmp_path, text, "owns")


def test_one_of_the_analysts_owns_nothing(tmp_path):
    text = "Lumen Partners is one of the largest advisers to Corvane Motors."
    assert relation_pairs(tmp_path, text, "owns") == set()
