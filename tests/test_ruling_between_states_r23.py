"""Round 23; sentences written for these tests.

An organisation that judges between states rules against a country: "the World Trade Organization
ruled against X", "a group of three WTO officials ruled against X" (the organisation named in its
panel), "ruled that X's taxes on Y violate trade law" (the country whose measures are judged). A
party or a firm that "ruled" governs or decides; it takes nobody to task.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _rulings(tmp_path, text):
    return event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, court, country", [
    ("On Tuesday the World Trade Organization ruled against Canada in a quarrel over softwood.",
     "World Trade Organization", "Canada"),
    ("A group of three World Trade Organization officials ruled against Argentina last month.",
     "World Trade Organization", "Argentina"),
    ("The World Trade Organization ruled that Japan's taxes on imported spirits broke its rules.",
     "World Trade Organization", "Japan"),
    ("The World Trade Organization ruled that United States duties on imports of lumber violate trade law.",
     "World Trade Organization", "United States"),
])
def test_a_body_judging_between_states_rules_against_a_country(tmp_path, text, court, country):
    rulings = _rulings(tmp_path, text)
    assert any({(court, "actor"), (country, "target")} <= e for e in rulings), rulings


@pytest.mark.parametrize("text", [
    "The Labor Party ruled Norland for a decade before the war.",
    "The Arden Group ruled out a merger with Tarn Foods Inc. on Monday.",
])
def test_a_party_or_firm_that_rules_takes_nobody_to_task(tmp_path, text):
    assert not _rulings(tmp_path, text)
