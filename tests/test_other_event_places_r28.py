"""An Other event (a recall, a resignation, a default, results) takes the place an "in" phrase on
its verb gives, as a meeting does ("recalled 80,000 heaters in Spain and Portugal")
(kg.extract.events: the finders' loop, _meeting_places)."""

from helpers import event_parts


def test_a_recall_takes_the_places_it_was_made_in(tmp_path):
    text = "Brenholt Appliances recalled 80,000 heaters in Spain and Portugal after three fires."
    events = event_parts(tmp_path, text, "Other")
    assert any({("Spain", "location"), ("Portugal", "location")} <= e for e in events)


def test_a_place_that_takes_part_is_no_location_too(tmp_path):
    text = "Portugal defaulted on its bonds in March, the finance ministry said."
    events = event_parts(tmp_path, text, "Other")
    assert events and not any(("Portugal", "location") in e for e in events)


def test_a_resignation_takes_the_town_it_was_made_in(tmp_path):
    text = "Ana Ruiz stepped down in Madrid on Friday, days after the vote."
    assert any(("Madrid", "location") in e for e in event_parts(tmp_path, text, "Other"))


def test_a_recall_of_a_plural_of_goods_takes_its_country(tmp_path):
    text = "Tovane Foods recalled frozen meals in Canada last month."
    assert any(("Canada", "location") in e for e in event_parts(tmp_path, text, "Other"))
