"""Members of a committee listed by name when it votes (round 12).

Rate-setting committees and boards are reported with their members named in a list: "four members
of the committee (A, B, C and D) voted for the cut", "Rate Committee members A, B and C dissented",
and, in a sentence about a vote right after the committee is named, "three members, A, B and C,
voted for more". Each person listed is a member of the body. Not: members of something else
("family members, A and B,"), a list with no committee named near it, a sentence that is not about
a vote, or members of a body that is no committee, board or council and is not named.

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Pia Marsh", "Person"),
        ("Ned Fallow", "Person"), ("Rate Committee", "GovernmentBody"), ("Bank of Tarnland", "GovernmentBody")]
LISTED = ("vera-lind", "omar-tass", "ian-holt")


@pytest.mark.parametrize("text", [
    "The Bank of Tarnland's Rate Committee cut its key rate on Friday. Four members of the committee "
    "(Vera Lind, Omar Tass, Ian Holt and Pia Marsh) backed the cut, while Ned Fallow wanted a pause.",
    "Four members of the Rate Committee (Vera Lind, Omar Tass, Ian Holt and Pia Marsh) backed the cut.",
    "Rate Committee members Vera Lind, Omar Tass and Ian Holt dissented from the decision.",
    "The Rate Committee lifted borrowing costs on Thursday, but three members, Vera Lind, Omar Tass and "
    "Ian Holt, voted for a larger increase.",
])
def test_listed_members_of_a_committee(nlp, text):
    rels = relations(nlp, text, CAST)
    for who in LISTED:
        assert (who, "memberOf", "rate-committee") in rels
    assert ("ned-fallow", "memberOf", "rate-committee") not in rels


@pytest.mark.parametrize("text", [
    # members of something else
    "The Rate Committee lifted borrowing costs on Thursday. Two family members, Vera Lind and Omar Tass, "
    "voted against the plan.",
    # no vote: the list says nothing about the committee
    "The Rate Committee lifted borrowing costs on Thursday. Three members, Vera Lind, Omar Tass and Ian Holt, "
    "left early.",
    # a body that is neither named nor a committee, board or council
    "Members of the union (Vera Lind, Omar Tass and Ian Holt) voted to strike, the Rate Committee said.",
])
def test_no_membership_of_the_committee(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "memberOf" and k[2] == "rate-committee"]
