"""A body's rotating office: a person who holds "the rotating EU presidency" holds a post of the
body; a country that holds it is one of its members ("Finland, which holds the presidency of the
European Union"; kg.extract.relations._bodys_office_held). Owning a stake is not this."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person", [
    ("The talks included Austrian Chancellor Karl Weber, who holds the rotating EU presidency.", "Karl Weber"),
    ("Prime Minister Ana Ruiz, who now holds the revolving presidency of the European Union, opened the summit.", "Ana Ruiz"),
])
def test_a_person_holding_a_bodys_presidency_holds_a_post_there(tmp_path, text, person):
    assert (person, "European Union") in relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, country", [
    ("Portugal, which holds the presidency of the European Union, called a summit.", "Portugal"),
    ("Premier Jan Kowal of Poland, which holds the six-month EU presidency, flew to Beijing.", "Poland"),
])
def test_a_country_holding_a_bodys_presidency_is_its_member(tmp_path, text, country):
    assert (country, "European Union") in relation_pairs(tmp_path, text, "memberOf")


def test_the_prime_minister_of_a_country_holding_it_holds_no_post_of_the_body(tmp_path):
    text = "Premier Jan Kowal of Poland, which holds the six-month EU presidency, flew to Beijing."
    assert ("Jan Kowal", "European Union") not in relation_pairs(tmp_path, text, "holdsPosition")
