"""Round 21, from a probe article opened for study; sentences written for these tests.

"X agreed to buy the brands A and B from Y": the one who sells ("from" a verb of buying, or the
subject of a verb of selling) is neither the buyer nor what is bought, so the learned reader's
guess that it is the Investment's target is left out; so is its guess for the owner named to say
whose a bought unit was ("bought X, the port business of Y").
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


@pytest.mark.parametrize("text, owner, unit", [
    ("In May, OGC bought Tarn Chemicals, the specialty chemicals business of the Vantis Corporation in Germany.",
     "Vantis Corporation", "Tarn Chemicals"),
    ("Last year, AKS bought Norland Foods, the frozen food business of the Kestrel Corporation in Canada.",
     "Kestrel Corporation", "Norland Foods"),
    ("In March, Halden Ports bought Kelso Terminals, the port operations of Brenta Corporation in Spain.",
     "Brenta Corporation", "Kelso Terminals"),
])
def test_the_owner_of_a_bought_unit_is_no_target(tmp_path, text, owner, unit):
    targets = investment_targets(tmp_path, text)
    assert unit in targets, targets
    assert owner not in targets, targets
