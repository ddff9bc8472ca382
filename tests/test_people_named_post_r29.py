"""A given name before the surname Post names a person, not a newspaper ("David Post", "Emily
Post"); the newspapers named "Post" are named for places ("the Denver Post")
(kg.extract.entity_types.type_by_words, _person_named_post)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("The regulator charged Susan Post of Dayton, Ohio, with insider trading.", "Susan Post"),
    ("Linda Post, a lawyer for the bank, declined to comment on Friday.", "Linda Post"),
    ("The fund was run by Steven Post until 2019, when he retired.", "Steven Post"),
])
def test_a_given_name_before_post_is_a_person(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_a_place_before_post_is_still_a_newspaper(tmp_path):
    text = "The Denver Post reported the sale on Monday, citing two bankers."
    assert "MediaOutlet" in article_entity_types(tmp_path, text).values()
