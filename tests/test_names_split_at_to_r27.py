"""Two names the model ran together over a verb's "to" or "from" are two entities ("sold Tarn
Cars to Kelso Motors"), while a name whose own word "to" is ("the Committee to Protect
Journalists") stays whole (kg.extract.candidates._split)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, first, second", [
    ("Fordham Motor Co. sold Jaguaro Cars to Kestrel Motors in 2008.", "Jaguaro Cars", "Kestrel Motors"),
    ("The government sold Rover Cars to Kelso Motors last year.", "Rover Cars", "Kelso Motors"),
    ("Tarsel Group handed Arden Cars to Kelso Motors in June.", "Arden Cars", "Kelso Motors"),
])
def test_the_verbs_phrase_splits_the_names(tmp_path, text, first, second):
    names = set(article_entity_types(tmp_path, text))
    assert {first, second} <= names
    assert not any(" to " in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("The Committee to Protect Journalists criticized the arrest on Monday.", "Committee to Protect Journalists"),
])
def test_a_name_with_its_own_to_stays_whole(tmp_path, text, name):
    assert name in article_entity_types(tmp_path, text)
