"""Relations from constructions that recur in held-out news and the rules used to miss or misread
(round 11).

- a title beside a name whose organisation follows a few lower-case words saying what it is
  ("economist X of the credit rating agency Y", "X, an analyst at investment bank Y"); the
  descriptive noun before the name is no reference back to a body named earlier (it introduces
  the name after it);
- an under secretary of a department, in its releases: "said Under Secretary for Canal Safety X"
  (the department's post, not its bureau of canal safety), "Under Secretary of the Department for
  Harbors and Canal Finance X" (a capitalised portfolio after the department), "X, Acting Under
  Secretary for Harbors and Canal Finance" (the portfolio is no organisation even where a word of
  it was read as a name);
- a bare commissioner's title in an article about one commission ("Competition Commissioner X
  said"): a commissioner of that commission;
- a party "of" a person ("the Green Union party of veteran leader X", "the Solar Party of former
  premier X", "the Green Union, the party of X"): the person is a member of it;
- a firm's bare title ("replaced by chairman X", "vice-chairman X") in an article whose lead names
  one firm, named most often, though a rival is named later; "vice-chairman" is one title word;
- a hyphenated "Special Agent-in-Charge" is one title, and a body's local office written with its
  place and state before it ("X, Special Agent-in-Charge at the Dunmore, Ostrava, Field Office
  of the Kelso Board") is the body's post, not the place's;
- a post written capitalised as the subject of a lead ("The Prime Minister of X says he ...") held by
  the person the next sentence opens with and names for the first time;
- a unit named as one ("Office of ...", "Division of ...") after any body's possessive ("the Bureau
  of Mines' Office of Safety Enforcement") is a unit of that body, as after a department's;
- (precision) an entity written only as the modifier of a common noun is not the critic, the one
  criticised or the one regulated: "Peru automakers accused Chile", "criticized Chile trade deals",
  "charged an Orvel business unit" (but "Peru officials accused Chile" is Peru's accusation);
- (precision) "the government" never refers back to a central bank, a regulator or another agency
  named before it ("The Central Bank of X let the currency fall. Y criticized the government");
- a post with no name as a sentence's subject ("the former head of the Kelso Board warned ...")
  right after a sentence naming one person, otherwise undescribed, and nobody else: that person's
  post (unless the article names another holder of it);
- a person set off with "from" and a firm between commas ("Stockbroker X, from Chile's Orvel, says")
  works there, as with "with";
- demanding that someone leave office is criticism of them ("called for X to resign", "urged X to
  step down", "called on X to quit", "demanded the resignation of X"), not other demands ("urged X
  to step up efforts", "welcomed the resignation of X"), nor a dateline's agency as the critic;
- a post in the lead described by a relative clause with a pronoun ("Ostrava's governor, who brought
  the games to her city, has resigned. X said ..."): still the post of the person named next.

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from kg.extract.confidence import REL_UNIT_OF_DEPARTMENT
from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
        ("Orvel Ratings", "Company"), ("Dantry", "Company"), ("Kelso Board", "GovernmentBody"),
        ("Chile", "Place"), ("Ostrava", "Place")]


# --- a descriptor between "of"/"at" and the organisation ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kelso Board moves are welcome, according to economist Vera Lind of the credit rating agency Orvel Ratings.",
    "The Kelso Board held rates, said analyst Vera Lind of the ratings firm Orvel Ratings.",
    "The Kelso Board surprised markets, said Vera Lind, a strategist at investment bank Orvel Ratings.",
    "Vera Lind, chief economist at the research firm Orvel Ratings, said the Kelso Board acted late.",
])
def test_title_of_described_organisation(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "orvel-ratings") in rels
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels


@pytest.mark.parametrize("text", [
    # a capitalised word between is a name of something else, not a descriptor
    "The Kelso Board acted, said economist Vera Lind of the Ostrava Orvel Ratings office.",
    # a verb phrase between "of" and the firm is no descriptor of it
    "Economist Vera Lind of the board said that Orvel Ratings agreed.",
])
def test_no_title_across_other_words(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels


# --- an under secretary's department ------------------------------------------------------------------

DEPT = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Department of Tolls", "GovernmentBody"),
        ("Bureau of Canal Safety", "GovernmentBody"), ("Harbors", "Company")]


@pytest.mark.parametrize("text", [
    "The Department of Tolls' Bureau of Canal Safety fined two shippers. \u201cWe act today,\u201d said "
    "Under Secretary for Canal Safety Vera Lind.",
    "The Department of Tolls fined two shippers. \u201cRules matter,\u201d said Under Secretary of the Department of "
    "Tolls for Harbors and Canal Finance Vera Lind.",
    "The Department of Tolls and its Bureau of Canal Safety fined two shippers, said Vera Lind, Acting Under "
    "Secretary for Harbors and Canal Finance.",
])
def test_under_secretary_of_the_department(nlp, text):
    rels = relations(nlp, text, DEPT)
    assert ("vera-lind", "holdsPosition", "department-of-tolls") in rels
    assert ("vera-lind", "holdsPosition", "harbors") not in rels


@pytest.mark.parametrize("text", [
    # an assistant secretary heads the bureau the title names
    "The Department of Tolls' Bureau of Canal Safety fined two shippers, said Assistant Secretary for Canal "
    "Safety Vera Lind.",
    # a lower-case "under" is a preposition, not part of the title
    "The Bureau of Canal Safety grew under Secretary Omar Tass, said Vera Lind.",
])
def test_not_an_under_secretary(nlp, text):
    rels = relations(nlp, text, DEPT)
    assert ("vera-lind", "holdsPosition", "department-of-tolls") not in rels


# --- a commissioner of the one commission -------------------------------------------------------------

BODIES = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Orvel", "Company"), ("Tarn Commission", "GovernmentBody"),
          ("Kelso Board", "GovernmentBody"), ("Green Union", "PoliticalParty"), ("Solar Party", "PoliticalParty")]


@pytest.mark.parametrize("text", [
    "Competition Commissioner Vera Lind said the Tarn Commission would fine Orvel.",
    "The Tarn Commission fined Orvel. Competition Commissioner Vera Lind said the firm had harmed buyers.",
    "The Tarn Commission fined Orvel on Monday. \u201cThis is a fair result,\u201d said Trade Commissioner Vera Lind.",
])
def test_commissioner_of_the_one_commission(nlp, text):
    assert ("vera-lind", "holdsPosition", "tarn-commission") in relations(nlp, text, BODIES)


def test_commissioner_of_one_of_two_commissions_is_not_guessed(nlp):
    cast = BODIES + [("Dale Commission", "GovernmentBody")]
    rels = relations(nlp, "The Tarn Commission and the Dale Commission fined Orvel, said Commissioner Vera Lind.", cast)
    assert ("vera-lind", "holdsPosition", "tarn-commission") not in rels
    assert ("vera-lind", "holdsPosition", "dale-commission") not in rels


# --- the party of a person ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Lind has failed to pass a budget after the largest party in her coalition, the Green Union party of veteran "
     "leader Omar Tass, withdrew support.", "green-union"),
    ("The coalition collapsed when the Solar Party of former premier Omar Tass left it.", "solar-party"),
    ("Voters backed the Green Union, the party of Omar Tass, in the north.", "green-union"),
])
def test_party_of_a_person(nlp, text, party):
    assert ("omar-tass", "memberOf", party) in relations(nlp, text, BODIES)


@pytest.mark.parametrize("text", [
    "The leader of the Green Union met Omar Tass.",
    "The Green Union won seats of Omar Tass's rivals.",
    "The Green Union party criticised the plans of Omar Tass.",
])
def test_no_party_of_a_person(nlp, text):
    assert ("omar-tass", "memberOf", "green-union") not in relations(nlp, text, BODIES)


# --- the firm an article is about, from its lead ---------------------------------------------------

FIRMS = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Orvel", "Company"), ("Dantry", "Company")]


@pytest.mark.parametrize("text, title", [
    ("Orvel's bosses quit over an accounting scandal. Dantry had a similar scandal, and Dantry fired its boss. "
     "Orvel said losses were large, and Orvel shares fell. Tass will be replaced by chairman Vera Lind.", "chairman"),
    ("The top executives of Orvel resigned on Monday. Rival Dantry grew, and Dantry hired staff. Orvel named "
     "a panel, and Orvel shares rose. Vice-chairman Vera Lind will lead it.", "vice-chairman"),
    ("Orvel's chief quit. Dantry and its owners were untouched by Dantry rules. Orvel shares fell at Orvel, and "
     "Tass and his predecessors, vice-chairman Vera Lind and adviser Omar Tass, all resigned.", "vice-chairman"),
])
def test_bare_firm_title_in_the_lead_firms_article(nlp, text, title):
    r = relations(nlp, text, FIRMS)[("vera-lind", "holdsPosition", "orvel")]
    assert r.title.lower() == title


def test_bare_firm_title_with_two_firms_in_the_lead(nlp):
    text = ("Orvel and Dantry bosses quit over a scandal. Dantry fired staff. Orvel said losses were large. "
            "Orvel shares fell. Tass will be replaced by chairman Vera Lind.")
    rels = relations(nlp, text, FIRMS)
    assert ("vera-lind", "holdsPosition", "orvel") not in rels
    assert ("vera-lind", "holdsPosition", "dantry") not in rels


# --- "Special Agent-in-Charge" of a body's field office ------------------------------------------------

AGENCY = [("Vera Lind", "Person"), ("Kelso Bureau", "GovernmentBody", ["Field Office of the Kelso Bureau"]),
          ("Dunmore", "Place"), ("Ostrava", "Place"), ("Orvel", "Company")]


@pytest.mark.parametrize("text", [
    "Omar Tass and Vera Lind, Special Agent-in-Charge at the Dunmore, Ostrava, Field Office of the Kelso Bureau, "
    "announced charges against Orvel.",
    "Charges against Orvel were announced by Vera Lind, Special Agent-in-Charge for the Dunmore, Ostrava, Field "
    "Office of the Kelso Bureau.",
    "\u201cOrvel hid the money,\u201d said Vera Lind, Special Agent-in-Charge with the Kelso Bureau in Dunmore.",
])
def test_special_agent_in_charge_of_a_field_office(nlp, text):
    rels = relations(nlp, text, AGENCY)
    r = rels[("vera-lind", "holdsPosition", "kelso-bureau")]
    assert "Agent-in-Charge" in r.title
    assert ("vera-lind", "holdsPosition", "dunmore") not in rels
    assert ("vera-lind", "holdsPosition", "ostrava") not in rels


def test_places_before_a_firm_are_no_holder(nlp):
    rels = relations(nlp, "Vera Lind, an analyst in Dunmore, Ostrava, said Orvel would grow.", AGENCY)
    assert ("vera-lind", "holdsPosition", "dunmore") not in rels


# --- a capitalised post in the lead, the name in the next sentence --------------------------------------

LEAD = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ostrava", "Place"), ("Kelso Board", "GovernmentBody"),
        ("Orvel", "Company")]


@pytest.mark.parametrize("text, org", [
    ("The Prime Minister of Ostrava says he will stay in office for now. Vera Lind, who took office in 2018, sent "
     "a letter to parliament on Tuesday.", "ostrava"),
    ("The President of the Kelso Board resigned on Friday. Vera Lind said she had lost the trust of members.",
     "kelso-board"),
    ("The Chief Executive of Orvel quit on Monday after a long dispute. Vera Lind told staff the firm needed "
     "fresh leadership.", "orvel"),
])
def test_capitalised_post_in_the_lead_then_the_name(nlp, text, org):
    assert ("vera-lind", "holdsPosition", org) in relations(nlp, text, LEAD)


@pytest.mark.parametrize("text", [
    # the next sentence opens with something else than a person
    "The Prime Minister of Ostrava says he will stay in office. Critics and Vera Lind disagree.",
    # the person was named before: the next sentence is no introduction of the post's holder
    "Vera Lind spoke first at the meeting. Prices rose. The President of the Kelso Board resigned on Friday. Vera "
    "Lind said it was sad.",
])
def test_no_holder_of_a_lead_post(nlp, text):
    rels = relations(nlp, text, LEAD)
    assert ("vera-lind", "holdsPosition", "ostrava") not in rels
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels


# --- a named unit of a body --------------------------------------------------------------------------------

UNITS = [("Bureau of Mines", "GovernmentBody"), ("Office of Safety Enforcement", "GovernmentBody"),
         ("Division of Tunnel Audits", "GovernmentBody"), ("Orvel", "Company"), ("Kelso Agency", "GovernmentBody")]


@pytest.mark.parametrize("text, unit, body", [
    ("Orvel must send an audit of its safety program to the Bureau of Mines\u2019 Office of Safety Enforcement.",
     "office-of-safety-enforcement", "bureau-of-mines"),
    ("The case was brought by the Bureau of Mines's Office of Safety Enforcement after a tip.",
     "office-of-safety-enforcement", "bureau-of-mines"),
    ("Orvel was reviewed by the Kelso Agency's Division of Tunnel Audits in March.",
     "division-of-tunnel-audits", "kelso-agency"),
])
def test_named_unit_of_a_body(nlp, text, unit, body):
    # stated by the rule, not only guessed by the learned reader
    assert relations(nlp, text, UNITS)[(unit, "memberOf", body)].confidence == REL_UNIT_OF_DEPARTMENT


def test_a_body_that_is_no_unit(nlp):
    rels = relations(nlp, "The Bureau of Mines's Kelso Agency partner fined Orvel.", UNITS)
    assert ("kelso-agency", "memberOf", "bureau-of-mines") not in rels


# --- an entity that only modifies the noun of the party ------------------------------------------------

MODS = [("Vera Lind", "Person"), ("Chile", "Place"), ("Peru", "Place"), ("Orvel", "Company"),
        ("Kelso Board", "GovernmentBody")]


@pytest.mark.parametrize("text, triple", [
    ("Peru automakers have accused Chile of using arbitrary rules to block imports.", ("peru", "criticized", "chile")),
    ("Vera Lind sharply criticized Chile trade deals at a rally.", ("vera-lind", "criticized", "chile")),
    ("The Kelso Board charged an Orvel business unit with failing to protect client data.",
     ("kelso-board", "regulates", "orvel")),
])
def test_a_modifier_is_no_party(nlp, text, triple):
    assert triple not in relations(nlp, text, MODS)


@pytest.mark.parametrize("text, triple", [
    ("Peru officials accused Chile of using arbitrary rules to block imports.", ("peru", "criticized", "chile")),
    ("Vera Lind sharply criticized Chile at a rally.", ("vera-lind", "criticized", "chile")),
    ("The Kelso Board charged Orvel and its business unit with fraud.", ("kelso-board", "regulates", "orvel")),
])
def test_a_named_party_still_counts(nlp, text, triple):
    assert triple in relations(nlp, text, MODS)


# --- "the government" is no central bank or agency -------------------------------------------------------

GOV = [("Vera Lind", "Person"), ("Central Bank of Ostrava", "GovernmentBody"), ("Ostrava", "Place"),
       ("Kelso Securities Commission", "GovernmentBody")]


@pytest.mark.parametrize("text, body", [
    ("The Central Bank of Ostrava let the currency fall on Monday. Vera Lind criticized the government for "
     "bringing Ostrava to bankruptcy.", "central-bank-of-ostrava"),
    ("The Kelso Securities Commission fined two brokers. Vera Lind attacked the government for weak oversight.",
     "kelso-securities-commission"),
    ("The Central Bank of Ostrava held rates. Vera Lind, an opposition leader, blamed the government for the "
     "slump.", "central-bank-of-ostrava"),
])
def test_the_government_is_no_central_bank(nlp, text, body):
    assert ("vera-lind", "criticized", body) not in relations(nlp, text, GOV)


def test_the_central_bank_still_refers_back(nlp):
    text = "The Central Bank of Ostrava cut rates. Vera Lind criticized the central bank for the move."
    assert ("vera-lind", "criticized", "central-bank-of-ostrava") in relations(nlp, text, GOV)


# --- a name, then a post that refers back to it ---------------------------------------------------------

BACK = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Kelso Board", "GovernmentBody"), ("Orvel", "Company")]


@pytest.mark.parametrize("text, org", [
    ("Traders also listened to remarks by Omar Tass. Late on Tuesday, the former head of the Kelso Board warned "
     "that a slump could come.", "kelso-board"),
    ("Markets cheered a speech by Omar Tass. The chairman of Orvel told reporters that sales would rise.", "orvel"),
    ("Shares rose after an interview with Omar Tass. The chief executive of Orvel predicted record profits.", "orvel"),
])
def test_post_refers_back_to_the_person_just_named(nlp, text, org):
    assert ("omar-tass", "holdsPosition", org) in relations(nlp, text, BACK)


@pytest.mark.parametrize("text", [
    # the person is described by a title of their own
    "Analyst Omar Tass expects growth. The chairman of Orvel said rates would hold.",
    "Omar Tass, an economist, expects growth. The chairman of Orvel said rates would hold.",
    # two people named before: no one antecedent
    "Omar Tass met Vera Lind. The chairman of Orvel said rates would hold.",
    # the article names the post's holder
    "Orvel chairman Vera Lind spoke first. Markets cheered a speech by Omar Tass. The chairman of Orvel said "
    "rates would hold.",
])
def test_post_that_does_not_refer_back(nlp, text):
    assert ("omar-tass", "holdsPosition", "orvel") not in relations(nlp, text, BACK)


# --- "X, from ORG," --------------------------------------------------------------------------------------

FROM = [("Vera Lind", "Person"), ("Chile", "Place"), ("Orvel", "Company"), ("Dantry", "Company")]


@pytest.mark.parametrize("text, firm", [
    ("Vera Lind, from Orvel, says markets will fall further this week.", "orvel"),
    ("Analyst Vera Lind, from Chile's Orvel, expects a rebound in the spring.", "orvel"),
    ("Stockbroker Vera Lind, from Dantry, says the mood is grim.", "dantry"),
])
def test_person_from_a_firm(nlp, text, firm):
    assert ("vera-lind", "holdsPosition", firm) in relations(nlp, text, FROM)


@pytest.mark.parametrize("text", [
    "A letter from Orvel reached Vera Lind on Monday.",
    "Vera Lind, from the start, opposed Orvel.",
    "Vera Lind moved from Orvel to a rival last year.",
])
def test_no_person_from_a_firm(nlp, text):
    assert ("vera-lind", "holdsPosition", "orvel") not in relations(nlp, text, FROM)


# --- demanding that someone leave office -------------------------------------------------------------------

DEMAND = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Orvel", "Company"), ("Ostrava News", "MediaOutlet")]


@pytest.mark.parametrize("text", [
    "Vera Lind said that her bloc will call for President Omar Tass to resign at the next sitting.",
    "Vera Lind urged Omar Tass to step down after the vote.",
    "Vera Lind called on Omar Tass to quit over the scandal.",
    "Vera Lind demanded the resignation of Omar Tass on Monday.",
])
def test_demanding_a_resignation_is_criticism(nlp, text):
    assert ("vera-lind", "criticized", "omar-tass") in relations(nlp, text, DEMAND)


@pytest.mark.parametrize("text", [
    "Vera Lind urged Omar Tass to step up efforts against inflation.",
    "Vera Lind welcomed the resignation of Omar Tass on Monday.",
    "Vera Lind urged Omar Tass to quit smoking.",
    "Vera Lind said Omar Tass would resign soon.",
])
def test_other_demands_are_no_criticism(nlp, text):
    assert ("vera-lind", "criticized", "omar-tass") not in relations(nlp, text, DEMAND)


def test_a_datelines_agency_calls_for_nothing(nlp):
    text = ("DUNMORE, May 5 (Ostrava News) - Several hundred protesters gathered downtown, demanding the "
            "ouster of Omar Tass amid a slump.")
    assert ("ostrava-news", "criticized", "omar-tass") not in relations(nlp, text, DEMAND)


# --- a lead post with a relative clause, then the name -------------------------------------------------------

@pytest.mark.parametrize("text, org, post", [
    ("Ostrava's governor, who brought the winter games to her city, has resigned after a loan scandal. Vera Lind "
     "said the payment was a private loan.", "ostrava", "governor"),
    ("Orvel's chief, who built the firm over two decades with her brother, has quit. Vera Lind said she would "
     "stay on as an adviser.", "orvel", "chief"),
    ("Ostrava's mayor, who ran her city for nine years, has stepped down after a budget row. Vera Lind said the "
     "council had lost faith in her.", "ostrava", "mayor"),
])
def test_lead_post_with_a_relative_clause(nlp, text, org, post):
    # the post is already a mention of the person named next (as the coreference of titles makes it)
    cast = [("Vera Lind", "Person", [post])] + LEAD[1:]
    assert ("vera-lind", "holdsPosition", org) in relations(nlp, text, cast)


def test_lead_post_whose_clause_names_someone_else(nlp):
    text = ("The head of the Kelso Board, who replaced Omar Tass last year, resigned on Friday. Vera Lind said "
            "the board would meet.")
    assert ("vera-lind", "holdsPosition", "kelso-board") not in relations(nlp, text, LEAD)
