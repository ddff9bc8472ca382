"""Round 20, from probe articles opened for study; sentences written for these tests.

"Japan imposed tariffs on Canadian steel. Canada's trade minister denounced the tariffs": a critic
who names an act by its noun alone ("the tariffs", "the fine", "the decision") aims at whoever the
article said did it, as a critic of "Japan's tariffs" would; "called the sanctions 'illegal'" is
such a criticism too.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, critic, author", [
    ("Japan imposed tariffs on steel from Canada on Monday. Canadian Trade Minister Ada Lind denounced the "
     "tariffs on Tuesday.", "Ada Lind", "Japan"),
    ("The European Commission fined Google 2 billion euros on Wednesday. Google criticized the fine.",
     "Google", "European Commission"),
    ("The United States imposed new sanctions on Venezuela on Friday. Venezuela called the sanctions "
     "\"illegal and cruel.\"", "Venezuela", "United States"),
    ("Brazil raised tariffs on imported cars on Monday. Argentina condemned the decision.", "Argentina", "Brazil"),
    ("India raised import duties on gold last week. Swiss refiners and Switzerland criticized the new duties on "
     "bullion.", "Switzerland", "India"),
])
def test_a_critic_of_an_act_named_before_aims_at_its_author(read_events, text, critic, author):
    found = read_events(text)
    assert ("Criticism", critic, "actor") in found, found
    assert ("Criticism", author, "target") in found, found


@pytest.mark.parametrize("text", [
    "Japan imposed tariffs on steel from Canada on Monday. Canada welcomed the tariffs.",
    "Canada denounced the tariffs on Tuesday.",
    "Japan imposed tariffs on steel from Canada on Monday. Canada did not criticize the tariffs.",
])
def test_no_criticism_without_an_act_told_or_a_critic(read_events, text):
    found = read_events(text)
    assert not any(kind == "Criticism" and role == "target" for kind, _, role in found), found
