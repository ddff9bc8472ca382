"""A government body inside another, said with "which is part of", "at", or a possessed description
(round 9, recall).

Agency releases place an office in its department in several ways: "the Office of X, which is part of
the Treasury", "the Office of X at the Commerce Department", "the Open Market Committee, the Fed's
policy-setting panel". The rules read "X, part of Y", "Y's X" and "X within Y" but not these.
Phrasings are written for these tests (invented names); the near-misses: an office "at" a firm, a
description possessed by a country, a person described as the body's member.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Office of Trade Controls", "GovernmentBody"), ("Treasury Department", "GovernmentBody", ["Treasury"]),
        ("Rate Setting Committee", "GovernmentBody"), ("Reserve Bank of Halden", "GovernmentBody", ["RBH"]),
        ("Bureau of Mines", "GovernmentBody"), ("Commerce Department", "GovernmentBody"),
        ("Kelvor Oil", "Company"), ("Chile", "Place"), ("Vera Lind", "Person")]


@pytest.mark.parametrize("text, child, parent", [
    ("The Office of Trade Controls, which is part of the Treasury, froze the assets.",
     "office-of-trade-controls", "treasury-department"),
    ("The Bureau of Mines is part of the Commerce Department.", "bureau-of-mines", "commerce-department"),
    ("The Office of Trade Controls at the Treasury Department froze the assets.",
     "office-of-trade-controls", "treasury-department"),
    ("The Rate Setting Committee, the RBH's policy-setting panel, left rates unchanged.",
     "rate-setting-committee", "reserve-bank-of-halden"),
])
def test_a_body_said_to_be_inside_another_is_its_member(nlp, text, child, parent):
    assert (child, "memberOf", parent) in relations(nlp, text, CAST), text


@pytest.mark.parametrize("text", [
    "The Office of Trade Controls at Kelvor Oil handles its exports.",
    "The Rate Setting Committee, Chile's most watched panel, left rates unchanged.",
    "Vera Lind, the RBH's longest-serving board member, left the bank.",
])
def test_near_misses_give_no_body_membership(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "memberOf" and k[0] != "vera-lind"], text
