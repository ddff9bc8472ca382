"""A legislature's panel named for the region it covers is one body ("the House Africa
Subcommittee", "the Senate Asia Subcommittee"), not the chamber and a place; whoever heads or
chairs it holds a post there (kg.extract.candidates.NAME_RUN_HEADS)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, panel, person", [
    ("Republican Congressman Tom Varga heads the House Africa Subcommittee.", "House Africa Subcommittee", "Tom Varga"),
    ("Senator Ann Wiley chairs the Senate Asia Subcommittee, which held hearings on Tuesday.",
     "Senate Asia Subcommittee", "Ann Wiley"),
    ("Ray Kerns, who leads the House Europe Subcommittee, criticized the tariffs.", "House Europe Subcommittee", "Ray Kerns"),
])
def test_a_regional_subcommittee_is_one_body_with_its_head(tmp_path, text, panel, person):
    types = article_entity_types(tmp_path, text)
    assert types.get(panel) == "GovernmentBody", types
    assert (person, panel) in relation_pairs(tmp_path, text, "holdsPosition")
