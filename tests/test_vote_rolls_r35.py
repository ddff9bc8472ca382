"""A vote roll lists a body's voting members: "Voting for the board's action were: A, Chair; B; and
C." makes each person named a member of the body (kg.extract.relations._vote_roll), and a title set
off after a name ("A, Chair") that person's post there. A title alone between a comma and a
semicolon is no person (kg.extract.noise.is_noise)."""

import pytest
from helpers import article_facts, article_entity_types, relation_pairs


def _posts(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], names[r["object"]], r.get("title")) for r in facts["relations"]
            if r["predicate"] == "holdsPosition"}


@pytest.mark.parametrize("text, body, chair, title, members", [
    ("The Monetary Council of the Bank of Varnia held its key rate. Voting for the Monetary Council's decision were: "
     "Ilse Brandt, Governor; Otto Kern; and Lena Vogt.",
     "Monetary Council of the Bank of Varnia", "Ilse Brandt", "Governor", ["Otto Kern", "Lena Vogt"]),
    ("The Rate Setting Committee cut borrowing costs on Thursday. Voting for the policy action were Anna Berg, Chair; "
     "Peter Holm; Sara Lund; and Tom Ek.",
     "Rate Setting Committee", "Anna Berg", "Chair", ["Peter Holm", "Sara Lund", "Tom Ek"]),
    ("Voting in favor of the Harbor Tariff Board's proposal were: Dana Pike, Vice Chairman; Cole Avery; and Reza Amini.",
     "Harbor Tariff Board", "Dana Pike", "Vice Chairman", ["Cole Avery", "Reza Amini"]),
])
def test_each_name_on_a_vote_roll_is_a_member_of_the_body(tmp_path, text, body, chair, title, members):
    member_of = relation_pairs(tmp_path, text, "memberOf")
    for person in members:
        assert (person, body) in member_of, member_of
    assert (chair, body, title) in _posts(tmp_path, text)


def test_a_title_set_off_on_a_roll_is_no_person(tmp_path):
    types = article_entity_types(tmp_path, "The Rate Setting Committee cut rates. Voting for the action were "
                                           "Anna Berg, Chair; Peter Holm, Vice Chair; and Sara Lund.")
    assert "Chair" not in types and "Vice Chair" not in types, types


def test_a_name_suffix_on_a_roll_is_no_title(tmp_path):
    text = ("The Rate Setting Committee cut rates. Voting for the action were Anna Berg, Chair; and Tom Ek, Jr.")
    assert ("Tom Ek", "Rate Setting Committee") in relation_pairs(tmp_path, text, "memberOf")
    assert not any(p == "Tom Ek" for p, _, _ in _posts(tmp_path, text))


def test_a_roll_with_no_voting_body_named_makes_no_members(tmp_path):
    text = "Shareholders gathered in Leeds. Voting for the proposal were Anna Berg and Tom Ek."
    assert relation_pairs(tmp_path, text, "memberOf") == set()
