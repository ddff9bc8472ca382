"""Round 21; sentences written for these tests.

"Regulators arranged a rescue of Credit Suisse by its rival UBS": a firm rescued (bailed out) by
another firm is bought or funded by it, an Investment; a rescue by a government stays its policy.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, saver, saved", [
    ("Swiss regulators arranged a rescue of Credit Suisse by its rival UBS on Sunday.", "UBS", "Credit Suisse"),
    ("The rescue of Bear Stearns by JPMorgan Chase was announced on Sunday.", "JPMorgan Chase", "Bear Stearns"),
    ("Investors cheered the bailout of Alder Bank by Vantis Holdings Inc. on Monday.", "Vantis Holdings Inc.",
     "Alder Bank"),
])
def test_a_firm_rescued_by_another_is_its_investment(read_events, text, saver, saved):
    found = read_events(text)
    assert ("Investment", saver, "actor") in found, found
    assert ("Investment", saved, "target") in found, found


def test_a_rescue_by_a_government_is_no_investment_of_a_firm(read_events):
    found = read_events("The German government announced a rescue of Hypo Real Estate on Monday.")
    assert not any(t == "Investment" and r == "actor" for t, _, r in found), found
