"""A dictionary word capitalised only where any word takes a capital (first in a sentence or a
line as a plain noun's modifier, or among title-case words) names no person or firm: "Riot
police ...", a headline's "Banks" (kg.extract.noise.capitalised_only_where_all_words_are)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, word", [
    ("Riot police fired tear gas at the crowd in Caracas on Friday.", "Riot"),
    ("Central Banks in Norway, Sweden Hold Rates Steady\nThe central banks of Norway and Sweden kept rates "
     "unchanged on Thursday.", "Banks"),
    ("Strike leaders in Santos rejected the offer on Friday.", "Strike"),
])
def test_a_word_capitalised_by_its_setting_is_no_entity(tmp_path, text, word):
    assert word not in article_entity_types(tmp_path, text)


def test_a_firm_named_by_a_word_and_written_so_in_prose_stays(tmp_path):
    text = "Harvest reported higher sales on Monday. Shares of Harvest rose 4 percent after the report."
    assert article_entity_types(tmp_path, text).get("Harvest") == "Company"


@pytest.mark.parametrize("text, firm", [
    ("Bristol, the Leeds-based parcel carrier, opened an office.", "Bristol"),
    ("Harvest's chief executive, Lena Ortiz, resigned on Monday.", "Harvest"),
])
def test_a_firm_named_by_a_word_that_is_described_stays(tmp_path, text, firm):
    assert firm in article_entity_types(tmp_path, text)


def test_a_body_named_by_a_word_at_a_sentence_start_stays(tmp_path):
    text = "Congress approved the budget on Friday."
    assert "Congress" in article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text, word", [
    ("Regulator Orders Halvek Ltd. to Pay $9 Million for Bribery-Based Fraud\nThe regulator fined Halvek on Monday.",
     "Bribery"),
    ("Agency Fines Tarsel Bank Over Cloud-Based Accounts\nThe agency fined Tarsel Bank on Monday.", "Cloud"),
])
def test_a_headline_word_before_based_is_no_place(tmp_path, text, word):
    assert word not in article_entity_types(tmp_path, text)


def test_a_town_before_based_in_prose_stays_a_place(tmp_path):
    text = "Regulators fined the Tromso-based lender Nordvik Bank on Monday."
    assert article_entity_types(tmp_path, text).get("Tromso") == "Place"
