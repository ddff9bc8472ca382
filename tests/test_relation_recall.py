"""Relations from constructions common in news that the rules used to miss (round 5, recall).

Each construction has several phrasings written for these tests (different names, verbs and
word orders) and negatives that look alike. Most tests give the entity table by hand, so they
test the relation rule, not entity recognition; the ones that need an entity the recogniser
must add (a country named only by its nationality) run the whole extraction.
"""

from __future__ import annotations

from datetime import date

import pytest

from test_relations import relations

from kg.extract import extract
from kg.models import Article


def entity_types(nlp, text):
    """name -> coarse type, from the whole extraction."""
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    return {e.name: e.type for e in facts.entities}


def extracted(nlp, text):
    """(subject name, predicate, object name) -> relation, from the whole extraction."""
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    names = {e.key: e.name for e in facts.entities}
    return {(names[r.subject], r.predicate, names[r.object]): r for r in facts.relations}


# --- owns: a participle of owning after the owned firm --------------------------------------------

@pytest.mark.parametrize("text", [
    "Brisa Ferries, owned by the Tolland Group, cancelled two sailings.",
    "Regulators fined Brisa Ferries, a carrier controlled by the Tolland Group, last spring.",
    "Brisa Ferries, which has been wholly owned by the Tolland Group since 2011, cancelled two sailings.",
    "Brisa Ferries was owned by the Tolland Group until the sale.",
])
def test_owned_by_participle_gives_the_owner(nlp, text):
    rels = relations(nlp, text, [("Brisa Ferries", "Company"), ("Tolland Group", "Company")])
    assert ("tolland-group", "owns", "brisa-ferries") in rels


@pytest.mark.parametrize("text", [
    # the thing owned is no organisation of the table
    "The Tolland Group said the ships owned by Brisa Ferries were old.",
    # owned by someone else than the named firm
    "Brisa Ferries, owned by its own staff, thanked the Tolland Group.",
])
def test_owned_by_negatives(nlp, text):
    rels = relations(nlp, text, [("Brisa Ferries", "Company"), ("Tolland Group", "Company")])
    assert ("tolland-group", "owns", "brisa-ferries") not in rels


# --- holdsPosition: two offices written before one organisation -----------------------------------

@pytest.mark.parametrize("text, title", [
    ("Ilka Brand, the founder and chief executive of data start-up Quorra, was arrested.", "chief executive"),
    ("Investors sued Ilka Brand, chairwoman and CEO of Quorra, in March.", "chairwoman"),
    ("Ilka Brand, the president and chief operating officer of Quorra, left on Friday.", "president"),
    ("Ilka Brand, a banker and former director of Quorra, testified.", "director"),
])
def test_coordinated_offices_share_the_organisation(nlp, text, title):
    rels = relations(nlp, text, [("Ilka Brand", "Person"), ("Quorra", "Company")])
    r = rels[("ilka-brand", "holdsPosition", "quorra")]
    assert r.title == title


def test_founder_and_chief_gives_both_relations(nlp):
    rels = relations(nlp, "Ilka Brand, the founder and chief executive of data start-up Quorra, was arrested.",
                     [("Ilka Brand", "Person"), ("Quorra", "Company")])
    assert ("ilka-brand", "founded", "quorra") in rels
    assert rels[("ilka-brand", "holdsPosition", "quorra")].title == "chief executive"


def test_coordinated_non_offices_give_no_position(nlp):
    rels = relations(nlp, "Ilka Brand, the sister and neighbour of a Quorra founder, spoke to reporters.",
                     [("Ilka Brand", "Person"), ("Quorra", "Company")])
    assert ("ilka-brand", "holdsPosition", "quorra") not in rels


# --- memberOf: a seat on a board, committee or party ----------------------------------------------

@pytest.mark.parametrize("text, body, body_type", [
    ("Osric Vane sits on the board of Halden Mutual.", "Halden Mutual", "Company"),
    ("Osric Vane, who has served on the board of Halden Mutual since 2020, declined to comment.",
     "Halden Mutual", "Company"),
    ("Osric Vane joined Halden Mutual's board last year.", "Halden Mutual", "Company"),
    ("Osric Vane, who serves on the Senate Rules Committee, opposed the bill.", "Senate Rules Committee",
     "GovernmentBody"),
    ("Osric Vane joined the Moderate Party as a student.", "Moderate Party", "PoliticalParty"),
])
def test_a_seat_on_a_body_gives_membership(nlp, text, body, body_type):
    rels = relations(nlp, text, [("Osric Vane", "Person"), (body, body_type)])
    slug = body.lower().replace(" ", "-")
    assert ("osric-vane", "memberOf", slug) in rels


@pytest.mark.parametrize("text", [
    "Osric Vane sat on a bench near the Halden Mutual office.",  # a bench is no body
    "Osric Vane joined Halden Mutual in 2004 as a clerk.",  # a job, not a seat on a body
    "Osric Vane served on a Halden Mutual ferry as a cook.",
])
def test_sitting_or_joining_without_a_body_gives_no_membership(nlp, text):
    rels = relations(nlp, text, [("Osric Vane", "Person"), ("Halden Mutual", "Company")])
    assert ("osric-vane", "memberOf", "halden-mutual") not in rels


# --- locatedIn: registered / incorporated / domiciled ---------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Malta-registered Corvane Shipping denied the claim.", "Malta"),
    ("Corvane Shipping, a Panama-registered tanker operator, denied the claim.", "Panama"),
    ("Corvane Shipping, which is incorporated in Delaware, denied the claim.", "Delaware"),
    ("Corvane Shipping, domiciled in Jersey, denied the claim.", "Jersey"),
])
def test_registered_in_a_place_locates_the_firm(nlp, text, place):
    rels = relations(nlp, text, [("Corvane Shipping", "Company"), (place, "Place")])
    assert ("corvane-shipping", "locatedIn", place.lower()) in rels


def test_a_person_registered_somewhere_is_not_located(nlp):
    rels = relations(nlp, "Ada Korr registered in Malta as a voter, Corvane Shipping said.",
                     [("Ada Korr", "Person"), ("Malta", "Place"), ("Corvane Shipping", "Company")])
    assert not [k for k in rels if k[1] == "locatedIn"]


# --- whole extraction: a country named only by its nationality before an office -------------------

@pytest.mark.parametrize("text, person, country, title", [
    ("The Ghanaian finance minister, Kofi Asante, presented the budget on Monday.", "Kofi Asante", "Ghana",
     "finance minister"),
    ("Talks stalled after the Chilean president, Elena Vidal, left the summit.", "Elena Vidal", "Chile",
     "president"),
    ("The Polish prime minister, Adam Nowacki, said the plan was fair.", "Adam Nowacki", "Poland",
     "prime minister"),
])
def test_nationality_office_then_holder_in_apposition(nlp, text, person, country, title):
    rels = extracted(nlp, text)
    r = rels[(person, "holdsPosition", country)]
    assert r.title.lower() == title


def test_nationality_before_a_non_office_gives_no_country_position(nlp):
    rels = extracted(nlp, "The Ghanaian farmers' leader, Kofi Asante, presented the plan on Monday.")
    assert not [k for k in rels if k[1] == "holdsPosition" and k[2] == "Ghana"]


# --- typing: a chamber's committee is a government body --------------------------------------------

@pytest.mark.parametrize("name", ["House Energy Committee", "House Ways and Means Committee",
                                  "Parliamentary Defence Committee", "Congressional Budget Subcommittee"])
def test_a_chambers_committee_is_a_government_body(name):
    from kg.extract.entity_types import type_by_words

    assert type_by_words(name)[0] == "GovernmentBody"


def test_other_committees_are_not_typed_as_government(name="Olympic Organising Committee"):
    from kg.extract.entity_types import type_by_words

    assert type_by_words(name)[0] != "GovernmentBody"


# --- memberOf: a party's candidate, minister, ticket, seat ------------------------------------------

@pytest.mark.parametrize("text", [
    "Wenna Skov, the Harvest Party's candidate, conceded on Sunday.",
    "Wenna Skov, a former Harvest Party minister, conceded on Sunday.",
    "Wenna Skov, who ran on the Harvest Party ticket, conceded on Sunday.",
    "Wenna Skov was elected to the senate for the Harvest Party in 2016.",
    "Wenna Skov won a seat for the Harvest Party last autumn.",
])
def test_a_partys_candidate_or_office_holder_is_its_member(nlp, text):
    rels = relations(nlp, text, [("Wenna Skov", "Person"), ("Harvest Party", "PoliticalParty")])
    assert ("wenna-skov", "memberOf", "harvest-party") in rels
    assert ("wenna-skov", "holdsPosition", "harvest-party") not in rels


@pytest.mark.parametrize("text", [
    "Wenna Skov voted for the Harvest Party in 2016.",
    "Wenna Skov campaigned against the Harvest Party in 2016.",
    "Wenna Skov, the Harvest Party's fiercest critic, conceded on Sunday.",
])
def test_voting_for_or_attacking_a_party_is_no_membership(nlp, text):
    rels = relations(nlp, text, [("Wenna Skov", "Person"), ("Harvest Party", "PoliticalParty")])
    assert ("wenna-skov", "memberOf", "harvest-party") not in rels


def test_a_firms_candidate_gives_no_position(nlp):
    rels = relations(nlp, "Wenna Skov, Brightwater Mining's candidate for the job, withdrew.",
                     [("Wenna Skov", "Person"), ("Brightwater Mining", "Company")])
    assert not [k for k in rels if k[0] == "wenna-skov" and k[2] == "brightwater-mining"]


# --- memberOf: a U.S. lawmaker's party letter --------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Rep. Corin Ashby, R-Idaho, said Republicans would block the bill.", "Republican Party"),
    ("Sen. Corin Ashby (D-N.M.) said Democrats would block the bill.", "Democratic Party"),
    ("\"It is dead,\" said Corin Ashby, D-New York, after Democrats met.", "Democratic Party"),
])
def test_party_letter_after_a_lawmaker(nlp, text, party):
    rels = relations(nlp, text, [("Corin Ashby", "Person"), (party, "PoliticalParty",
                                                             ["Republicans"] if party[0] == "R" else ["Democrats"])])
    assert ("corin-ashby", "memberOf", party.lower().replace(" ", "-")) in rels


@pytest.mark.parametrize("text", [
    "Rep. Corin Ashby, R-Idaho, spoke first.",  # the article names no party: no guess
    "Corin Ashby, Democrats said, will run again.",  # no letter after the name
])
def test_no_party_letter_no_membership(nlp, text):
    entities = [("Corin Ashby", "Person")]
    if "Democrats" in text:
        entities.append(("Democratic Party", "PoliticalParty", ["Democrats"]))
    rels = relations(nlp, text, entities)
    assert not [k for k in rels if k[1] == "memberOf"]


# --- entity typing where a relation needs the person --------------------------------------------------

@pytest.mark.parametrize("text, person, org, title", [
    ("Harrow Bank appointed Ines Kalb as its chairman.", "Ines Kalb", "Harrow Bank", "chairman"),
    ("Ines Kalb was appointed chairman of the Lisgar Trust in May.", "Ines Kalb", "Lisgar Trust", "chairman"),
    ("The Lisgar Trust named Ines Kalb as chief executive on Monday.", "Ines Kalb", "Lisgar Trust", "chief executive"),
])
def test_whoever_is_put_in_a_post_is_a_person(nlp, text, person, org, title):
    types = entity_types(nlp, text)
    assert types.get(person) == "Person"
    rels = extracted(nlp, text)
    assert rels[(person, "holdsPosition", org)].title == title


def test_a_place_named_in_a_post_sentence_stays_a_place(nlp):
    assert entity_types(nlp, "Ines Kalb was named ambassador to Portugal in May.").get("Portugal") == "Place"


@pytest.mark.parametrize("text", [
    "Orrin Capital's Peter Nolan said the rally would fade.",
    "Orrin Capital's Peter Nolan says the rally will fade.",
    "Orrin Capital's Peter Nolan warned that the rally would fade.",
])
def test_a_firms_person_who_speaks_is_no_product(nlp, text):
    assert entity_types(nlp, text).get("Peter Nolan") == "Person"


def test_a_firms_named_thing_that_moves_is_still_a_product(nlp):
    text = "Orrin Capital's Peter Nolan rose 4 percent."
    assert entity_types(nlp, text).get("Peter Nolan") != "Person"


# --- locatedIn: where a firm is placed, the place the small model missed ------------------------------

@pytest.mark.parametrize("text, firm, place", [
    ("Brennor Oil, which is based in Stavanger, cut its dividend.", "Brennor Oil", "Stavanger"),
    ("The Stavanger-based Brennor Oil cut its dividend.", "Brennor Oil", "Stavanger"),
    ("Shares of Dravet Metals, a Tampere-based maker of drones, fell.", "Dravet Metals", "Tampere"),
    ("Investors sued Dravet Metals, headquartered in Cluj, last week.", "Dravet Metals", "Cluj"),
    # a place-like name that a firm's description follows is the firm
    ("Bristol, the Leeds-based parcel carrier, opened an office.", "Bristol", "Leeds"),
    ("Regulators fined Hartford, a Denver-based drug maker, on Friday.", "Hartford", "Denver"),
    ("Lincoln, the Omaha-based insurer, cut its dividend.", "Lincoln", "Omaha"),
])
def test_a_firms_place_is_a_place(nlp, text, firm, place):
    rels = extracted(nlp, text)
    assert (firm, "locatedIn", place) in rels


@pytest.mark.parametrize("text, word", [
    ("Cloud-based tools from Brennor Oil sold well.", "Cloud"),
    ("The engineers are based at Brennor Oil, a spokesman said.", "Brennor Oil"),
    ("The team is based in Brennor Oil's Oslo office.", "Brennor Oil"),
])
def test_based_without_a_place_gives_no_place(nlp, text, word):
    assert entity_types(nlp, text).get(word) != "Place"


# --- a short name defined in parentheses does not hide the appositive after it ------------------------

@pytest.mark.parametrize("text, subject, predicate, obj", [
    ('The SEC filed charges against Tomas Greer ("Greer"), the founder and chief executive of purported biotech '
     'start-up Pellam Sensors, Inc., for fraud.', "Tomas Greer", "founded", "Pellam Sensors, Inc."),
    ('The complaint names Halvard Mining Corp. ("Halvard"), a Reno-based gold explorer, and two of its officers.',
     "Halvard Mining Corp.", "locatedIn", "Reno"),
    ('Halvard Mining Corp. (“Halvard”), based in Reno, agreed to pay a penalty.',
     "Halvard Mining Corp.", "locatedIn", "Reno"),
])
def test_a_defined_short_name_in_parentheses(nlp, text, subject, predicate, obj):
    rels = extracted(nlp, text)
    assert (subject, predicate, obj) in rels


# --- owns: "CHILD, a PARENT subsidiary" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brisa Ferries, a Tolland Group subsidiary, cut three routes.",
    "Regulators fined Brisa Ferries, a Tolland Group shipping unit, on Monday.",
    "Brisa Ferries, a Tolland Group affiliate, cut three routes.",
])
def test_a_parents_subsidiary_in_apposition(nlp, text):
    rels = relations(nlp, text, [("Brisa Ferries", "Company"), ("Tolland Group", "Company")])
    assert ("tolland-group", "owns", "brisa-ferries") in rels


@pytest.mark.parametrize("text", [
    "Brisa Ferries, a Tolland Group rival, cut three routes.",
    "Brisa Ferries, a Tolland Group customer, cut three routes.",
])
def test_a_parents_rival_in_apposition_is_not_owned(nlp, text):
    rels = relations(nlp, text, [("Brisa Ferries", "Company"), ("Tolland Group", "Company")])
    assert ("tolland-group", "owns", "brisa-ferries") not in rels


# --- holdsPosition: succeeding someone in a post ---------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Sarah Cohen succeeded Ivo Pelt as chief executive of Brisa Ferries.", "chief executive"),
    ("Sarah Cohen, who succeeded Ivo Pelt as chairman of Brisa Ferries, spoke first.", "chairman"),
    ("In March Sarah Cohen replaced Ivo Pelt as president of Brisa Ferries.", "president"),
])
def test_succeeding_someone_as_title_of_org(nlp, text, title):
    rels = extracted(nlp, text)
    assert rels[("Sarah Cohen", "holdsPosition", "Brisa Ferries")].title == title
    before = rels[("Ivo Pelt", "holdsPosition", "Brisa Ferries")]
    assert before.status == "former"


def test_succeeding_without_a_post_gives_no_position(nlp):
    rels = extracted(nlp, "Sarah Cohen succeeded where Ivo Pelt failed, Brisa Ferries said.")
    assert not [k for k in rels if k[1] == "holdsPosition"]


# --- typing: a firm that reports its results is no media outlet ------------------------------------

@pytest.mark.parametrize("text", [
    "Brisa Ferries reported a loss. The company is based in Bergen.",
    "Brisa Ferries reported record sales on Monday.",
    "Brisa Ferries reported a 12 percent rise in profit.",
])
def test_a_firm_reporting_results_is_a_company(nlp, text):
    assert entity_types(nlp, text).get("Brisa Ferries") == "Company"


def test_a_paper_that_reports_is_still_an_outlet(nlp):
    text = "The Bergen Herald reported that fares would rise."
    assert entity_types(nlp, text).get("Bergen Herald") == "MediaOutlet"


# --- "the committee": a body named by its own head word -------------------------------------------

@pytest.mark.parametrize("text, predicate", [
    ("The House Budget Committee met on Tuesday. Dana Holloway, the committee's chairwoman, objected.",
     "holdsPosition"),
    ("The Senate Rules Committee met on Tuesday. The committee's chairwoman, Dana Holloway, objected.",
     "holdsPosition"),
    ("The House Budget Committee met on Tuesday. Dana Holloway, a member of the committee, objected.", "memberOf"),
])
def test_the_committee_is_the_committee_named_before(nlp, text, predicate):
    rels = extracted(nlp, text)
    assert [k for k in rels if k[0] == "Dana Holloway" and k[1] == predicate and k[2].endswith("Committee")]


def test_the_committee_is_no_other_body(nlp):
    rels = extracted(nlp, "Congress met on Tuesday. Dana Holloway, the committee's chairwoman, objected.")
    assert not [k for k in rels if k[0] == "Dana Holloway"]


# --- typing: a name with a firm's description in apposition is a firm ------------------------------

# (the cases of a place-like name described as a firm are in test_a_firms_place_is_a_place)


def test_a_place_described_as_a_place_stays_a_place(nlp):
    text = "Paris, the French capital, was quiet on Sunday."
    assert entity_types(nlp, text).get("Paris") == "Place"


# --- holdsPosition: "previously headed by" -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Korvell Drilling, the Tulsa-based oil services firm previously headed by Anna Brisk, opened an office.",
    "Brisa Ferries, which was formerly run by Sarah Cohen, cut three routes.",
    "Brisa Ferries, once led by Sarah Cohen, cut three routes.",
])
def test_previously_headed_by_is_a_former_post(nlp, text):
    rels = extracted(nlp, text)
    r = [v for k, v in rels.items() if k[1] == "holdsPosition"]
    assert r and r[0].status == "former"


def test_headed_by_now_is_a_current_post(nlp):
    rels = extracted(nlp, "Brisa Ferries, which is run by Sarah Cohen, cut three routes.")
    r = [v for k, v in rels.items() if k[1] == "holdsPosition"]
    assert r and r[0].status is None


# --- belongs to ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, owner", [
    ("Brisa Ferries belongs to the Tolland Group.", "tolland-group"),
    ("Until 2019 Brisa Ferries belonged to Ivo Pelt, a shipping tycoon.", "ivo-pelt"),
    ("Brisa Ferries, which belongs to the Tolland Group, cut routes.", "tolland-group"),
])
def test_a_firm_that_belongs_to_someone_is_owned(nlp, text, owner):
    rels = relations(nlp, text, [("Brisa Ferries", "Company"), ("Tolland Group", "Company"), ("Ivo Pelt", "Person")])
    assert (owner, "owns", "brisa-ferries") in rels


def test_a_person_who_belongs_to_a_party_is_a_member(nlp):
    rels = relations(nlp, "Ivo Pelt, who belongs to the Harvest Party, spoke first.",
                     [("Ivo Pelt", "Person"), ("Harvest Party", "PoliticalParty")])
    assert ("ivo-pelt", "memberOf", "harvest-party") in rels


def test_a_thing_that_belongs_to_a_firm_is_no_ownership_of_a_firm(nlp):
    rels = relations(nlp, "The ferry belongs to Brisa Ferries, the Tolland Group said.",
                     [("Brisa Ferries", "Company"), ("Tolland Group", "Company")])
    assert not [k for k in rels if k[1] == "owns"]


# --- typing: a name with a person's description in apposition is a person ----------------------------

@pytest.mark.parametrize("text, name", [
    ("Until 2019 Brisa Ferries belonged to Ivo Pelt, a shipping tycoon.", "Ivo Pelt"),
    ("Dravet Metals hired Olek Brandt, a veteran banker, as chairman.", "Olek Brandt"),
    ("Police questioned Ivo Pelt, a former diplomat, on Monday.", "Ivo Pelt"),
])
def test_a_name_described_as_a_person(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "Person"


def test_a_firm_described_as_an_investor_stays_a_firm(nlp):
    text = "Harlow Capital, a major investor in the port, said it would sell."
    assert entity_types(nlp, text).get("Harlow Capital") != "Person"


# --- a portfolio word of a title is no body, also where a headline repeats it ----------------------

@pytest.mark.parametrize("text", [
    "Ostrava names Petra Lind as Trade Minister\nPresident Karel Dvorak on Monday appointed Trade Minister "
    "Petra Lind after a long delay.",
    "Finance Minister Resigns\nFinance Minister Tomas Brenner resigned on Friday, the Prime Minister said.",
    "New Energy Secretary Sworn In\nEnergy Secretary Dana Holloway took office on Tuesday.",
])
def test_a_portfolio_word_in_titles_is_no_entity(nlp, text):
    types = entity_types(nlp, text)
    assert not {"Trade", "Finance", "Energy"} & set(types)


# --- "appointed X to be Y's governor": the one appointed holds the post -------------------------------

@pytest.mark.parametrize("text", [
    "President Ana Ruiz formally appointed Pavel Kostin to be the next governor of the Harbor Bureau.",
    "Pavel Kostin was appointed to be the next governor of the Harbor Bureau.",
    "The council elected Pavel Kostin to be chairman of the Harbor Bureau, Ana Ruiz said.",
])
def test_appointed_to_be_gives_the_post_to_the_one_appointed(nlp, text):
    rels = relations(nlp, text, [("Ana Ruiz", "Person"), ("Pavel Kostin", "Person"),
                                 ("Harbor Bureau", "GovernmentBody")])
    assert ("pavel-kostin", "holdsPosition", "harbor-bureau") in rels
    assert ("ana-ruiz", "holdsPosition", "harbor-bureau") not in rels


# --- "Defendant X": the party's role in a case is no part of its name --------------------------------

@pytest.mark.parametrize("text, name", [
    ("Defendant Quorra, based in Palo Alto, sells testing tools.", "Quorra"),
    ("The SEC said Defendant Quorra Inc. overstated its sales.", "Quorra Inc."),
    ("Defendants Quorra and Ravi Menon deny the claims.", "Quorra"),
])
def test_a_case_role_before_a_name_is_trimmed(nlp, text, name):
    types = entity_types(nlp, text)
    assert name in types
    assert not [n for n in types if n.lower().startswith(("defendant", "relief"))]
