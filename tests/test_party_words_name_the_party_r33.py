"""The word a member of a well-known party is called by names the party even where the party's
own name is not written ("Republican Senator X", "X, a Democrat, said", "three Republican votes";
the gazetteer's aliases), so the member's party is read (kg.extract.relations._party_word_beside_person).
A lower-case "republican" and a longer name holding the word stay apart."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, person, party", [
    ("Republican Congressman Dale Fenwick said the bill would not pass.", "Dale Fenwick", "Republican Party"),
    ("Senator Ruth Alder, a Democrat, called the tariffs a mistake.", "Ruth Alder", "Democratic Party"),
    ("Leo Marsh, a Republican from Ohio, voted against the measure.", "Leo Marsh", "Republican Party"),
])
def test_a_party_word_beside_a_person_makes_them_a_member(tmp_path, text, person, party):
    assert (person, party) in relation_pairs(tmp_path, text, "memberOf")


def test_a_party_word_alone_still_names_the_party(tmp_path):
    types = article_entity_types(tmp_path, "The measure passed with the help of four Republican votes.")
    assert types.get("Republican Party") == "PoliticalParty", types


@pytest.mark.parametrize("text", [
    "The old republican ideals of the city survived the war.",
    "The Democratic Republic of the Congo signed the mining deal.",
])
def test_lower_case_words_and_longer_names_name_no_party(tmp_path, text):
    types = article_entity_types(tmp_path, text)
    assert "Republican Party" not in types and "Democratic Party" not in types, types


def test_a_chambers_post_held_by_a_partys_member(tmp_path):
    text = "Senate Republican leader Walt Brenner of Ohio praised the compromise."
    assert ("Walt Brenner", "U.S. Senate") in relation_pairs(tmp_path, text, "holdsPosition") or \
        ("Walt Brenner", "Senate") in relation_pairs(tmp_path, text, "holdsPosition")
    assert ("Walt Brenner", "Republican Party") in relation_pairs(tmp_path, text, "memberOf")
    assert ("Walt Brenner", "Republican Party") not in relation_pairs(tmp_path, text, "holdsPosition")
