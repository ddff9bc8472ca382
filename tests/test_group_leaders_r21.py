"""Round 21; sentences written for these tests.

"Union leader Karl Brandt said the cuts were unfair": a group's noun before a leader's title says
what the title is held in (a union, the opposition, rebels), so the leader holds no post in the
country the article is about, also where the noun opens the sentence and the tagger took it for a
name; and a union leader's words are no government's policy.
"""

from __future__ import annotations

import pytest
from helpers import article_facts

BEFORE = "Tarvik Motors will cut 2,000 jobs in Germany.\n"


@pytest.mark.parametrize("text, person", [
    (BEFORE + "Union leader Karl Brandt said the cuts were unfair.", "Karl Brandt"),
    (BEFORE + "Opposition leader Max Kern said the cuts were a scandal.", "Max Kern"),
    (BEFORE + "Student leader Eva Roth said young workers would suffer.", "Eva Roth"),
])
def test_a_group_leader_holds_no_post_in_the_country(tmp_path, text, person):
    facts, names = article_facts(tmp_path, text)
    held = {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "holdsPosition"}
    assert (person, "Germany") not in held, held


def test_a_union_leaders_words_are_no_policy(tmp_path):
    facts, names = article_facts(tmp_path, BEFORE + 'Union leader Karl Brandt said: "We will fight this decision."')
    actors = {names[p["entity"]] for e in facts["events"] if e["type"] == "PolicyAnnouncement"
              for p in e["participants"]}
    assert "Karl Brandt" not in actors, facts["events"]
