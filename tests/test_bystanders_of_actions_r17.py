"""Bodies named beside an enforcement action without acting in it, round 17. Sentences written for
these tests; every firm and body invented but for well-known agencies.

- "X is not part of the settlement", "Y did not join the probe": a negated link makes no party.
- An action told without its actor takes the article's enforcing body only when that body is
  plain: two bodies each named once in passing are not (the one that acted may go unnamed: "a
  state regulator").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, bystander", [
    ("Corvel Bank agreed this week to pay $40 million to a state regulator to settle charges that it hid "
     "dealings with Norland. The Federal Bureau of Investigation is running its own inquiry. The Federal "
     "Reserve is not part of the settlement.", "Federal Reserve"),
    ("Brask Capital agreed to pay $9 million to settle claims that it misled clients. The Federal Bureau "
     "of Investigation is also investigating. The Securities and Exchange Commission has not joined the "
     "settlement.", "Securities and Exchange Commission"),
    ("Halvard Shipping agreed to pay a $3 million penalty to settle charges that it broke export rules. "
     "The Federal Bureau of Investigation has opened an inquiry. The Department of Justice is not part "
     "of the settlement.", "U.S. Department of Justice"),
])
def test_a_body_named_in_passing_does_not_take_the_settlement(read_events, text, bystander):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" and who == bystander and role == "actor" for kind, who, role in found), found


def test_a_plain_enforcing_body_still_takes_an_action_told_without_it(read_events):
    found = read_events("The Securities and Exchange Commission charged Brask Capital with fraud on Monday. "
                        "Brask Capital agreed to pay a $9 million penalty, the Securities and Exchange "
                        "Commission said. Corvel Bank was also fined $2 million.")
    assert ("RegulatoryAction", "Corvel Bank", "target") in found, found
    assert ("RegulatoryAction", "Securities and Exchange Commission", "actor") in found, found
