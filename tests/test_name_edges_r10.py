"""Where a name begins and ends: the last word of a press release's dateline glued to its dashes
("Washington, DC-- Treasury said") is no part of the name after it; parts joined by a hyphen to
a name in capitals ("the CASA-CE coalition") are part of it; a title before its holder ("Federal
Prosecutor X") names no body; a think tank whose name holds another known name (European
Council on Foreign Relations, which holds the European Council) is one name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, name, junk", [
    ("Washington, DC-- Treasury issued a statement by Secretary Ana Bell on the rules.", "Treasury", "DC-- Treasury"),
    ("Brussels, BE-- Kelvo Holdings said profits had fallen.", "Kelvo Holdings", "BE-- Kelvo Holdings"),
    ("Paris, FR— Tarnel Bank announced a buyback.", "Tarnel Bank", "FR— Tarnel Bank"),
    ("Voters backed the opposition CASA-CE coalition in the capital.", "CASA-CE", "CASA"),
    ("Voters backed the PRD-UN alliance and the CASA-CE coalition.", "CASA-CE", "CASA"),
    ("Federal Prosecutor Dina Kolb said the verdict was fair.", "Dina Kolb", "Federal Prosecutor"),
    ("Chief Economist Omar Lind of Kelvo Bank expects a cut.", "Omar Lind", "Chief Economist"),
    ("European Council on Foreign Relations analysts in Madrid doubted the plan.",
     "European Council on Foreign Relations", "European Council"),
])
def test_a_name_ends_where_it_ends(nlp, text, name, junk):
    found = entity_types(nlp, text)
    assert name in found and junk not in found, found


@pytest.mark.parametrize("text, name", [
    ("The Federal Reserve Board met on Tuesday.", "Federal Reserve Board"),
    ("The European Council met in Brussels on Friday.", "European Council"),
])
def test_names_that_only_look_so_stay(nlp, text, name):
    assert name in entity_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The Financial Action Task Force warned Kelvo Bank about its controls.", "Financial Action Task Force"),
    ("Creditors in the Paris Club agreed to reschedule Tarsen's debt.", "Paris Club"),
    ("The Basel Committee on Banking Supervision set new capital rules.", "Basel Committee on Banking Supervision"),
])
def test_international_standard_setters_are_organisations(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "Organization"
