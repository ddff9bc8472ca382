"""Round 19, from a probe article opened for study; sentences written for these tests.

"X criticized the tariffs", "X called the duties 'unacceptable'", "X rejected the quotas": the
learned reader took the critic (or the country of the critic's title) for the party that imposed
the act it opposes. One who takes a stand against an act is no party to it.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, critic, country", [
    ("Canadian Prime Minister Ada Lind criticized the tariffs on Friday.", "Ada Lind", "Canada"),
    ('French President Rui Vale called the tariffs "unlawful" on Thursday.', "Rui Vale", "France"),
    ("German Chancellor Ada Lind denounced the tariffs on Monday.", "Ada Lind", "Germany"),
])
def test_a_critic_of_an_act_takes_no_part_in_it(read_events, text, critic, country):
    found = read_events(text)
    parties = {(kind, name) for kind, name, _ in found if kind != "Criticism"}
    assert not any(name in (critic, country) for _, name in parties), found
