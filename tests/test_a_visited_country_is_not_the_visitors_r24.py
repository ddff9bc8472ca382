"""Round 24; sentences written for these tests.

A head of state or minister whose country the text does not write is given the country the
sentence or the article is about; but a country the sentence sends them to ("visited Kenya",
"arrived in India", "a state visit to Japan", "flew to Chile") is where they went, not where they
serve. "President X of Y" and a demonym before the title still give the holder's country.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, country", [
    ("Chancellor Olaf Brandt made a state visit to Japan on Wednesday.", "Olaf Brandt", "Japan"),
    ("President Maria Lopez visited Kenya on Tuesday, her first trip to Africa.", "Maria Lopez", "Kenya"),
    ("Prime Minister Tom Reed arrived in India on Thursday for a three-day visit.", "Tom Reed", "India"),
    ("Foreign Minister Ana Silva flew to Chile on Monday for talks on copper.", "Ana Silva", "Chile"),
])
def test_the_country_visited_is_not_the_visitors(tmp_path, text, person, country):
    assert (person, country) not in relation_pairs(tmp_path, text, "holdsPosition")


@pytest.mark.parametrize("text, person, country", [
    ("President Ramon Cruz of the Philippines spoke on Monday.", "Ramon Cruz", "Philippines"),
    ("Kenyan President Maria Lopez visited Japan on Tuesday.", "Maria Lopez", "Kenya"),
    ("Kenya's economy grew fast last year. President Maria Lopez said on Tuesday that growth would continue.",
     "Maria Lopez", "Kenya"),
])
def test_the_holders_own_country_is_still_read(tmp_path, text, person, country):
    assert (person, country) in relation_pairs(tmp_path, text, "holdsPosition")
