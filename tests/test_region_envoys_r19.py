"""Round 19, from a probe article opened for study; sentences written for these tests.

"Twelve Pacific region trade ministers signed the pact": a region that only qualifies the people
who act (ministers, leaders, officials) is no party; it had become the pact's signer.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, region", [
    ("Markets rose.\nTwelve Pacific region trade ministers signed the pact in Lima on Thursday.", "Pacific region"),
    ("Markets rose.\nPacific region leaders signed the accord on Monday.", "Pacific region"),
    ("Markets rose.\nPacific region delegates signed the pact on Monday.", "Pacific region"),
])
def test_a_region_qualifying_the_people_who_act_is_no_party(read_events, text, region):
    found = read_events(text)
    assert not any(name == region for _, name, _ in found), found
