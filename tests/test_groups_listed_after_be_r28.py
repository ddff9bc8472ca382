"""A group an act was done to, named again as the subject of "are" and listed after it, gives the
act its parties: "fined three lenders ... They are A, B and C", "sanctioned four shippers ... These
companies are A, Malta; B, Oman" (kg.extract.events._include_lists, _group_named_again)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firms", [
    ("The Finance Ministry fined three lenders on Thursday for weak controls. They are Ostrava Savings Bank, "
     "Vellum Bank and Corbin Trust Bank.", {"Ostrava Savings Bank", "Vellum Bank", "Corbin Trust Bank"}),
    ("The State Department imposed sanctions on two shipping firms on Friday. These companies are "
     "Aldane Shipping, Malta; and Tobruq Marine Holdings, Oman.", {"Aldane Shipping", "Tobruq Marine Holdings"}),
    ("The Treasury Department blacklisted three trading companies this week. The companies are: Hessle "
     "Commodities Ltd., Parvan Metals Ltd. and Ruskin Ore Ltd.",
     {"Hessle Commodities Ltd.", "Parvan Metals Ltd.", "Ruskin Ore Ltd."}),
])
def test_the_listed_firms_are_the_targets(tmp_path, text, firms):
    events = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(f, "target") for f in firms} <= e for e in events)


@pytest.mark.parametrize("text", [
    "The Finance Ministry fined three lenders on Thursday. These lenders are worried about the new rules.",
    "The Finance Ministry fined three lenders on Thursday. These lenders are based in Ostrava, where Vellum Bank "
    "also has its head office.",
])
def test_a_group_described_after_be_lists_no_one(tmp_path, text):
    events = event_parts(tmp_path, text, "RegulatoryAction")
    assert not any(("Vellum Bank", "target") in e for e in events)
