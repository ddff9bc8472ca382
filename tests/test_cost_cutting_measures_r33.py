"""A firm announcing measures to save money announces its own course (a PolicyAnnouncement of the
firm: "X announced its own cost-cutting measures in October", "X unveiled cost-saving steps";
kg.extract.events._firm_plan_announced). Other measures a firm announces are not read as this."""

import pytest
from helpers import article_facts, event_parts


@pytest.mark.parametrize("text, firm", [
    ("In October Harwick Motors announced its own cost-cutting measures.", "Harwick Motors"),
    ("Corland Steel unveiled cost-saving steps on Tuesday.", "Corland Steel"),
    ("Last month Pell Airways announced austerity measures for its staff.", "Pell Airways"),
])
def test_a_firms_measures_to_save_money_are_its_plan(tmp_path, text, firm):
    assert any((firm, "actor") in e for e in event_parts(tmp_path, text, "PolicyAnnouncement"))


def test_the_month_dates_the_announcement(tmp_path):
    facts, _ = article_facts(tmp_path, "Harwick Motors announced cost-cutting measures in October.",
                             published="2025-03-14")
    assert [e.get("date") for e in facts["events"] if e["type"] == "PolicyAnnouncement"] == ["2024-10"]


def test_safety_measures_are_not_a_saving_plan(tmp_path):
    assert event_parts(tmp_path, "Harwick Motors announced safety measures for its plants.", "PolicyAnnouncement") == []
