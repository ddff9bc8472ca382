"""Plural "co-" titles: "co-founders", "co-CEOs" (round 9, recall).

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
