"""A firm owned by a named owner written before it with a hyphen, also with the firm's description
between ("the Tarn-owned Swedish truck maker Vollo": kg.extract.relations), and a firm the model
left untagged right after the noun that says it is a firm ("the German carmaker Vollo":
kg.extract.missed_names.skipped_names)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, owner, owned", [
    ("A similar cut may come from the Halvorsen-owned Danish ferry operator Nordlys in the coming weeks.",
     "Halvorsen", "Nordlys"),
    ("Investors sold shares of the Pellam Holdings-controlled Italian lender Banca Serpieri on Friday.",
     "Pellam Holdings", "Banca Serpieri"),
    ("The Kestrel-owned budget airline Skyhop said on Monday that bookings fell.", "Kestrel", "Skyhop"),
])
def test_an_owner_written_before_a_described_firm_owns_it(tmp_path, text, owner, owned):
    assert (owner, owned) in relation_pairs(tmp_path, text, "owns")


@pytest.mark.parametrize("text, firm", [
    ("A rescue plan for the German carmaker Opel was approved.", "Opel"),
    ("Analysts expect the Austrian carmaker Velbrun to cut output.", "Velbrun"),
    ("The Irish airline Skellig said fares would rise.", "Skellig"),
    ("A Chilean miner, the copper miner Andacor, raised its forecast.", "Andacor"),
])
def test_a_name_right_after_a_firm_noun_is_a_firm(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_an_owned_thing_that_is_no_name_gives_no_owner(tmp_path):
    text = "The Halvorsen-owned stake rose while Nordlys Shipping fell on Friday."
    assert relation_pairs(tmp_path, text, "owns") == set()
