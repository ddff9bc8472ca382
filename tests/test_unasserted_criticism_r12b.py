"""Criticism a clause does not assert, and refusals (round 12, paraphrase robustness).

A verb of criticising gives no criticized relation when its clause is negated ("X did not
criticise Y", "X never attacked Y"), refused ("X declined to criticise Y", "X refused to condemn
Y"), denied ("X denied that he had criticised Y") or asked ("Did X criticise Y?"); a refusal also
blocks a purchase ("X refused to buy Y"). Still given: "X did not hesitate to criticise Y", a
negation elsewhere in the sentence ("X criticised Y, which did not comment"), and nouns ("X's
criticism of Y").

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Kofi Asante", "Person"), ("Quillon Motors", "Company"), ("Helix Holdings", "Company")]
CRIT = ("kofi-asante", "criticized", "quillon-motors")


@pytest.mark.parametrize("text", [
    "Kofi Asante declined to criticize Quillon Motors at the hearing.",
    "Kofi Asante did not criticize Quillon Motors over the layoffs.",
    "Kofi Asante refused to condemn Quillon Motors over the layoffs.",
    "Kofi Asante never attacked Quillon Motors in public.",
    "Did Kofi Asante criticize Quillon Motors in his speech?",
    "Kofi Asante denied that he had criticized Quillon Motors.",
])
def test_no_criticism_the_clause_does_not_assert(nlp, text):
    assert CRIT not in relations(nlp, text, CAST)


def test_refusing_to_buy_is_no_ownership(nlp):
    rels = relations(nlp, "Helix Holdings refused to buy Quillon Motors at that price.", CAST)
    assert ("helix-holdings", "owns", "quillon-motors") not in rels


@pytest.mark.parametrize("text", [
    "Kofi Asante did not hesitate to criticize Quillon Motors.",
    "Kofi Asante criticized Quillon Motors, which did not comment.",
    "Kofi Asante, who criticized Quillon Motors last year, could not be reached.",
    "Kofi Asante slammed Quillon Motors for the layoffs.",
])
def test_asserted_criticism_still_given(nlp, text):
    assert CRIT in relations(nlp, text, CAST)
