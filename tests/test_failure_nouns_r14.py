"""A firm's or country's failure named by a noun with its owner, round 14.

"X's bankruptcy filing" (Other; X files, the actor), "the default of X", "X's default", "the
bankruptcy of X" (Other; X fails, the subject). Not a failure feared, avoided or only possible
("fears of a default by X", "trying to avoid a default", "a possible bankruptcy of X", "the risk
of X's default"), nor a default word of finance ("credit default swaps").

Sentences and names written for these tests (fictional firms; countries by name).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, who, role", [
    ("Kestrel Foods' bankruptcy filing is one of the largest in decades.", "Kestrel Foods", "actor"),
    ("In 2021, Ostrava Bank lost $5 billion because of the default of Kestrel Capital, a hedge fund.",
     "Kestrel Capital", "subject"),
    ("Investors still remember Chile's default on its foreign debt.", "Chile", "subject"),
    ("The bankruptcy of Kestrel Airlines shook the industry last year.", "Kestrel Airlines", "subject"),
])
def test_failure_owned(read_events, text, who, role):
    assert ("Other", who, role) in read_events(text)


@pytest.mark.parametrize("text", [
    "Fears of a default by Kestrel Capital weighed on markets.",
    "Kestrel Capital is trying to avoid a default on its bonds.",
    "Prices of credit default swaps on Kestrel Capital rose.",
    "Analysts warned of a possible bankruptcy of Kestrel Airlines.",
    "The risk of Chile's default has grown.",
])
def test_no_failure(read_events, text):
    assert not any(t == "Other" for t, _, _ in read_events(text))
