"""Round 21; sentences written for these tests.

"The agency worked closely with its counterparts at X and Y": authorities an enforcing body says it
acted with ("worked with", "in coordination with", "in conjunction with actions by") are actors of
its action too. Only enforcing bodies (and central banks, as supervisors) join; a body written only
as the owner of another ("the central bank's supervision department") stays out.
"""

from __future__ import annotations

import pytest

FINE = "The Securities and Exchange Commission fined Orvel Holdings Inc. $4 million on Monday. "


@pytest.mark.parametrize("text, partner", [
    (FINE + "The SEC worked closely with its counterparts at the Commodity Futures Trading Commission and "
     "the Federal Bureau of Investigation.", "Commodity Futures Trading Commission"),
    (FINE + "The commission acted in coordination with the Financial Industry Regulatory Authority.",
     "Financial Industry Regulatory Authority"),
    ("The Department of Justice charged Orvel Holdings Inc. with fraud on Tuesday. The department cooperated "
     "with the Internal Revenue Service and the Federal Bureau of Investigation.", "Internal Revenue Service"),
    (FINE + "The SEC's action was taken in conjunction with actions by the Federal Reserve and the Office of "
     "the Comptroller of the Currency.", "Office of the Comptroller of the Currency"),
])
def test_authorities_acted_with_are_actors_too(read_events, text, partner):
    found = read_events(text)
    assert ("RegulatoryAction", partner, "actor") in found, found


@pytest.mark.parametrize("text, body", [
    (FINE + "The SEC worked with Congress on new rules for brokers.", "Congress"),
    (FINE + "The SEC acted in conjunction with actions by the Reserve Bank of India's Department of "
     "Supervision.", "Reserve Bank of India"),
    ("Orvel Holdings Inc. worked closely with the Federal Bureau of Investigation on its security.",
     "Federal Bureau of Investigation"),
])
def test_no_partner_outside_enforcement(read_events, text, body):
    found = read_events(text)
    assert ("RegulatoryAction", body, "actor") not in found, found
