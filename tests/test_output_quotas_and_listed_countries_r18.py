"""Round 18, from a judged audit and annotated press releases; sentences written for these tests.

- "OPEC agreed on Wednesday to cut oil production": a producers' group or a state setting its
  output announces a policy; a firm's output is its business.
- "added 28 entities to the Entity List, 11 of which are based in China, 5 in Russia", "... The 11
  entities are under the destinations of X, Y and Z": the parties added are counted, not named;
  the countries they are in are the act's targets.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("VIENNA — OPEC agreed on Wednesday to cut oil production by 1.2 million barrels a day.", "OPEC"),
    ("Saudi Arabia said on Monday it would raise its output by 500,000 barrels a day.", "Saudi Arabia"),
    ("The Organization of the Petroleum Exporting Countries voted on Friday to reduce production.",
     "Organization of the Petroleum Exporting Countries"),
])
def test_a_producers_group_or_a_state_setting_its_output_announces_a_policy(read_events, text, actor):
    found = read_events(text)
    assert any(kind == "PolicyAnnouncement" and name in (actor, "OPEC") and role == "actor"
               for kind, name, role in found), found


def test_a_firms_output_is_no_policy(read_events):
    found = read_events("Corvel Motors said on Monday it would cut production at two plants.")
    assert not any(kind == "PolicyAnnouncement" for kind, _, _ in found), found


@pytest.mark.parametrize("text, countries", [
    ("WASHINGTON – On Thursday the Bureau of Industry and Security released a rule adding "
     "14 entities to the Entity List, 6 of which are based in Iran and 4 in Belarus, along with others located in "
     "Turkey and Armenia.", ["Iran", "Belarus", "Turkey", "Armenia"]),
    ("WASHINGTON – The Bureau of Industry and Security (BIS) added nine entities to the Entity List on Tuesday. "
     "The nine entities are under the destinations of Syria (5), Lebanon (3), and Cyprus (1).",
     ["Syria", "Lebanon", "Cyprus"]),
    ("The Commerce Department on Monday added 12 companies to the Entity List, including seven in Myanmar and "
     "five in Laos.", ["Myanmar", "Laos"]),
])
def test_the_countries_of_parties_listed_by_count_are_the_targets(read_events, text, countries):
    found = read_events(text)
    for country in countries:
        assert ("RegulatoryAction", country, "target") in found, found
    assert any(kind == "RegulatoryAction" and role == "actor" for kind, _, role in found), found


def test_named_parties_are_listed_themselves(read_events):
    found = read_events("The Commerce Department on Monday added Corvel Aviation, a firm based in Syria, "
                        "to the Entity List.")
    assert ("RegulatoryAction", "Corvel Aviation", "target") in found, found
    assert ("RegulatoryAction", "Syria", "target") not in found, found
