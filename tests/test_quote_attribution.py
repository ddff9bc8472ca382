"""Who said a quote when the parse or the layout makes it hard: a title after the quote that the
tagger calls a proper noun, a surname it calls a plural noun, a passage that runs on into the
next paragraph, paragraphs the parser ran together. Articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.models import Article


def said(nlp, text):
    """(speaker name, first words) of each quote the whole extraction finds, in text order."""
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 1, 1)))
    names = {e.key: e.name for e in facts.entities}
    return [(names.get(q.speaker), " ".join(q.text.split()[:3])) for q in facts.quotes]


HEAD = "Budget day\n"  # the first line is the headline


@pytest.mark.parametrize("body, speaker, words", [
    ("Finance Minister Rosa Ilves presented the budget on Monday.\n“We cannot spend what we do not have,” the minister said.",
     "Rosa Ilves", "We cannot spend"),
    ("Trade Minister Aino Kask met exporters in Tartu.\n“Orders are falling everywhere,” the minister said.",
     "Aino Kask", "Orders are falling"),
    ("Governor Peeter Luik opened the bridge on Friday.\n“It took nine years to build,” the governor said.",
     "Peeter Luik", "It took nine"),
])
def test_the_title_after_a_quote_is_the_person_named_with_it(nlp, body, speaker, words):
    assert said(nlp, HEAD + body) == [(speaker, words)]


@pytest.mark.parametrize("body, speaker, words", [
    ("Rosa Ilves and Liis Saar spoke at the forum.\nAsked about the cuts, Ilves replied: “Every ministry must save.”",
     "Rosa Ilves", "Every ministry must"),
    ("Karl Tamm leads the opposition.\nLater, Tamm added: “This budget is a betrayal of voters.”",
     "Karl Tamm", "This budget is"),
    ("Anna Valdres heads the union.\nValdres replied: “Our members are angry.”", "Anna Valdres", "Our members are"),
])
def test_a_surname_opening_its_sentence_speaks(nlp, body, speaker, words):
    assert (speaker, words) in said(nlp, HEAD + body)


def test_a_passage_that_runs_on_is_said_by_whoever_the_next_paragraph_names(nlp):
    body = ("Karl Tamm called the plan cruel.\n“It will hurt families,” Tamm said.\n"
            "“Growth will return next year. Inflation is under control.\n"
            "“We expect rates to fall,” Finance Minister Rosa Ilves added.")
    found = said(nlp, HEAD + body)
    assert ("Rosa Ilves", "Growth will return") in found and ("Karl Tamm", "It will hurt") in found


def test_a_passage_that_runs_on_into_an_unattributed_quote_keeps_the_speaker_before(nlp):
    body = ("Karl Tamm called the plan cruel.\n“It will hurt families,” Tamm said.\n"
            "“Growth is a promise, not a plan.\n“Voters know it.”")
    assert ("Karl Tamm", "Growth is a") in said(nlp, HEAD + body)


def test_a_line_break_ends_a_sentence(nlp):
    text = HEAD + "“It is a fair plan,” Ilves told the Narva Post.\nSaar, speaking to reporters, warned that markets would fall."
    doc = nlp(text)
    saar = next(t for t in doc if t.text == "Saar")
    assert saar.is_sent_start
    assert saar.sent.root.lemma_ == "warn"


@pytest.mark.parametrize("body, speaker, words", [
    # the subject's own words framing someone else's act: accused of, blamed for, dismissed as
    ("Opposition leader Pavel Drummond accused the government of “reckless borrowing that will haunt us.”",
     "Pavel Drummond", "reckless borrowing that"),
    ("Senator Maeve Calloway blamed the regulator for “years of looking the other way.”",
     "Maeve Calloway", "years of looking"),
    ("Finance Minister Alda Korhonen dismissed the criticism as “pure theatre from people who never saved.”",
     "Alda Korhonen", "pure theatre from"),
    ("Trade envoy Ruth Okafor praised the deal as “a turning point for farmers on both sides.”",
     "Ruth Okafor", "a turning point"),
])
def test_a_quote_inside_an_accusation_or_a_verdict_is_the_subjects(nlp, body, speaker, words):
    assert said(nlp, HEAD + body) == [(speaker, words)]


def test_an_accusation_without_quoted_words_gives_no_quote(nlp):
    body = "Opposition leader Pavel Drummond accused the government of reckless borrowing on Tuesday."
    assert said(nlp, HEAD + body) == []


@pytest.mark.parametrize("body, speaker, words", [
    # speech verbs beyond "said": alleged, conceded, quipped, boasted
    ("Opposition leader Marek Dovlatov spoke on Tuesday.\n“The cabinet invented this story to hide its failures,” "
     "Dovlatov alleged.", "Marek Dovlatov", "The cabinet invented"),
    ("“We made mistakes on the pension reform and we will fix them,” conceded Prime Minister Oskar Brandvold.",
     "Oskar Brandvold", "We made mistakes"),
    ("“If that is a plan, I am an astronaut,” quipped Senator Ilse Varga.", "Ilse Varga", "If that is"),
    ("“Our exports have never been stronger,” Trade Minister Lina Osei boasted in parliament.", "Lina Osei",
     "Our exports have"),
])
def test_a_quote_is_attributed_by_less_common_speech_verbs(nlp, body, speaker, words):
    assert said(nlp, HEAD + body) == [(speaker, words)]
