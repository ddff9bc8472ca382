"""A list of roles after a name that ends in "of ORG" (round 9, recall).

Enforcement releases describe a defendant by every role held in a firm at once: "X, founder,
majority shareholder and former chairman and CEO of Tarn". Each role of the list is a role in the
firm: a founder founded it, a shareholder owns part of it, a title is a post in it. The rules used
to read only the roles beside "of". Phrasings are written for these tests (invented names); the
near-misses are lists whose members are other people.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Ana Brill", "Person"), ("Ivo Sand", "Person"), ("Pellan Foods", "Company"),
        ("Consumer Agency", "GovernmentBody")]

ANA, FIRM = "ana-brill", "pellan-foods"


@pytest.mark.parametrize("text, expected", [
    ("The Consumer Agency sued Ana Brill, founder, majority shareholder and former chairman and CEO of "
     "Pellan Foods, on Monday.", {"founded", "owns", "holdsPosition"}),
    ("Ana Brill, co-founder, director and chief financial officer of Pellan Foods, resigned.",
     {"founded", "holdsPosition"}),
    ("Charges were filed against Ana Brill, controlling shareholder and president of Pellan Foods.",
     {"owns", "holdsPosition"}),
    ("Ana Brill, principal owner, chairwoman and treasurer of Pellan Foods, declined to comment.",
     {"owns", "holdsPosition"}),
])
def test_every_role_of_a_list_ending_in_of_org_is_a_role_in_it(nlp, text, expected):
    rels = relations(nlp, text, CAST)
    found = {p for s, p, o in rels if s == ANA and o == FIRM}
    assert expected <= found, (text, found)


def test_a_former_post_in_the_list_keeps_its_status(nlp):
    rels = relations(nlp, "Ana Brill, founder, chief shareholder and former chairman of Pellan Foods, "
                          "settled.", CAST)
    assert rels[(ANA, "holdsPosition", FIRM)].status == "former"


@pytest.mark.parametrize("text", [
    "Ana Brill, a lawyer, and Ivo Sand, CEO of Pellan Foods, met the panel.",
    "Ana Brill, 52, and her brother, the chief executive of Pellan Foods, sold their shares.",
])
def test_a_list_of_people_gives_the_role_only_to_its_holder(nlp, text):
    rels = relations(nlp, text, CAST)
    assert (ANA, "holdsPosition", FIRM) not in rels, text
