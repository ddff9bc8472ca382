"""Relations: "the country's largest firm" after a passing aside on another country (round 15).

"X, the country's largest firm" places the firm in the country "the country" refers to. When the
country it was read as is named only further back than the sentence before (an aside: "Another
ally nationalised its mines last year." then a new paragraph "... Y, the country's largest
firm"), "the country" is the country the article is about, or none when the article has no plain
one. A country named in the same sentence or the one before still holds. Every name is invented
(countries are real, as the country test needs); the entity table is given by hand.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Tarn Telecom", "Company"), ("Orvel Power", "Company"), ("Ivo Pelt", "Person"), ("Chile", "Place"),
        ("Peru", "Place"), ("Bolivia", "Place")]

STORY = ("Chile will take over its power and phone firms, President Ivo Pelt said in Chile on Monday. "
         "Chile plans to pay for the stakes. Officials in Chile said talks would begin soon.\n")


@pytest.mark.parametrize("aside, text, firm", [
    ("Peru, a close ally, seized its gas fields last year.\n",
     "The plan is likely to hit Tarn Telecom, the country's largest listed company.", "tarn-telecom"),
    ("Bolivia took over its mines after a vote two years ago.\n",
     "Investors sold shares of Orvel Power, the nation's biggest power producer, on Tuesday.", "orvel-power"),
    ("Peru moved to take control of key sectors after its election.\n",
     "Analysts said the move would most affect Tarn Telecom, the country's largest phone company, and "
     "smaller rivals.", "tarn-telecom"),
])
def test_the_country_after_an_aside_is_the_story_country(nlp, aside, text, firm):
    rels = relations(nlp, STORY + aside + "The ministers met again in the capital.\n" + text, CAST)
    placed = {o for (s, p, o) in rels if s == firm and p == "locatedIn"}
    assert placed <= {"chile"}, sorted(rels)
    assert not placed & {"peru", "bolivia"}, sorted(rels)


@pytest.mark.parametrize("text, firm, country", [
    # the country named in the sentence before is the one meant
    ("Peru seized its gas fields last year. The move hit Tarn Telecom, the country's largest listed company.",
     "tarn-telecom", "peru"),
    ("Bolivia is changing its energy rules. Orvel Power, the nation's biggest power producer, welcomed them.",
     "orvel-power", "bolivia"),
])
def test_a_country_named_just_before_still_holds(nlp, text, firm, country):
    rels = relations(nlp, STORY + text, CAST)
    assert (firm, "locatedIn", country) in rels, sorted(rels)
