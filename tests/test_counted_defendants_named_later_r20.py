"""Round 20, from a probe article opened for study; sentences written for these tests.

"The SEC charged X and three others with fraud. X tipped three friends who traded: A, B and C": an
enforcement release counts the people an act aims at before it names them; a later sentence names
as many after a group counted the same, and those people are targets of the act.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, named", [
    ("The Securities and Exchange Commission today charged a former golf pro and three others with insider "
     "trading. The golfer tipped three friends who bought shares: dentist Mark Olsen, broker Tina Hale, and "
     "pilot Greg Moss.", {"Mark Olsen", "Tina Hale", "Greg Moss"}),
    ("The Justice Department charged Hal Berg and two associates with wire fraud on Friday. According to the "
     "complaint, Berg recruited two associates, Nina Vos and Carl Dunn, to open the accounts.",
     {"Nina Vos", "Carl Dunn"}),
    ("The Department of Justice indicted four other men in the scheme on Tuesday. The four men - John Kemp, Paul Dorsey, "
     "Lev Acker and Ron Tully - face up to twenty years in prison.",
     {"John Kemp", "Paul Dorsey", "Lev Acker", "Ron Tully"}),
])
def test_people_counted_in_an_act_and_named_later_are_its_targets(read_events, text, named):
    found = read_events(text)
    assert {("RegulatoryAction", person, "target") for person in named} <= found, found


@pytest.mark.parametrize("text, others", [
    ("The SEC charged Hal Berg with fraud on Friday. Berg later hired three lawyers: Nina Vos, Carl Dunn and "
     "Ola Sand.", {"Nina Vos", "Carl Dunn", "Ola Sand"}),
    ("The SEC charged Hal Berg and two others with fraud on Friday. Berg had recruited three friends: Nina Vos, "
     "Carl Dunn and Ola Sand.", {"Nina Vos", "Carl Dunn", "Ola Sand"}),
    ("The SEC charged Hal Berg, who had tipped three friends, with fraud on Friday. The three friends, Nina Vos, "
     "Carl Dunn and Ola Sand, were not charged.", {"Nina Vos", "Carl Dunn", "Ola Sand"}),
])
def test_people_named_in_another_count_or_group_are_no_targets(read_events, text, others):
    found = read_events(text)
    assert not {("RegulatoryAction", person, "target") for person in others} & found, found
