"""A settlement with a place's unnamed authorities, round 14 (kg.extract.events._placed_authorities).

"X reached a settlement with authorities in London, Paris and Tokyo", "X agreed to a settlement
with Texas prosecutors", "X signed a settlement with the Commission and Ohio regulators": the
places whose authorities, regulators or prosecutors X settled with act (as annotators record an
unnamed authority by its place), and X, who settled, is the target; the places are never the
targets. Not: a place that only locates a party settled with ("a settlement with Y in Ohio"),
nor a place's customers or firms.

The firms are invented; the places are well known.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, places", [
    ("Tallow Bank reached a $2 billion settlement with authorities in London, Paris and Tokyo over the rigging "
     "of rates.", ["London", "Paris", "Tokyo"]),
    ("Tallow Bank agreed to a settlement with Texas prosecutors over the rigging of rates last year.", ["Texas"]),
    ("Tallow Bank signed a settlement with the Marlow Securities Commission and Ohio regulators on Monday.",
     ["Ohio"]),
])
def test_the_places_authorities_act(read_events, text, places):
    got = read_events(text)
    assert ("RegulatoryAction", "Tallow Bank", "target") in got
    for place in places:
        assert ("RegulatoryAction", place, "actor") in got, place
        assert ("RegulatoryAction", place, "target") not in got, place


@pytest.mark.parametrize("text", [
    "Tallow Bank reached a settlement with Norwell Capital in Ohio over the unpaid loans.",
    "Tallow Bank reached a settlement with customers in Ohio over the unpaid loans.",
])
def test_a_place_that_only_locates_does_not_act(read_events, text):
    got = read_events(text)
    assert ("RegulatoryAction", "Ohio", "actor") not in got
