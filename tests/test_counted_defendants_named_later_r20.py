"""Round 20, from probe articles opened for study; sentences written for these tests.

"The SEC charged X and three others with fraud. X tipped three friends who traded: A, B and C": an
enforcement release counts the people an act aims at before it names them; a later sentence names
as many after a group counted the same, and those people are targets of the act. Likewise "X signed
a pact with four nations. The four are A, B, C and D": the countries counted sign it too.
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


@pytest.mark.parametrize("text, signers", [
    ("Japan signed a trade pact with four Pacific nations on Tuesday. The four are Fiji, Samoa, Tonga and Vanuatu.",
     {"Japan", "Fiji", "Samoa", "Tonga", "Vanuatu"}),
    ("The European Union signed a fisheries agreement with three West African countries on Monday. The three "
     "countries, Senegal, Gambia and Guinea, will receive aid for their fleets.",
     {"European Union", "Senegal", "Gambia", "Guinea"}),
    ("Brazil has signed a customs accord with two neighbouring states. Officials said the two states, Uruguay and "
     "Paraguay, would cut border checks.", {"Brazil", "Uruguay", "Paraguay"}),
])
def test_countries_counted_in_an_agreement_and_named_later_sign_it(read_events, text, signers):
    found = read_events(text)
    assert {("Other", country, "actor") for country in signers} <= found, found


@pytest.mark.parametrize("text, others", [
    ("Brazil signed a trade deal with two countries last week. The three neighbours are Chile, Uruguay and Peru.",
     {"Chile", "Uruguay", "Peru"}),
    ("Brazil criticised two countries last week. The two are Chile and Uruguay.", {"Chile", "Uruguay"}),
    ("Brazil signed a trade deal last week. The two largest economies nearby are Chile and Argentina.",
     {"Chile", "Argentina"}),
])
def test_countries_named_in_another_count_sign_nothing(read_events, text, others):
    found = read_events(text)
    assert not {("Other", country, "actor") for country in others} & found, found
