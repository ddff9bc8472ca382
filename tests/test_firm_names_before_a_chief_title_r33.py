"""A firm's name written right before its chief officer's title ends where the title begins: the
model may run "Honda Chief Financial" together before "Officer X"; the firm is "Honda" and X holds
a post there (kg.extract.candidates._before_a_chief_title). A name that holds such words before
another word stays whole."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm, person", [
    ("Honda Chief Financial Officer Takashi Sato spoke to reporters on Monday.", "Honda", "Takashi Sato"),
    ("Siemens Chief Financial Officer Joe Kaeser gave the figures.", "Siemens", "Joe Kaeser"),
    ("Sony Chief Technology Officer Kenji Hara spoke at the fair.", "Sony", "Kenji Hara"),
])
def test_the_firm_ends_where_the_chief_title_begins(tmp_path, text, firm, person):
    types = article_entity_types(tmp_path, text)
    assert types.get(firm) == "Company", types
    assert not any(name.startswith(firm + " Chief") for name in types), types
    assert (person, firm) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_name_holding_such_words_stays_whole(tmp_path):
    types = article_entity_types(tmp_path, "The Chief Information Office of the state issued new rules.")
    assert not any(name == "Chief" for name in types), types
