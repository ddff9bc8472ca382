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


@pytest.mark.parametrize("text, speaker", [
    ('In Lahore, Green Rally leader Omar Haq stood beside Unity Party Chairman Bilal Zaidi. '
     '"The count was rigged," the Unity Party leader said.', "Bilal Zaidi"),
    ('Farmers Union head Lea Brandt spoke after Corvane Ltd chief executive Ivo Petrak. '
     '"Prices will rise," the Farmers Union chief said.', "Lea Brandt"),
    ('Harbor Fund chairman Tom Reyes met Lena Marsh, the president of Talvik Mining. '
     '"We are not selling," the Talvik Mining president said.', "Lena Marsh"),
    ('Velora Bank governor Tim Oduya spoke after Kestrel Bank governor Ana Sousa. '
     '"Rates will stay where they are," the Velora Bank governor said.', "Tim Oduya"),
])
def test_a_title_qualified_by_a_body_is_the_person_with_a_post_there(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]


def test_a_title_qualified_by_a_body_nobody_holds_a_post_in_names_no_speaker(nlp):
    text = ('Harbor Fund chairman Tom Reyes met reporters in Oslo. '
            '"We are not selling," the Talvik Mining president said.')
    assert speakers(nlp, text) != ["Tom Reyes"]
