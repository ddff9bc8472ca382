"""Round 21, from a probe article opened for study; sentences written for these tests.

"Prime Minister X said Australia will grant 10-year visas to ...": an official telling what the
country they hold office in will do announces its policy, with the country; a country the speaker
holds no office in, or an act only described, is not their announcement.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, official, country", [
    ("Australian Prime Minister Ivo Sand said Australia will grant 10-year visas to Chinese tourists.",
     "Ivo Sand", "Australia"),
    ("Chilean President Ana Ruiz said on Monday that Chile would cut taxes on small firms.", "Ana Ruiz", "Chile"),
    ("Canada will scrap its tariffs on steel next year, Canadian Finance Minister Tom Hale said.", "Tom Hale",
     "Canada"),
])
def test_an_official_telling_what_the_country_will_do(read_events, text, official, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", official, "actor") in found, found
    assert ("PolicyAnnouncement", country, "actor") in found, found


@pytest.mark.parametrize("text, country", [
    ("Australian Prime Minister Ivo Sand said Japan will grant visas to more students.", "Japan"),
    ("Economist Ana Ruiz said Chile would grant more visas to students.", "Chile"),
    ("Chilean President Ana Ruiz said Chile would grow faster next year.", "Chile"),
])
def test_no_announcement_for_another_country_or_by_an_outsider(read_events, text, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", country, "actor") not in found, found
