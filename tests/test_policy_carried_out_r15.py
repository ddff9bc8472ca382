"""A policy put into effect by an official or a government, round 15.

"The prime minister has pushed through sweeping reforms of the pension system", "the president is
implementing economic reforms", "the finance minister pursued a policy of cheap credit", "the
government carried out the austerity plan", "asked lawmakers for help in pushing through the labour reforms",
"launched a series of reforms": a verb of putting a policy into effect (implement, pursue,
undertake; push through, carry out, roll out) with a policy noun as its object, or the particle's
object when the parser takes "through" for a preposition, is the official's PolicyAnnouncement, as
"unveiled reforms" is. Not a firm's plan, an act failed or only possible ("failed to push through
the reforms", "could push through the reforms"), one asked for by others, nor "push through" a
thing that is no policy ("pushed through the barriers").

Sentences and names written for these tests (fictional people and countries).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("Prime Minister Tomas Kerr has pushed through sweeping reforms of the pension system.", "Tomas Kerr"),
    ("President Ilse Marden is implementing economic reforms to attract foreign investors.", "Ilse Marden"),
    ("Finance Minister Ilse Marden pursued a policy of cheap credit.", "Ilse Marden"),
    ("Prime Minister Tomas Kerr asked lawmakers for help in pushing through the labour reforms.", "Tomas Kerr"),
    ("President Ilse Marden launched a series of reforms last year.", "Ilse Marden"),
])
def test_policy_put_into_effect(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Kerr failed to push through the reforms.",
    "Prime Minister Tomas Kerr could push through the reforms next year.",
    "Economists want Prime Minister Tomas Kerr to implement reforms.",
    "Velcorp implemented a plan to cut costs.",
    "Prime Minister Tomas Kerr pushed through the crowd outside parliament.",
])
def test_no_policy_put_into_effect(read_events, text):
    found = {t for t in read_events(text) if t[0] == "PolicyAnnouncement"}
    assert not found, found
