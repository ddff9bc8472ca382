"""Round 22; sentences written for these tests.

"The Department of State is designating X": an act done at once, told in the present progressive
as a release performs it, is done on the day the release is published; a process going on as the
story is written ("is investigating X") keeps the month.
"""

from __future__ import annotations

import pytest
from helpers import article_facts

LEAD = "The United States will hold those who help the regime to account. "


def _regulatory_dates(tmp_path, text):
    facts, names = article_facts(tmp_path, text, published="2024-05-14")
    return [(e.get("date"), {names[p["entity"]] for p in e["participants"]})
            for e in facts["events"] if e["type"] == "RegulatoryAction"]


@pytest.mark.parametrize("text, target", [
    (LEAD + "The Department of State is designating Velora Trading Co. for its role in moving stolen grain.",
     "Velora Trading Co."),
    (LEAD + "The Treasury Department is imposing sanctions on Kestrel Shipping Ltd. for carrying the grain.",
     "Kestrel Shipping Ltd."),
    (LEAD + "The Commerce Department is adding Brisa Logistics Inc. to the Entity List for its part in the trade.",
     "Brisa Logistics Inc."),
])
def test_an_act_performed_in_the_telling_is_of_the_release_day(tmp_path, text, target):
    dates = _regulatory_dates(tmp_path, text)
    assert any(day == "2024-05-14" and target in who for day, who in dates), dates


def test_an_inquiry_going_on_keeps_the_month(tmp_path):
    dates = _regulatory_dates(tmp_path, "Velora Trading Co. reported higher profits for the year. Its shares have "
                                        "doubled since January, and it plans to open ten stores. The Securities and "
                                        "Exchange Commission is investigating Velora Trading Co. over its accounts.")
    assert any(day == "2024-05" for day, _ in dates), dates
