"""Owners told in a description: a country owns the firm called its state-owned one ("Norway's
state-owned oil company, X", "the Brazilian state-run oil company, X";
kg.extract.relations._locations), and a firm set off as "a company acquired by Y" is Y's
(kg.extract.relations, owners described)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, state, firm", [
    ("Exports fell after Norway's state-owned oil company, Nordstrand Energy, cut output.", "Norway", "Nordstrand Energy"),
    ("The talks with China's state-run shipping company, Haiwen Lines, broke down.", "China", "Haiwen Lines"),
    ("The Brazilian state-controlled lender, Tarumã Financial, raised rates on Monday in Brazil.", "Brazil", "Tarumã Financial"),
])
def test_a_country_owns_its_state_owned_firm(tmp_path, text, state, firm):
    assert (state, firm) in relation_pairs(tmp_path, text, "owns")


def test_a_countrys_largest_firm_is_not_its_own(tmp_path):
    text = "Exports fell after Norway's largest oil company, Nordstrand Energy, cut output."
    assert ("Norway", "Nordstrand Energy") not in relation_pairs(tmp_path, text, "owns")


@pytest.mark.parametrize("text, parent, child", [
    ("Kelder Instruments, a company acquired by Varga Holdings, exported the parts.", "Varga Holdings", "Kelder Instruments"),
    ("Orlo Systems, a chipmaker bought by Tessaly Group in 2004, made the sensors.", "Tessaly Group", "Orlo Systems"),
    ("Pike Foods, a firm owned by Marren Capital, closed two plants.", "Marren Capital", "Pike Foods"),
])
def test_a_firm_described_as_acquired_by_another_is_its(tmp_path, text, parent, child):
    assert (parent, child) in relation_pairs(tmp_path, text, "owns")


def test_a_firm_described_as_founded_by_someone_is_not_owned(tmp_path):
    text = "Kelder Instruments, a company founded by Ana Ruiz, exported the parts."
    assert relation_pairs(tmp_path, text, "owns") == set()
