"""A firm's results told by how they moved are its results too: the results noun owned by the
firm ("X's net profit rose 14 percent", "its earnings fell" where "its" is the firm, "profit at X
plunged") as the subject of a verb of moving, in the past, the present perfect or the
progressive, is an Other event with the firm as actor (kg.extract.events._other,
_owners_of_noun); so are results a firm "unveiled" or "disclosed", and the figures of its results
("weak earnings figures"). Like all results they are dated only by a cue of their own clause."""

import pytest
from helpers import article_facts, event_parts


@pytest.mark.parametrize("text, firm", [
    ("Dunmore Paper's net profit rose 14 percent in the first half, on strong exports.", "Dunmore Paper"),
    ("Halvard Bank said its quarterly earnings fell 30 percent as bad loans piled up.", "Halvard Bank"),
    ("Profit at Corrin Airways plunged 60 percent in the three months to June.", "Corrin Airways"),
    ("Ellery Foods' annual profits more than doubled to $90 million.", "Ellery Foods"),
    ("Revenues of Tamsin Logistics have climbed for a third straight year.", "Tamsin Logistics"),
])
def test_results_that_moved_are_the_firms_results(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "Other")


@pytest.mark.parametrize("text, firm", [
    ("Wexley Shipyards has unveiled a $40 million loss for the year.", "Wexley Shipyards"),
    ("Orla Mining disclosed a first-half loss of $12 million.", "Orla Mining"),
    ("Pemberton Foods posted dismal sales figures for its third quarter.", "Pemberton Foods"),
])
def test_results_unveiled_or_told_as_figures(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "Other")


@pytest.mark.parametrize("text", [
    "Analysts expect Dunmore Paper's revenue to rise next year.",
    "Halvard Bank's profit did not rise in the quarter.",
    "Corrin's exports rose 5 percent in March.",
    "Ellery Foods' shares rose 4 percent on Tuesday.",
    "The sales of new homes fell 2 percent in May.",
])
def test_moves_of_other_things_or_results_not_told_are_no_results(tmp_path, text):
    assert event_parts(tmp_path, text, "Other") == []


def test_results_that_moved_take_no_day_from_the_narrative(tmp_path):
    facts, _ = article_facts(tmp_path, "Dunmore Paper's net profit rose 14 percent in the first half.",
                             published="2025-06-13")
    assert [e.get("date") for e in facts["events"] if e["type"] == "Other"] == [None]
