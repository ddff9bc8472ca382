"""Relations from constructions common in news that the rules used to miss (round 7, recall).

Each construction has several phrasings written for these tests (invented names, different verbs
and word orders) and negatives that look alike. The entity table is given by hand, so a failure
names the relation rule, not entity recognition.
"""

from __future__ import annotations

import pytest

from test_relations import relations

BANK = [("Oriel Banda", "Person"), ("Ruth Ekwe", "Person"), ("Pellow Mining", "Company"),
        ("Tarsia Ports Authority", "GovernmentBody"), ("Banda", "Person")]


# --- "X as TITLE of Y" whatever the verb, and "as" hung on a noun ----------------------------------

@pytest.mark.parametrize("text, org, title", [
    ("The senate confirmed Oriel Banda as chairman of the Tarsia Ports Authority on Tuesday.",
     "tarsia-ports-authority", "chairman"),
    ("The board picked Oriel Banda as head of the Tarsia Ports Authority.", "tarsia-ports-authority", "head"),
    ("Among the newcomers are Oriel Banda as chief executive of Pellow Mining and two others.",
     "pellow-mining", "chief executive"),
    ("Shareholders cheered the appointment of Oriel Banda as treasurer of Pellow Mining.",
     "pellow-mining", "treasurer"),
])
def test_a_title_after_as_goes_to_the_person_acted_on(nlp, text, org, title):
    rels = relations(nlp, text, BANK)
    assert rels[("oriel-banda", "holdsPosition", org)].title == title


def test_a_tenure_as_title_is_the_possessors(nlp):
    rels = relations(nlp, "Banda's tenure as chairman of Pellow Mining ended in March.", BANK)
    assert ("banda", "holdsPosition", "pellow-mining") in rels


def test_the_one_replaced_as_title_held_it_before(nlp):
    rels = relations(nlp, "Ruth Ekwe replaced Oriel Banda as chairman of Pellow Mining.", BANK)
    assert rels[("oriel-banda", "holdsPosition", "pellow-mining")].status == "former"
    assert rels[("ruth-ekwe", "holdsPosition", "pellow-mining")].status != "former"


@pytest.mark.parametrize("text", [
    "The council hailed Oriel Banda as a friend of Pellow Mining.",
    "Critics cast Oriel Banda as the villain of the Pellow Mining story.",
])
def test_no_title_after_as_no_position(nlp, text):
    rels = relations(nlp, text, BANK)
    assert not [k for k in rels if k[1] == "holdsPosition"]


# --- "X is PLACE's biggest N", "X, a multinational Danish N," ---------------------------------------

FIRMS = [("Corsa Rail", "Company"), ("Velmont", "Company"), ("Harrow Petroleum", "Company"),
         ("Peru", "Place"), ("Chile", "Place"), ("Norway", "Place"), ("Aldo Ruiz", "Person")]


@pytest.mark.parametrize("text, firm, place", [
    ("Corsa Rail is Peru's second largest railroad operator.", "corsa-rail", "peru"),
    ("Last year Velmont became Chile's biggest dairy.", "velmont", "chile"),
    ("Velmont, Chile's largest dairy, raised prices again.", "velmont", "chile"),
    ("Harrow Petroleum, a multinational Norwegian refiner, paid the fine.", "harrow-petroleum", "norway"),
    ("Harrow Petroleum, a small Norwegian shipper, said it would appeal.", "harrow-petroleum", "norway"),
])
def test_a_firm_described_by_its_country(nlp, text, firm, place):
    rels = relations(nlp, text, FIRMS)
    assert (firm, "locatedIn", place) in rels


@pytest.mark.parametrize("text", [
    "Velmont is Chile's biggest customer.",  # a customer of the country, not a firm there
    "Velmont, Chile's biggest customer, cut its orders.",
    "Aldo Ruiz is Peru's best known railroad operator.",  # a person is not placed this way
])
def test_other_descriptions_by_a_country_place_nothing(nlp, text):
    rels = relations(nlp, text, FIRMS)
    assert not [k for k in rels if k[1] == "locatedIn"]


# --- stakes held: "her stake in Y", "the largest shareholder in Y" -----------------------------------

OWNERS = [("Mirela Stan", "Person"), ("Tessaly Partners", "Company"), ("Quorra Labs", "Company")]


@pytest.mark.parametrize("text, owner", [
    ("Mirela Stan may sell part of her stake in Quorra Labs to pay debts.", "mirela-stan"),
    ("Tessaly Partners plans to sell some of its stake in Quorra Labs.", "tessaly-partners"),
    ("Mirela Stan told analysts that her stake in Quorra Labs would grow.", "mirela-stan"),
    ("Tessaly Partners is the largest shareholder in Quorra Labs, with 31 percent.", "tessaly-partners"),
])
def test_a_stake_held(nlp, text, owner):
    rels = relations(nlp, text, OWNERS)
    assert (owner, "owns", "quorra-labs") in rels


@pytest.mark.parametrize("text", [
    "Mirela Stan sold her stake in Quorra Labs in 2019.",  # sold whole: no longer held
    "Tessaly Partners divested its stake in Quorra Labs last year.",
])
def test_a_stake_sold_is_not_held(nlp, text):
    rels = relations(nlp, text, OWNERS)
    assert not [k for k in rels if k[1] == "owns"]


# --- countries in an international organisation ------------------------------------------------------

BLOC = [("Andean Grain Council", "Organization"), ("Chile", "Place"), ("Peru", "Place"), ("Bolivia", "Place"),
        ("Senate", "GovernmentBody"), ("Lima", "Place")]


@pytest.mark.parametrize("text, members", [
    ("Andean Grain Council member Peru walked out of the talks.", {"peru"}),
    ("Andean Grain Council members Chile and Peru cut their quotas.", {"chile", "peru"}),
    ("Andean Grain Council member states Chile and Bolivia objected.", {"chile", "bolivia"}),
    ("Peru, a member of the Andean Grain Council, raised the tariff.", {"peru"}),
    ("Bolivia is an Andean Grain Council member.", {"bolivia"}),
    ("The Andean Grain Council's members, including Chile and Peru, backed the quota.", {"chile", "peru"}),
    ("Chile, Peru and Bolivia are members of the Andean Grain Council.", {"chile", "peru", "bolivia"}),
    ("The Andean Grain Council includes Chile, Peru and Bolivia.", {"chile", "peru", "bolivia"}),
    ("The Andean Grain Council, made up of Chile, Peru and Bolivia, met in March.", {"chile", "peru", "bolivia"}),
    ("Bolivia joined the Andean Grain Council in 1998.", {"bolivia"}),
    ("Peru's membership in the Andean Grain Council is not in doubt.", {"peru"}),
])
def test_countries_in_an_international_body(nlp, text, members):
    rels = relations(nlp, text, BLOC)
    found = {k[0] for k in rels if k[1] == "memberOf" and k[2] == "andean-grain-council"}
    assert found == members


@pytest.mark.parametrize("text", [
    "The Andean Grain Council included Peru in its list of late payers.",  # put on a list, not a member
    "Peru's envoy met Andean Grain Council members in Lima.",  # no country named as one
    "Chile, a member of the Senate panel, objected.",  # a chamber is no international body
    "Chile joined Peru in criticising the quota.",
])
def test_no_membership_without_a_country_named_as_member(nlp, text):
    rels = relations(nlp, text, BLOC)
    assert not [k for k in rels if k[1] == "memberOf"]


@pytest.mark.parametrize("text", [
    "Ilse Varga must give up her membership of the Liberty Rally.",
    "Ilse Varga's membership in the Liberty Rally lapsed in May.",
])
def test_a_persons_membership_noun(nlp, text):
    rels = relations(nlp, text, [("Ilse Varga", "Person"), ("Liberty Rally", "PoliticalParty")])
    assert ("ilse-varga", "memberOf", "liberty-rally") in rels
