"""Round 25; sentences written for these tests.

Founding together: "co-founded" is one word (the tokenizer would cut it at the hyphen, leaving the
parser a verb "co" and no founders), its partner after "with" founded too, and a plural noun with a
list of names in apposition ("two engineers, A and B, started X") gives every name listed.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, founders, firm", [
    ("Halvard Systems was co-founded by Maren Olsen in 2011.", {"Maren Olsen"}, "Halvard Systems"),
    ("Priya Raman, who co-founded Lumeo Health with Arjun Mehta, left the board in May.",
     {"Priya Raman", "Arjun Mehta"}, "Lumeo Health"),
    ("Two engineers, Tomas Berg and Ingrid Lund, started Fjordline Robotics in 2015.",
     {"Tomas Berg", "Ingrid Lund"}, "Fjordline Robotics"),
    ("Three students, Kofi Mensah, Ama Owusu and Yaw Boateng, founded Sankofa Payments Ltd. in 2019.",
     {"Kofi Mensah", "Yaw Boateng"}, "Sankofa Payments Ltd."),
])
def test_every_founder_named_founded_the_firm(tmp_path, text, founders, firm):
    pairs = relation_pairs(tmp_path, text, "founded")
    assert {(f, firm) for f in founders} <= pairs, pairs


def test_a_partner_met_with_founded_nothing(tmp_path):
    text = "Priya Raman, who founded Lumeo Health, met with Arjun Mehta in May."
    pairs = relation_pairs(tmp_path, text, "founded")
    assert ("Priya Raman", "Lumeo Health") in pairs, pairs
    assert ("Arjun Mehta", "Lumeo Health") not in pairs, pairs


def test_a_plural_noun_with_names_that_do_not_found(tmp_path):
    text = "Two analysts, Tomas Berg and Ingrid Lund, said Fjordline Robotics would grow."
    assert not relation_pairs(tmp_path, text, "founded")
