"""Market moves told by an index's bare change and the level it reached ("was down 4.7 at
1,210.5", "slid 12.3 to 2,480.1"), by verbs of moving the engine did not know ("skidded",
"nosedived", "skyrocketed"), and by verbs that take their direction from the words after them
("edged lower", "inched up", "ticked down"). Constructions found missing on fresh market reports,
in several phrasings written for these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Veldran Composite", "MarketIndex"), ("Ostmark 40", "MarketIndex"), ("Harrowgate Mining", "Company"),
         ("Pellmouth", "Place")]


def moves(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(p.entity.split("/")[1], e.value, e.date) for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("The Veldran Composite was down 4.71 at 1,210.52 on Tuesday.", ("veldran-composite", "-4.71 points")),
    ("On Tuesday the Veldran Composite was up 18.2 at 9,944.07, its best finish in a month.",
     ("veldran-composite", "+18.2 points")),
    ("The Veldran Composite dropped 12.36 to 2,480.15 on Tuesday as miners lost ground.",
     ("veldran-composite", "-12.36 points")),
])
def test_bare_change_of_an_index_with_its_level(nlp, text, expected):
    assert (*expected, "2025-03-11") in moves(nlp, text)


def test_both_indexes_of_a_coordinated_report_move(nlp):
    text = ("On Tuesday the Veldran Composite was down 4.71 at 1,210.52, and the Ostmark 40 was down "
            "33.08 at 6,105.90.")
    found = moves(nlp, text)
    assert ("veldran-composite", "-4.71 points", "2025-03-11") in found
    assert ("ostmark-40", "-33.08 points", "2025-03-11") in found


@pytest.mark.parametrize("text, expected", [
    ("The Veldran Composite skidded 11.4, or 0.6 percent, to 1,893.2 on Tuesday.", ("veldran-composite", "-0.6%")),
    ("Shares of Harrowgate Mining nosedived 23 percent on Tuesday after the mine flooded.",
     ("harrowgate-mining", "-23%")),
    ("Harrowgate Mining shares skyrocketed 41 percent on Tuesday.", ("harrowgate-mining", "+41%")),
])
def test_verbs_of_moving(nlp, text, expected):
    assert (*expected, "2025-03-11") in moves(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The Ostmark 40 edged lower 0.3 percent on Tuesday.", ("ostmark-40", "-0.3%")),
    ("The Ostmark 40 ticked down 0.2 percent on Tuesday.", ("ostmark-40", "-0.2%")),
    ("The Veldran Composite inched up 0.4 percent on Tuesday.", ("veldran-composite", "+0.4%")),
])
def test_direction_from_the_words_after_the_verb(nlp, text, expected):
    assert (*expected, "2025-03-11") in moves(nlp, text)


@pytest.mark.parametrize("text", [
    "The Veldran Composite was launched in 1998 at 1,000 points.",
    "Harrowgate Mining was down to 300 workers at its Pellmouth mine.",
    "The Veldran Composite dove into a debate about its rules on Tuesday.",
])
def test_no_move_without_a_change(nlp, text):
    assert moves(nlp, text) == set()
