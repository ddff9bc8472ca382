"""The body a leaver leaves, when the sentence of the departure does not name it, round 14.

A departure (Other: the leaver acts, the body left is the target) whose own sentence names no
body takes the one office the article gives the leaver elsewhere: "X named Y its chief
executive ... Y resigned on Friday", "Y, the prime minister of Z, ... Y handed his letter of
resignation to the speaker", "Z chairman Y offered to resign" (Z is the target). Not when the article gives
the leaver offices in two bodies, when the departure names an office the leaver's position does
not ("stepped down as chair of the tennis club"), nor when there is no departure.

Sentences and names written for these tests (fictional people, firms and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("Kestrel Foods named Daniel Marsh its chief executive in 2019. Marsh resigned on Friday after a "
     "scandal over false advertising.", "Kestrel Foods"),
    ("Daniel Marsh, the prime minister of Velmora, had struggled to pass a budget. On Tuesday Marsh handed "
     "his letter of resignation to the speaker.", "Velmora"),
    ("Kestrel Foods chairman Daniel Marsh offered to resign on Friday.", "Kestrel Foods"),
    ("Ostrava Steel appointed Tara Quinn as its finance director last year. On Monday Quinn stepped "
     "down, citing health reasons.", "Ostrava Steel"),
])
def test_office_left_from_position(read_events, text, body):
    assert ("Other", body, "target") in read_events(text)


@pytest.mark.parametrize("text, body", [
    ("Daniel Marsh is the prime minister of Velmora and the leader of the Velmora Labour Party. "
     "Marsh resigned on Tuesday.", "Velmora"),
    ("Daniel Marsh is the prime minister of Velmora and the leader of the Velmora Labour Party. "
     "Marsh resigned on Tuesday.", "Velmora Labour Party"),
    ("Ostrava Steel appointed Tara Quinn as its finance director last year. Quinn stepped down as "
     "chair of the tennis club on Monday.", "Ostrava Steel"),
    ("Daniel Marsh, the chief executive of Kestrel Foods, said on Friday that he would not resign.",
     "Kestrel Foods"),
])
def test_no_office_left(read_events, text, body):
    assert ("Other", body, "target") not in read_events(text)
