"""Round 23; sentences written for these tests.

A firm that says it will file for bankruptcy tells its own failure ("X announced that it will file
for bankruptcy", "said it would seek bankruptcy protection"): an event of the firm. A firm described
by its country ("the U.S. bank X", "a British carmaker") speaks for itself, never for the country,
so what it says it will do is no announcement of that country. A filing it only may make, or
denies, is none; a country speaking of its own acts still announces them.
"""

from __future__ import annotations

import pytest
from helpers import typed_events


def _events(tmp_path, text):
    return typed_events(tmp_path, text)


@pytest.mark.parametrize("text, firm", [
    ("Early on Monday, the U.S. investment bank Tarn Brothers announced that it will file for bankruptcy.",
     "Tarn Brothers"),
    ("Velda Motors said on Friday it would seek bankruptcy protection.", "Velda Motors"),
    ("The Canadian retailer Brisa Stores Inc. confirmed that it will file for bankruptcy next week.",
     "Brisa Stores Inc."),
])
def test_a_firm_that_says_it_will_file_for_bankruptcy_goes_under(tmp_path, text, firm):
    events = _events(tmp_path, text)
    assert any(t == "Other" and (firm, "actor") in parts for t, parts in events), events
    assert not any(t == "PolicyAnnouncement" for t, _ in events), events


@pytest.mark.parametrize("text", [
    "Velda Motors said it could file for bankruptcy if talks fail.",
    "Velda Motors denied that it would file for bankruptcy.",
])
def test_a_filing_only_possible_or_denied_is_none(tmp_path, text):
    assert not any(t == "Other" for t, _ in _events(tmp_path, text))


def test_a_country_still_announces_its_own_acts(tmp_path):
    events = _events(tmp_path, "Chile announced it would scrap fuel subsidies next year.")
    assert any(t == "PolicyAnnouncement" and ("Chile", "actor") in parts for t, parts in events), events
