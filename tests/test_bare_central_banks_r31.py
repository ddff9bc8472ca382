"""A central bank named by its words alone ("the central bank raised rates", "the country's
central bank said") in a story that names no central bank is a government body of its own, the
actor of its rate decision; where the story names one, the words take it up, and "a central
bank" names none (kg.extract.missed_names._bare_central_bank)."""

import pytest
from helpers import article_entity_types, event_parts


@pytest.mark.parametrize("text", [
    "Peru's exports slumped in June. On Thursday, the central bank cut interest rates to support growth.",
    "Inflation in Zambia reached 14 percent, and the central bank raised its policy rate on Monday.",
    "Mongolia's currency fell sharply. The country's central bank said it would defend the tugrik.",
])
def test_a_central_bank_named_by_its_words_alone_is_a_body(tmp_path, text):
    assert article_entity_types(tmp_path, text).get("central bank") == "GovernmentBody"


def test_the_bare_central_bank_decides_its_rates(tmp_path):
    text = "Peru's exports slumped in June. On Thursday, the central bank cut interest rates to support growth."
    assert any(("central bank", "actor") in e for e in event_parts(tmp_path, text, "PolicyAnnouncement"))


def test_the_words_take_up_a_central_bank_the_story_names(tmp_path):
    text = "The Bank of Japan kept rates on hold. The central bank said prices were rising."
    assert "central bank" not in article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Economists said a central bank should act early.",
    "Finance ministers and central bank governors met in Accra on Friday.",
])
def test_a_central_bank_in_general_or_as_a_modifier_is_no_body(tmp_path, text):
    assert "central bank" not in article_entity_types(tmp_path, text)
