"""A person referred to by a definite description with a title (round 10, coreference).

"The Harwick Bank president", "the Velmora central bank governor", "Dorsay's party chairman": a
mention of the one person the article names with that title (and that body or place) elsewhere
("Harwick Bank President Lena Dorsay", "Ivo Brandt, the governor of the Velmora central bank"), or,
when the description is the subject of a paragraph's sentence, of the person first named as the
subject of the next ("The Harwick Bank chairman told lawmakers ... Lena Dorsay said ..."). Never
when two people could fit, nor for a plural, an indefinite, a former or a deputy holder. The
mention reaches quotes and events. Sentences written for these tests (invented names).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.extract.entities import resolve_entities
from kg.models import Article


def mentions_of(nlp, text, name):
    ents = list(resolve_entities(nlp(text), Article(id="t", text=text)))
    hits = [e for e in ents if e.name == name]
    assert len(hits) == 1, [(e.name, e.type) for e in ents]
    return [m.text for m in hits[0].mentions]


def description_is_mention(nlp, text, name, word):
    return any(m.lower() == word for m in mentions_of(nlp, text, name))


@pytest.mark.parametrize("text, name, word", [
    ("Harwick Bank President Lena Dorsay visited Velmora on Monday. Markets rose later in the week. "
     "The Harwick Bank president says the lender will cut its fees.", "Lena Dorsay", "president"),
    ("Ivo Brandt, the governor of Pelland, opened the new port on Tuesday. Traders cheered the news. "
     "Pelland's governor later promised lower taxes for farmers.", "Ivo Brandt", "governor"),
    ("Trade Minister Oskar Venn met the union leaders on Friday. Prices of grain fell sharply. "
     "The trade minister told reporters the talks would continue.", "Oskar Venn", "minister"),
    # a country's adjective the model took as a name in one place and not in the other
    ("Talks on the canal began in Quito. Chilean President Ana Ruiz arrived there on Monday with her "
     "ministers. During the talks, the Chilean President stressed that Chile wanted closer ties.",
     "Ana Ruiz", "president"),
    # the body given by a description of it ("the company"), the name's words all on the surname
    ("Tolvin Group Chief Executive Lena Dorsay opened a plant in Velmora on Monday. Shares in the company "
     "rose 4 percent. The company's chief executive said output would double.", "Lena Dorsay", "executive"),
])
def test_a_titled_description_is_the_person_named_with_that_title(nlp, text, name, word):
    assert description_is_mention(nlp, text, name, word), text


@pytest.mark.parametrize("text, name, word", [
    ("Shares fell again in Velmora.\nThe current Harwick Bank chairman told lawmakers that lending was "
     "sound. Lena Dorsay said the bank expects steady growth.", "Lena Dorsay", "chairman"),
    ("Pelland's governor, who led the port project, has resigned over a loan. Ivo Brandt told "
     "reporters he regretted the affair.", "Ivo Brandt", "governor"),
])
def test_a_description_opening_a_paragraph_is_the_person_named_next(nlp, text, name, word):
    assert description_is_mention(nlp, text, name, word), text


@pytest.mark.parametrize("text, name, word", [
    # two presidents could fit a bare title
    ("Harwick Bank President Lena Dorsay met Tolvin Group President Ivo Brandt in Velmora. "
     "Markets rose later in the week. The president says fees will fall.", "Lena Dorsay", "president"),
    # a former holder, a deputy, a plural, an indefinite
    ("Harwick Bank President Lena Dorsay visited Velmora on Monday. Markets rose later in the week. "
     "The former Harwick Bank president says the lender must cut fees.", "Lena Dorsay", "president"),
    ("Harwick Bank President Lena Dorsay visited Velmora on Monday. Markets rose later in the week. "
     "The Harwick Bank vice president says the lender will cut fees.", "Lena Dorsay", "president"),
    ("Ivo Brandt, the governor of Pelland, opened the port on Tuesday. Traders cheered the news. "
     "A governor from the north said the plan was costly.", "Ivo Brandt", "governor"),
    ("Ivo Brandt, the governor of Pelland, opened the port on Tuesday. Traders cheered the news. "
     "Central bank governors met in Velmora to discuss rates.", "Ivo Brandt", "governors"),
    # a description opening a paragraph with no body or place named is not introduced by the next name
    ("Shares fell in Velmora.\nThe longtime leader has prepared the ground for a successor. Ivo Brandt "
     "told reporters he regretted the affair.", "Ivo Brandt", "leader"),
    ("Tolvin Group Chief Executive Lena Dorsay opened a plant in Velmora on Monday. Shares in the company "
     "rose 4 percent. The company's former chief executive said output would double.", "Lena Dorsay", "executive"),
    # another body's title
    ("Harwick Bank President Lena Dorsay visited Velmora on Monday. Markets rose later in the week. "
     "The Tolvin Group president says the firm will cut fees.", "Lena Dorsay", "president"),
])
def test_no_mention_when_the_description_may_be_someone_else(nlp, text, name, word):
    assert not description_is_mention(nlp, text, name, word), text


def test_the_description_reaches_quotes(nlp):
    text = ("Harwick Bank President Lena Dorsay visited Velmora on Monday. Ivo Brandt, a trader, "
            "said markets rose. The Harwick Bank president said: \"We will cut fees for every saver.\"")
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 1, 1)))
    names = {e.key: e.name for e in facts.entities}
    said = [names.get(q.speaker) for q in facts.quotes if "cut fees" in q.text]
    assert said == ["Lena Dorsay"]
