"""A policy noun whose "by" phrase names who acts, round 14.

"X welcomed efforts by Y to cut the deficit", "X and Z have backed efforts by Y to ...": the noun
("efforts", "plan", "move", "steps") names its actor in its "by" phrase, so the learned role reader
may not make the one who welcomes, backs or resists it (the sentence's subject) a second actor of the
policy, on the noun or on the act it names ("cut", "the deficit"). The one named in the "by" phrase
stays the actor, and a policy with no "by" phrase keeps its subject as the actor.

Sentences and names written for these tests (fictional people and countries; well-known bodies).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, backer, actor", [
    ("The International Monetary Fund has welcomed efforts by Finance Minister Ilse Marden to cut the deficit.",
     "International Monetary Fund", "Ilse Marden"),
    ("The World Bank and Norvania have backed efforts by Finance Minister Ilse Marden to cut the deficit.",
     "World Bank", "Ilse Marden"),
    ("The European Commission has welcomed efforts by Prime Minister Tomas Kerr to reform pensions.",
     "European Commission", "Tomas Kerr"),
    ("The World Trade Organization welcomed efforts by President Tomas Kerr to open the grain market.",
     "World Trade Organization", "Tomas Kerr"),
])
def test_by_phrase_acts(read_events, text, backer, actor):
    events = read_events(text)
    assert ("PolicyAnnouncement", actor, "actor") in events
    assert ("PolicyAnnouncement", backer, "actor") not in events


@pytest.mark.parametrize("text, actor", [
    ("Finance Minister Ilse Marden announced a plan to cut the deficit.", "Ilse Marden"),
    ("The Central Bank of Norvania cut its main interest rate by half a point on Tuesday.",
     "Central Bank of Norvania"),
    ("President Tomas Kerr unveiled a plan to cut taxes on fuel.", "Tomas Kerr"),
])
def test_own_policy_kept(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)
