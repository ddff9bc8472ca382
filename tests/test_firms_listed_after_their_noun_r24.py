"""Round 24; sentences written for these tests.

Names listed right after a plural noun of firms ("designated four Iranian companies, A, B and C")
are firms, whatever the small model called them, even with another name of one in parentheses
("A (a/k/a B)"); and when a country's word describes the group, each listed firm is located in
that country.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types, relation_pairs

IRAN = ("Iran rejects the charges. The Treasury on Friday designated four Iranian companies, Pars Tarash "
        "(a/k/a Pars Trash Company), Farayand Technique, Fajr Industries Group, and Mizan Machine Manufacturing Group.")


@pytest.mark.parametrize("text, names", [
    (IRAN, ["Pars Tarash", "Farayand Technique", "Fajr Industries Group", "Mizan Machine Manufacturing Group"]),
    ("The bank lent money to three companies, Kestrel Mining, Dorado Systems and Arlo Petrov.",
     ["Kestrel Mining", "Dorado Systems", "Arlo Petrov"]),
    ("Regulators fined two firms, Velda Anders and Tomas Brink, on Monday.", ["Velda Anders", "Tomas Brink"]),
])
def test_names_listed_after_a_noun_of_firms_are_firms(tmp_path, text, names):
    types = article_entity_types(tmp_path, text)
    assert all(types.get(n) == "Company" for n in names), types


@pytest.mark.parametrize("text, firms, country", [
    (IRAN, {"Pars Tarash", "Farayand Technique", "Fajr Industries Group", "Mizan Machine Manufacturing Group"}, "Iran"),
    ("Venezuela protested. Officials designated two Venezuelan firms, Caracas Petrol SA and Orinoco Trading SA, "
     "on Monday.", {"Caracas Petrol SA", "Orinoco Trading SA"}, "Venezuela"),
    ("Chile and Peru agreed. Two Chilean banks, Banco Andes and Banco Sur, and a Peruvian lender, Banco Lima, "
     "signed.", {"Banco Andes", "Banco Sur"}, "Chile"),
])
def test_each_listed_firm_is_in_the_country_describing_the_group(tmp_path, text, firms, country):
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert {(f, country) for f in firms} <= located, located
