"""An authority's requirement binding a named party, round 14 (kg.extract.events._required).

"The Authority will require X to sell its seed business", "the Commission's order requires X to
pay a penalty of $2.4 million", "the consent order, which requires X to refund customers", "the
settlement requires X to recall cars, the Board said": an enforcing body, or its order,
settlement, decree or judgment, that requires a named firm or person to act binds them (a
RegulatoryAction: the body acts, the party is its target; an order with no body named takes the
article's enforcing body). Not: a rule that requires a class of firms to act, a commercial
agreement's or a firm's own requirement, nor a requirement denied.

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, party", [
    ("The Marlow Competition Authority will require Tallow Systems to sell its seed business before the "
     "merger can go ahead.", "Marlow Competition Authority", "Tallow Systems"),
    ("The Veldor Trading Commission's order requires Norwell Capital to pay a penalty of $2.4 million.",
     "Veldor Trading Commission", "Norwell Capital"),
    ("Norwell Bank did not contest the consent order, which requires Norwell Bank "
     "to refund $3 million to customers, the Consumer Credit Bureau said.", "Consumer Credit Bureau", "Norwell Bank"),
    ("The Kelso Financial Supervisory Authority required Brightwater Bank to replace two of its directors by the end of June.",
     "Kelso Financial Supervisory Authority", "Brightwater Bank"),
    ("The Marlow Securities Commission on Friday required Quarrel Partners to hire an outside monitor for three "
     "years.", "Marlow Securities Commission", "Quarrel Partners"),
])
def test_a_required_party_is_bound(read_events, text, body, party):
    got = read_events(text)
    assert ("RegulatoryAction", party, "target") in got
    assert ("RegulatoryAction", body, "actor") in got


@pytest.mark.parametrize("text, party", [
    ("The new rule requires Brightwater Bank and other lenders to hold more capital, the Kelso Banking "
     "Supervisor's spokesman wrote.", None),
    ("The supply agreement requires Tallow Systems to buy chips from Norwell Capital for five years.", "Tallow Systems"),
    ("Tallow Systems requires Norwell Capital to sign a code of conduct before it buys parts.", "Norwell Capital"),
])
def test_no_binding_requirement(read_events, text, party):
    got = read_events(text)
    assert not any(t == "RegulatoryAction" for t, _, _ in got)
