"""Round 21, from a probe article opened for study; sentences written for these tests.

"a merger between XM and Sirius": after "between", what the model read as one name joined by "and"
is the two sides "between" asks for.
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, first, second", [
    ("The industry has had talk of a merger between XM and Sirius, the two biggest radio companies.", "XM", "Sirius"),
    ("Analysts expect a tie-up between Rexa and Voltan, the two largest chip makers.", "Rexa", "Voltan"),
    ("Talks between Orbis and Kestrel Media on a merger ended on Monday.", "Orbis", "Kestrel Media"),
])
def test_two_names_after_between(nlp, text, first, second):
    types = entity_types(nlp, text)
    assert first in types and second in types, types


def test_a_known_name_with_and_stays_whole(nlp):
    types = entity_types(nlp, "Shares of Procter & Gamble rose after the deal between Procter & Gamble and Gillette.")
    assert "Procter & Gamble" in types, types
