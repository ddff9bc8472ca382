"""A name the learned reader put in a vote it has no side in, round 15
(kg.extract.events._in_vote_phrase, VOTE_NOUNS).

"X went online to hail the result of the vote", "X went on television to criticise the vote
result", "X starts his term while critics condemn the assembly's vote": the learned role reader made the
one who comments on a vote its subject (as if X had stood in it). The dev annotators give a vote
its voters (actor) and what is voted on (subject); someone who praises or attacks the result is no
side of it. A learned subject or target of a vote noun now has to be inside the vote's own phrase
("the vote on X", "X's vote") or the subject of a verb that wins, loses or survives it ("X won a
confidence vote", "X lost a confidence vote").

Every name is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Varga took to Facebook to applaud the vote outcome.",
    "Governor Anton Pelk went on television to criticise the vote result.",
    "Opposition leader Marta Ilves took to social media to attack the vote count.",
    "President Elena Brask used a speech to thank lawmakers for the vote result.",
])
def test_who_comments_on_a_vote_is_no_side_of_it(read_events, text):
    assert not any(t == "Other" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, side", [
    ("Prime Minister Tomas Varga won a confidence vote in parliament on Tuesday.", "Tomas Varga"),
    ("Prime Minister Marta Ilves lost a confidence vote in parliament on Tuesday.", "Marta Ilves"),
    ("Prime Minister Marta Ilves survived a no-confidence vote on Thursday.", "Marta Ilves"),
])
def test_who_wins_or_loses_a_vote_is_still_its_subject(read_events, text, side):
    assert ("Other", side, "subject") in read_events(text)
