"""A party's member named by the party's word is its member: "Republican Wally Herger", "Social
Democrat lawmaker X", "X, a Michigan Democrat,", "X, a Democrat from Ohio" (the party must be one
the article names) (kg.extract.relations._party_word_beside_person, _member_words)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, party", [
    ("Republicans and Democrats split on the tariff bill. Republican Dale Pruett voted against it on Thursday.",
     "Dale Pruett", "Republican Party"),
    ("The Democratic Party backed the bill. \"We cannot wait,\" said Rosa Delgado, a Nevada Democrat.",
     "Rosa Delgado", "Democratic Party"),
    ("The Social Democrats lost four seats. Their rival, Social Democrat lawmaker Jonas Petraitis, kept his.",
     "Jonas Petraitis", "Social Democrats"),
    ("The Democratic Party won the state. Senator Ruth Hale, a Democrat from Iowa, praised the vote count.",
     "Ruth Hale", "Democratic Party"),
])
def test_a_person_called_by_the_party_word_is_a_member(tmp_path, text, person, party):
    assert (person, party) in relation_pairs(tmp_path, text, "memberOf")


@pytest.mark.parametrize("text, person", [
    ("Republicans and Democrats split on the bill. The Republican candidate lost to Dale Pruett.", "Dale Pruett"),
    ("The Democratic Party backed the bill, Rosa Delgado said in a statement.", "Rosa Delgado"),
])
def test_a_party_word_not_beside_the_person_makes_no_member(tmp_path, text, person):
    assert not {p for p in relation_pairs(tmp_path, text, "memberOf") if p[0] == person}
