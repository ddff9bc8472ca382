"""An official's or a government's announcement is a policy announcement, dated by its own cue,
round 17: "after the prime minister's announcement on Thursday" names the act the article told
without a day ("The prime minister is proposing rules ..."), and gives it its day. A private
person's or a firm's announcement, or one of private news ("her announcement of her
resignation"), is not. Sentences written for these tests; every person is invented."""

from __future__ import annotations

import pytest

from helpers import article_facts


def events(tmp_path, text):
    f, names = article_facts(tmp_path, text)
    return [(e["type"], e.get("date"), {(names[p["entity"]], p["role"]) for p in e["participants"]})
            for e in f["events"]]


@pytest.mark.parametrize("text, official", [
    ("Norway's Prime Minister Ada Lind is proposing rules to limit the size of banks. Bank shares fell after "
     "the prime minister's announcement Thursday.", "Ada Lind"),
    ("The peso rose after Chilean Finance Minister Tomas Reiner's announcement on Thursday.", "Tomas Reiner"),
    ("Norway's Prime Minister Ada Lind is weighing a tax on banks. Lenders' shares slid after Lind's "
     "announcement on Thursday.", "Ada Lind"),
    ("The Norwegian government's announcement on Thursday sent bank shares lower.", "Norwegian government"),
])
def test_an_officials_announcement_is_a_policy_announcement_of_its_day(tmp_path, text, official):
    found = [(date, parts) for kind, date, parts in events(tmp_path, text) if kind == "PolicyAnnouncement"]
    assert any(any(official in who for who, role in parts if role == "actor") and date == "2025-03-13"
               for date, parts in found), found


@pytest.mark.parametrize("text", [
    "Norway's Prime Minister Ada Lind stunned voters with her announcement of her resignation on Thursday.",
    "Shares of Brask Foods fell after the company's announcement on Thursday of a new plant.",
    "Fans cheered the singer Ines Varga's announcement on Thursday of a world tour.",
])
def test_a_private_or_a_firms_announcement_is_no_policy(tmp_path, text):
    found = [parts for kind, _, parts in events(tmp_path, text) if kind == "PolicyAnnouncement"]
    assert found == [], found
