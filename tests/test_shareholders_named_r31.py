"""Owners named in the plural after a copula own the firm: "A and B are shareholders in C", "A and
the bank B are the main owners of C"; not where the copula is denied (kg.extract.relations.
_title_links, which reads owner nouns in the plural as it reads titles)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owners, firm", [
    ("Halden Bank and the Dutch insurer Verma Groep are shareholders in Ostro Capital.",
     {"Halden Bank", "Verma Groep"}, "Ostro Capital"),
    ("Halden Bank and Verma Groep are the main owners of Ostro Capital.", {"Halden Bank", "Verma Groep"},
     "Ostro Capital"),
    ("Since 2019, the Kerrow Group and Talvis Bank have been the largest shareholders of Brenna Rail.",
     {"Kerrow Group", "Talvis Bank"}, "Brenna Rail"),
])
def test_owners_named_in_the_plural_own_the_firm(tmp_path, text, owners, firm):
    assert {(o, firm) for o in owners} <= relation_pairs(tmp_path, text, "owns")


def test_owners_denied_by_the_copula_own_nothing(tmp_path):
    text = "Halden Bank and Verma Groep are not shareholders in Ostro Capital."
    assert relation_pairs(tmp_path, text, "owns") == set()
