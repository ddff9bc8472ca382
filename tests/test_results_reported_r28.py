"""A firm telling its results is an Other event with the firm as its actor: a verb that reports
("reported", "posted", "booked") with the results as its object ("a net loss", "record profits",
"a 12 percent rise in revenue"), in the past, the present perfect, the progressive or a participle
beside a past clause, the firms of a plural subject's "including" list each (kg.extract.events._other,
_business_result). Results are told for a period, so only a cue of their own clause dates them."""

import pytest
from helpers import article_facts, event_parts


@pytest.mark.parametrize("text, firm", [
    ("Brenholt Textiles reported a net loss of $18 million for its third quarter.", "Brenholt Textiles"),
    ("Kestrava Bank posted record profits, helped by a busy trading desk.", "Kestrava Bank"),
    ("Ondria Logistics has reported a 9 percent rise in annual revenue, to $410 million.", "Ondria Logistics"),
    ("Pellworth Airways booked a loss in the six months to June as fuel costs climbed.", "Pellworth Airways"),
    ("Marlow Chemicals is reporting higher earnings as demand for fertiliser recovers.", "Marlow Chemicals"),
])
def test_a_firm_reporting_its_results_is_the_actor_of_an_other_event(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "Other")


def test_each_firm_listed_under_a_plural_subject_reports(tmp_path):
    text = "Several shipbuilders, including Tovane Marine and Brask Shipbuilding, announced higher profits."
    events = event_parts(tmp_path, text, "Other")
    assert any({("Tovane Marine", "actor"), ("Brask Shipbuilding", "actor")} <= e for e in events)


def test_a_participle_beside_a_past_clause_reports_too(tmp_path):
    text = "Sorrel Foods climbed to a record share price last year, posting a sharp jump in sales."
    assert any(("Sorrel Foods", "actor") in e for e in event_parts(tmp_path, text, "Other"))


@pytest.mark.parametrize("text", [
    "Analysts expect Brenholt Textiles to report a loss next month.",
    "Kestrava Bank will report its results on Thursday.",
    "Ondria Logistics did not report a profit in the quarter.",
    "Pellworth Airways posted a video of its new jet on its website.",
    "Marlow Chemicals reported the theft of two trucks to the police.",
])
def test_results_to_come_denied_or_other_reports_are_no_event(tmp_path, text):
    assert event_parts(tmp_path, text, "Other") == []


def _dates(tmp_path, text):
    """The dates of the Other events found in `text`, published on Friday 13 June 2025."""
    facts, _ = article_facts(tmp_path, text, published="2025-06-13")
    return [e.get("date") for e in facts["events"] if e["type"] == "Other"]


def test_results_take_the_day_their_own_clause_names(tmp_path):
    assert _dates(tmp_path, "Kestrava Bank posted record profits on Tuesday.") == ["2025-06-10"]


def test_results_with_no_cue_of_their_own_take_no_date(tmp_path):
    text = "Brenholt Textiles reported a net loss for its third quarter."
    assert _dates(tmp_path, text) == [None]
