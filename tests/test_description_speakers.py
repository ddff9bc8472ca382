"""Who "the ministry" is when it speaks: a ministry the article names, never another kind of
government body. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.models import Article


def speakers(nlp, text):
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 1, 1)))
    names = {e.key: e.name for e in facts.entities}
    return [names.get(q.speaker) for q in facts.quotes]


@pytest.mark.parametrize("text", [
    'The Board of Audit opened a probe. "We will look at every deal," the ministry said.',
    'Inspectors from the Mining Safety Board closed the pit. "The rules were broken," the ministry said.',
    '"Output will recover," the ministry said. Later the National Audit Office began a review.',
])
def test_the_ministry_is_not_another_kind_of_body(nlp, text):
    assert speakers(nlp, text) == []


@pytest.mark.parametrize("text, speaker", [
    ('Zembla\'s Ministry of Finance raised taxes. "This is needed," the ministry said.', "Ministry of Finance"),
    ('The Treasury Department fined the bank. "It broke the law," the department said.', "Treasury Department"),
    ('The Department of Energy and the Mining Board met. "Output will rise," the department said.',
     "Department of Energy"),
])
def test_the_ministry_is_the_ministry_the_article_names(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]
