"""Relations (round 10b): a title with a field after "of" and the firm after "at"/"for"; and
who holds a post an infinitive on a noun names ("X, the first woman to lead Y"; "X won the runoff
to become Y's president": the winner, read from the contest noun's verb); and the head of a
body's office or unit holds a post in the body ("X runs the Madrid office of Y"); and a bare
secretary title ("Secretary X", "Under Secretary for Ports X") in a text whose only government body
is a department is a post in that department (an agency's own release); and a bare "chief" or
"boss" ("former chief X") in a text about one firm is a post in that firm.

"X is head of currency strategy for Tarn Bank", "X, director of equity research at Orvel":
the plain words after "of" name the field the post covers; the firm after "at", "for" or
"with" is where the post is held (copula and appositive forms). Not when the words after "of"
are not plain words, nor without a title word
("X is fond of currency strategy at Y").

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
        ("Orvel Securities", "Company"), ("Dantry Bank", "Company"), ("Kelso Capital", "Company"),
        ("Chile", "Place")]


@pytest.mark.parametrize("text, person, firm", [
    ("Vera Lind is chief of foreign currency strategy for Dantry Bank in Chile.", "vera-lind", "dantry-bank"),
    ("Omar Tass was director of equity research at Orvel Securities until May.", "omar-tass", "orvel-securities"),
    ("Ian Holt, head of global equity trading at Kelso Capital, said bonds slipped.", "ian-holt", "kelso-capital"),
    ("Prices rose, said Vera Lind, chief of energy markets research with Chile's Dantry Bank.",
     "vera-lind", "dantry-bank"),
])
def test_title_of_a_field_at_a_firm(nlp, text, person, firm):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", firm) in rels


@pytest.mark.parametrize("text", [
    "Vera Lind is proud of foreign equity research at Dantry Bank.",
    "Vera Lind is fond of currency strategy at Dantry Bank.",
    "Vera Lind spoke of foreign currency strategy at Dantry Bank.",
])
def test_no_post_from_a_field_alone(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "vera-lind" and k[1] == "holdsPosition"]


# --- an infinitive on a noun: who is to hold the post ------------------------------------------------
# "X won the runoff to become Y's next president": the winner of the contest;
# "X, the first woman to lead Y": the person the noun stands beside.

INF_CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Mara Quist", "Person"),
            ("Orvel", "Company"), ("Dantry", "Company"), ("Kelso", "Company"), ("Chile", "Place"), ("Peru", "Place")]


@pytest.mark.parametrize("text, person, org", [
    ("Vera Lind won Sunday's runoff to become Chile's next president.", "vera-lind", "chile"),
    ("Ian Holt won a tight runoff vote to become Chile's first female president.", "ian-holt", "chile"),
    ("Omar Tass has won a close run-off election to become Peru's new president.", "omar-tass", "peru"),
    ("Challenger Ian Holt has won a close run-off election to become Chile's president.", "ian-holt", "chile"),
])
def test_winning_a_contest_to_become_a_title(nlp, text, person, org):
    rels = relations(nlp, text, INF_CAST)
    assert (person, "holdsPosition", org) in rels


@pytest.mark.parametrize("text, person, org", [
    ("Mara Quist, the first woman to lead Orvel, spoke on Monday.", "mara-quist", "orvel"),
    ("Ian Holt, the youngest person to run Dantry, resigned in May.", "ian-holt", "dantry"),
    ("Prices fell, said Omar Tass, the first outsider to head Kelso.", "omar-tass", "kelso"),
])
def test_the_first_person_to_lead_a_body(nlp, text, person, org):
    rels = relations(nlp, text, INF_CAST)
    assert (person, "holdsPosition", org) in rels


@pytest.mark.parametrize("text, person", [
    ("Mara Quist, the first woman to criticize Orvel, spoke on Monday.", "mara-quist"),
    ("Chile began its efforts to join Kelso, Ian Holt said.", "ian-holt"),
])
def test_no_post_from_an_infinitive_of_another_verb(nlp, text, person):
    rels = relations(nlp, text, INF_CAST)
    assert not [k for k in rels if k[0] == person and k[1] in ("holdsPosition", "memberOf")]


# --- heading a body's office or unit ---------------------------------------------------------------------

UNIT_CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
             ("Orvel Institute", "Organization"), ("Kelso Capital", "Company"), ("Dantry Bank", "Company"),
             ("Chile", "Place")]


@pytest.mark.parametrize("text, person, org", [
    ("\"Growth is slow,\" said Vera Lind, who heads the Santiago office of the Orvel Institute.",
     "vera-lind", "orvel-institute"),
    ("Omar Tass runs the Asian unit of Kelso Capital.", "omar-tass", "kelso-capital"),
    ("Ian Holt, who leads the Chile branch of Dantry Bank, declined to comment.", "ian-holt", "dantry-bank"),
])
def test_heading_an_office_of_a_body(nlp, text, person, org):
    rels = relations(nlp, text, UNIT_CAST)
    assert (person, "holdsPosition", org) in rels


@pytest.mark.parametrize("text, person", [
    ("Vera Lind visited the Santiago office of the Orvel Institute.", "vera-lind"),
    ("Omar Tass heads to the Asian unit of Kelso Capital next week.", "omar-tass"),
    ("Ian Holt praised the Chile branch of Dantry Bank.", "ian-holt"),
])
def test_no_post_from_an_office_not_headed(nlp, text, person):
    rels = relations(nlp, text, UNIT_CAST)
    assert not [k for k in rels if k[0] == person and k[1] == "holdsPosition"]


# --- a bare secretary title in a department's own text --------------------------------------------------

DEPT_CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
             ("Department of Harbors", "GovernmentBody"), ("Port Bureau", "GovernmentBody"), ("Chile", "Place")]


@pytest.mark.parametrize("text, person", [
    ("The Department of Harbors released a statement by Secretary Vera Lind on new port fees.", "vera-lind"),
    ("The Department of Harbors acted today. \"We will act,\" said Under Secretary for Port Security Omar Tass.",
     "omar-tass"),
    ("Assistant Secretary Ian Holt announced the fees for the Department of Harbors on Friday.", "ian-holt"),
])
def test_a_bare_secretary_of_the_only_department(nlp, text, person):
    rels = relations(nlp, text, [c for c in DEPT_CAST if c[0] != "Port Bureau"])  # the one body
    assert (person, "holdsPosition", "department-of-harbors") in rels


ONE_DEPT_CAST = [c for c in DEPT_CAST if c[0] != "Port Bureau"]


@pytest.mark.parametrize("text, person, cast", [
    ("The Department of Harbors and the Port Bureau acted. Secretary Vera Lind spoke on Friday.", "vera-lind",
     DEPT_CAST),
    ("Press Secretary Omar Tass said the Department of Harbors acted.", "omar-tass", ONE_DEPT_CAST),
    ("Voters in Chile cheered. Party Secretary Ian Holt spoke on Friday of the Department of Harbors.",
     "ian-holt", ONE_DEPT_CAST),
])
def test_no_department_post_when_another_body_or_title_fits(nlp, text, person, cast):
    rels = relations(nlp, text, cast)
    assert (person, "holdsPosition", "department-of-harbors") not in rels


# --- a bare "chief" or "boss" in a text about one firm ---------------------------------------------------

FIRM_CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
             ("Tarnco", "Company"), ("Dantry", "Company"), ("Chile", "Place")]
ONE_FIRM_CAST = [c for c in FIRM_CAST if c[0] != "Dantry"]


@pytest.mark.parametrize("text, person", [
    ("Tarnco was fined. Former chief Vera Lind set the goals, the regulator said.", "vera-lind"),
    ("Regulators say Tarnco misled investors. The report says chief Omar Tass knew.", "omar-tass"),
    ("Shares of Tarnco fell sharply. Boss Ian Holt resigned on Monday.", "ian-holt"),
])
def test_a_bare_chief_of_the_main_firm(nlp, text, person):
    rels = relations(nlp, text, ONE_FIRM_CAST)
    assert (person, "holdsPosition", "tarnco") in rels


@pytest.mark.parametrize("text, person, cast", [
    ("Tarnco and Dantry merged. Former chief Vera Lind set the goals.", "vera-lind", FIRM_CAST),
    ("Police chief Omar Tass said Tarnco was robbed.", "omar-tass", ONE_FIRM_CAST),
])
def test_no_firm_post_for_another_chief(nlp, text, person, cast):
    rels = relations(nlp, text, cast)
    assert (person, "holdsPosition", "tarnco") not in rels
