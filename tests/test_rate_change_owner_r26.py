"""A rate change told as known ("the rate cut", "Thursday's hike") with no owner named is the act
of the one central bank the article names (kg.extract.events._rate_change, _the_one_central_bank);
a day written as its possessive dates it ("Wednesday's rate cut" is not a day's figure)."""

import pytest
from helpers import article_facts, event_parts, typed_events


@pytest.mark.parametrize("text, bank", [
    ("The Bank of Thailand kept its forecasts. Exporters said Wednesday's rate cut would help them.",
     "Bank of Thailand"),
    ("Chile's central bank issued a short statement. The rate cut was its second since spring.",
     "Central Bank of Chile"),
    ("The Czech National Bank surprised markets. Bond traders welcomed the half-point rate hike.",
     "Czech National Bank"),
])
def test_an_ownerless_rate_change_is_the_one_central_banks(tmp_path, text, bank):
    assert any((bank, "actor") in parts for parts in event_parts(tmp_path, text, "PolicyAnnouncement"))


@pytest.mark.parametrize("text", [
    # an indefinite rate change may be anyone's
    "The Bank of Thailand kept its forecasts. A rate hike would hurt borrowers, economists said.",
    # two central banks: which one is not said
    "The Bank of England and the Bank of Japan published reports. The rate cut pleased exporters.",
])
def test_no_owner_is_guessed_for_an_indefinite_change_or_among_banks(tmp_path, text):
    assert [t for t, _ in typed_events(tmp_path, text) if t == "PolicyAnnouncement"] == []


def test_a_weekday_possessive_dates_the_rate_change(tmp_path):
    facts, names = article_facts(tmp_path, "Stocks climbed. Tuesday's rate cut by the Federal Reserve cheered "
                                           "investors.", published="2025-03-14")
    dates = [e["date"] for e in facts["events"] if e["type"] == "PolicyAnnouncement"]
    assert dates == ["2025-03-11"]
