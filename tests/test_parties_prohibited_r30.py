"""An authority's ruling that prohibits a named party from doing something acts against it
("announced a final determination prohibiting X from selling ..."): a RegulatoryAction, the
authority that issued the ruling acting (kg.extract.events._regulatory, RULING_DOCUMENTS); a
capitalised "Final Determination" is a document, not a firm (LAW_HEADS)."""

import pytest
from helpers import article_entity_types, event_parts


@pytest.mark.parametrize("text, authority, party", [
    ("The Commerce Department announced a final determination prohibiting Tarvo Labs from selling "
     "software in the United States.", "U.S. Department of Commerce", "Tarvo Labs"),
    ("The Federal Communications Commission issued a decision prohibiting Hexa Mobile Corp. from "
     "offering service to American customers.", "Federal Communications Commission", "Hexa Mobile Corp."),
    ("The Treasury Department prohibited Calder Networks from opening accounts at U.S. banks.",
     "U.S. Department of the Treasury", "Calder Networks"),
])
def test_a_ruling_prohibiting_a_named_party_acts_against_it(tmp_path, text, authority, party):
    assert any({(authority, "actor"), (party, "target")} <= p for p in event_parts(tmp_path, text, "RegulatoryAction"))


def test_a_capitalised_final_determination_is_no_firm(tmp_path):
    text = ("The Commerce Department announced a Final Determination prohibiting Tarvo Labs from selling "
            "software in the United States.")
    assert "Final Determination" not in article_entity_types(tmp_path, text)


def test_a_party_not_prohibited_is_not_acted_against(tmp_path):
    text = "The rules do not prohibit Tarvo Labs from selling software in the United States, the Commerce Department said."
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
