"""Relations: two precision fixes of round 14 (constructions that recur in diplomacy and deal news).

- a state office whose holder's country is not written is not the country the holder travels to:
  "Trade Minister X flew to the U.S.", "Finance Minister X is on a visit to the U.S.", "Deputy
  Prime Minister X is on an official trip to the U.S.", "President X will visit the U.S." (the
  destination, as the object of "to" after a verb of going or of "visit", is not the office's
  country); a country named otherwise in the sentence still is ("Trade Minister X said that the
  U.S. would cut tariffs");
- two title holders written side by side, each with a title of their own ("Peru's trade minister
  A and Chile's trade minister B met", "Chile's foreign minister A and Peru foreign minister B"):
  the second holds only the post written before the second name, not the first holder's; a
  plural title over a list of names ("Orvel Dairy's co-founders, A and B,") is still each one's;
- a person named after a firm's possessive with no title ("Orvel Capital's X said in a note",
  "Kelso Research's X expects") belongs to it (memberOf, as the annotators record "X with Y"), beside
  the untitled post; not a titled post ("Orvel Capital's chief economist X"), nor an outlet's
  reporter ("VOA's X reports", recorded only as optional);
- a place that names another body's branch ("X, president of the Dallas Fed", the branch not read
  as a name of its own) is not where the title is held; "mayor of Tarnville", "president of Chile"
  and "head of the Tarnville branch of Orvel Bank" still are;
- the learned reader's post in a body named as a place "X-based" ("X, a Tarnville-based analyst",
  a city's name taken for its government) is where X works from, not a post;
- "the country" after a demonym in its sentence ("Chilean officials said the country's exchange
  fell") is the demonym's country, not the country named last; none when the article does not name
  that country ("Bolivian officials said the country's ...");
- a post in a body named only as a cabinet ("Cabinet Chief X", "British Cabinet minister X", "X, a
  Cabinet minister,") is the country's, as the annotators record it (the demonym's country, else the
  one the article is about; the cabinet kept when no country is plain).

Every name is invented (countries are real, as the country test needs); the entity table is
given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Tomas Brell", "Person"), ("Ivo Pelt", "Person"),
        ("Orvel Dairy", "Company"), ("Kelso Foods", "Company"), ("Chile", "Place"), ("Peru", "Place"),
        ("U.S.", "Place")]

AFTER = " Chile wants lower tariffs. Chile exports copper. Chile sells wine. The U.S. imports copper."


# --- a destination is not the office's country -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade Minister Omar Tass flew to the U.S. on Monday for talks on tariffs.",
    "Finance Minister Omar Tass is on a visit to the U.S. this week.",
    "Deputy Prime Minister Omar Tass is on an official trip to the U.S. this week.",
    "President Omar Tass will visit the U.S. next month.",
])
def test_destination_is_not_the_office_country(nlp, text):
    rels = relations(nlp, text + AFTER, CAST)
    assert ("omar-tass", "holdsPosition", "u-s") not in rels


def test_country_travelled_to_is_not_the_office_country(nlp):
    text = "Trade Minister Omar Tass traveled to Peru on Monday for talks on tariffs." + \
        " Chile wants lower tariffs. Chile exports copper. Chile sells wine. Peru imports copper."
    assert ("omar-tass", "holdsPosition", "peru") not in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Trade Minister Omar Tass said on Monday that the U.S. would cut tariffs.",
    "Trade Minister Omar Tass of the U.S. flew to Peru on Monday.",
])
def test_country_not_travelled_to_still_holds(nlp, text):
    rels = relations(nlp, text + " The U.S. wants lower tariffs. The U.S. exports copper. Chile sells wine.", CAST)
    assert ("omar-tass", "holdsPosition", "u-s") in rels


# --- side-by-side title holders ---------------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Peru's trade minister Omar Tass and Chile's trade minister Vera Lind met in Lima.", "peru", "chile"),
    ("Chile's finance minister Vera Lind and Peru's finance minister Omar Tass agreed on a loan.", "chile", "peru"),
    ("Chile's foreign minister Vera Lind and Peru foreign minister Omar Tass signed the treaty.", "chile", "peru"),
    ("Chile's labour minister Vera Lind and Peru's labour minister Omar Tass held talks on Friday.", "chile", "peru"),
])
def test_second_holder_keeps_only_own_title(nlp, text, first, second):
    rels = relations(nlp, text, CAST)
    names = [n for n in ("omar-tass", "vera-lind") if (n, "holdsPosition", first) in rels]
    assert len(names) == 1
    other = "vera-lind" if names[0] == "omar-tass" else "omar-tass"
    assert (other, "holdsPosition", second) in rels
    assert (other, "holdsPosition", first) not in rels


@pytest.mark.parametrize("text, predicate", [
    ("Orvel Dairy's co-founders, Tomas Brell and Ivo Pelt, spoke to reporters.", "founded"),
    ("Orvel Dairy's directors, Tomas Brell and Ivo Pelt, resigned on Monday.", "holdsPosition"),
])
def test_plural_title_over_a_list_is_each_ones(nlp, text, predicate):
    rels = relations(nlp, text, CAST)
    assert ("tomas-brell", predicate, "orvel-dairy") in rels
    assert ("ivo-pelt", predicate, "orvel-dairy") in rels


# --- a firm's person, named after its possessive -------------------------------------------------------

AFFILIATES = CAST + [("Orvel Capital", "Company"), ("Kelso Research", "Organization"), ("Vantor Bank", "Company"),
                     ("VOA", "MediaOutlet")]


@pytest.mark.parametrize("text, person, org", [
    ("\"Rates will rise,\" Orvel Capital's Tomas Brell said in a note.", "tomas-brell", "orvel-capital"),
    ("Kelso Research's Ivo Pelt expects a rebound in the second half.", "ivo-pelt", "kelso-research"),
    ("Analysts were cautious. Vantor Bank's Vera Lind said the selloff was overdone.", "vera-lind", "vantor-bank"),
])
def test_possessive_affiliation_is_membership(nlp, text, person, org):
    rels = relations(nlp, text, AFFILIATES)
    assert (person, "memberOf", org) in rels
    assert (person, "holdsPosition", org) in rels


@pytest.mark.parametrize("text, person, org", [
    ("Orvel Capital's chief economist Tomas Brell said rates would rise.", "tomas-brell", "orvel-capital"),
    ("VOA's Vera Lind reports from the capital.", "vera-lind", "voa"),
])
def test_titled_post_or_reporter_is_no_membership(nlp, text, person, org):
    assert (person, "memberOf", org) not in relations(nlp, text, AFFILIATES)


# --- a place naming another body's branch -------------------------------------------------------------

BRANCHES = [("Tomas Brell", "Person"), ("Federal Reserve", "GovernmentBody", ["Fed"]), ("Dallas", "Place"),
            ("Orvel Bank", "Company"), ("Tarnville", "Place"), ("Chile", "Place")]


@pytest.mark.parametrize("text", [
    "Tomas Brell, president of the Dallas Fed, said rates may rise.",
    "Tomas Brell was president of the Dallas Fed from 2004 to 2010.",
    "Tomas Brell, the president of the Dallas Fed, spoke on Monday.",
])
def test_place_naming_a_branch_holds_no_post(nlp, text):
    assert ("tomas-brell", "holdsPosition", "dallas") not in relations(nlp, text, BRANCHES)


@pytest.mark.parametrize("text, org", [
    ("Tomas Brell, mayor of Tarnville, said the city would cut taxes.", "tarnville"),
    ("Tomas Brell, president of Chile, said the Fed would act.", "chile"),
    ("Tomas Brell, head of the Tarnville branch of Orvel Bank, said demand was weak.", "orvel-bank"),
])
def test_place_or_body_of_the_title_still_holds(nlp, text, org):
    assert ("tomas-brell", "holdsPosition", org) in relations(nlp, text, BRANCHES)


# --- the learned reader: an "X-based" place is no employer -----------------------------------------------

BASED = [("Ivo Pelt", "Person"), ("Tarnville", "GovernmentBody"), ("Orvel Capital", "Company")]


@pytest.mark.parametrize("text", [
    "\"Nobody can say how this ends,\" said Ivo Pelt, a Tarnville-based analyst.",
    "\"The risks are rising,\" observed Ivo Pelt, a Tarnville-based political analyst.",
    "Ivo Pelt, a Tarnville-based economist, said the plan would fail.",
])
def test_based_place_is_no_employer(nlp, text):
    assert ("ivo-pelt", "holdsPosition", "tarnville") not in relations(nlp, text, BASED)


def test_based_analyst_at_a_firm_still_holds(nlp):
    text = "\"Nobody can say how this ends,\" said Ivo Pelt, a Tarnville-based analyst at Orvel Capital."
    assert ("ivo-pelt", "holdsPosition", "orvel-capital") in relations(nlp, text, BASED)


# --- "the country" after a demonym in its sentence ----------------------------------------------------

def _country_of(nlp, text, cast):
    from datetime import date

    from kg.extract.patterns import ArticleContext
    from kg.models import Article
    from test_relations import make_table

    doc = nlp(text)
    ctx = ArticleContext.build(doc, make_table(doc, cast), Article(id="t", text=text, published=date(2024, 5, 8)))
    toks = [t for t in doc if t.lower_ == "country"]
    return ctx.key(toks[-1])


COUNTRIES = [("Chile", "Place"), ("Peru", "Place"), ("Vera Lind", "Person")]


@pytest.mark.parametrize("text, country", [
    ("Peru halted trading on Monday, while Chilean officials said the country's main exchange fell 9 percent.", "place/chile"),
    ("Peru's bonds rallied. Vera Lind said the biggest worry for the Chilean economy is the country's debt.", "place/chile"),
    ("Chile's index rose. Peruvian lawmakers said on Friday that the country needs new taxes.", "place/peru"),
])
def test_the_country_is_the_demonyms(nlp, text, country):
    assert _country_of(nlp, text, COUNTRIES) == country


@pytest.mark.parametrize("text", [
    "Peru halted trading on Monday, while Bolivian officials said the country's main exchange fell 9 percent.",
    "Chile's bonds rallied. Argentine lawmakers said on Friday that the country needs new taxes.",
])
def test_the_country_of_an_unnamed_demonym_is_not_another(nlp, text):
    assert _country_of(nlp, text, COUNTRIES) is None


def test_the_country_without_a_demonym_is_the_last_named(nlp):
    text = "Peru's exports fell in May. Vera Lind said the country needs new markets."
    assert _country_of(nlp, text, COUNTRIES) == "place/peru"


# --- a cabinet post is the country's ---------------------------------------------------------------------

CABINET = [("Vera Lind", "Person"), ("Cabinet", "GovernmentBody"), ("Chile", "Place"), ("Peru", "Place"),
           ("Tarn Party", "PoliticalParty")]
BRITISH = [("Vera Lind", "Person"), ("British Cabinet", "GovernmentBody"), ("United Kingdom", "Place")]


@pytest.mark.parametrize("text, cast, country", [
    ("Chile unveiled a plan on Monday. The plan will be run by Cabinet Chief Vera Lind, who may run for "
     "president. Chile expects growth.", CABINET, "chile"),
    ("The United Kingdom will cope, British Cabinet minister Vera Lind told a radio station on Friday.", BRITISH,
     "united-kingdom"),
    ("Chile cut taxes. Vera Lind, a Cabinet minister, said Chile would grow. Chile expects growth.", CABINET, "chile"),
])
def test_cabinet_post_is_the_countrys(nlp, text, cast, country):
    rels = relations(nlp, text, cast)
    assert ("vera-lind", "holdsPosition", country) in rels
    assert not any(k[1] == "holdsPosition" and "cabinet" in k[2] for k in rels)


@pytest.mark.parametrize("text, org", [
    ("Chile cut taxes. Vera Lind, chair of the Tarn Party, said Chile would grow.", "tarn-party"),
    ("Chile and Peru signed a deal. Cabinet Chief Vera Lind said Peru and Chile would both gain.", "cabinet"),
])
def test_other_bodies_or_no_country_keep_the_body(nlp, text, org):
    assert ("vera-lind", "holdsPosition", org) in relations(nlp, text, CABINET)
