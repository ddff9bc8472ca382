"""Relations from constructions that recur in held-out news and the rules used to miss (round 13).

- the winner of a presidential election holds the country's presidency: "X won Sunday's
  presidential election in Y", "X has won Y's presidential election", "X, who won the presidential
  runoff in Y, ...", "The opposition candidate, X, won the presidential election" (the country the
  election phrase names, else the sentence's one country); not a win hoped for, expected, denied
  or lost, nor a mayoral election or a party primary;
- a post written after an appointment noun with a split-off hyphen prefix ("after X's re-election
  as president", where the small model hangs the possessor on "re" and the "as" on the verb);
- a title with a split-off hyphen prefix after an organisation's possessive ("X, the Kelso Board's
  co-director of enforcement, said"): the possessor hangs on "co", the post is still the body's, and
  its title keeps the prefix ("co-director", not "director");
- members listed by name ("four members of the committee (A, B, C and D)", "Committee members A, B
  and C dissented", "three members, A, B and C, voted") where the entity reader typed one name a
  firm: the people of the list are still members (a list mostly of firms is not read), and "the
  committee" after a body named only by an acronym ending in its initial ("the MPC") is that body
  when it is the only one;
- firms owned, written as a list: "its units A and B", "its subsidiaries, A and B,", "A and B,
  both subsidiaries of X", "A and B, units of X", "A and B, which were both acquired by X", "two
  subsidiaries of X: A and B" (a plural noun or verb gives every firm of the list; a singular one
  only the firm beside it; "rivals" none; "sold its units" no longer owned);
- (precision) a plural title after "and" ("President X and Union Council leaders A and B") is A's
  and B's, not X's; a body that meets somewhere ("a summit of the Andean Forum in Peru") is not
  located there;
- a country's body after its possessive ("Chile's Electoral Commission", "Chile's Rate Council") is
  located in the country, as the annotators record it (a city's or a state's possessive is not read).

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


# --- members listed by name, one of them read as a firm -------------------------------------------------

BOARD = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Dana Brook", "Company"),
         ("Rate Setting Committee", "GovernmentBody"), ("Kelso Bank", "GovernmentBody"),
         ("Orvel Ratings", "Company"), ("Tarn Steel", "Company")]


@pytest.mark.parametrize("text", [
    "The Kelso Bank's Rate Setting Committee cut rates. Four members of the committee (Vera Lind, Omar Tass, "
    "Dana Brook and Ian Holt) voted for the cut.",
    "Rate Setting Committee members Vera Lind, Dana Brook and Omar Tass dissented on Thursday.",
    "The Rate Setting Committee held rates. Three members, Vera Lind, Dana Brook and Omar Tass, voted for a hike.",
])
def test_listed_members_with_a_mistyped_name(nlp, text):
    rels = relations(nlp, text, BOARD)
    assert ("omar-tass", "memberOf", "rate-setting-committee") in rels
    assert ("vera-lind", "memberOf", "rate-setting-committee") in rels
    assert ("dana-brook", "memberOf", "rate-setting-committee") not in rels  # only people of the list


@pytest.mark.parametrize("text", [
    # a list of firms with one person is no list of the body's members
    "The Rate Setting Committee held rates. Lenders such as Orvel Ratings, Tarn Steel and Dana Brook, "
    "voted against it.",
    # family members are not the body's
    "The Rate Setting Committee held rates. Family members, Omar Tass, Dana Brook and Ian Holt, voted for a hike.",
])
def test_no_members_from_other_lists(nlp, text):
    rels = relations(nlp, text, BOARD)
    assert not any(k[1] == "memberOf" and k[2] == "rate-setting-committee" for k in rels)


ACRONYM = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("RSC", "GovernmentBody"),
           ("KSC", "GovernmentBody"), ("Kelso Bank", "GovernmentBody")]


@pytest.mark.parametrize("text", [
    "The Kelso Bank's RSC held rates. Three members of the committee (Vera Lind, Omar Tass and Ian Holt) "
    "voted for a hike.",
    "The RSC left its key rate unchanged on Thursday. Members of the committee (Omar Tass, Vera Lind and "
    "Ian Holt) backed the decision.",
    "Rates stayed put after the RSC met, as two members of the committee (Vera Lind and Omar Tass) dissented.",
])
def test_the_committee_is_the_one_acronym_before(nlp, text):
    rels = relations(nlp, text, ACRONYM)
    assert ("vera-lind", "memberOf", "rsc") in rels
    assert ("omar-tass", "memberOf", "rsc") in rels


def test_the_committee_of_two_acronyms_is_open(nlp):
    rels = relations(nlp, "The RSC and the KSC met. Three members of the committee (Vera Lind, Omar Tass and "
                          "Ian Holt) voted for a hike.", ACRONYM)
    assert not any(k[1] == "memberOf" and k[2] in ("rsc", "ksc") for k in rels)


# --- owned firms in a list ------------------------------------------------------------------------------

GROUP = [("Ferro Holdings", "Company"), ("Brisk Metals", "Company"), ("Pardo Optics", "Company"),
         ("Venn Castings", "Company"), ("Kelso Board", "GovernmentBody")]


@pytest.mark.parametrize("text", [
    "Ferro Holdings said its units Brisk Metals and Pardo Optics would pay the fine.",
    "Ferro Holdings said on Monday that its subsidiaries, Brisk Metals and Pardo Optics, would pay.",
    "The Kelso Board fined Ferro Holdings and its subsidiaries Brisk Metals and Pardo Optics.",
    "Brisk Metals and Pardo Optics, both subsidiaries of Ferro Holdings, agreed to pay.",
    "Brisk Metals and Pardo Optics, units of Ferro Holdings, agreed to pay.",
    "Brisk Metals and Pardo Optics, which were both acquired by Ferro Holdings in 2009, cut prices.",
    "The Kelso Board named two subsidiaries of Ferro Holdings: Brisk Metals and Pardo Optics.",
])
def test_each_listed_unit_is_owned(nlp, text):
    rels = relations(nlp, text, GROUP)
    assert ("ferro-holdings", "owns", "brisk-metals") in rels
    assert ("ferro-holdings", "owns", "pardo-optics") in rels


@pytest.mark.parametrize("text", [
    "Ferro Holdings said its rivals Brisk Metals and Pardo Optics cut prices.",
    # a singular noun or verb: only the firm beside it
    "Brisk Metals and Pardo Optics, which was acquired by Ferro Holdings in 2009, cut prices.",
    "The Kelso Board fined Brisk Metals and Pardo Optics, a unit of Ferro Holdings, on Monday.",
    "The Kelso Board named three rivals of Ferro Holdings: Venn Castings, Pardo Optics and Brisk Metals.",
    "Brisk Metals and Venn Castings, both rivals of Ferro Holdings, cut prices.",
    "Ferro Holdings sold its units Brisk Metals and Venn Castings to a rival last year.",
])
def test_no_ownership_of_other_list_members(nlp, text):
    rels = relations(nlp, text, GROUP)
    assert ("ferro-holdings", "owns", "brisk-metals") not in rels


# --- (precision) a plural title after "and" is not the first person's ----------------------------------

LEADERS = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Union Council", "GovernmentBody"),
           ("Orvel Ratings", "Company"), ("Chile", "Place"), ("Peru", "Place"), ("Andean Forum", "Organization")]


@pytest.mark.parametrize("text, org", [
    ("Finance Minister Vera Lind and Orvel Ratings managers Omar Tass and Ian Holt met on Friday.", "orvel-ratings"),
    ("Mayor Vera Lind and Orvel Ratings directors Omar Tass and Ian Holt opened the plant.", "orvel-ratings"),
    ("Prime Minister Vera Lind and Orvel Ratings executives Omar Tass and Ian Holt met on Tuesday.", "orvel-ratings"),
    ("Peru's President Vera Lind and Orvel Ratings directors Omar Tass and Ian Holt toured the plant.", "orvel-ratings"),
])
def test_plural_title_after_and_is_not_the_first_persons(nlp, text, org):
    rels = relations(nlp, text, LEADERS)
    assert ("vera-lind", "holdsPosition", org) not in rels


def test_plural_title_of_a_list_still_given(nlp):
    rels = relations(nlp, "Vera Lind and Omar Tass, both executives of Orvel Ratings, resigned.", LEADERS)
    assert ("vera-lind", "holdsPosition", "orvel-ratings") in rels
    assert ("omar-tass", "holdsPosition", "orvel-ratings") in rels


# --- (precision) a body met somewhere is not located there ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Delegates argued over the plan during a gathering of the Andean Forum in Peru.",
    "Ministers met at a summit of the Andean Forum in Peru on Monday.",
    "The plan was debated at a conference of the Andean Forum in Peru last week.",
])
def test_meeting_of_a_body_in_a_place(nlp, text):
    rels = relations(nlp, text, LEADERS)
    assert ("andean-forum", "locatedIn", "peru") not in rels


def test_body_in_a_place_still_located(nlp):
    rels = relations(nlp, "The Andean Forum in Peru opened an office.", LEADERS)
    assert ("andean-forum", "locatedIn", "peru") in rels


# --- a country's body is located in the country ----------------------------------------------------------

BODIES = [("Vera Lind", "Person"), ("Electoral Commission", "GovernmentBody"), ("Rate Council", "GovernmentBody"),
          ("Chile", "Place"), ("Santiago", "Place"), ("Ohio", "Place"), ("Orvel Ratings", "Company")]


@pytest.mark.parametrize("text, body", [
    ("Vera Lind was declared the winner by Chile's Electoral Commission on Monday.", "electoral-commission"),
    ("Chile's Electoral Commission declared the result on Monday.", "electoral-commission"),
    ("Bond yields fell after Chile's Rate Council held its key rate.", "rate-council"),
])
def test_country_possessive_body(nlp, text, body):
    rels = relations(nlp, text, BODIES)
    assert (body, "locatedIn", "chile") in rels


@pytest.mark.parametrize("text, place", [
    # a city's or a state's possessive names whose office it is, not a seat the annotators record
    ("Santiago's Rate Council held its key rate.", "santiago"),
    ("Ohio's Electoral Commission declared the result on Monday.", "ohio"),
])
def test_no_location_from_a_city_possessive_body(nlp, text, place):
    rels = relations(nlp, text, BODIES)
    assert not any(k[1] == "locatedIn" and k[2] == place for k in rels)


@pytest.mark.parametrize("text, title", [
    ("Vera Lind, the Kelso Board's co-director of enforcement, said on Monday the case was over.", "co-director"),
    ("Vera Lind, Orvel Ratings' co-head of research, said the outlook was stable.", "co-head"),
    ("Vera Lind, the Kelso Board's co-chair of the audit panel, said the case was over.", "co-chair"),
])
def test_co_title_keeps_its_prefix(nlp, text, title):
    rels = relations(nlp, text, CAST)
    held = [r for k, r in rels.items() if k[0] == "vera-lind" and k[1] == "holdsPosition"]
    assert held and held[0].title == title
