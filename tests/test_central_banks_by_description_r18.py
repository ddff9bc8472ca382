"""Round 18, from a third judged audit; sentences written for these tests.

- "US Central Bank Cuts Key Interest Rate", "Japan's central bank held rates": a country that
  qualifies "central bank" is not the one acting; the article's central bank is.
- "Standard and Poor's", the rating agency, spelled with "and": one firm, not "Standard" and "Poor".
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, bank, country", [
    ("US Central Bank Keeps Interest Rates on Hold\nThe Federal Reserve, the U.S. central bank, on Wednesday held "
     "short-term interest rates steady.", "Federal Reserve", "United States"),
    ("Japan's Central Bank Cuts Rates\nThe Bank of Japan on Tuesday cut its key rate to zero.", "Bank of Japan",
     "Japan"),
    ("Canadian Central Bank Raises Key Rate\nThe Bank of Canada raised its benchmark rate on Wednesday.",
     "Bank of Canada", "Canada"),
])
def test_a_country_qualifying_its_central_bank_does_not_act(read_events, text, bank, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", bank, "actor") in found, found
    assert ("PolicyAnnouncement", country, "actor") not in found, found


@pytest.mark.parametrize("text", [
    "But one economist, Ada Lind of the credit-rating agency Standard and Poor's, said the cut would take months.",
    "Standard and Poor's downgraded the bonds on Monday, the ministry said.",
    "Analysts at Standard & Poor's expect slower growth.",
])
def test_the_rating_agency_spelled_with_and_is_one_firm(nlp, text):
    types = entity_types(nlp, text)
    assert "Standard" not in types and "Poor" not in types, types
    assert any("Standard" in name and "Poor" in name and kind == "Company" for name, kind in types.items()), types
