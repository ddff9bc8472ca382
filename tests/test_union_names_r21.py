"""Round 21, from a probe article opened for study; sentences written for these tests.

"Roger Madison of British trade union Unite": a capitalised name right after the noun "union" is
the union's name, which the small model often leaves untagged (the name may be a common word).
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, name", [
    ("A spokesman for trade union Unite said the firm would keep all workers.", "Unite"),
    ("Ana Ruiz of the dockers' union Solidar said the strike would go on.", "Solidar"),
    ("The car workers joined the union Forward Together in March.", "Forward Together"),
])
def test_a_name_after_the_noun_union(nlp, text, name):
    types = entity_types(nlp, text)
    assert types.get(name) == "Organization", types


@pytest.mark.parametrize("text, word", [
    ("The European Union fined Orvel Corp. on Monday.", "Union"),
    ("The union said on Monday that talks had failed.", "said"),
])
def test_no_name_where_none_follows(nlp, text, word):
    types = entity_types(nlp, text)
    assert word not in types, types
