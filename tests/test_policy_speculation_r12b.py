"""Paraphrase robustness, round 12b: a policy act guessed at, asked for or in doubt is no
PolicyAnnouncement (kg.extract.events._speculated), for the patterns as for the learned reader.

"X could raise rates", "X may hike rates", "economists said X should cut rates" (a modal of what
may happen), "analysts expect X to cut rates", "Y urged X to lower rates", "investors bet that X
will lower rates" (someone else's guess or call), "whether X will raise rates", "wondered if X would
cut rates", "Will X cut rates again?" (a question), "unless X cuts taxes" (a condition), "X is likely
to raise rates", "X is under pressure to cut taxes", "economists called on X to cut rates", "few
economists think X will cut rates". Near-misses that still count: the act done ("X cut its key rate"), the
act decided or voted ("X decided to keep rates on hold", "X voted to reduce the rate"), and the
act the actor says it will do ("X said it would raise fuel subsidies"), and what a body or its
head says it may do ("X said it could raise rates further", "X may cut rates, its governor said").

Sentences and names written for these tests (fictional people and bodies).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Analysts expect the Central Bank of Veltria to cut rates in June.",
    "The Central Bank of Veltria could raise interest rates as early as next month, economists said.",
    "The Central Bank of Veltria may hike rates again if inflation stays high.",
    "Investors are betting that the Central Bank of Veltria will lower rates this summer.",
    "It is unclear whether the Central Bank of Veltria will raise rates in June.",
    "Economists said the Central Bank of Veltria should cut rates to support growth.",
    "Traders wondered if the Central Bank of Veltria would cut rates.",
    "Tomas Kerrigan urged the Central Bank of Veltria to lower interest rates.",
    "The Finance Ministry of Estravia might approve the budget next week.",
    "Economists said the Central Bank of Veltria could raise rates in June.",
    "Prime Minister Tomas Kerrigan said the Central Bank of Veltria should cut interest rates.",
    # a question, a condition, a likelihood, a call, a belief
    "Will the Central Bank of Veltria cut rates again?",
    "Unless the Finance Ministry of Estravia cuts fuel taxes, prices will keep rising.",
    "Prime Minister Tomas Kerrigan is under pressure to cut fuel taxes.",
    "Economists called on the Central Bank of Veltria to cut rates.",
    "The Central Bank of Veltria is likely to raise rates next month.",
    "Few economists think the Central Bank of Veltria will cut rates this year.",
])
def test_a_guessed_or_asked_for_policy_is_no_announcement(read_events, text):
    found = {t for t in read_events(text) if t[0] == "PolicyAnnouncement"}
    assert not found, found


@pytest.mark.parametrize("text, actor", [
    ("The Central Bank of Veltria cut its key interest rate on Tuesday by a quarter point.",
     "Central Bank of Veltria"),
    ("The Central Bank of Veltria met on Thursday and decided to keep rates on hold.", "Central Bank of Veltria"),
    ("The Central Bank of Veltria's policy committee voted on Thursday to reduce the benchmark rate.",
     "Central Bank of Veltria"),
    ("The Central Bank of Veltria unexpectedly increased its policy rate on Monday.", "Central Bank of Veltria"),
    # the body itself, or its head, telling what it may do
    ("The Central Bank of Veltria may cut rates again in June, Governor Ilse Braddock said on Tuesday.",
     "Central Bank of Veltria"),
    ("The Central Bank of Veltria said on Tuesday it could raise rates further.", "Central Bank of Veltria"),
    ("Prime Minister Tomas Kerrigan announced a new stimulus package on Tuesday worth $20 billion.", "Tomas Kerrigan"),
    ("The Finance Ministry of Estravia introduced a new tax on luxury cars on Monday.",
     "Finance Ministry of Estravia"),
])
def test_the_act_done_or_decided_still_counts(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)
