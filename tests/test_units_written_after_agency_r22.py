"""Round 22; sentences written for these tests.

"said Acting FTC Bureau of Competition Director David P. Wales": an agency's abbreviation written
right before one of its units ("SEC Division of Enforcement") names two bodies, the unit a member of
the agency; a status word opening the run ("Acting") belongs to the title, not to a body's name; and
no name ends in its middle initial, so the word after it is the surname even where the model took it
for a place ("David P." + "Wales").
"""

from __future__ import annotations

import pytest
from helpers import article_facts, relation_pairs


@pytest.mark.parametrize("text, unit, agency", [
    ('"The deal raised prices," said FTC Bureau of Competition Director Mara Lind.', "Bureau of Competition",
     "Federal Trade Commission"),
    ("The SEC Division of Enforcement opened an inquiry into the fund in March.", "Division of Enforcement",
     "Securities and Exchange Commission"),
    ('"We will appeal," said Acting SEC Division of Enforcement Director Omar Haddad.', "Division of Enforcement",
     "Securities and Exchange Commission"),
])
def test_a_unit_written_after_its_agency_is_a_member_of_it(tmp_path, text, unit, agency):
    facts, _ = article_facts(tmp_path, text)
    names = {e["name"] for e in facts["entities"]}
    assert {unit, agency} <= names, names
    assert not any(n.startswith("Acting") for n in names), names
    assert (unit, agency) in relation_pairs(tmp_path, text, "memberOf")


@pytest.mark.parametrize("text, person", [
    ('"Prices rose," said David P. Wales, the bureau\'s director.', "David P. Wales"),
    ("Director Ann K. Georgia said the review would take a year.", "Ann K. Georgia"),
    ("The court heard from Tom J. Jordan, a former trader, on Monday.", "Tom J. Jordan"),
])
def test_a_surname_after_a_middle_initial_is_part_of_the_name(tmp_path, text, person):
    facts, _ = article_facts(tmp_path, text)
    people = {e["name"] for e in facts["entities"] if e["type"] == "Person"}
    places = {e["name"] for e in facts["entities"] if e["type"] == "Place"}
    assert person in people, people
    assert not places & {"Wales", "Georgia", "Jordan"}, places
