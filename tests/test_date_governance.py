"""Which date cue governs an event's clause: a cue inside an after/before/following phrase dates the
event that phrase names; a day's figure compared with ("below yesterday's close") sets no day; a
day named where something may happen lies ahead. Articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import dateline_cues, find_date_cues
from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2024, 10, 17)
INDEXES = [("Douro Index", "MarketIndex"), ("Minho Index", "MarketIndex"), ("Tagus Bank", "GovernmentBody")]


def events(nlp, text, entities=INDEXES, published=THURSDAY):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return extract_events(doc, table, Article(id="t", text=text, published=published))


def dates_of(evs, etype, key, trigger=None):
    return [e.date for e in evs if e.type == etype and any(p.entity.endswith("/" + key) for p in e.participants)
            and (trigger is None or e.trigger == trigger)]


@pytest.mark.parametrize("text, verb", [
    ("Stocks Slide\nThe Douro Index fell 3% on Thursday after a 2% gain on Tuesday.\n", "fell"),
    ("Stocks Slide\nThe Douro Index dropped 3% on Thursday, following a sharp rise on Tuesday.\n", "dropped"),
    ("Stocks Slide\nOn Thursday the Douro Index lost 3%, after climbing 2% on Tuesday.\n", "lost"),
])
def test_a_cue_inside_an_after_phrase_dates_the_earlier_event(nlp, text, verb):
    # the earlier move, where it is read as one, keeps its Tuesday
    assert dates_of(events(nlp, text), "MarketMove", "douro-index", verb) == ["2024-10-17"]


@pytest.mark.parametrize("text", [
    "Stocks Slide\nThe Douro Index fell 3% after a 2% gain on Tuesday.\n",
    "Stocks Slide\nFollowing Tuesday's rally, the Douro Index dropped 3%.\n",
    "Stocks Slide\nAfter the Tagus Bank raised rates on Tuesday, the Douro Index lost 3%.\n",
])
def test_an_event_whose_only_cue_is_in_an_after_phrase_does_not_take_it(nlp, text):
    found = dates_of(events(nlp, text), "MarketMove", "douro-index")
    assert found and "2024-10-15" not in found


def test_a_cue_on_the_clause_itself_still_dates_it(nlp):
    text = "Stocks Slide\nThe Douro Index fell 3% on Tuesday after the vote.\n"
    assert dates_of(events(nlp, text), "MarketMove", "douro-index") == ["2024-10-15"]


@pytest.mark.parametrize("phrase", [
    "Gains stalled below yesterday's close.",
    "Prices never got back to Wednesday's closing level.",
    "Traders compared it with Tuesday's high.",
])
def test_a_days_figure_compared_with_sets_no_day_for_the_narrative(nlp, phrase):
    text = (f"Stocks Slide\nThe Douro Index fell 3% on Thursday.\n{phrase}\nBankers were cautious.\n"
            "The Minho Index lost 1%.\n")
    assert dates_of(events(nlp, text), "MarketMove", "minho-index") == ["2024-10-17"]


def test_a_days_trading_still_sets_the_day(nlp):
    text = "Stocks Slide\nTraders were busy.\nStocks were mixed in Tuesday's trading.\nThe Minho Index lost 1%.\n"
    assert dates_of(events(nlp, text), "MarketMove", "minho-index") == ["2024-10-15"]


@pytest.mark.parametrize("text", [
    "Budget Talks\nThe Tagus Bank will cut its main rate on Monday, officials said.\n",
    "Budget Talks\nOfficials said the Tagus Bank would lower interest rates on Monday.\n",
    "Budget Talks\nThe Tagus Bank said it will announce, and will cut, its main rate on Monday.\n",
])
def test_a_day_named_where_something_may_happen_lies_ahead(nlp, text):
    # the Monday to come, never the one before (an act only guessed at, "may cut", is no
    # announcement at all: tests/test_policy_speculation_r12b.py)
    assert dates_of(events(nlp, text), "PolicyAnnouncement", "tagus-bank") == ["2024-10-21"]


@pytest.mark.parametrize("text, day", [
    ("Rates Cut\nTALLINN, October 16. / Baltic Wire /. The Tagus Bank cut rates.\n", "2024-10-16"),
    ("Rates Cut\nRIGA, Oct 16. The Tagus Bank cut rates.\n", "2024-10-16"),
])
def test_a_dateline_with_its_agency_between_slashes(text, day):
    assert [c.iso for c in dateline_cues(text, THURSDAY)] == [day]


@pytest.mark.parametrize("text", [
    "On May 2. the bank cut rates.",
    "Lisbon May 2 - the bank cut rates.",
])
def test_a_date_after_a_word_without_a_comma_is_no_dateline(text):
    assert dateline_cues(text, THURSDAY) == []


@pytest.mark.parametrize("text", [
    "Stocks Slip at Midday\nThe Douro Index fell 1.2% to 8,120.\nTraders were nervous.\n\"It is a slow day,\" one "
    "dealer said.\nBond yields barely moved.\nBankers were cautious.\nThe Minho Index lost 0.4%.\n",
    "Markets Fall\nThe Douro Index lost 2% in early trading, its worst start in weeks.\nDealers blamed the weather.\n"
    "Retailers were hit hardest.\nExporters held up better.\nIn Porto, the Minho Index dropped 0.4%.\n",
    # a day named in a relative clause is the day of its noun, not of the report
    "Stocks Slip\nThe Douro Index fell 1.2%.\nThe minutes of the bank's meeting, released yesterday, weighed on "
    "shares.\nDealers sold banks.\nExporters held up better.\nBankers were calm.\nThe Minho Index slid 0.4%.\n",
])
def test_a_report_whose_lead_has_the_publication_day_keeps_it_for_later_figures(nlp, text):
    assert dates_of(events(nlp, text), "MarketMove", "minho-index") == ["2024-10-17"]


def test_a_report_day_ends_where_the_narrative_names_another_day(nlp):
    text = ("Stocks Slip\nThe Douro Index fell 1.2%.\nDealers were nervous.\nOn Monday, the Tagus Bank had warned of "
            "weak demand.\nExporters held up better.\nThe Minho Index lost 0.4%.\n")
    assert "2024-10-17" not in dates_of(events(nlp, text), "MarketMove", "minho-index")


def test_a_lead_that_is_no_market_move_gives_later_figures_no_day(nlp):
    text = ("Tagus Bank Cuts Rates\nThe Tagus Bank cut its main rate.\nDealers were nervous.\nExporters held up "
            "better.\nBankers were cautious.\nThe Minho Index lost 0.4%.\n")
    assert dates_of(events(nlp, text), "MarketMove", "minho-index") == [None]


@pytest.mark.parametrize("text, day", [
    ("Rates Cut\nPorto, Oct 16 (Tagus Wire) The Tagus Bank cut rates.\n", "2024-10-16"),
    ("Rates Cut\nPORTO Oct 16 The Tagus Bank cut rates.\n", "2024-10-16"),
    ("Rates Cut\nPORTO, 16 October (TW) The Tagus Bank cut rates.\n", "2024-10-16"),
])
def test_a_dateline_without_a_dash(text, day):
    assert [c.iso for c in dateline_cues(text, THURSDAY)] == [day]


@pytest.mark.parametrize("text", [
    "EU May 5 summit ends in a deal.",
    "Lisbon, May 2 saw the first cut.",
])
def test_a_line_that_starts_with_a_place_and_a_date_in_a_sentence_is_no_dateline(text):
    assert dateline_cues(text, THURSDAY) == []


@pytest.mark.parametrize("text", [
    "Stocks Slip\nThe Douro Index fell 1.2%.\nThe minutes of the bank's meeting, released yesterday, weighed on "
    "shares.\n",
    "Rates Cut\nThe Tagus Bank cut its main rate.\nIts governor, who took office on Monday, spoke to reporters.\n",
    "Rates Cut\nThe Tagus Bank lowered its main rate.\nThe move follows a law that took effect on Monday.\n",
])
def test_a_day_in_a_relative_clause_is_no_day_of_the_lead(nlp, text):
    evs = events(nlp, text)
    found = dates_of(evs, "MarketMove", "douro-index") + dates_of(evs, "PolicyAnnouncement", "tagus-bank")
    assert found and set(found) == {"2024-10-17"}


def test_a_day_in_a_main_clause_of_the_lead_is_its_day(nlp):
    text = "Rates Cut\nThe Tagus Bank cut its main rate.\nThe bank's board voted on Monday, its governor said.\n"
    assert dates_of(events(nlp, text), "PolicyAnnouncement", "tagus-bank") == ["2024-10-14"]


@pytest.mark.parametrize("text, iso", [
    ("A ruling from the court is due by Nov. 10.", "2024-11-10"),
    ("The vote, scheduled for March 3, will settle the matter.", "2025-03-03"),
    ("A decision is expected on Monday, officials said.", "2024-10-21"),
    ("Talks slated for Friday were moved to Geneva.", "2024-10-18"),
])
def test_a_time_due_scheduled_or_expected_lies_ahead(text, iso):
    assert [c.iso for c in find_date_cues(text, THURSDAY)] == [iso]


@pytest.mark.parametrize("text, iso", [
    ("The vote was held on March 3.", "2024-03-03"),
    ("Shares rose on Monday, as analysts had expected.", "2024-10-14"),
    ("Payments were made on Nov. 10.", "2023-11-10"),
])
def test_a_time_without_such_a_word_follows_the_tense(text, iso):
    assert [c.iso for c in find_date_cues(text, THURSDAY)] == [iso]


BANKS = [("Tagus Bank", "GovernmentBody"), ("Douro Central Bank", "GovernmentBody")]


@pytest.mark.parametrize("text, day", [
    ("Rates Cut\nThe Tagus Bank cut its main rate on Tuesday, a day after the Douro Central Bank raised its rate.\n",
     "2024-10-14"),
    ("Rates Cut\nThe Tagus Bank lowered rates on Wednesday, two days after the Douro Central Bank raised its rate.\n",
     "2024-10-14"),
    ("Rates Cut\nOn Monday the Tagus Bank cut its rate, one day before the Douro Central Bank raised its rate.\n",
     "2024-10-15"),
])
def test_a_counted_after_clause_is_dated_from_the_main_clause(nlp, text, day):
    assert dates_of(events(nlp, text, BANKS), "PolicyAnnouncement", "douro-central-bank") == [day]


def test_an_after_clause_without_a_count_takes_no_day_from_the_main_clause(nlp):
    text = "Rates Cut\nThe Tagus Bank cut its main rate on Tuesday after the Douro Central Bank raised its rate.\n"
    assert "2024-10-15" not in dates_of(events(nlp, text, BANKS), "PolicyAnnouncement", "douro-central-bank")
