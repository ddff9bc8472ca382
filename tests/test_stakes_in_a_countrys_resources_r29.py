"""A stake in a country's unnamed resource invests in that country: "a 30 percent stake in an
Angolan oil field", "a stake in a copper mine in Zambia" (an Investment whose target is the
country, as the annotators record a state invested in) (kg.extract.events._country_of_asset)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, buyer, country", [
    ("Angola pumps crude. Kestrel Energy bought a 30 percent stake in an Angolan oil field in May.",
     "Kestrel Energy", "Angola"),
    ("Zambia exports copper. Orvane Mining agreed to buy a stake in a copper mine in Zambia.",
     "Orvane Mining", "Zambia"),
    ("Ghana drills offshore. Halvard Petroleum took a 20 percent stake in a Ghanaian gas field.",
     "Halvard Petroleum", "Ghana"),
])
def test_a_stake_in_a_countrys_field_invests_in_the_country(tmp_path, text, buyer, country):
    assert {(buyer, "actor"), (country, "target")} in event_parts(tmp_path, text, "Investment")


def test_a_stake_held_is_no_investment(tmp_path):
    text = "Angola pumps crude. Kestrel Energy holds a 30 percent stake in an Angolan oil field."
    assert event_parts(tmp_path, text, "Investment") == []
