"""A party comes to power as a person takes office, round 17: "the X Party swept to power in Y",
"the Y Democrats took power on Sunday" are events of type Other with the party as their subject
and the country as their location. Sentences written for these tests; the parties are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, party, place", [
    ("The Varnian People's Party came to power in Norway in 2019 after a decade in opposition.",
     "Varnian People's Party", "Norway"),
    ("Last year the Green Unity Party swept to power in Chile with a record turnout.", "Green Unity Party", "Chile"),
    ("The Democratic Renewal Party took power in Peru on Sunday.", "Democratic Renewal Party", "Peru"),
])
def test_a_party_that_comes_to_power_is_the_subject(read_events, text, party, place):
    found = read_events(text)
    assert ("Other", party, "subject") in found, found
    assert ("Other", place, "location") in found, found


def test_a_party_that_hopes_for_power_has_not_come_to_it(read_events):
    found = read_events("The Green Unity Party hopes to come to power in Chile next year.")
    assert not any(kind == "Other" and who == "Green Unity Party" for kind, who, _ in found), found
