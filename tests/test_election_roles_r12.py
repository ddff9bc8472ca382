"""Election roles, round 12: who declares a winner and where the vote was held.

- "the commission declared X the winner", "X was declared the winner by the board": the body that
  declares the result acts in the election event (Other), beside the winner;
- "declared X the next president (of C)": a declared office, like "winner", makes X the winner;
- a country the winner's, the declarer's or the contest's phrase names ("C's electoral board",
  "C's President X", "the candidate of the opposition in C, X, won") is where the vote was held;
- near-misses: a declaration with no winner ("declared a state of emergency") gives no election,
  a city in the phrase is no country, and a country named only in a quote is not taken.

Sentences and names written for these tests (fictional people and bodies; real country names only).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_G, _P, _PL = "GovernmentBody", "Person", "Place"
ENTITIES = [("Electoral Board", _G), ("Vote Council of Portugal", _G), ("Election Office", _G),
            ("Ana Sousa", _P), ("Ivo Petrak", _P), ("Portugal", _PL), ("Chile", _PL), ("Port Tarn", _PL)]


def triples(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text, declarer", [
    ("The Electoral Board declared Ana Sousa the winner of Sunday's presidential runoff.", "Electoral Board"),
    ("Late on Monday Ana Sousa was declared the runoff's winner by the Electoral Board.", "Electoral Board"),
    ("On Monday the Vote Council of Portugal declared Ana Sousa the next president of Portugal.", "Vote Council of Portugal"),
    ("Chile's Election Office has declared opposition candidate Ana Sousa the winner of the vote.", "Election Office"),
])
def test_the_body_that_declares_a_winner_acts_in_the_election(nlp, text, declarer):
    found = triples(nlp, text)
    assert ("Other", "Ana Sousa", "subject") in found, found
    assert ("Other", declarer, "actor") in found, found


@pytest.mark.parametrize("text, country", [
    ("Chile's Election Office has declared opposition candidate Ana Sousa the winner of the vote.", "Chile"),
    ("On Monday the Vote Council of Portugal declared Ana Sousa the next president of Portugal.", "Portugal"),
    ("Chile's President Ana Sousa was declared the victor in last week's presidential ballot.", "Chile"),
    ("Portugal's opposition leader Ana Sousa won Sunday's presidential election by a wide margin.", "Portugal"),
])
def test_a_country_the_phrases_name_is_where_the_vote_was_held(nlp, text, country):
    found = triples(nlp, text)
    assert ("Other", "Ana Sousa", "subject") in found, found
    assert ("Other", country, "location") in found, found


@pytest.mark.parametrize("text", [
    "The Electoral Board declared a state of emergency in Port Tarn on Monday.",
    "Ana Sousa declared that the winner of the contest would be named soon.",
])
def test_a_declaration_without_a_winner_gives_no_election(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "Other"}


def test_a_city_is_not_where_a_national_vote_was_held(nlp):
    found = triples(nlp, "The Port Tarn office of the Electoral Board declared Ana Sousa the winner of the runoff.")
    assert ("Other", "Ana Sousa", "subject") in found, found
    assert not {t for t in found if t[2] == "location"}, found


def test_a_country_named_only_in_a_quote_is_not_taken(nlp):
    found = triples(nlp, 'Ivo Petrak was declared winner of Sunday\'s ballot after voters said "Portugal needs change".')
    assert ("Other", "Ivo Petrak", "subject") in found, found
    assert not {t for t in found if t[2] == "location"}, found


# --- a count of votes won ----------------------------------------------------------------------------
# "Y won nearly seven million votes": "win" with a count of votes and no election noun is a
# candidate's share of the count (the election reading took "win" first and gave up without
# an election noun, so the share reading never saw it). A firm's share of a market is none.

@pytest.mark.parametrize("text", [
    "The chairman said Ana Sousa, a former minister, won close to seven million votes, far ahead of the others.",
    "Ana Sousa won 12 million votes on Sunday, officials said.",
    "Ana Sousa won more than 40 percent of the ballots cast, the count showed.",
])
def test_a_count_of_votes_won_makes_a_candidate(nlp, text):
    assert ("Other", "Ana Sousa", "subject") in triples(nlp, text)


def test_a_share_of_a_market_won_is_no_vote(nlp):
    found = triples(nlp, "Ana Sousa's firm won 30 percent of the market last year.")
    assert not {t for t in found if t[0] == "Other"}, found
