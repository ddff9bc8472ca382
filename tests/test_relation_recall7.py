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
    "Ilse Varga must give up her membership of the Liberty Rally.",
    "Ilse Varga's membership in the Liberty Rally lapsed in May.",
])
def test_a_persons_membership_noun(nlp, text):
    rels = relations(nlp, text, [("Ilse Varga", "Person"), ("Liberty Rally", "PoliticalParty")])
    assert ("ilse-varga", "memberOf", "liberty-rally") in rels


# --- a plural title shared by the people named with it --------------------------------------------

CABINET = [("Oriel Banda", "Person"), ("Ruth Ekwe", "Person"), ("Chile", "Place"), ("Peru", "Place"),
           ("Pellow Mining", "Company")]


@pytest.mark.parametrize("text, org", [
    ("Chilean ministers Oriel Banda and Ruth Ekwe flew home on Friday.", "chile"),
    ("Chile's trade and labour ministers, Oriel Banda and Ruth Ekwe, flew home.", "chile"),
    ("Oriel Banda and Ruth Ekwe, Chile's trade and labour ministers, flew home.", "chile"),
    ("Pellow Mining executives Oriel Banda and Ruth Ekwe were indicted.", "pellow-mining"),
    ("Oriel Banda and Ruth Ekwe, both directors of Pellow Mining, were indicted.", "pellow-mining"),
])
def test_a_plural_title_is_each_ones(nlp, text, org):
    rels = relations(nlp, text, CABINET)
    assert ("oriel-banda", "holdsPosition", org) in rels and ("ruth-ekwe", "holdsPosition", org) in rels


# --- "a spokesperson for Y, X," and "at the helm of Y" ----------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("A spokeswoman for Pellow Mining, Ruth Ekwe, declined to comment.", "spokeswoman"),
    ("Oriel Banda took the helm at Pellow Mining in 2021.", "head"),
    ("Oriel Banda, at the helm of Pellow Mining since 2017, quit on Monday.", "head"),
])
def test_posts_written_around_the_name(nlp, text, title):
    rels = relations(nlp, text, CABINET)
    person = "ruth-ekwe" if "Ruth" in text else "oriel-banda"
    assert rels[(person, "holdsPosition", "pellow-mining")].title == title


def test_leaving_the_helm_was_holding_it(nlp):
    rels = relations(nlp, "Oriel Banda will leave the helm of Pellow Mining next year.", CABINET)
    assert rels[("oriel-banda", "holdsPosition", "pellow-mining")].status == "outgoing"


def test_the_one_succeeded_at_the_helm_is_not_the_head(nlp):
    rels = relations(nlp, "Ruth Ekwe will succeed Oriel Banda at the helm of Pellow Mining.", CABINET)
    r = rels.get(("oriel-banda", "holdsPosition", "pellow-mining"))
    assert r is None or r.status in ("former", "outgoing")


# --- where a firm is (its headquarters, "a Tampere toolmaker, X,", "the Tampere-based company") and who
# made a product (make / produce / manufacture, "the maker of Y") --------------------------------------

SITES = [("Brennock Tools", "Company"), ("Tampere", "Place"), ("Ferro Lane", "Company"), ("Ulla Viik", "Person")]
GOODS = [("Corsa Rail", "Company"), ("Tundra 9", "Product"), ("Ulla Viik", "Person")]
HERE = ("brennock-tools", "locatedIn", "tampere")
MADE = ("corsa-rail", "developed", "tundra-9")


@pytest.mark.parametrize("text, table, triple", [
    ("Brennock Tools laid off 80 workers at its Tampere headquarters.", SITES, HERE),
    ("Brennock Tools, whose headquarters are in Tampere, laid off 80 workers.", SITES, HERE),
    ("A Tampere toolmaker, Brennock Tools, laid off 80 workers.", SITES, HERE),
    ("Brennock Tools laid off 80 workers. Auditors later fined the Tampere-based company.", SITES, HERE),
    ("Brennock Tools missed its targets. Ulla Viik said she had warned the Tampere-based firm in March.", SITES, HERE),
    ("The Tundra 9, made by Corsa Rail, went on sale in June.", GOODS, MADE),
    ("Corsa Rail manufactures the Tundra 9 at two plants.", GOODS, MADE),
    ("Corsa Rail, which produces the Tundra 9, cut its price.", GOODS, MADE),
    ("Corsa Rail, the maker of the Tundra 9, cut its price.", GOODS, MADE),
    ("Corsa Rail is the sole manufacturer of the Tundra 9.", GOODS, MADE),
])
def test_where_a_firm_is_and_what_it_makes(nlp, text, table, triple):
    assert triple in relations(nlp, text, table)


# --- negatives: sentences that look alike and state no such relation ---------------------------------

@pytest.mark.parametrize("text, table, predicate", [
    ("The council hailed Oriel Banda as a friend of Pellow Mining.", BANK, "holdsPosition"),
    ("Critics cast Oriel Banda as the villain of the Pellow Mining story.", BANK, "holdsPosition"),
    ("Velmont is Chile's biggest customer.", FIRMS, "locatedIn"),  # a customer of the country, not a firm there
    ("Velmont, Chile's biggest customer, cut its orders.", FIRMS, "locatedIn"),
    ("Aldo Ruiz is Peru's best known railroad operator.", FIRMS, "locatedIn"),  # a person is not placed this way
    ("Mirela Stan sold her stake in Quorra Labs in 2019.", OWNERS, "owns"),  # sold whole: no longer held
    ("Tessaly Partners divested its stake in Quorra Labs last year.", OWNERS, "owns"),
    # put on a list, not a member
    ("The Andean Grain Council included Peru in its list of late payers.", BLOC, "memberOf"),
    ("Peru's envoy met Andean Grain Council members in Lima.", BLOC, "memberOf"),  # no country named as one
    ("Chile, a member of the Senate panel, objected.", BLOC, "memberOf"),  # a chamber is no international body
    ("Chile joined Peru in criticising the quota.", BLOC, "memberOf"),
    # whose is whose is not said (two lists of the same length in the same order are paired:
    # tests/test_respective_titles_r28.py)
    ("Oriel Banda and Ruth Ekwe met ministers from Chile.", CABINET, "holdsPosition"),
    ("Brennock Tools staff visited the Tampere headquarters of Ferro Lane.", SITES, "locatedIn-of-brennock"),
    ("Brennock Tools sued a Tampere lawyer, Ulla Viik, in May.", SITES, "locatedIn"),
    ("Corsa Rail made a loss on the Tundra 9 last year.", GOODS, "developed"),
    ("Ulla Viik made Corsa Rail recall the Tundra 9.", GOODS, "developed"),
])
def test_look_alikes_state_nothing(nlp, text, table, predicate):
    rels = relations(nlp, text, table)
    predicate, _, subject = predicate.partition("-of-")
    assert not [k for k in rels if k[1] == predicate and k[0].startswith(subject)]
