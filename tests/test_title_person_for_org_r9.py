"""TITLE PERSON for ORG: an office named after the person with "for" (round 9, recall and precision).

Justice Department releases name prosecutors as "U.S. Attorney X for the Eastern District of Y" and
"Assistant Attorney General X for the Civil Division": the body after "for" is where the post is
held. The rules read "of" there but not "for", and in a pair of officials could give the second one
the first one's body. Phrasings are written for these tests (invented names); the near-miss is a
firm's outside counsel ("attorney X for Tarn"), who holds no post in the firm.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Lisa Marr", "Person"), ("Omar Tass", "Person"), ("Criminal Division", "GovernmentBody"),
        ("Civil Division", "GovernmentBody"), ("Antitrust Division", "GovernmentBody"),
        ("Eastern District of Kerrow", "GovernmentBody"), ("Pellan Foods", "Company")]


@pytest.mark.parametrize("text, person, body", [
    ("The charges were announced by U.S. Attorney Omar Tass for the Eastern District of Kerrow.",
     "omar-tass", "eastern-district-of-kerrow"),
    ("Assistant Attorney General Lisa Marr for the Civil Division said the settlement was fair.",
     "lisa-marr", "civil-division"),
    ("Acting Assistant Attorney General Lisa Marr for the Antitrust Division said Pellan Foods would sell "
     "the plant.", "lisa-marr", "antitrust-division"),
    ("Deputy Assistant Attorney General Omar Tass for the Criminal Division spoke after the verdict.",
     "omar-tass", "criminal-division"),
])
def test_the_body_after_for_holds_the_post(nlp, text, person, body):
    assert (person, "holdsPosition", body) in relations(nlp, text, CAST), text


def test_of_one_official_and_for_another_keep_their_own_bodies(nlp):
    rels = relations(nlp, "Assistant Attorney General Lisa Marr of the Civil Division and Interim U.S. Attorney "
                          "Omar Tass for the Eastern District of Kerrow unsealed the indictment.", CAST)
    assert ("lisa-marr", "holdsPosition", "civil-division") in rels
    assert ("omar-tass", "holdsPosition", "eastern-district-of-kerrow") in rels
    assert ("omar-tass", "holdsPosition", "civil-division") not in rels


@pytest.mark.parametrize("text", [
    "Attorney Lisa Marr for Pellan Foods said the firm would appeal.",
    "Counsel Omar Tass for Pellan Foods asked for more time.",
])
def test_a_firms_outside_counsel_holds_no_post_in_it(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "holdsPosition" and k[2] == "pellan-foods"], text
