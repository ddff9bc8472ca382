"""A superscript digit ("²", "³") is a digit to str.isdigit but no number int() reads: a text with
one where a count may stand is read without a crash (hypothesis found "²" alone in round 21)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "²",
    "The ² firms were charged by the SEC on Monday.",
    "Orvel Corp. and ³ others were fined by regulators.",
])
def test_a_superscript_where_a_count_may_stand(read_events, text):
    assert isinstance(read_events(text), set)


def test_a_superscript_worker_count_is_a_usage_error():
    from kg.distributed import parse_address
    from kg.errors import UsageError

    with pytest.raises(UsageError):
        parse_address("local:²")
