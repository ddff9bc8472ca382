"""Round 23; sentences written for these tests.

The small model sometimes labels a firm's name a work of art, an event or a law when the words
around it are unusual ("a bid for Tarn Foods"). Two or more capitalised words ending in a business
noun or a legal form are a firm's name whatever the label; titles of books and laws are not.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


def _entities(tmp_path, text):
    return article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text, firm", [
    ("Velda Group made a bid for Tarn Foods on Monday.", "Tarn Foods"),
    ("Analysts expect a bid for Tarn Foods soon.", "Tarn Foods"),
    ("Investors bet on Tarn Foods this year.", "Tarn Foods"),
])
def test_a_firm_named_by_its_words_is_a_firm_whatever_the_model_labels_it(tmp_path, text, firm):
    assert _entities(tmp_path, text).get(firm) == "Company"


def test_the_title_of_a_book_is_no_firm(tmp_path):
    entities = _entities(tmp_path, "He read The Wealth of Nations twice as a student.")
    assert not any(t == "Company" for t in entities.values()), entities
