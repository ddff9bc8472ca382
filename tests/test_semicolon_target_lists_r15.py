"""Targets listed between semicolons, each with a description of its own, round 15.

Agency releases list the people or firms an action names with a description after each, and
separate them by semicolons, the last after "; and": 'the sanctions target the mayor of X, NAME,
who ...; the mayor of Y and former minister NAME2; and NAME3, the mayor of Z'. The small parser
breaks such a list at its commas (and often starts a "sentence" after one). Each segment names one
member: its first named party that is not a place, a name inside a title's "of" phrase ("the mayor
of X city"), a possessor ("NAME's brother, NAME2"), a pronoun's owner ("her husband, NAME") or a
firm that only qualifies the person after it ("former Acme clerk NAME"). An act as the subject of
"target" ("the sanctions target X", "today's action targets X") is a regulatory action on X.
Negatives: the places of the titles are no targets; semicolons that join clauses add nobody.

Sentences and names written for these tests (fictional people, firms and places).
"""

from __future__ import annotations

import pytest


def _targets(read_events, text):
    return {n for t, n, r in read_events(text) if t == "RegulatoryAction" and r == "target"}


MAYORS = ("The State Department imposed visa bans on Tuesday. The sanctions target the mayor of Dorvik city, "
          "Halvard Brenne, who also chairs the port board; the mayor of Skarn city and former interior minister "
          "Ingrid Solvay; and Petra Lindqvist, the mayor of Orlen city.")
GOVERNORS = ("On Monday the Treasury Department put fresh penalties on officials in Valdoria. "
             "The latest measures target the governor of Kessa state, Darius Volkov, who is also a former army "
             "general; the governor of Orlen state and one-time finance chief Yuri Stahl; Nadia Petrenko, governor "
             "of Varn state; and Oleg Marchetti, the governor of Tull state.")
CUSTOMS = ("Treasury said Thursday that today's action targets the head of the Kessa customs service, Anton Reyes; "
           "his deputy, Mila Hart; and a Varn-based trading firm, Osric Metals.")


@pytest.mark.parametrize("text, names", [
    (MAYORS, ["Halvard Brenne", "Ingrid Solvay", "Petra Lindqvist"]),
    (GOVERNORS, ["Darius Volkov", "Yuri Stahl", "Nadia Petrenko", "Oleg Marchetti"]),
    (CUSTOMS, ["Anton Reyes", "Mila Hart", "Osric Metals"]),
])
def test_every_segment_names_a_target(read_events, text, names):
    found = _targets(read_events, text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize("text, names", [
    (MAYORS, ["Dorvik", "Skarn", "Orlen"]),  # the places of the titles
    (GOVERNORS, ["Kessa", "Orlen", "Varn", "Tull"]),
])
def test_title_places_are_no_targets(read_events, text, names):
    found = _targets(read_events, text)
    assert not any(f and f.startswith(n) for f in found for n in names), found


@pytest.mark.parametrize("text, name", [
    # clauses joined by semicolons: the second clause's subject is no target
    ("The Treasury Department on Monday sanctioned Halvard Brenne; Ingrid Solvay, his lawyer, said he would appeal.",
     "Ingrid Solvay"),
    ("The regulator fined Morrow Ridge Capital on Tuesday; Wendell Osei, its chairman, resigned; and the shares fell.",
     "Wendell Osei"),
    # a possessor is no member of its own
    ("On Tuesday the Securities and Exchange Commission charged Morrow Ridge Capital, a Delton-based fund adviser; "
     "its chief trader, Colm Feeney; and Tomas Brill's cousin, Ronan Feeney, with insider trading.", "Tomas Brill"),
])
def test_no_member_outside_the_list(read_events, text, name):
    assert name not in _targets(read_events, text)
