"""A government body's own release dates what it reports doing, with no date cue of its own, to
the day it issues the release; a story about the body, or an act the release dates itself, keeps
its own reading (kg.extract.events._release_day)."""

import pytest
from helpers import article_facts

# a lead that dates nothing, so the act below is read on its own
LEAD = ("Community lenders have struggled with soured farm loans for several years. "
        "Branch closures spread across the region as deposits shrank. ")


def regulatory_dates(tmp_path, text: str, source: str | None) -> list[str | None]:
    facts, _ = article_facts(tmp_path, LEAD + text, "2025-03-14", source)
    return [e["date"] for e in facts["events"] if e["type"] == "RegulatoryAction"]


@pytest.mark.parametrize("source, text", [
    ("U.S. Securities and Exchange Commission (news release)",
     "In its complaint, the Securities and Exchange Commission alleges that Harlow Vance sold shares of "
     "Fenwick Biotech Inc. ahead of a failed drug trial."),
    ("Federal Deposit Insurance Corporation",
     "The Federal Deposit Insurance Corporation's order requires Coastline Savings Bank to tighten "
     "its lending controls."),
    ("Federal Reserve System, Board of Governors (news release)",
     "The Federal Reserve Board's order requires Tellman Bancorp to improve its controls over "
     "money laundering."),
])
def test_an_act_a_body_reports_in_its_own_release_is_of_the_release_day(tmp_path, source, text):
    assert regulatory_dates(tmp_path, text, source) == ["2025-03-14"]


@pytest.mark.parametrize("source", ["Voice of America", None])
def test_a_story_about_the_body_keeps_no_cue_no_date(tmp_path, source):
    text = ("In its complaint, the Securities and Exchange Commission alleges that Harlow Vance sold "
            "shares of Fenwick Biotech Inc. ahead of a failed drug trial.")
    assert regulatory_dates(tmp_path, text, source) == [None]


def test_an_act_the_release_dates_keeps_its_own_date(tmp_path):
    text = "In March 2019, the Securities and Exchange Commission charged Harlow Vance with insider trading."
    assert regulatory_dates(tmp_path, text, "U.S. Securities and Exchange Commission") == ["2019-03"]
