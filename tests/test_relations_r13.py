"""Relations from constructions that recur in held-out news and the rules used to miss (round 13).

- the winner of a presidential election holds the country's presidency: "X won Sunday's
  presidential election in Y", "X has won Y's presidential election", "X, who won the presidential
  runoff in Y, ...", "The opposition candidate, X, won the presidential election" (the country the
  election phrase names, else the sentence's one country); not a win hoped for, expected, denied
  or lost, nor a mayoral election or a party primary;
- a post written after an appointment noun with a split-off hyphen prefix ("after X's re-election
  as president", where the small model hangs the possessor on "re" and the "as" on the verb);
- a title with a split-off hyphen prefix after an organisation's possessive ("X, the Kelso Board's
  co-director of enforcement, said"): the possessor hangs on "co", the post is still the body's.

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Kelso Board", "GovernmentBody"),
        ("Orvel Ratings", "Company"), ("Chile", "Place"), ("Peru", "Place"), ("Ostrava", "Place")]


# --- the winner of a presidential election ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vera Lind won Sunday's presidential election in Peru with 57% of the votes.",
    "Vera Lind has won Peru's presidential election by a wide margin, the board said.",
    "Vera Lind, who won the presidential runoff in Peru last month, took office on Monday.",
    "The opposition candidate in Peru, Vera Lind, won the presidential election with 57% of the votes.",
    "Bond prices fell in Peru after Vera Lind won the presidency on Sunday.",
])
def test_presidential_election_winner(nlp, text):
    rels = relations(nlp, text, CAST)
    r = rels[("vera-lind", "holdsPosition", "peru")]
    assert r.title == "president"


@pytest.mark.parametrize("text", [
    "Vera Lind lost the presidential election in Peru on Sunday.",
    "Vera Lind hopes to win the presidential election in Peru next year.",
    "Vera Lind is expected to win Peru's presidential election on Sunday.",
    "Vera Lind will win Peru's presidential election, her aides said.",
    "Vera Lind did not win the presidential election in Peru.",
    "Vera Lind won the party's primary in Peru on Sunday.",
    "Vera Lind won the mayoral election in Ostrava, Peru, on Sunday.",
    "Vera Lind ran in the presidential election in Peru but was defeated.",
    "Vera Lind won the first round of the presidential election in Peru on Sunday.",
])
def test_no_presidency_without_a_won_presidential_election(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "peru") not in rels


# --- a post after an appointment noun with a split hyphen prefix -------------------------------------

@pytest.mark.parametrize("text", [
    "Inflation rose in Chile after Vera Lind's re-election as president last month.",
    "Chile's central bank raised rates in the wake of leftist Vera Lind's re-election as president.",
    "The peso rallied in Chile on news of Vera Lind's re-election as president.",
])
def test_re_election_as_president(nlp, text):
    rels = relations(nlp, text, CAST)
    assert rels[("vera-lind", "holdsPosition", "chile")].title.lower() == "president"


@pytest.mark.parametrize("text", [
    "Vera Lind's bid for re-election as president of Chile failed.",
    "Inflation rose in Chile after the re-election of the board as its auditor.",
])
def test_no_post_from_a_failed_bid(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "chile") not in rels


# --- a title with a split hyphen prefix after a possessive --------------------------------------------

@pytest.mark.parametrize("text", [
    "Vera Lind, the Kelso Board's co-director of enforcement, said on Monday the case was over.",
    "Vera Lind, the Kelso Board's co-head of enforcement, said the case was closed.",
    "Vera Lind, Orvel Ratings' co-president, said the outlook was stable.",
])
def test_co_title_after_possessive(nlp, text):
    rels = relations(nlp, text, CAST)
    held = {k[2] for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"}
    assert held & {"kelso-board", "orvel-ratings"}
    assert "chile" not in held  # a firm's co-president is no country's president


def test_co_title_of_someone_else(nlp):
    rels = relations(nlp, "Vera Lind met the Kelso Board's co-director of enforcement, Omar Tass.", CAST)
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels
