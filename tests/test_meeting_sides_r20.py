"""Round 20, from a probe article opened for study; sentences written for these tests.

"The presidents of A and B held talks", "the premiers of A and B held a conference call": the
heads of countries named only by their office meet for their countries, whichever office the
plural names, and a conference call is a meeting as a phone call or a video conference is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, countries", [
    ("The presidents of Chile, Peru and Bolivia held talks in Lima on Thursday about the border.",
     {"Chile", "Peru", "Bolivia"}),
    ("The premiers of Norway and Denmark held a conference call on Sunday to discuss fishing quotas.",
     {"Norway", "Denmark"}),
    ("The heads of state of Ghana and Togo held a telephone call on Friday.", {"Ghana", "Togo"}),
    ("Finance ministers of Japan and Vietnam held a conference call on Wednesday about shipping costs.",
     {"Japan", "Vietnam"}),
])
def test_the_countries_of_officials_named_by_office_attend(read_events, text, countries):
    found = read_events(text)
    assert {("Meeting", c, "attendee") for c in countries} <= found, found


@pytest.mark.parametrize("text", [
    "The presidents of Chile and Peru refused to hold talks on Thursday.",
    "The presidents of Chile and Peru called for calm on Thursday.",
    "The presidents of Chile and Peru signed the budget on Thursday.",
])
def test_no_meeting_where_none_was_held(read_events, text):
    found = read_events(text)
    assert not any(kind == "Meeting" for kind, _, _ in found), found
