"""Round 22; sentences written for these tests.

"... to become chair of Y when the current chairman, X, steps down": a title set beside a name
with no organisation written, after the same office (in the same or other words) held at one
organisation earlier in the sentence, is held there; two such organisations say nothing.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, holder, org", [
    ("Lawmakers backed her bid to become chair of the Federal Reserve once the current chairman, Omar Haddad, "
     "retires next spring.", "Omar Haddad", "Federal Reserve"),
    ("Rita Vance was picked as chief executive of Kestrel Mining on Tuesday, replacing the current chief "
     "executive, Paul Moreau, who will stay on as an adviser.", "Paul Moreau", "Kestrel Mining"),
    ("Ivan Petrov is expected to be named CEO of Tarnwell Bank, and the current CEO, Helen Mitchell, will "
     "become an adviser.", "Helen Mitchell", "Tarnwell Bank"),
])
def test_a_bare_title_after_the_same_office_at_an_organisation_is_held_there(tmp_path, text, holder, org):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (holder, org) in held, held


def test_two_organisations_with_that_office_before_say_nothing(tmp_path):
    held = relation_pairs(tmp_path, "Rita Vance, the chairman of Tarnwell Bank, lunched with the chairman of Kelso "
                                    "Group and with a retired chairman, Paul Moreau.", "holdsPosition")
    assert not any(p == "Paul Moreau" for p, _ in held), held
