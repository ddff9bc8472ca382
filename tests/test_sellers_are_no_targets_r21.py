"""Round 21, from a probe article opened for study; sentences written for these tests.

"X agreed to buy the brands A and B from Y": the one who sells ("from" a verb of buying, or the
subject of a verb of selling) is neither the buyer nor what is bought, so the learned reader's
guess that it is the Investment's target is left out.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def investment_targets(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {names[p["entity"]] for e in facts["events"] if e["type"] == "Investment"
            for p in e["participants"] if p["role"] == "target"}


@pytest.mark.parametrize("text, seller, bought", [
    ("India's biggest carmaker, Tata Motors, has clinched a deal to buy luxury brands Jaguar and Land Rover from "
     "U.S. carmaker Ford.", "Ford", "Jaguar"),
    ("Brenta Holdings agreed on Monday to buy the paper maker Kelso Mills from Swedish group Orvel AB.",
     "Orvel AB", "Kelso Mills"),
    ("Last week Brenta Holdings agreed to buy the steel maker Kelso Steel from its Dutch owner Orvel Group.",
     "Orvel Group", "Kelso Steel"),
])
def test_the_seller_is_no_target(tmp_path, text, seller, bought):
    targets = investment_targets(tmp_path, text)
    assert bought in targets, targets
    assert seller not in targets, targets
