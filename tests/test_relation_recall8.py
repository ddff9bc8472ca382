"""Relations from constructions common in news that the rules used to miss (round 8, recall).

Each construction has several phrasings written for these tests (invented names, different verbs
and word orders) and negatives that look alike. The entity table is given by hand, so a failure
names the relation rule, not entity recognition.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"), ("Kelvor Oil", "Company"),
        ("Chile", "Place"), ("Mining Ministry", "GovernmentBody")]


# --- "A named X to replace Y as TITLE": X takes the post, not A ----------------------------------------

@pytest.mark.parametrize("text, org, title", [
    ("President Ian Holt appointed Vera Lind to replace Omar Tass as the labor minister of Chile.",
     "chile", "labor minister"),
    ("Kelvor Oil chose Vera Lind to succeed Omar Tass as chief executive.", "kelvor-oil", "chief executive"),
    ("Vera Lind was tapped to succeed Omar Tass as chairman of Kelvor Oil.", "kelvor-oil", "chairman"),
    ("Under the new line-up of Chile, Vera Lind is set to replace Omar Tass as finance minister.",
     "chile", "finance minister"),
])
def test_the_one_chosen_to_replace_takes_the_post(nlp, text, org, title):
    rels = relations(nlp, text, CAST)
    assert rels[("vera-lind", "holdsPosition", org)].title == title
    assert rels[("omar-tass", "holdsPosition", org)].status == "former"
    assert ("ian-holt", "holdsPosition", org) not in rels or rels[("ian-holt", "holdsPosition", org)].title != title


def test_a_replacement_only_wished_for_gives_no_post(nlp):
    rels = relations(nlp, "Ian Holt wants Vera Lind to replace Omar Tass as chairman of Kelvor Oil.", CAST)
    assert ("vera-lind", "holdsPosition", "kelvor-oil") not in rels


# --- a minister named by a longer portfolio: "sports minister", "tourism minister" ------------------

@pytest.mark.parametrize("text, title", [
    ("A reshuffle in Chile followed. Vera Lind was picked as sports minister.", "sports minister"),
    ("Chile's cabinet changed again. Vera Lind, a former tourism minister, kept her seat.", "tourism minister"),
    ("Chile dropped Ian Holt and former fisheries minister Vera Lind from the cabinet.", "fisheries minister"),
])
def test_a_minister_of_a_longer_portfolio_serves_the_country(nlp, text, title):
    rels = relations(nlp, text, CAST)
    assert rels[("vera-lind", "holdsPosition", "chile")].title == title


def test_a_minister_of_a_church_is_no_state_office(nlp):
    rels = relations(nlp, "In Chile, the parish elders picked Vera Lind as church minister.", CAST)
    assert ("vera-lind", "holdsPosition", "chile") not in rels


# --- "X was chosen to head Y": an infinitive of leading after a verb of putting in charge --------------

@pytest.mark.parametrize("text, person, org", [
    ("Omar Tass will move to head the Mining Ministry.", "omar-tass", "mining-ministry"),
    ("Ian Holt picked Vera Lind to lead Kelvor Oil.", "vera-lind", "kelvor-oil"),
    ("Omar Tass was chosen to head the Mining Ministry after the vote.", "omar-tass", "mining-ministry"),
    ("The board named Vera Lind to run Kelvor Oil from June.", "vera-lind", "kelvor-oil"),
])
def test_put_in_charge_through_an_infinitive(nlp, text, person, org):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", org) in rels
    assert ("ian-holt", "holdsPosition", org) not in rels


@pytest.mark.parametrize("text", [
    "Omar Tass wants to head the Mining Ministry.",
    "Ian Holt asked Vera Lind to run Kelvor Oil for a week.",
    "Omar Tass was not chosen to head the Mining Ministry.",
])
def test_an_infinitive_of_leading_that_puts_no_one_in_charge(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "holdsPosition"]


# --- "CHILD is a subsidiary of PARENT": the unit noun after a copula -----------------------------------

GROUP = [("Tarn Mining", "Company"), ("Kelvor Oil", "Company")]


@pytest.mark.parametrize("text", [
    "Kelvor Oil is a subsidiary of Tarn Mining.",
    "Kelvor Oil became a wholly owned unit of Tarn Mining in 2019.",
    "Kelvor Oil, which is the retail arm of Tarn Mining, raised prices.",
    "Kelvor Oil was a division of Tarn Mining before the merger.",
])
def test_a_unit_noun_after_a_copula_names_the_owner(nlp, text):
    rels = relations(nlp, text, GROUP)
    assert ("tarn-mining", "owns", "kelvor-oil") in rels


@pytest.mark.parametrize("text", [
    "Kelvor Oil is a rival of Tarn Mining.",
    "Kelvor Oil is a customer of Tarn Mining.",
])
def test_other_nouns_after_a_copula_say_nothing_of_owning(nlp, text):
    rels = relations(nlp, text, GROUP)
    assert not [k for k in rels if k[1] == "owns"]


# --- "X, a lawyer who is a former vice president of Y": a relative clause on an appositive --------------

PEOPLE = [("Vera Lind", "Person"), ("Ian Holt", "Person"), ("Pell Bank", "Company"), ("Tarn Mining", "Company")]


@pytest.mark.parametrize("text, person, org", [
    ("Vera Lind, a lawyer who is a former vice president of Pell Bank, won the seat.", "vera-lind", "pell-bank"),
    ("Ian Holt, a chemist who was chief executive of Tarn Mining, died on Friday.", "ian-holt", "tarn-mining"),
    ("The post went to Vera Lind, an economist who became treasurer of Pell Bank in 2015.", "vera-lind", "pell-bank"),
    ("Vera Lind, a Tarn Mining geologist who is a former director of Pell Bank, retired.", "vera-lind", "pell-bank"),
])
def test_a_post_in_a_relative_clause_on_a_description_is_the_persons(nlp, text, person, org):
    rels = relations(nlp, text, PEOPLE)
    assert (person, "holdsPosition", org) in rels


def test_a_relative_clause_about_someone_else_gives_no_post(nlp):
    rels = relations(nlp, "Vera Lind, a friend who knows the chairman of Pell Bank, spoke first.", PEOPLE)
    assert ("vera-lind", "holdsPosition", "pell-bank") not in rels


# --- hyphened titles and posts "in" a government body ---------------------------------------------------

OFFICE = [("Vera Lind", "Person"), ("Lind", "Person"), ("Pell Bank", "Company"),
          ("Revenue Office", "GovernmentBody"), ("Oslo", "Place")]


@pytest.mark.parametrize("text, org, title", [
    ("Vera Lind, previously a director-general in the Revenue Office, joined Pell Bank.",
     "revenue-office", "director-general"),
    ("Vera Lind remains a director-general in the Revenue Office.", "revenue-office", "director-general"),
    ("Lind, who is currently a deputy director-general in the Revenue Office, starts in May.",
     "revenue-office", "director-general"),
    ("Vera Lind, the secretary-general of Pell Bank, said so.", "pell-bank", "secretary-general"),
])
def test_hyphened_titles_and_posts_in_a_government_body(nlp, text, org, title):
    rels = relations(nlp, text, OFFICE)
    person = "vera-lind" if ("vera-lind", "holdsPosition", org) in rels else "lind"
    assert rels[(person, "holdsPosition", org)].title.endswith(title)


def test_a_post_in_a_city_is_no_post_at_the_city(nlp):
    rels = relations(nlp, "Vera Lind, a senior trader in Oslo, sold the bonds.", OFFICE)
    assert not [k for k in rels if k[1] == "holdsPosition"]


# --- a minister with no country written, in an article about one country that names another once ------

MINISTERS = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Chile", "Place"), ("Peru", "Place"),
             ("Chilean Senate", "GovernmentBody")]


@pytest.mark.parametrize("text", [
    "Chile's president reshuffled the cabinet on Monday. Chile faces protests over prices. "
    "Vera Lind will replace Omar Tass as finance minister. Exports to Peru fell.",
    "The Chilean Senate approved the budget. Vera Lind, the new trade minister, said talks would go on. "
    "A delegation from Peru is expected.",
    "Chile cut rates again. Economists in Chile expect more cuts. The finance minister, Vera Lind, said "
    "copper sales held up. Demand from Peru was weak.",
])
def test_a_minister_serves_the_country_the_article_is_about(nlp, text):
    rels = relations(nlp, text, MINISTERS)
    assert ("vera-lind", "holdsPosition", "chile") in rels


@pytest.mark.parametrize("text", [
    # another country named as often: ministers of both may be meeting
    "Chile and Peru met in Lima. Peru hosted the talks and Chile sent envoys. The finance minister, Vera Lind, "
    "spoke first.",
    # a demonym of another country in the sentence
    "Chile cut rates again. Chile's exports fell. Finance Minister Vera Lind said on Peruvian radio that "
    "copper sales to Peru held up.",
])
def test_a_minister_with_another_country_in_view_gets_none(nlp, text):
    rels = relations(nlp, text, MINISTERS)
    assert ("vera-lind", "holdsPosition", "chile") not in rels


@pytest.mark.parametrize("text, name", [
    ("The African Development Bank approved a loan to the port.", "African Development Bank"),
    ("Funds from the European Bank for Reconstruction and Development paid for the plant.",
     "European Bank for Reconstruction and Development"),
    ("The Inter-American Development Bank cut its growth forecast.", "Inter-American Development Bank"),
])
def test_development_banks_are_international_organisations(nlp, text, name):
    from kg.extract.entities import resolve_entities
    from kg.models import Article

    found = {e.name: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))}
    assert found.get(name) == "Organization"


# --- "the company" after a firm named once in passing is the firm the article is about -----------------

def _mentions(nlp, text):
    from kg.extract.entities import resolve_entities
    from kg.models import Article

    return {e.name: len(e.mentions) for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text", [
    "Tarnwell Foods Inc. named a new chief executive on Monday. Tarnwell Foods said Peter Hollis, a former sales "
    "director with Lumetra Steel, will take over in May. Hollis, currently a non-executive director of the "
    "company, praised its staff. Tarnwell Foods shares rose.",
    "Tarnwell Foods Inc. replaced its finance chief. Tarnwell Foods said Mara Quist, previously an auditor at "
    "Lumetra Steel, starts in June. Quist has been a board member of the company since 2019. Tarnwell Foods "
    "shares fell.",
    "Tarnwell Foods Inc. reported higher sales. Tarnwell Foods also said it hired Peter Hollis from Lumetra Steel. "
    "The company expects profits to grow. Tarnwell Foods shares rose.",
])
def test_the_company_after_a_firm_named_in_passing_is_the_main_firm(nlp, text):
    found = _mentions(nlp, text)
    assert found["Tarnwell Foods Inc."] == 4 and found["Lumetra Steel"] == 1


@pytest.mark.parametrize("text", [
    # the firm named just before is the sentence's own subject
    "Tarnwell Foods Inc. reported higher sales. Tarnwell Foods also expanded. Lumetra Steel fell after the "
    "company's chief quit. Tarnwell Foods shares rose.",
    # named as a subject, not in passing
    "Tarnwell Foods Inc. reported higher sales. Tarnwell Foods also expanded. Lumetra Steel cut prices. "
    "The company expects profits to fall. Tarnwell Foods shares rose.",
])
def test_the_company_after_a_firm_in_its_own_right_stays_with_it(nlp, text):
    found = _mentions(nlp, text)
    assert found["Lumetra Steel"] == 2
