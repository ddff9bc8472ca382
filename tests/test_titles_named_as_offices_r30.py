"""An office the gazetteer knows by its holder's title, written right before a person's name
("U.S. Trade Representative Michael Froman"), is the title: the person holds a post of the
country that opens it, as "U.S. Commerce Secretary X" does; written alone, it is still the office
(kg.extract.candidates._titles_named_as_offices)."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, person", [
    ("U.S. Trade Representative Michael Froman told reporters on Tuesday that the talks would resume.",
     "Michael Froman"),
    ("The president praised former U.S. trade representative Robert Zoellick on Monday.", "Robert Zoellick"),
    ("On Tuesday, U.S. Trade Representative Katherine Tai met her Japanese counterpart in Tokyo.", "Katherine Tai"),
])
def test_a_title_before_a_name_is_a_post_of_the_country(tmp_path, text, person):
    assert (person, "United States") in relation_pairs(tmp_path, text, "holdsPosition")
    assert "Office of the United States Trade Representative" not in article_entity_types(tmp_path, text)


def test_the_office_written_alone_is_still_the_office(tmp_path):
    text = "The U.S. Trade Representative announced new tariffs on steel imports on Friday."
    assert article_entity_types(tmp_path, text).get("Office of the United States Trade Representative") == "GovernmentBody"
