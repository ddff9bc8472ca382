"""Relations a clause does not assert (round 12, paraphrase robustness).

A verb of owning, founding or taking office, or a title the verb gives ("was named chairman of Y",
"became CEO of Y"), states no relation when its clause is negated ("X never owned Y", "X was not
named chairman of Y", "X did not found Y"), only possible ("X could be named CEO of Y", "X might
become chairman of Y", "X may be appointed ..."), denied ("X denied it owns Y", "X rejected claims
that it controls Y", "X denied he would become CEO of Y") or asked ("Did X buy Y?"). The asserted
forms still give it, and a post held beside such a clause is untouched ("X, chairman of Y, did not
comment", "As chairman of Y, X could not attend", "X did not step down as CEO of Y").

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Helix Holdings", "Company"), ("Vantor Systems", "Company"), ("Tomas Garvik", "Person"),
        ("Brenlow Bank", "Company"), ("Marten Iles", "Person"), ("Glassbridge Robotics", "Company")]
OWNS = ("helix-holdings", "owns", "vantor-systems")
HOLDS = ("tomas-garvik", "holdsPosition", "brenlow-bank")
FOUNDED = ("marten-iles", "founded", "glassbridge-robotics")


@pytest.mark.parametrize("text", [
    "Helix Holdings denied it owns Vantor Systems.",
    "Helix Holdings never owned Vantor Systems, a spokeswoman for the group said.",
    "Helix Holdings denied that it controls Vantor Systems.",
    "Did Helix Holdings buy Vantor Systems last year?",
    "Does Helix Holdings own Vantor Systems?",
    "Helix Holdings rejected claims that it owns Vantor Systems.",
])
def test_no_ownership_the_clause_does_not_assert(nlp, text):
    assert OWNS not in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Tomas Garvik could be named chief executive of Brenlow Bank next month.",
    "Tomas Garvik may be appointed chairman of Brenlow Bank, two people familiar with the plan said.",
    "Tomas Garvik denied he would be named chairman of Brenlow Bank.",
    "Tomas Garvik was not named chairman of Brenlow Bank on Friday.",
    "Tomas Garvik might become chairman of Brenlow Bank after the vote.",
    "Was Tomas Garvik named chairman of Brenlow Bank?",
])
def test_no_post_the_clause_does_not_assert(nlp, text):
    assert HOLDS not in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Marten Iles did not found Glassbridge Robotics, its filings show.",
    "Marten Iles denied he founded Glassbridge Robotics.",
    "Did Marten Iles found Glassbridge Robotics in his garage?",
])
def test_no_founding_the_clause_does_not_assert(nlp, text):
    assert FOUNDED not in relations(nlp, text, CAST)


@pytest.mark.parametrize("text, fact", [
    ("Helix Holdings said it owns Vantor Systems.", OWNS),
    ("Helix Holdings has owned Vantor Systems since 2016.", OWNS),
    ("Tomas Garvik was named chairman of Brenlow Bank in May.", HOLDS),
    ("Tomas Garvik, chairman of Brenlow Bank, did not comment on the plan.", HOLDS),
    ("As chairman of Brenlow Bank, Tomas Garvik could not attend the hearing.", HOLDS),
    ("Tomas Garvik did not step down as chairman of Brenlow Bank, the lender said.", HOLDS),
    ("Marten Iles founded Glassbridge Robotics in a rented shed.", FOUNDED),
])
def test_asserted_forms_still_give_the_relation(nlp, text, fact):
    assert fact in relations(nlp, text, CAST)
