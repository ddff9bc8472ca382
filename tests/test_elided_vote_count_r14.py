"""A candidate's vote count whose noun the sentence gives once, round 14.

"X won close to five million votes, while Y took more than three million", "X received roughly
2.4 million votes, Y got about 2 million": the second count is of votes too, so Y is a candidate in
the election (Other, subject). Not a count of something else ("took 3 million in profit") nor a
sentence that speaks of no votes.

Sentences and names written for these tests (fictional people and firms).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The commission said Ana Sousa won close to five million votes, while Daniel Marsh, a former "
    "governor, took more than three million.",
    "Ana Sousa won 4.1 million votes in the runoff and Daniel Marsh took 3.9 million.",
    "Officials said Ana Sousa received roughly 2.4 million votes, Daniel Marsh got about 2 million.",
])
def test_elided_vote_count(read_events, text):
    assert ("Other", "Daniel Marsh", "subject") in read_events(text)


@pytest.mark.parametrize("text", [
    "Kestrel Foods took 5 million in revenue from the new line.",
    "Ana Sousa won 4 million votes last year, and Kestrel Foods took 3 million in profit.",
    "Daniel Marsh took 3 million from the fund, the auditors said.",
])
def test_no_elided_vote_count(read_events, text):
    got = read_events(text)
    assert ("Other", "Kestrel Foods", "subject") not in got and ("Other", "Daniel Marsh", "subject") not in got
