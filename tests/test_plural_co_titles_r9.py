"""Plural "co-" titles ("co-founders", "co-CEOs") and "co-founded" after several names (round 9, recall).

The small model splits "co-founders" into "co", "-", "founders" and parses the pieces apart, so
"Tarn's co-founders, A and B," gave neither a founder. Each person named beside the plural title holds
it in the firm named before it ("Tarn's", "Tarn", "Tarn and its") or after it ("of Tarn").
Phrasings are written for these tests (invented names); the near-miss has no firm for the title.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Kelvor Oil", "Company"),
        ("Market Conduct Authority", "GovernmentBody")]


@pytest.mark.parametrize("text", [
    "Kelvor Oil's co-founders, Vera Lind and Omar Tass, stepped down.",
    "Kelvor Oil co-founders Vera Lind and Omar Tass stepped down.",
    "The Market Conduct Authority sued Kelvor Oil and its two co-founders, Vera Lind and Omar Tass.",
    "Vera Lind and Omar Tass, the co-founders of Kelvor Oil, stepped down.",
])
def test_each_person_beside_a_plural_co_founder_title_founded_the_firm(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "founded", "kelvor-oil") in rels and ("omar-tass", "founded", "kelvor-oil") in rels, text


def test_former_co_chief_executives_held_the_post(nlp):
    rels = relations(nlp, "The Market Conduct Authority charged Kelvor Oil and its former co-CEOs, Vera Lind and "
                          "Omar Tass, with fraud.", CAST)
    for person in ("vera-lind", "omar-tass"):
        r = rels[(person, "holdsPosition", "kelvor-oil")]
        assert r.title == "co-CEO" and r.status == "former"


def test_a_plural_co_title_with_no_firm_gives_nothing(nlp):
    rels = relations(nlp, "The co-founders, Vera Lind and Omar Tass, met the Market Conduct Authority.", CAST)
    assert not [k for k in rels if k[1] in ("founded", "holdsPosition")]


@pytest.mark.parametrize("text, people", [
    ("Vera Lind and Omar Tass co-founded Kelvor Oil in 2010.", ["vera-lind", "omar-tass"]),
    ("Vera Lind, Ian Holt and Omar Tass co-founded Kelvor Oil.", ["vera-lind", "omar-tass", "ian-holt"]),
    ("In 2012 Ian Holt and Vera Lind co-founded the Kelvor Oil group.", ["ian-holt", "vera-lind"]),
])
def test_each_person_before_co_founded_founded_the_firm(nlp, text, people):
    rels = relations(nlp, text, CAST + [("Ian Holt", "Person")])
    for person in people:
        assert (person, "founded", "kelvor-oil") in rels, (text, person)


def test_co_founded_with_no_firm_named_after_gives_nothing(nlp):
    rels = relations(nlp, "Vera Lind and Omar Tass co-founded a charity before joining Kelvor Oil.", CAST)
    assert not [k for k in rels if k[1] == "founded"]
