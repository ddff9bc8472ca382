"""Coreference: "the Bank" written with a capital (round 15).

In rate news "the Bank" (capital B, British usage) is the central bank the article is about, even
when a passing list of other banks stands between: "The Central Bank of Velmora cut rates. The
Norland Central Bank and the Pelland Reserve Bank held theirs. The Bank's committee, led by
Governor X, ..." is Velmora's bank, so its governor's post is there. The central bank named most
often before the description wins (ties: the first named). A lower-case "the bank" still refers
to the nearest bank, and with no central bank named the nearest one stays. Sentences written
for these tests (invented names).
"""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def owner_of(nlp, text, words):
    """The entity one of whose mentions is exactly `words` (None when none is)."""
    ents = list(resolve_entities(nlp(text), Article(id="t", text=text)))
    hits = [e.name for e in ents if any(m.text == words for m in e.mentions)]
    return hits[0] if hits else None


@pytest.mark.parametrize("text, bank", [
    ("The Central Bank of Velmora cut its main interest rate to 2 percent on Thursday. Elsewhere, the "
     "Norland Central Bank held rates and the Pelland Reserve Bank raised its rate. The Bank's "
     "rate-setting committee voted 7-2 for the cut.", "Central Bank of Velmora"),
    ("Borrowing costs fell after the Central Bank of Velmora lowered its benchmark rate. Officials of "
     "the Central Bank of Velmora said inflation had eased. Policymakers at the Norland Central Bank "
     "took no action. The Bank said further cuts were possible.", "Central Bank of Velmora"),
    ("The Central Bank of Velmora lifted its key rate by a quarter point on Monday, as did the "
     "Pelland Reserve Bank and the Norland Central Bank a day later. Economists said the Bank had "
     "waited too long.", "Central Bank of Velmora"),
])
def test_the_capital_bank_is_the_central_bank_of_the_story(nlp, text, bank):
    assert owner_of(nlp, text, "Bank") == bank, text


@pytest.mark.parametrize("text, bank", [
    # a lower-case "the bank" refers to the nearest bank, as before
    ("The Central Bank of Velmora cut its main interest rate on Thursday. Elsewhere, the Norland Central "
     "Bank held rates. Traders said the bank would wait until spring.", "Norland Central Bank"),
])
def test_a_lower_case_bank_stays_the_nearest(nlp, text, bank):
    assert owner_of(nlp, text, "bank") == bank, text
