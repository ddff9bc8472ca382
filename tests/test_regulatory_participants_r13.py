"""Participants of a regulatory action, round 13: the later members of a long list of targets, and
a body working with the actor (see the tests at the end).

The small parser loses the later names of a long list ("added A, the B Institute of C, D and E to
the list": it hangs the second name on the first as an apposition and the rest on that name's "of"
object, or reads the last name as a clause of its own). Each further name that follows a target,
joined by commas (a member closed by a comma or an "and") or by a final "and"/"or", is a target too
(kg.extract.events._listed_after). Phrasings written for these tests (fictional names; no sentence
comes from an article), with near-misses where the name after the comma is no member: a name that
runs on into a verb ("A, B said"), a possessive ("A, B's parent"), a title ("A and B Chairman C"),
a description ("A, a unit of B").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, members", [
    ("The department says it is adding Quarrel Semiconductor, the Kelso Institute of Marine Computing, "
     "Tallow Systems and Brannock Microdevices Technology - along with aliases of the four entities - to the "
     "list over fears about military uses of the chips they design.",
     ["Quarrel Semiconductor", "Kelso Institute of Marine Computing", "Brannock Microdevices Technology"]),
    ("The Treasury on Friday blacklisted Norwell Capital, the Kelso Academy of Applied Physics, Tallow Systems "
     "and Quarrel Semiconductor, citing their work on the missile program.",
     ["Norwell Capital", "Kelso Academy of Applied Physics", "Tallow Systems"]),
    ("The Commerce Department stated on Friday it would add Norwell Capital, the Kelso Institute of Marine "
     "Computing, Tallow Systems and Quarrel Semiconductor to its entity list.",
     ["Norwell Capital", "Tallow Systems", "Quarrel Semiconductor"]),
])
def test_every_member_of_a_long_list_is_a_target(read_events, text, members):
    got = read_events(text)
    for name in members:
        assert ("RegulatoryAction", name, "target") in got, name


@pytest.mark.parametrize("text", [
    "The Securities and Exchange Commission fined Norwell Capital, Tallow Systems said on Tuesday, in a case "
    "over trading records.",
    "The Securities and Exchange Commission fined Norwell Capital, Tallow Systems' parent, $10 million on Tuesday.",
    "The Securities and Exchange Commission fined Norwell Capital and Tallow Systems Chairman Piet Kessel on "
    "on Tuesday.",
])
def test_a_name_that_runs_on_is_no_member(read_events, text):
    got = read_events(text)
    assert ("RegulatoryAction", "Norwell Capital", "target") in got
    assert not any(name == "Tallow Systems" for t, name, _ in got if t == "RegulatoryAction")


# A body working with the actor acts too (kg.extract.events._joint_work, _joint_actors): "X, working
# with Y, fined Z", "Working with Y, X fined Z", "X fined Z, along with Y", "X, cooperating with Y,
# fined Z". Not: a body worked against, one the actor stopped working with, a firm worked with.
@pytest.mark.parametrize("text", [
    "The Consumer Credit Bureau, working closely with the Office of Bank Supervision, fined Norwell Bank $20 million "
    "on Tuesday.",
    "Working with the Office of Bank Supervision, the Consumer Credit Bureau fined Norwell Bank $20 million on "
    "Tuesday.",
    "The Consumer Credit Bureau fined Norwell Bank $20 million on Tuesday, along with the "
    "Office of Bank Supervision.",
    "The Consumer Credit Bureau, cooperating with the Office of Bank Supervision, fined Norwell Bank $20 million "
    "on Tuesday.",
])
def test_a_body_working_with_the_actor_acts_too(read_events, text):
    got = read_events(text)
    assert ("RegulatoryAction", "Office of Bank Supervision", "actor") in got
    assert ("RegulatoryAction", "Consumer Credit Bureau", "actor") in got
    assert ("RegulatoryAction", "Norwell Bank", "target") in got


@pytest.mark.parametrize("text", [
    "The Consumer Credit Bureau fined Norwell Bank $20 million on Tuesday, working against the advice of the "
    "Office of Bank Supervision.",
    "The Consumer Credit Bureau fined Norwell Bank $20 million on Tuesday, a month after it stopped "
    "working with the Office of Bank Supervision.",
])
def test_no_joint_actor(read_events, text):
    got = read_events(text)
    assert ("RegulatoryAction", "Office of Bank Supervision", "actor") not in got
