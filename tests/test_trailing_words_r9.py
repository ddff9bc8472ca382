"""A name the model ran into the preposition after it ("Quill Mining to") ends before it: the
firm is "Quill Mining", and a deal's target is named as the firm is elsewhere. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def names(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text", [
    "Tarn Holdings agreed to sell Quill Mining to Corvane Resources.",
    "Velmar Group agreed to sell Quill Mining to Corvane Resources.",
    "Ostra Capital agreed to sell Quill Mining to Corvane Resources.",
])
def test_a_name_ends_before_a_preposition_the_model_ran_it_into(nlp, text):
    found = names(nlp, text)
    assert "Quill Mining" in found and not any(n.endswith(" to") for n in found), found


@pytest.mark.parametrize("text, name", [
    ("The Bank of England raised rates.", "Bank of England"),
    ("Shares of Procter & Gamble rose.", "Procter & Gamble"),
])
def test_names_with_inner_small_words_stay_whole(nlp, text, name):
    assert name in names(nlp, text)
