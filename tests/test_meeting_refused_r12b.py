"""Paraphrase robustness, round 12b: a meeting denied or refused is no Meeting
(kg.extract.events._met): "X did not meet Y", "X will not meet Y", "X refused to meet Y", "X declined
to meet Y", "X failed to meet Y". Near-misses that still count: the meeting held ("X met Y"),
planned or agreed ("X is expected to meet Y", "X agreed to meet Y"), and a refusal of something
else in the same sentence ("X, who refused to comment, met Y").

Sentences and names written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Tomas Kerrigan refused to meet Alaric Venn on Tuesday.",
    "Alaric Venn declined to meet Tomas Kerrigan during the visit.",
    "Tomas Kerrigan did not meet Alaric Venn in Valmora.",
    "Tomas Kerrigan will not meet Alaric Venn on Friday, his office said.",
    "Tomas Kerrigan failed to meet Alaric Venn during the summit.",
])
def test_a_refused_meeting_is_no_meeting(read_events, text):
    found = {t for t in read_events(text) if t[0] == "Meeting"}
    assert not found, found


@pytest.mark.parametrize("text", [
    "Tomas Kerrigan met Alaric Venn in Valmora on Tuesday.",
    "Tomas Kerrigan is expected to meet Alaric Venn on Friday.",
    "Tomas Kerrigan, who refused to comment, met Alaric Venn in Valmora on Tuesday.",
    "Tomas Kerrigan agreed to meet Alaric Venn on Friday.",
])
def test_a_meeting_held_planned_or_agreed_still_counts(read_events, text):
    found = read_events(text)
    assert ("Meeting", "Tomas Kerrigan", "chair") in found and ("Meeting", "Alaric Venn", "attendee") in found
