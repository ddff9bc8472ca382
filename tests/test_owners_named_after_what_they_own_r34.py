"""A parent named after the firm it owns, set off by commas ("The parent company of Skyway
Airlines, Skyway Holdings, reported a loss"): the small parser hangs the owner's name on the
owned firm's, and the owner still owns it (kg.extract.relations._owner_set_off_after_owned). A
description set off there ("a Texas carrier") names no owner."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owner, owned", [
    ("The parent company of Skyway Airlines, Skyway Holdings, reported a loss.", "Skyway Holdings", "Skyway Airlines"),
    ("The parent of Marlow Bank, Marlow Financial Group, raised new capital on Friday.",
     "Marlow Financial Group", "Marlow Bank"),
    ("The owner of the Daily Ledger, Ledger Media Group, cut jobs.", "Ledger Media Group", "Daily Ledger"),
])
def test_the_owner_named_after_the_owned_firm_owns_it(tmp_path, text, owner, owned):
    assert (owner, owned) in relation_pairs(tmp_path, text, "owns")


def test_a_description_set_off_after_it_names_no_owner(tmp_path):
    text = "The parent company of Skyway Airlines, a Texas carrier, reported a loss."
    assert relation_pairs(tmp_path, text, "owns") == set()
