"""Round 21, from a probe article opened for study; sentences written for these tests.

"Senators expressed concern about Brazil's record on deforestation": concern voiced (expressed,
voiced, raised) about someone's act or way of acting (record, history, handling, treatment,
conduct) is criticism of them, as regret or outrage voiced is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, critic, target", [
    ("Senator Ana Ruiz expressed concern about Brazil's record on deforestation.", "Ana Ruiz", "Brazil"),
    ("The European Union voiced concerns over Google's handling of user data on Monday.", "European Union", "Google"),
    ("Germany raised concerns about Hungary's treatment of independent judges.", "Germany", "Hungary"),
])
def test_concern_about_someones_conduct_is_criticism(read_events, text, critic, target):
    found = read_events(text)
    assert ("Criticism", critic, "actor") in found, found
    assert ("Criticism", target, "target") in found, found


@pytest.mark.parametrize("text, subject", [
    ("Tesla raised concerns among investors about supply.", "Tesla"),
    ("Janet Ruiz expressed concern about the number of people out of work for long periods.", "Janet Ruiz"),
    ("Chile expressed concern for Peru's flood victims.", "Chile"),
])
def test_concern_without_an_act_of_anyone_is_no_criticism(read_events, text, subject):
    found = read_events(text)
    assert ("Criticism", subject, "actor") not in found, found
