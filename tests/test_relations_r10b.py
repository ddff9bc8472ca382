"""Relations (round 10b): a title with a field after "of" and the firm after "at"/"for".

"X is head of currency strategy for Tarn Bank", "X, director of equity research at Orvel":
the plain words after "of" name the field the post covers; the firm after "at", "for" or
"with" is where the post is held (copula and appositive forms). Not when the words after "of"
are not plain words, nor without a title word
("X is fond of currency strategy at Y").

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
        ("Orvel Securities", "Company"), ("Dantry Bank", "Company"), ("Kelso Capital", "Company"),
        ("Chile", "Place")]


@pytest.mark.parametrize("text, person, firm", [
    ("Vera Lind is chief of foreign currency strategy for Dantry Bank in Chile.", "vera-lind", "dantry-bank"),
    ("Omar Tass was director of equity research at Orvel Securities until May.", "omar-tass", "orvel-securities"),
    ("Ian Holt, head of global equity trading at Kelso Capital, said bonds slipped.", "ian-holt", "kelso-capital"),
    ("Prices rose, said Vera Lind, chief of energy markets research with Chile's Dantry Bank.",
     "vera-lind", "dantry-bank"),
])
def test_title_of_a_field_at_a_firm(nlp, text, person, firm):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", firm) in rels


@pytest.mark.parametrize("text", [
    "Vera Lind is proud of foreign equity research at Dantry Bank.",
    "Vera Lind is fond of currency strategy at Dantry Bank.",
    "Vera Lind spoke of foreign currency strategy at Dantry Bank.",
])
def test_no_post_from_a_field_alone(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"]
