"""Round 23; sentences written for these tests.

A person's company named beside it is theirs: "X, through his investment company, Y,", "a penalty
on X, a businessman, and his company, Y", "X's holding company, Y". The name set off after the
firm noun is a firm's, whatever the small model guessed. A firm's parent is left to the ownership
readers (the parent owns the firm, not the other way round).
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _facts(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    owns = {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "owns"}
    return owns, {e["name"]: e["type"] for e in facts["entities"]}


@pytest.mark.parametrize("text, owner, firm", [
    ("Investor Kirk Kerkorian has offered four billion dollars for Chrysler through his investment company, "
     "Tracinda.", "Kirk Kerkorian", "Tracinda"),
    ("The Department imposed a penalty on Ali Mozaffari, a San Francisco businessman, and his company, Interlink.",
     "Ali Mozaffari", "Interlink"),
    ("Dora Lind's holding company, Velda Holdings, bought the stake on Monday.", "Dora Lind", "Velda Holdings"),
])
def test_a_persons_company_named_beside_it_is_theirs(tmp_path, text, owner, firm):
    owns, types = _facts(tmp_path, text)
    assert (owner, firm) in owns, owns
    assert types.get(firm) == "Company", types


def test_a_firms_parent_owns_the_firm(tmp_path):
    owns, _ = _facts(tmp_path, "Tarn Foods Inc.'s parent company, Velda Holdings, said so on Monday.")
    assert ("Velda Holdings", "Tarn Foods Inc.") in owns and ("Tarn Foods Inc.", "Velda Holdings") not in owns, owns
