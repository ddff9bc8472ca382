"""Round 23; sentences written for these tests.

Where the words before "X and Y" ask for two parties ("the merger of X and Y", "talks between X
and Y"), a span the small model ran over the "and" is two names, and the parties to a merger are
firms whatever their words suggest ("Office Depot" is no office). A firm's name with "and" that the
gazetteer knows, or one followed by the second party ("the merger of Procter and Gamble and
Gillette"), stays whole; places merged stay places.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


def _types(tmp_path, text):
    return article_entity_types(tmp_path, text)


@pytest.mark.parametrize("text, first, second", [
    ("A federal judge blocked the merger of Staples and Office Depot.", "Staples", "Office Depot"),
    ("A federal judge blocked the merger of Tarn Foods and Velda Dairies.", "Tarn Foods", "Velda Dairies"),
    ("Regulators in Oslo cleared the merger of Kestrel Shipping and Marlo Dairies on Monday.",
     "Kestrel Shipping", "Marlo Dairies"),
])
def test_the_parties_of_a_merger_are_two_firms(tmp_path, text, first, second):
    types = _types(tmp_path, text)
    assert types.get(first) == "Company" and types.get(second) == "Company", types


@pytest.mark.parametrize("text, whole", [
    ("Procter and Gamble raised its prices on Monday.", "Procter and Gamble"),
    ("The merger of Procter and Gamble and Gillette closed in October.", "Procter and Gamble"),
])
def test_a_firms_name_with_and_stays_whole(tmp_path, text, whole):
    assert whole in _types(tmp_path, text)


def test_places_merged_stay_places(tmp_path):
    types = _types(tmp_path, "The merger of Germany and Austria was a dark chapter.")
    assert types.get("Germany") == "Place" and types.get("Austria") == "Place", types
