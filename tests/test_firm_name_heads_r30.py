"""More plural nouns end only firms' names ("Arvo Foods", "Kelbor Motors", "Zenor Networks"): a
coined word before one is a firm the model left untagged (kg.extract.missed_names.FIRM_NAME_HEADS);
dictionary words before it are no name."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, firm", [
    ("Arvo Foods' parent, Fenwick Holdings, reported a loss.", "Arvo Foods"),
    ("Velmora Airways' pilots went on strike on Monday.", "Velmora Airways"),
    ("Quenta Brands' chief executive, Ada Lind, resigned.", "Quenta Brands"),
])
def test_a_coined_word_before_a_firm_head_is_a_firm(tmp_path, text, firm):
    assert article_entity_types(tmp_path, text).get(firm) == "Company"


def test_the_parent_of_a_firm_so_named_owns_it(tmp_path):
    text = "Arvo Foods' parent, Fenwick Holdings, reported a loss."
    assert ("Fenwick Holdings", "Arvo Foods") in relation_pairs(tmp_path, text, "owns")


def test_dictionary_words_before_a_firm_head_are_no_name(tmp_path):
    text = "Some Organic Foods were recalled from stores after the inspection."
    assert "Organic Foods" not in article_entity_types(tmp_path, text)
