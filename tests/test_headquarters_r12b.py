"""A firm's seat from its headquarters noun (round 12, paraphrase robustness).

"Tarn, with headquarters in Lyon,", "Tarn has its head office in Lyon", "Tarn moved its
headquarters to Lyon", "relocated its head office to Lyon": the firm is located in that place (the
place after "to" for a move; not the place it moved from). Not: another noun ("opened an office in
Lyon", "sent its head of sales to Lyon") or a person "with friends in Lyon".

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Quillon Motors", "Company"), ("Brisport", "Place"), ("Kelmar", "Place"), ("Ana Pratt", "Person")]
SEAT = ("quillon-motors", "locatedIn", "brisport")


@pytest.mark.parametrize("text", [
    "Quillon Motors, with headquarters in Brisport, reported record sales.",
    "Quillon Motors has its head office in Brisport.",
    "Quillon Motors moved its headquarters to Brisport in 2019.",
    "Quillon Motors relocated its head office to Brisport last year.",
    "Quillon Motors moved its headquarters from Kelmar to Brisport.",
])
def test_seat_from_the_headquarters_noun(nlp, text):
    assert SEAT in relations(nlp, text, CAST)


@pytest.mark.parametrize("text, fact", [
    ("Quillon Motors moved its headquarters from Brisport to Kelmar.", SEAT),
    ("Quillon Motors opened an office in Brisport.", SEAT),
    ("Quillon Motors sent its head of sales to Brisport.", SEAT),
    ("Ana Pratt, with friends in Brisport, founded a club.", ("ana-pratt", "locatedIn", "brisport")),
])
def test_no_seat_from_a_near_miss(nlp, text, fact):
    assert fact not in relations(nlp, text, CAST)
