"""A story that has named no day yet goes on telling the news of its publication day in what it
tells in the past tense, however far into the story (kg.extract.events._narrative_date); once a
day or month is named, events after it are no longer dated by the publication day."""

from helpers import article_facts

UNDATED_STORY = (
    "Tarvo Chief Arrested\n"
    "The head of the Tarvo investment group has been taken into custody.\n"
    "Marek Lind, who built Tarvo into one of the country's largest funds, admitted at a crowded news "
    "conference that he had traded on inside information.\n"
    "He told reporters he expected to be detained and would step down as chairman.\n"
    "Lind bowed deeply and apologized for the trouble he had caused.\n"
    "Analysts say the case could shake confidence in the market.\n"
    "Hours later police raided Tarvo's offices and arrested Lind."
)


def _dates_of(facts, names, name, event_type):
    return [e.get("date") for e in facts["events"] if e["type"] == event_type
            and any(names[p["entity"]] == name for p in e["participants"])]


def test_a_late_past_tense_event_of_an_undated_story_is_of_the_news_day(tmp_path):
    facts, names = article_facts(tmp_path, UNDATED_STORY, published="2025-06-12")
    assert "2025-06-12" in _dates_of(facts, names, "Tarvo", "RegulatoryAction")


def test_after_a_named_month_the_news_day_no_longer_dates_events(tmp_path):
    text = UNDATED_STORY.replace("He told reporters he expected to be detained and would step down as chairman.",
                                 "In March, Lind told reporters he expected to be detained.")
    facts, names = article_facts(tmp_path, text, published="2025-06-12")
    assert "2025-06-12" not in _dates_of(facts, names, "Tarvo", "RegulatoryAction")
