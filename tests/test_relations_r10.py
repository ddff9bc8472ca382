"""Relations from constructions of news about officials and executives that the rules used to
miss (round 10, recall).

- a head-of-government title with "-elect" after a demonym or a possessive country
  ("Chilean Prime Minister-elect X");
- a portfolio title written with "for" ("Minister for Mines X", "Under Secretary of Commerce for
  Export Control X");
- a copula giving one title in several firms, the firms after a classifier noun or in a list
  ("He was the boss of automakers A, B and C");
- a bare title whose holder is the office the article names after the title ("Attorney General X"
  in an article naming "the Utah Attorney General's Office");
- a bare head-of-state title beside another leader's title qualified by a country, in an
  article about two countries ("President X met Chilean President Y": X is Peru's);
- a negotiator's post in the country named before the word ("X, the Chilean chief negotiator");
  and two readings that are never relations: a reporter's posting named by a government body
  ("Santiago Correspondent X" where "Santiago" stands for the government), and one country
  located in another ("attacks by Peru in Chile");
- a copula title "at" or "with" a firm named after words that say what it is ("X is a strategist
  with brokerage house Y");
- a portfolio title after a country ("the Chilean... ", "the U.S. Secretary of Commerce X"): the
  department the title names, else the country;
- one president of a country at a time: a holder only guessed from the article's country gives way
  to the one the text names ("Chilean President Y ... President X thanked the Chilean government");
- a firm's place from "a PLACE-based NOUN known as|called|named|dubbed X";
- a place in apposition to a common noun that stands for an organisation is no seat of it ("its ally
  outside the group, Peru,");
- a bare office title whose holder acts "for" a country in the same clause ("Trade Representative X
  signed for Chile");
- a title "for" a body right before the name ("Chief Counsel for the Tarn Board X").

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.entities import resolve_entities
from kg.extract.relations import extract_relations
from kg.models import Article
from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Mara Quist", "Person"),
        ("Orvel", "Company"), ("Dantry", "Company"), ("Kelso", "Company"), ("Chile", "Place"), ("Peru", "Place")]


# --- "Prime Minister-elect" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean Prime Minister-elect Vera Lind thanked voters on Sunday.",
    "Cheering crowds greeted Chile's Prime Minister-elect Vera Lind in the capital.",
    "Leftist Chilean Prime Minister-elect Vera Lind promised a new budget.",
])
def test_prime_minister_elect_of_a_country(nlp, text):
    rels = relations(nlp, text, CAST)
    r = rels[("vera-lind", "holdsPosition", "chile")]
    assert r.status == "incoming"
    assert r.title.lower() == "prime minister"


def test_electing_a_prime_minister_is_no_title(nlp):
    rels = relations(nlp, "Chilean lawmakers will elect a prime minister, Vera Lind said.", CAST)
    assert ("vera-lind", "holdsPosition", "chile") not in rels


# --- a portfolio written with "for" ---------------------------------------------------------------------

PORTFOLIO_CAST = CAST[:4] + [("Chile", "Place"), ("Commerce Department", "GovernmentBody"),
                             ("Bureau of Export Control", "GovernmentBody")]


@pytest.mark.parametrize("text, person, org", [
    ("Federal Minister for Privatization Omar Tass spoke to reporters in Chile.", "omar-tass", "chile"),
    ("In Chile, Minister for Mines and Energy Vera Lind opened the fair.", "vera-lind", "chile"),
    ("The Commerce Department acted. Under Secretary of Commerce for Export Control Ian Holt signed the order.",
     "ian-holt", "commerce-department"),
])
def test_a_portfolio_written_with_for(nlp, text, person, org):
    rels = relations(nlp, text, PORTFOLIO_CAST)
    assert (person, "holdsPosition", org) in rels


@pytest.mark.parametrize("text", [
    "Voters in Chile asked the minister for answers, Omar Tass said.",
    "In Chile, the minister for years backed Omar Tass.",
])
def test_for_that_is_no_portfolio(nlp, text):
    rels = relations(nlp, text, PORTFOLIO_CAST)
    assert ("omar-tass", "holdsPosition", "chile") not in rels


# --- a copula with one title in several firms --------------------------------------------------------

@pytest.mark.parametrize("text, person, firms", [
    ("Mara Quist was detained in Chile. She is the former boss of automakers Orvel, Dantry and Kelso.",
     "mara-quist", ("orvel", "dantry", "kelso")),
    ("Ian Holt is the chairman of lenders Orvel and Dantry.", "ian-holt", ("orvel", "dantry")),
    ("Omar Tass was the head of insurers Dantry and Kelso until May.", "omar-tass", ("dantry", "kelso")),
    ("Vera Lind left Chile. She became the chief executive of chipmakers Orvel, Dantry and Kelso.",
     "vera-lind", ("orvel", "dantry", "kelso")),
])
def test_a_copula_title_in_several_firms(nlp, text, person, firms):
    rels = relations(nlp, text, CAST)
    for firm in firms:
        assert (person, "holdsPosition", firm) in rels


@pytest.mark.parametrize("text", [
    "Mara Quist is the chief critic of carmakers Orvel, Dantry and Kelso.",
    "The chief of carmakers Orvel and Dantry met Mara Quist.",
    "Mara Quist is the rival of carmakers Orvel and Dantry.",
])
def test_no_title_in_the_listed_firms(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "mara-quist" and k[1] == "holdsPosition"]


# --- a bare title held in the office the article names -------------------------------------------------

@pytest.mark.parametrize("text, office, person", [
    ("The Utah Attorney General's Office joined the suit. “We will not stop,” said Attorney General Vera Lind.",
     "Utah Attorney General's Office", "vera-lind"),
    ("The Office of the Trade Representative set out the terms. Trade Representative Omar Tass signed the pact.",
     "Office of the Trade Representative", "omar-tass"),
    ("Auditors from the Office of the State Comptroller came in May. State Comptroller Ian Holt "
     "called the books a mess.", "Office of the State Comptroller", "ian-holt"),
])
def test_a_bare_title_held_in_the_office_named_for_it(nlp, text, office, person):
    rels = relations(nlp, text, CAST + [(office, "GovernmentBody")])
    key = office.lower().replace("'s", "-s").replace(" ", "-").replace("--", "-")
    assert [k for k in rels if k[0] == person and k[1] == "holdsPosition" and k[2].startswith(key[:12])]


def test_two_offices_of_the_title_leave_the_holder_open(nlp):
    text = ("The Utah Attorney General's Office and the Idaho Attorney General's Office sued Orvel. "
            "Attorney General Vera Lind spoke first.")
    rels = relations(nlp, text, CAST + [("Utah Attorney General's Office", "GovernmentBody"),
                                         ("Idaho Attorney General's Office", "GovernmentBody")])
    assert not [k for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"]


# --- a bare head-of-state title beside a country's own leader -------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru and Chile signed a deal on Monday. President Ian Holt met Chilean President Vera Lind in Rome.",
    "Peru and Chile agreed to cut tariffs. President Ian Holt sat down for talks with Chilean President Vera Lind.",
    "Chile and Peru ended their dispute. Talks between Prime Minister Ian Holt and Chilean Prime Minister "
    "Vera Lind went well.",
])
def test_a_bare_leader_title_beside_another_countrys_leader(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("ian-holt", "holdsPosition", "peru") in rels
    assert ("ian-holt", "holdsPosition", "chile") not in rels
    assert ("vera-lind", "holdsPosition", "chile") in rels


def test_a_third_country_leaves_the_bare_title_open(nlp):
    text = ("Peru, Brazil and Chile signed a deal on Monday. President Ian Holt met Chilean President "
            "Vera Lind in Rome.")
    rels = relations(nlp, text, CAST + [("Brazil", "Place")])
    assert not [k for k in rels if k[0] == "ian-holt" and k[1] == "holdsPosition"]


# --- a negotiator's post ---------------------------------------------------------------------------------

NEGOTIATOR_CAST = CAST + [("United States", "Place"), ("Britain", "Place")]


@pytest.mark.parametrize("text, country", [
    ("Vera Lind, the U.S. lead negotiator, called the deal fair.", "united-states"),
    ("U.S. chief negotiator Vera Lind left the talks early.", "united-states"),
    ("The deal is fair, said Vera Lind, the Britain trade negotiator.", "britain"),
])
def test_a_negotiator_of_a_country(nlp, text, country):
    rels = relations(nlp, text, NEGOTIATOR_CAST)
    assert ("vera-lind", "holdsPosition", country) in rels


def test_negotiating_is_no_post(nlp):
    rels = relations(nlp, "Vera Lind negotiated for the United States on Monday.", NEGOTIATOR_CAST)
    assert ("vera-lind", "holdsPosition", "united-states") not in rels


# --- never relations ---------------------------------------------------------------------------------------

PRESS_CAST = CAST + [("Chilean government", "GovernmentBody"), ("Radio Tarn", "MediaOutlet")]


@pytest.mark.parametrize("text", [
    "Radio Tarn Chilean government Correspondent Vera Lind has more.",
    "Chilean government reporter Vera Lind filed the story for Radio Tarn.",
    "Vera Lind, the Chilean government correspondent of Radio Tarn, has more.",
])
def test_a_reporter_holds_no_post_in_the_government_reported_on(nlp, text):
    rels = relations(nlp, text, PRESS_CAST)
    assert ("vera-lind", "holdsPosition", "chilean-government") not in rels


def test_a_government_spokesman_keeps_his_post(nlp):
    rels = relations(nlp, "Chilean government spokesman Vera Lind denied it.", PRESS_CAST)
    assert ("vera-lind", "holdsPosition", "chilean-government") in rels


@pytest.mark.parametrize("text", [
    "Drones used by Peru in Chile were made abroad.",
    "The fighting by Peru in Chile went on for a week.",
    "Troops sent by Peru in Chile stayed until May.",
])
def test_a_country_is_in_no_other_country(nlp, text):
    rels = relations(nlp, text, CAST + [("Santiago", "Place")])
    assert ("peru", "locatedIn", "chile") not in rels


def test_a_city_stays_in_its_country(nlp):
    rels = relations(nlp, "Orvel, based in Santiago, Chile, sells tea.", CAST + [("Santiago", "Place")])
    assert ("orvel", "locatedIn", "santiago") in rels or ("orvel", "locatedIn", "chile") in rels


# --- a copula title at or with a firm after what it is ------------------------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("Vera Lind is a strategist with brokerage house Orvel in Lima.", "orvel"),
    ("Ian Holt is a senior analyst at research firm Dantry.", "dantry"),
    ("Mara Quist was a partner at law firm Kelso before 2019.", "kelso"),
])
def test_a_copula_title_at_a_firm_named_after_its_kind(nlp, text, firm):
    person = {"V": "vera-lind", "I": "ian-holt", "M": "mara-quist"}[text[0]]
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", firm) in rels


@pytest.mark.parametrize("text", [
    "Vera Lind is an economist for investment bank Orvel's clients.",
    "Ian Holt is a critic of research firm Dantry.",
])
def test_no_title_at_a_firm_after_its_kind(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "holdsPosition" and k[0] in ("vera-lind", "ian-holt")]


# --- a portfolio title after a country -------------------------------------------------------------------

@pytest.mark.parametrize("text, cast, org", [
    ("The tariffs stay, the U.S. Secretary of Commerce Vera Lind has said.",
     [("U.S.", "Place"), ("U.S. Department of Commerce", "GovernmentBody")], "u-s-department-of-commerce"),
    ("Chile Minister of Mines Omar Tass flew in.", [], "chile"),
    ("Talks went on, the U.S. Secretary of Energy Ian Holt told reporters.",
     [("U.S.", "Place")], "u-s"),
])
def test_a_portfolio_title_after_a_country(nlp, text, cast, org):
    rels = relations(nlp, text, CAST + cast)
    assert [k for k in rels if k[1] == "holdsPosition" and k[2] == org]


# --- one president of a country at a time -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean President Vera Lind landed in Lima on Monday. President Ian Holt thanked the Chilean "
    "government for its help.",
    "Peru hosted Chilean President Vera Lind. Later, President Ian Holt praised the Chilean government.",
    "Chilean President Vera Lind and Peru signed the pact. President Ian Holt called the Chilean "
    "government a friend.",
])
def test_a_guessed_president_gives_way_to_the_named_one(nlp, text):
    rels = relations(nlp, text, CAST + [("Chilean government", "GovernmentBody")])
    assert ("vera-lind", "holdsPosition", "chile") in rels
    assert ("ian-holt", "holdsPosition", "chile") not in rels


def test_a_former_president_stays_beside_the_president(nlp):
    text = "Chilean President Vera Lind met former Chilean President Ian Holt in Santiago."
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "chile") in rels
    assert ("ian-holt", "holdsPosition", "chile") in rels


# --- "a PLACE-based NOUN known as X" -------------------------------------------------------------------------

PLACE_CAST = CAST + [("Lima", "Place"), ("Santiago", "Place")]


@pytest.mark.parametrize("text, firm, place", [
    ("The agency sued a Lima-based operation known as Orvel over its robocalls.", "orvel", "lima"),
    ("Regulators fined a Santiago-based outfit called Dantry for spoofing.", "dantry", "santiago"),
    ("Investors backed a Lima-based startup named Kelso last year.", "kelso", "lima"),
])
def test_a_place_based_thing_known_by_a_name(nlp, text, firm, place):
    rels = relations(nlp, text, PLACE_CAST)
    assert (firm, "locatedIn", place) in rels


@pytest.mark.parametrize("text", [
    "Yesterday a Lima-based lawyer called Orvel to complain.",
    "A Lima-based reporter named Orvel in her story.",
])
def test_a_place_based_person_calling_a_firm(nlp, text):
    rels = relations(nlp, text, PLACE_CAST)
    assert ("orvel", "locatedIn", "lima") not in rels


# --- a place beside a description, not a name -----------------------------------------------------------------

GROUP_CAST = CAST + [("Kelso Group", "Organization"), ("Orvel Bank", "Company")]


@pytest.mark.parametrize("text", [
    "The Kelso Group of oil producers met on Friday. Brazil and its biggest ally outside the group, Peru, objected.",
    "The Dantry Group of steelmakers gathered. Chile and its main partner outside the group, Peru, stayed away.",
    "The Orvel Group of lenders met. Chile and a big rival outside the group, Peru, refused to join.",
])
def test_a_place_beside_a_description_is_no_seat(nlp, text):
    # the whole pipeline: "the group" is the organisation only through coreference
    doc = nlp(text)
    article = Article(id="t", text=text, published=date(2024, 5, 8))
    table = resolve_entities(doc, article)
    rels = extract_relations(doc, table, article)
    assert not [r for r in rels if r.predicate == "locatedIn" and r.object.endswith("/peru")]


@pytest.mark.parametrize("text", [
    "Orvel Bank, Santiago, Chile, said profits rose.",
    "Kelso Group, Santiago, Chile, cut output.",
])
def test_a_place_beside_a_name_is_its_seat(nlp, text):
    rels = relations(nlp, text, GROUP_CAST + [("Santiago", "Place")])
    assert [k for k in rels if k[1] == "locatedIn" and k[2] in ("santiago", "chile")]


# --- a bare office title acting for a country -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru and Chile closed the deal in Rome. Trade Representative Vera Lind signed for Chile.",
    "Both sides spoke in Lima. Special Envoy Vera Lind spoke for Chile at the summit.",
    "Peru and Chile met again. Chief Negotiator Vera Lind bargained for Chile until dawn.",
])
def test_a_bare_office_title_acting_for_a_country(nlp, text):
    rels = relations(nlp, text, CAST + [("Lima", "Place")])
    assert ("vera-lind", "holdsPosition", "chile") in rels
    assert ("vera-lind", "holdsPosition", "peru") not in rels


@pytest.mark.parametrize("text", [
    "Peru and Chile met in Rome. Senior Analyst Vera Lind wrote for Chile's press.",
    "Peru and Chile met in Rome. Trade Representative Vera Lind voted for a pause, Chile said.",
])
def test_no_country_acted_for(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "chile") not in rels


# --- TITLE for BODY PERSON --------------------------------------------------------------------------------

FOR_CAST = CAST + [("District of Tarnia", "GovernmentBody"), ("Export Bureau", "GovernmentBody")]


@pytest.mark.parametrize("text, org", [
    ("The plea came from Federal Prosecutor for the District of Tarnia Vera Lind.", "district-of-tarnia"),
    ("Assistant Secretary for the Export Bureau Vera Lind signed the order.", "export-bureau"),
    ("Charges came on Monday from Chief Counsel for the District of Tarnia Vera Lind.", "district-of-tarnia"),
])
def test_a_title_for_a_body_before_the_name(nlp, text, org):
    rels = relations(nlp, text, FOR_CAST)
    assert ("vera-lind", "holdsPosition", org) in rels


def test_a_title_with_a_body_is_no_post_there(nlp):
    rels = relations(nlp, "A meeting of the Director with the Export Bureau Vera Lind attended ran late.", FOR_CAST)
    assert ("vera-lind", "holdsPosition", "export-bureau") not in rels
