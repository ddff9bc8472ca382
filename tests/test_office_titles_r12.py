"""Office titles the position rules did not know (round 12).

- "chief justice" is a title: "Chief Justice of Ghana X", "Ghana's Chief Justice X", "X, the chief
  justice of Ghana" hold a post of the country (general knowledge: every country has one);
- a city's or a county's attorney is the city's or the county's ("Tarnville City Attorney X",
  "X, the Orvel County attorney"), while "U.S. Attorney X" and "District Attorney X" stay an
  office's, not the place's;
- "U.S. Attorney General X" in an article naming the Justice Department holds the department's post
  as well as the country's (general knowledge: the attorney general heads the Justice Department);
  not a state's attorney general, nor a country whose justice body is a ministry.

Every person, firm and town is invented; the entity table is given by hand, so a failure names the
relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

# --- chief justice ----------------------------------------------------------------------------------

JUSTICE = [("Amos Tindal", "Person"), ("Kora Bisset", "Person"), ("Ghana", "Place"),
           ("Orvel Mining", "Company")]


@pytest.mark.parametrize("text", [
    "Chief Justice of Ghana Amos Tindal swore in the new cabinet on Friday.",
    "Acting Chief Justice of Ghana Amos Tindal swore in the new cabinet on Friday.",
    "Ghana's Chief Justice Amos Tindal swore in the new cabinet on Friday.",
    "Amos Tindal, the chief justice of Ghana, swore in the new cabinet on Friday.",
])
def test_chief_justice_of_a_country(nlp, text):
    rels = relations(nlp, text, JUSTICE)
    r = rels[("amos-tindal", "holdsPosition", "ghana")]
    assert "justice" in r.title.lower()


@pytest.mark.parametrize("text", [
    # justice as a common noun, no title
    "Amos Tindal said Orvel Mining would be brought to justice in Ghana.",
    "Amos Tindal demanded justice for the miners of Orvel Mining in Ghana.",
])
def test_justice_as_a_common_noun_is_no_title(nlp, text):
    rels = relations(nlp, text, JUSTICE)
    assert not [k for k in rels if k[1] == "holdsPosition"]


# --- a city's or a county's attorney ----------------------------------------------------------------

TOWN = [("Dana Okafor", "Person"), ("Tarnville", "Place"), ("Orvel County", "Place"),
        ("Halvorsen Bank", "Company")]


@pytest.mark.parametrize("text, place", [
    ("Tarnville City Attorney Dana Okafor sued Halvorsen Bank over its overdraft fees.", "tarnville"),
    ("Dana Okafor, the Tarnville city attorney, sued Halvorsen Bank over its overdraft fees.", "tarnville"),
    ("Orvel County Attorney Dana Okafor sued Halvorsen Bank over its overdraft fees.", "orvel-county"),
])
def test_city_or_county_attorney(nlp, text, place):
    rels = relations(nlp, text, TOWN)
    assert ("dana-okafor", "holdsPosition", place) in rels


@pytest.mark.parametrize("text", [
    "Tarnville District Attorney Dana Okafor sued Halvorsen Bank over its overdraft fees.",
    "Dana Okafor, an attorney in Tarnville, sued Halvorsen Bank over its overdraft fees.",
    "Tarnville attorney Dana Okafor sued Halvorsen Bank over its overdraft fees.",
])
def test_other_attorneys_are_no_post_of_the_place(nlp, text):
    rels = relations(nlp, text, TOWN)
    assert ("dana-okafor", "holdsPosition", "tarnville") not in rels


# --- the attorney general and the Justice Department -------------------------------------------------

AG = [("Rhea Castellan", "Person"), ("United States", "Place", ["U.S."]),
      ("U.S. Department of Justice", "GovernmentBody", ["Justice Department"]),
      ("Quillon Motors", "Company")]


@pytest.mark.parametrize("text", [
    "Quillon Motors settled with the Justice Department on Monday. U.S. Attorney General Rhea Castellan "
    "called the fraud brazen.",
    "U.S. Attorney General Rhea Castellan called the fraud brazen, the Justice Department said of Quillon Motors.",
    "The Justice Department fined Quillon Motors. Rhea Castellan, the U.S. attorney general, called the "
    "fraud brazen.",
])
def test_attorney_general_of_the_country_holds_the_department_post(nlp, text):
    rels = relations(nlp, text, AG)
    assert ("rhea-castellan", "holdsPosition", "united-states") in rels
    assert ("rhea-castellan", "holdsPosition", "u-s-department-of-justice") in rels


@pytest.mark.parametrize("text, cast", [
    # a state's attorney general
    ("Ohio Attorney General Rhea Castellan sued Quillon Motors, and the Justice Department joined the case.",
     [("Rhea Castellan", "Person"), ("Ohio", "Place"),
      ("U.S. Department of Justice", "GovernmentBody", ["Justice Department"]), ("Quillon Motors", "Company")]),
    # a justice ministry is no attorney general's office
    ("Kenya's Attorney General Rhea Castellan sued Quillon Motors, and the Ministry of Justice joined the case.",
     [("Rhea Castellan", "Person"), ("Kenya", "Place"), ("Ministry of Justice", "GovernmentBody"),
      ("Quillon Motors", "Company")]),
])
def test_attorney_general_elsewhere_keeps_one_post(nlp, text, cast):
    rels = relations(nlp, text, cast)
    assert not [k for k in rels if k[1] == "holdsPosition" and "justice" in k[2]]


# --- a cabinet title of a country after the name: the department its portfolio names ----------------

DEPT = [("Harlan Voss", "Person"), ("United States", "Place", ["U.S."]),
        ("U.S. Department of Commerce", "GovernmentBody", ["Commerce Department"]), ("Tarsk Ltd", "Company")]


@pytest.mark.parametrize("text", [
    "The Commerce Department put Tarsk Ltd on its list. Harlan Voss, a U.S. Undersecretary of Commerce in the "
    "last administration, doubted the firm would survive.",
    "The Commerce Department put Tarsk Ltd on its list. \u201cIt may not survive,\u201d said Harlan Voss, the U.S. "
    "secretary of commerce.",
    "Harlan Voss, the U.S. Undersecretary of Commerce, said the Commerce Department would list Tarsk Ltd.",
])
def test_country_cabinet_title_after_the_name_is_the_departments(nlp, text):
    rels = relations(nlp, text, DEPT)
    assert ("harlan-voss", "holdsPosition", "u-s-department-of-commerce") in rels
    assert ("harlan-voss", "holdsPosition", "united-states") not in rels


def test_country_cabinet_title_without_its_department_stays_the_countrys(nlp):
    rels = relations(nlp, "Tarsk Ltd may not survive, said Harlan Voss, the U.S. secretary of commerce.",
                     [c for c in DEPT if c[1] != "GovernmentBody"])
    assert ("harlan-voss", "holdsPosition", "united-states") in rels


@pytest.mark.parametrize("text", [
    # another country's ministry of the same portfolio
    "Harlan Voss, the Ghanaian minister of commerce, visited the Togolese Ministry of Commerce on Monday.",
    # a ministry whose portfolio is not the whole of the title's
    "Harlan Voss, the Ghanaian minister of mines and energy, criticised the Ministry of Energy on Monday.",
])
def test_country_cabinet_title_keeps_its_country_beside_other_ministries(nlp, text):
    cast = [("Harlan Voss", "Person"), ("Ghana", "Place"), ("Togo", "Place"),
            ("Togolese Ministry of Commerce", "GovernmentBody"), ("Ministry of Energy", "GovernmentBody")]
    rels = relations(nlp, text, cast)
    assert not [k for k in rels if k[1] == "holdsPosition" and "ministry" in k[2]]


# --- an office named after its holder's title, written as the title before or after a name ------------

USTR = [("Dana Okafor", "Person"), ("Kora Bisset", "Person"), ("U.S. Trade Representative", "GovernmentBody"),
        ("United States", "Place", ["U.S."]), ("Tarsk Ltd", "Company")]


@pytest.mark.parametrize("text", [
    "Vice Premier Kora Bisset phoned U.S. Trade Representative Dana Okafor about the United States tariffs.",
    "U.S. Trade Representative Dana Okafor told Kora Bisset the United States would keep its tariffs.",
    "Kora Bisset phoned Dana Okafor, the U.S. Trade Representative, about the United States tariffs.",
])
def test_office_written_as_the_title_beside_a_name(nlp, text):
    rels = relations(nlp, text, USTR)
    assert rels[("dana-okafor", "holdsPosition", "united-states")].title == "Trade Representative"


def test_office_written_as_the_title_without_the_country_named(nlp):
    rels = relations(nlp, "U.S. Trade Representative Dana Okafor told Kora Bisset the tariffs stay.",
                     [c for c in USTR if c[1] != "Place"])
    assert ("dana-okafor", "holdsPosition", "u-s-trade-representative") in rels


@pytest.mark.parametrize("text", [
    # a body whose name ends in no title word
    "The Tarsk Board critic Dana Okafor met Kora Bisset.",
    # the person is not set beside the office
    "The U.S. Trade Representative said Dana Okafor of Tarsk Ltd would testify.",
])
def test_no_office_title_without_a_title_beside_the_name(nlp, text):
    rels = relations(nlp, text, USTR + [("Tarsk Board", "GovernmentBody")])
    assert not [k for k in rels if k[0] == "dana-okafor" and k[1] == "holdsPosition"
                and k[2] in ("united-states", "u-s-trade-representative", "tarsk-board")]


# --- an assistant's departmental title with a capitalised portfolio after the name --------------------

@pytest.mark.parametrize("text, cast, dept", [
    ("The Justice Department opened a registry on Monday. Harlan Voss, Assistant Attorney General for Canal "
     "Security, announced the launch.",
     [("Harlan Voss", "Person"), ("U.S. Department of Justice", "GovernmentBody", ["Justice Department"])],
     "u-s-department-of-justice"),
    ("The Justice Department opened a registry on Monday. Harlan Voss, Acting Assistant Attorney General for "
     "Harbor Crimes, announced the launch.",
     [("Harlan Voss", "Person"), ("U.S. Department of Justice", "GovernmentBody", ["Justice Department"])],
     "u-s-department-of-justice"),
    ("The Department of Tolls fined Tarsk Ltd. Harlan Voss, Assistant Secretary for Canal Finance, announced "
     "the fine.",
     [("Harlan Voss", "Person"), ("Department of Tolls", "GovernmentBody"), ("Tarsk Ltd", "Company")],
     "department-of-tolls"),
])
def test_assistant_title_for_a_portfolio_is_the_departments(nlp, text, cast, dept):
    rels = relations(nlp, text, cast)
    assert ("harlan-voss", "holdsPosition", dept) in rels


def test_assistant_attorney_general_beside_a_justice_ministry_is_no_post_of_it(nlp):
    rels = relations(nlp, "The Ministry of Justice opened a registry. Harlan Voss, Assistant Attorney General "
                          "for Canal Security, announced it.",
                     [("Harlan Voss", "Person"), ("Ministry of Justice", "GovernmentBody")])
    assert ("harlan-voss", "holdsPosition", "ministry-of-justice") not in rels


# --- a division's director named by its field, in an agency's release --------------------------------

AGENCY = [("Marla Pettigrew", "Person"), ("Kelso Futures Board", "GovernmentBody"), ("Corvane Holdings", "Company")]


@pytest.mark.parametrize("text", [
    "The Kelso Futures Board fined Corvane Holdings on Tuesday. \u201cRecords matter,\u201d said Acting Director of "
    "Enforcement Marla Pettigrew.",
    "The Kelso Futures Board fined Corvane Holdings on Tuesday. Director of Enforcement Marla Pettigrew said records "
    "matter.",
    "The Kelso Futures Board fined Corvane Holdings on Tuesday. \u201cRecords matter,\u201d said Deputy Director of "
    "Market Oversight Marla Pettigrew.",
])
def test_director_of_a_field_in_an_agency_release(nlp, text):
    rels = relations(nlp, text, AGENCY)
    assert ("marla-pettigrew", "holdsPosition", "kelso-futures-board") in rels


@pytest.mark.parametrize("text, cast", [
    # two government bodies: whose division is not said
    ("The Kelso Futures Board and the Orvel Trade Office fined Corvane Holdings. Director of Enforcement Marla "
     "Pettigrew said records matter.", AGENCY + [("Orvel Trade Office", "GovernmentBody")]),
    # a field written in lower case is no division
    ("The Kelso Futures Board fined Corvane Holdings. A director of photography, Marla Pettigrew, filmed it.",
     AGENCY),
])
def test_no_director_of_a_field_without_one_agency(nlp, text, cast):
    rels = relations(nlp, text, cast)
    assert ("marla-pettigrew", "holdsPosition", "kelso-futures-board") not in rels
