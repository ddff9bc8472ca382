"""Investigators searching a party's offices or home act against that party ("searched the
offices of X", "searched X's headquarters"), as a raid does; a search for something is no
enforcement (kg.extract.events._searched_premises, PREMISES_NOUNS)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, party", [
    ("Police searched the offices of Marlow Holdings on Thursday as part of a bribery inquiry.", "Marlow Holdings"),
    ("Prosecutors searched Vantor Energy's headquarters and the home of its chief executive.", "Vantor Energy"),
    ("Tax inspectors searched the premises of Brenton Foods in Lyon last week.", "Brenton Foods"),
])
def test_searching_a_partys_premises_acts_against_it(tmp_path, text, party):
    assert any((party, "target") in p for p in event_parts(tmp_path, text, "RegulatoryAction"))


@pytest.mark.parametrize("text", [
    "Marlow Holdings searched for a buyer for its shipping unit all year.",
    "Vantor Energy searched the market for a new chief executive.",
])
def test_a_search_for_something_is_no_enforcement(tmp_path, text):
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
