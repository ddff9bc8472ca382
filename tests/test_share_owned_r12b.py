"""Ownership written with a share before the participle (round 12, paraphrase robustness).

"Tarn is majority-owned by Vell", "Tarn, majority-owned by Vell,", "Tarn is 60%-owned by Vell":
Vell owns Tarn, as with "wholly owned by" or "owned by". Not when a different verb follows the
share ("majority-backed by", "majority-run by"), nor when it is denied.

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Quillon Motors", "Company"), ("Helix Holdings", "Company")]
OWNS = ("helix-holdings", "owns", "quillon-motors")


@pytest.mark.parametrize("text", [
    "Quillon Motors is majority-owned by Helix Holdings.",
    "Quillon Motors, majority-owned by Helix Holdings, reported a loss.",
    "Quillon Motors is 60%-owned by Helix Holdings, filings show.",
    "Quillon Motors, which is majority-controlled by Helix Holdings, reported a loss.",
])
def test_share_before_the_participle(nlp, text):
    assert OWNS in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Quillon Motors is majority-backed by Helix Holdings.",
    "Quillon Motors denied that it is majority-owned by Helix Holdings.",
    "Quillon Motors, majority-run by Helix Holdings veterans, reported a loss.",
])
def test_no_ownership_from_a_near_miss(nlp, text):
    assert OWNS not in relations(nlp, text, CAST)
