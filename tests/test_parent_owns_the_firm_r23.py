"""Round 23; sentences written for these tests.

A firm's parent owns the firm, never the other way round: "X's parent, Y,", "Y, the parent of X,",
"X's parent company, Y"; a unit named the same ways is owned by the firm it belongs to.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


def _owns(tmp_path, text):
    return relation_pairs(tmp_path, text, "owns")


@pytest.mark.parametrize("text", [
    "Velda Motors' parent, Kestrel Holdings, said so on Monday.",
    "Kestrel Holdings, the parent of Velda Motors, said so on Monday.",
    "Velda Motors' parent company, Kestrel Holdings, said so on Monday.",
    "Velda Motors, a unit of Kestrel Holdings, said so on Monday.",
])
def test_the_parent_owns_the_firm_and_not_the_reverse(tmp_path, text):
    owns = _owns(tmp_path, text)
    assert ("Kestrel Holdings", "Velda Motors") in owns and ("Velda Motors", "Kestrel Holdings") not in owns, owns
