"""A place written before the things an authority acts on only says where they are: blocking "the
merger of the Oslo and Stockholm stock exchanges" acts on the exchanges, not on the cities
(kg.extract.events._places_of_the_things_named). A country acted on by name stays a target."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, places", [
    ("Regulators in Brussels blocked the planned merger of the Oslo and Stockholm stock exchanges.",
     {"Oslo", "Stockholm"}),
    ("The European Commission blocked the combination of the Lisbon and Madrid exchanges on Tuesday.",
     {"Lisbon", "Madrid"}),
    ("The European Commission fined the Milan and Turin banks for fixing fees.", {"Milan", "Turin"}),
])
def test_cities_before_the_things_acted_on_are_no_targets(tmp_path, text, places):
    for parts in event_parts(tmp_path, text, "RegulatoryAction"):
        assert not {n for n, r in parts if r == "target"} & places, parts


def test_a_country_acted_on_is_a_target(tmp_path):
    parts = event_parts(tmp_path, "The European Union imposed new sanctions on Belarus on Monday.", "RegulatoryAction")
    assert any(("Belarus", "target") in p for p in parts), parts
