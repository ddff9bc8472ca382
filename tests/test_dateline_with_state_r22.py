"""Round 22; sentences written for these tests.

"SAN JUAN, P.R. – ...": a release's dateline in capitals takes the town's state or country with it
(it says where the release was filed, as the town alone already did); the state's abbreviation is
no firm's name.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


@pytest.mark.parametrize("text, state", [
    ("SAN JUAN, P.R. – A federal grand jury indicted nine people for bank fraud, prosecutors said.", "P.R."),
    ("TRENTON, N.J. — The state fined Kestrel Energy Corp. for falsifying its emissions reports.", "N.J."),
    ("HOUSTON, Texas — Regulators charged Velora Trading Inc. with rigging natural gas prices.", "Texas"),
])
def test_the_state_in_a_capitals_dateline_is_no_entity(tmp_path, text, state):
    facts, _ = article_facts(tmp_path, text)
    names = {e["name"] for e in facts["entities"]}
    assert state not in names, names


def test_a_state_in_the_body_is_still_a_place(tmp_path):
    facts, _ = article_facts(tmp_path, "The firm, based in Ponce, P.R., was fined on Monday.")
    types = {e["name"]: e["type"] for e in facts["entities"]}
    assert types.get("Ponce") == "Place", types
