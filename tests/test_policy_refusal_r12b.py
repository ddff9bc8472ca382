"""Paraphrase robustness, round 12b: a policy act denied, refused, turned down or failed is no
PolicyAnnouncement (kg.extract.events._refused).

"X denied that he planned to raise taxes", "X rejected a proposal to raise the sales tax", "X ruled
out raising taxes", "X denied reports that it would cut subsidies", "X dismissed calls to cut fuel
taxes", "X opposed a plan to privatize the railway", "X said he had no plans to raise taxes", "X
declined to extend the subsidies", "X resisted pressure to cut rates", "X failed to pass the budget".
Near-misses that still count: the act done beside a refusal of something else ("X introduced a tax,
rejecting calls for a freeze"), by a body that once refused ("X, which rejected the idea last year,
introduced a tax"), and a finite clause under the refused noun ("X rejected the law that the
parliament passed": the parliament did pass it).

Sentences and names written for these tests (fictional people and bodies).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Kerrigan denied that he planned to raise taxes.",
    "Prime Minister Tomas Kerrigan rejected a proposal to raise the sales tax.",
    "Prime Minister Tomas Kerrigan ruled out raising taxes before the election.",
    "The Finance Ministry of Estravia denied reports that it would cut fuel subsidies.",
    "The Finance Ministry of Estravia dismissed calls to cut fuel taxes.",
    "Prime Minister Tomas Kerrigan opposed a plan to privatize the national railway.",
    "Prime Minister Tomas Kerrigan said he had no plans to raise taxes.",
    "Prime Minister Tomas Kerrigan declined to extend the fuel subsidies.",
    "The Central Bank of Veltria resisted pressure to cut interest rates.",
    "Prime Minister Tomas Kerrigan failed to pass the budget.",
])
def test_a_refused_policy_is_no_announcement(read_events, text):
    found = {t for t in read_events(text) if t[0] == "PolicyAnnouncement"}
    assert not found, found


@pytest.mark.parametrize("text, actor", [
    ("The Finance Ministry of Estravia introduced a new tax on luxury cars on Monday, rejecting calls for a freeze.",
     "Finance Ministry of Estravia"),
    ("The Finance Ministry of Estravia, which rejected the idea last year, introduced a new tax on luxury cars "
     "on Monday.", "Finance Ministry of Estravia"),
    ("Prime Minister Tomas Kerrigan announced a new stimulus package on Tuesday after critics denied it was needed.",
     "Tomas Kerrigan"),
    ("The Central Bank of Veltria cut its key interest rate on Tuesday, resisting calls for a larger move.",
     "Central Bank of Veltria"),
])
def test_the_act_done_beside_a_refusal_still_counts(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)
