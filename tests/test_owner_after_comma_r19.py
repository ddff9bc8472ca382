"""Round 19, from a probe article opened for study; sentences written for these tests.

"a main shareholder of Tarn Corp., Feld Holdings": the owner named after the comma that follows
"an owner (shareholder) of Y". The parser seldom hangs that name on the noun, so the reading is
taken from the sentence's surface.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owner, owned", [
    ("Markets rose. It said the government controlled a main shareholder of Tarn Corp., Feld Holdings.",
     "Feld Holdings", "Tarn Corp."),
    ("Markets rose. Regulators questioned the owner of Brask Ltd., Feld Group, on Monday.", "Feld Group", "Brask Ltd."),
    ("Markets rose. The bank sold its stake to the largest shareholder of Tarn Corp., Tom Varga.", "Tom Varga",
     "Tarn Corp."),
])
def test_the_owner_named_after_an_owner_of_y(tmp_path, text, owner, owned):
    owns = relation_pairs(tmp_path, text, "owns")
    assert (owner, owned) in owns, owns
