"""Market moves told by a verb of the session's course and a comparative, with no figure (round 14).

"The X index closed lower", "stocks in Y ended sharply higher", "the X index finished the session
lower", "the X index moved higher", "shares of Z were lower", "Z shares were down": the
comparative (or "up"/"down" for a firm's shares) on the verb is the move, as a figure would be.
Not: a move only possible, expected or denied ("could close lower", "expected to end higher",
"did not close lower", "will open higher"), a level compared ("shares of Z were lower than the
offer price"), a firm's own figures ("Z's profits were higher"), a firm itself "closed lower"
(its offices, not its shares), nor something else moved ("Z moved its offices higher up the hill").

Sentences and names are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("The Norvex 50 index closed lower on Thursday as traders sold bank stocks.", "Norvex 50"),
    ("Stocks in Kelvania ended sharply higher on Tuesday.", "Kelvania"),
    ("The Norvex 50 index finished the session lower after a choppy day.", "Norvex 50"),
    ("The Norvex 50 index moved higher in afternoon dealings.", "Norvex 50"),
    ("Shares of Halden Motors were lower on Wednesday after the recall.", "Halden Motors"),
    ("Halden Motors shares opened higher on Monday.", "Halden Motors"),
    ("Shares of Ostara Bank were down in early trade.", "Ostara Bank"),
])
def test_a_comparative_on_the_course_verb_is_a_move(read_events, text, subject):
    found = read_events(text)
    assert any(t == "MarketMove" and n and n.startswith(subject) and r == "subject" for t, n, r in found), found


@pytest.mark.parametrize("text", [
    "The Norvex 50 index could close lower on Thursday, traders warned.",
    "Brokers expect the Norvex 50 index to end higher this week.",
    "The Norvex 50 index did not close lower on Thursday.",
    "The Norvex 50 index will open higher, dealers predicted.",
    "Shares of Halden Motors were lower than the offer price set last spring.",
    "Halden Motors profits were higher this year.",
    "Halden Motors closed lower floors of its plant on Thursday.",
    "Halden Motors moved its offices higher up the valley.",
])
def test_what_is_no_such_move(read_events, text):
    found = read_events(text)
    assert not any(t == "MarketMove" for t, _, _ in found), found
