"""A paragraph's first word is not a sentence of its own when more words follow it on its line:
after a headline that ends in a quoted word the parser often cut "President" from "Barack
Obama has ...", and the title (or the first word of a firm's name) was lost to the sentence
(kg.nlp.paragraph_breaks, _paragraph_goes_on). A line of one word stays a line."""

import pytest
from helpers import article_entity_types, article_facts

HEADLINED = [
    "Regulator Fines Lender for 'Reckless' Loans\nJudge Mara Voss blocked the deal on Tuesday.",
    "Lender Sued Over 'Hidden' Fees\nChairman Ilya Brandt of Kestrava Bank denied the claims.",
    "Vessia Airlines Seeks 'Urgent' Rescue\nVessia Airlines has asked the government for a loan.",
]


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text", HEADLINED)
def test_the_first_word_of_a_paragraph_stays_with_its_sentence(nlp, text):
    headline, body = text.split("\n")
    assert _sentences(nlp, text) == [headline, body]


def test_a_title_cut_from_its_name_no_longer_loses_the_post(tmp_path):
    text = "Lender Sued Over 'Hidden' Fees\nChairman Ilya Brandt of Kestrava Bank denied the claims."
    facts, names = article_facts(tmp_path, text)
    posts = {(names[r["subject"]], r["predicate"], names[r["object"]], r.get("title")) for r in facts["relations"]}
    assert posts == {("Ilya Brandt", "holdsPosition", "Kestrava Bank", "Chairman")}


def test_a_firm_name_is_not_cut_after_its_first_word(tmp_path):
    text = "Vessia Airlines Seeks 'Urgent' Rescue\nVessia Airlines has asked the government for a loan."
    assert article_entity_types(tmp_path, text).get("Vessia Airlines") == "Company"


def test_a_line_of_one_word_still_stands_apart(nlp):
    assert _sentences(nlp, "Markets\nShares in Tallinn fell for a third day.")[0] == "Markets"
