"""Relations from constructions common in news that the rules used to miss (round 6, recall).

Each construction has several phrasings written for these tests (different names, verbs and
word orders) and negatives that look alike. The entity table is given by hand, so a failure
names the relation rule, not entity recognition.
"""

from __future__ import annotations

import pytest

from test_relations import relations


# --- a state's office with no holder written: the country the text is about ---------------------

@pytest.mark.parametrize("text, title", [
    ("Portugal has a new cabinet. Rui Mota named his new Foreign Minister, Elsa Pinto, on Monday.",
     "Foreign Minister"),
    ("Portugal has a new cabinet. The Finance Minister is the economist Elsa Pinto.", "Finance Minister"),
    ("Portugal has a new cabinet. Elsa Pinto becomes Deputy Prime Minister and Minister of Fisheries.",
     "Deputy Prime Minister"),
    ("Portugal has a new cabinet. Elsa Pinto was sworn in as Prime Minister this morning.", "Prime Minister"),
])
def test_state_office_without_holder_is_the_countrys(nlp, text, title):
    rels = relations(nlp, text, [("Portugal", "Place"), ("Rui Mota", "Person"), ("Elsa Pinto", "Person")])
    r = rels[("elsa-pinto", "holdsPosition", "portugal")]
    assert title in r.title


@pytest.mark.parametrize("text", [
    # a union's, a club's and a party's president are no state's
    "Portugal has a new cabinet. The union president, Elsa Pinto, criticised it.",
    "Portugal has a new cabinet. Elsa Pinto, president of the chess club, criticised it.",
    "Portugal has a new cabinet. Elsa Pinto, the party president, criticised it.",
    # two countries in the sentence: whose minister is not said
    "Portugal and Spain signed a deal. The Finance Minister is Elsa Pinto.",
])
def test_other_offices_are_not_the_countrys(nlp, text):
    rels = relations(nlp, text, [("Portugal", "Place"), ("Spain", "Place"), ("Elsa Pinto", "Person")])
    assert ("elsa-pinto", "holdsPosition", "portugal") not in rels
    assert ("elsa-pinto", "holdsPosition", "spain") not in rels


def test_a_minister_in_an_article_naming_two_countries_gets_none(nlp):
    text = "Portugal and Spain held talks. Later, Elsa Pinto was voted in as finance minister."
    rels = relations(nlp, text, [("Portugal", "Place"), ("Spain", "Place"), ("Elsa Pinto", "Person")])
    assert not [k for k in rels if k[0] == "elsa-pinto"]


# --- "named X as acting CEO of Y": the one named holds the post, never the one naming -----------

@pytest.mark.parametrize("text", [
    "President Joe Carver on Wednesday named Lena Marsh, a veteran editor at Radio Vesta, as acting CEO of "
    "the Office of Global Broadcasting.",
    "Joe Carver on Tuesday appointed Lena Marsh as interim CEO of the Office of Global Broadcasting.",
    "Lena Marsh was named as acting CEO of the Office of Global Broadcasting on Friday.",
])
def test_named_as_acting_title(nlp, text):
    rels = relations(nlp, text, [("Joe Carver", "Person"), ("Lena Marsh", "Person"), ("Radio Vesta", "MediaOutlet"),
                                 ("Office of Global Broadcasting", "GovernmentBody")])
    assert ("lena-marsh", "holdsPosition", "office-of-global-broadcasting") in rels
    assert ("joe-carver", "holdsPosition", "office-of-global-broadcasting") not in rels


def test_acting_status_is_kept(nlp):
    rels = relations(nlp, "Joe Carver on Tuesday appointed Lena Marsh as interim CEO of the Office of Global "
                          "Broadcasting.",
                     [("Joe Carver", "Person"), ("Lena Marsh", "Person"),
                      ("Office of Global Broadcasting", "GovernmentBody")])
    assert rels[("lena-marsh", "holdsPosition", "office-of-global-broadcasting")].status in ("acting", "interim")


# --- a description set before the subject: "A member of X, NAME took ..." ------------------------

@pytest.mark.parametrize("text, predicate", [
    ("A member of the Green Rally party, Dinesh Varma took his oath on Friday.", "memberOf"),
    ("A longtime member of the Green Rally, Maria Lopez won the seat.", "memberOf"),
    ("A former executive at the Green Rally, Maria Lopez joined the board in May.", "holdsPosition"),
    ("A senior economist at the Green Rally, John Carter said rates would fall.", "holdsPosition"),
])
def test_fronted_description_of_the_subject(nlp, text, predicate):
    people = [("Dinesh Varma", "Person"), ("Maria Lopez", "Person"), ("John Carter", "Person")]
    rels = relations(nlp, text, people + [("Green Rally", "PoliticalParty")])
    assert [k for k in rels if k[1] == predicate and k[2] == "green-rally"]


@pytest.mark.parametrize("text", [
    "A critic of the Green Rally, John Carter said rates would fall.",
    "A member of the Green Rally said John Carter would win the seat.",
])
def test_fronted_words_that_are_no_post(nlp, text):
    rels = relations(nlp, text, [("John Carter", "Person"), ("Green Rally", "PoliticalParty")])
    assert ("john-carter", "memberOf", "green-rally") not in rels
    assert ("john-carter", "holdsPosition", "green-rally") not in rels


# --- "board chair X", "company president X" in an article about one firm -------------------------

@pytest.mark.parametrize("text", [
    "Velt Bank shares fell. Board Chair Hedda Larsen said the panel had not met.",
    "Velt Bank sold a unit. Velt Bank shares fell. Board chairman Hedda Larsen declined to comment.",
    "Velt Bank shares fell. Company president Hedda Larsen declined to comment.",
])
def test_board_title_in_an_article_about_one_firm(nlp, text):
    rels = relations(nlp, text, [("Velt Bank", "Company"), ("Hedda Larsen", "Person")])
    assert ("hedda-larsen", "holdsPosition", "velt-bank") in rels


def test_board_title_with_two_firms_gets_none(nlp):
    rels = relations(nlp, "Velt Bank and Tarn Group merged. Board chairman Hedda Larsen said the panel had not met.",
                     [("Velt Bank", "Company"), ("Tarn Group", "Company"), ("Hedda Larsen", "Person")])
    assert not [k for k in rels if k[0] == "hedda-larsen"]


# --- a post "in" a firm's unit -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenji Mori, who was a deputy general manager in Orca Lines' car carrier division, admitted the scheme.",
    "Kenji Mori, who was a senior manager in the trading unit of Orca Lines, pleaded guilty.",
    "Kenji Mori, a former trader in Orca Lines' London office, pleaded guilty.",
])
def test_post_in_a_unit_of_a_firm(nlp, text):
    rels = relations(nlp, text, [("Kenji Mori", "Person"), ("Orca Lines", "Company"), ("London", "Place")])
    assert ("kenji-mori", "holdsPosition", "orca-lines") in rels


def test_a_trade_in_a_market_is_no_post(nlp):
    rels = relations(nlp, "Kenji Mori, a trader in the bond market of Orca Lines' home town, pleaded guilty.",
                     [("Kenji Mori", "Person"), ("Orca Lines", "Company")])
    assert ("kenji-mori", "holdsPosition", "orca-lines") not in rels


# --- a post named in a relative clause of the organisation ---------------------------------------

@pytest.mark.parametrize("text", [
    "Velt Bank, whose chief executive is John Carter, reported a loss.",
    "Velt Bank, whose chairman John Carter resigned last year, reported a loss.",
    "Shares of Velt Bank, where John Carter is chairman, fell on Monday.",
    "Analysts praised Velt Bank, where John Carter was a trader for ten years.",
])
def test_post_in_a_relative_clause_of_the_organisation(nlp, text):
    rels = relations(nlp, text, [("Velt Bank", "Company"), ("John Carter", "Person")])
    assert ("john-carter", "holdsPosition", "velt-bank") in rels


def test_whose_title_without_a_name_gives_nothing(nlp):
    rels = relations(nlp, "John Carter visited Velt Bank, whose chief executive said profits rose.",
                     [("Velt Bank", "Company"), ("John Carter", "Person")])
    assert ("john-carter", "holdsPosition", "velt-bank") not in rels


# --- a post one only wants is not held -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Maria Lopez hopes to become the next prime minister of Norway.",
    "John Carter is seeking to become chairman of Velt Bank.",
    "John Carter wants to be chairman of Velt Bank.",
    "John Carter will run for president of Norway.",
    "John Carter hopes to serve as chairman of Velt Bank.",
])
def test_wanted_post_is_not_held(nlp, text):
    rels = relations(nlp, text, [("Velt Bank", "Company"), ("John Carter", "Person"), ("Norway", "Place"),
                                 ("Maria Lopez", "Person")])
    assert not [k for k in rels if k[1] == "holdsPosition"]


@pytest.mark.parametrize("text", [
    "John Carter, who wants to sell his house, is chairman of Velt Bank.",
    "John Carter, the chairman of Velt Bank, wants to sell the unit.",
    "John Carter plans to step down as chairman of Velt Bank.",
    "John Carter, who hopes to remain chairman of Velt Bank, spoke on Monday.",
])
def test_held_post_beside_a_verb_of_wanting(nlp, text):
    rels = relations(nlp, text, [("Velt Bank", "Company"), ("John Carter", "Person")])
    assert ("john-carter", "holdsPosition", "velt-bank") in rels


# --- party membership by representing or defecting; a legislator's constituency is no post ------

@pytest.mark.parametrize("text", [
    "MP Corin Baptiste, who represents the Justice Party, declined to take part.",
    "Corin Baptiste, who represents the Justice Party in parliament, declined.",
    "Corin Baptiste defected to the Justice Party last year.",
])
def test_representing_or_joining_a_party_by_defection(nlp, text):
    rels = relations(nlp, text, [("Corin Baptiste", "Person"), ("Justice Party", "PoliticalParty")])
    assert ("corin-baptiste", "memberOf", "justice-party") in rels


def test_representing_a_partys_voters_is_no_membership(nlp):
    rels = relations(nlp, "Corin Baptiste said he represents Justice Party voters too.",
                     [("Corin Baptiste", "Person"), ("Justice Party", "PoliticalParty")])
    assert ("corin-baptiste", "memberOf", "justice-party") not in rels


@pytest.mark.parametrize("text, predicate", [
    ("Vanua Party Leader and Marawaka MP Tevita Kaufa met reporters.", "holdsPosition"),
    ("Vanua Party chairman and local MP Tevita Kaufa met reporters.", "holdsPosition"),
    ("Vanua Party MP Tevita Kaufa met reporters.", "memberOf"),
    ("Tevita Kaufa, a Vanua Party MP, met reporters.", "memberOf"),
])
def test_party_titles_beside_a_constituency(nlp, text, predicate):
    rels = relations(nlp, text, [("Vanua Party", "PoliticalParty"), ("Tevita Kaufa", "Person"), ("Marawaka", "Place")])
    assert ("tevita-kaufa", predicate, "vanua-party") in rels
    assert ("tevita-kaufa", "holdsPosition", "marawaka") not in rels


def test_a_countrys_mp_holds_a_post_there(nlp):
    rels = relations(nlp, "Marawaka lies in Britain. British MP Tevita Kaufa met reporters.",
                     [("Tevita Kaufa", "Person"), ("Marawaka", "Place"), ("Britain", "Place")])
    assert ("tevita-kaufa", "holdsPosition", "britain") in rels
    assert ("tevita-kaufa", "holdsPosition", "marawaka") not in rels


# --- small countries are countries -------------------------------------------------------------

@pytest.mark.parametrize("country", ["Vanuatu", "Tonga", "Samoa", "Seychelles", "Barbados", "Nauru"])
def test_small_countries_are_in_the_gazetteer(country):
    from kg.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(country)
    assert entry is not None and "Country" in entry.classes


# --- a firm described by its place in apposition, the place written "City, State" ----------------

@pytest.mark.parametrize("text", [
    "The SEC charged Tarvex Capital LLC, a Dayton, Ohio, investment adviser, with fraud.",
    "The SEC charged Tarvex Capital LLC, a Dayton investment adviser, with fraud.",
    "Regulators fined Tarvex Capital LLC, a Dayton broker-dealer, last year.",
])
def test_firm_described_by_its_city(nlp, text):
    rels = relations(nlp, text, [("SEC", "GovernmentBody"), ("Tarvex Capital LLC", "Company"),
                                 ("Dayton", "Place"), ("Ohio", "Place")])
    assert ("tarvex-capital-llc", "locatedIn", "dayton") in rels


def test_a_person_described_by_a_city_is_not_placed(nlp):
    rels = relations(nlp, "Tarvex Capital LLC hired Mara Quist, a Dayton lawyer, last year.",
                     [("Tarvex Capital LLC", "Company"), ("Mara Quist", "Person"), ("Dayton", "Place")])
    assert ("tarvex-capital-llc", "locatedIn", "dayton") not in rels


# --- a post with no name as a sentence's subject, its holder introduced by the next sentence -----

@pytest.mark.parametrize("text", [
    "Voters went to the polls. The head of the Orvania Election Commission rejected the criticism. "
    "Kofi Mensah told reporters that the vote was fair.",
    "Velt Bank cut jobs. The bank's chief executive defended the plan. Kofi Mensah said costs were too high.",
    "Orvania's new trade minister resigned within a week. Kofi Mensah, who took office on Monday, gave "
    "no reason.",
])
def test_post_then_its_holder_in_the_next_sentence(nlp, text):
    rels = relations(nlp, text, [("Orvania", "Place"), ("Velt Bank", "Company"), ("Kofi Mensah", "Person"),
                                 ("Orvania Election Commission", "GovernmentBody")])
    assert [k for k in rels if k[0] == "kofi-mensah" and k[1] == "holdsPosition"]


@pytest.mark.parametrize("text", [
    # no one post: "a spokesman"
    "Velt Bank cut jobs. A spokesman defended the plan. Kofi Mensah said costs were too high.",
    # the next sentence's person is not its subject
    "Velt Bank cut jobs. The bank's chief executive defended the plan. Analysts said Kofi Mensah was right.",
    # the person was named before: the post may be someone else's
    "Kofi Mensah criticised Velt Bank. The bank's chief executive defended the plan. Kofi Mensah said costs "
    "were too high.",
])
def test_no_holder_from_the_next_sentence(nlp, text):
    rels = relations(nlp, text, [("Velt Bank", "Company"), ("Kofi Mensah", "Person")])
    assert ("kofi-mensah", "holdsPosition", "velt-bank") not in rels


# --- "Minister of Economy X": the title's head is the word before "of" ---------------------------

@pytest.mark.parametrize("text", [
    "Prices rose in Armenia, Minister of Economy Vahan Kerobyan told reporters on Friday.",
    "Prices rose in Armenia. Minister of Finance Vahan Kerobyan said so on Friday.",
    "Minister of Trade Vahan Kerobyan visited factories across Armenia.",
])
def test_minister_of_a_portfolio_is_the_countrys(nlp, text):
    rels = relations(nlp, text, [("Armenia", "Place"), ("Vahan Kerobyan", "Person")])
    assert ("vahan-kerobyan", "holdsPosition", "armenia") in rels


def test_minister_of_a_portfolio_with_two_countries_gets_none(nlp):
    rels = relations(nlp, "Prices rose in Armenia and Georgia. Minister of Finance Vahan Kerobyan said so.",
                     [("Armenia", "Place"), ("Georgia", "Place"), ("Vahan Kerobyan", "Person")])
    assert not [k for k in rels if k[0] == "vahan-kerobyan"]


@pytest.mark.parametrize("text", [
    "On Monday the National Bank of Rivia (NBR)'s governor Ana Pop spoke at a conference.",
    "Rates held, the Office of Fair Trade (OFT)'s director Ana Pop said.",
])
def test_organisation_with_its_short_form_then_title(nlp, text):
    rels = relations(nlp, text, [("National Bank of Rivia", "GovernmentBody", ("NBR",)),
                                 ("Office of Fair Trade", "GovernmentBody", ("OFT",)), ("Ana Pop", "Person")])
    assert [k for k in rels if k[0] == "ana-pop" and k[1] == "holdsPosition"]


# --- a short form the article defines names its own body, not the gazetteer's --------------------

@pytest.mark.parametrize("long, short", [
    ("National Broadcasting Commission", "NBC"),
    ("Namibian Press Council", "NPC"),
    ("Financial Conduct Board", "FCA"),
])
def test_short_form_defined_in_parentheses_is_the_articles_body(nlp, long, short):
    from datetime import date

    from kg.extract import extract
    from kg.gazetteer import load_gazetteer
    from kg.models import Article

    assert load_gazetteer().lookup(short) is not None  # the gazetteer's own body of that short form
    text = (f"The {long} ({short}) fined two broadcasters on Monday. The {short} said its director, "
            f"Ana Pop, would resign.")
    facts = extract(nlp(text), Article(id="t", text=text, published=date(2025, 3, 12)))
    body = [e for e in facts.entities if short in e.aliases or e.name == short]
    assert len(body) == 1 and body[0].name == long and body[0].gazetteer_id is None


# --- a speaker is the speaker of the one legislature the article names ---------------------------

@pytest.mark.parametrize("text", [
    "Parliament met on Monday. Josia Molu was elected Speaker.",
    "Speaker Josia Molu has remained silent, members of Parliament said.",
    "Members of Parliament asked Speaker Josia Molu to call a vote.",
])
def test_speaker_of_the_one_legislature(nlp, text):
    rels = relations(nlp, text, [("Parliament", "GovernmentBody"), ("Josia Molu", "Person")])
    assert ("josia-molu", "holdsPosition", "parliament") in rels


def test_speaker_with_two_chambers_gets_none(nlp):
    rels = relations(nlp, "The Senate and the House met. Speaker Josia Molu said nothing.",
                     [("Senate", "GovernmentBody"), ("House", "GovernmentBody"), ("Josia Molu", "Person")])
    assert not [k for k in rels if k[0] == "josia-molu"]
