"""Event roles, round 10: who is NOT a party to an event although named in its clause, and the
parties an event's construction names. Each construction on several phrasings written for these
tests (fictional names; no sentence comes from an article), with near-misses that must keep their
reading.

- a place that only describes a party ("a Tarn lawyer", "Tarn, Estland-based firm X"): where the
  party is from, not the party;
- the agency of a wire dateline ("TARN, May 3 (Kestrel News) -"): it carried the story;
- firms that investigate, study or review a deal themselves: no regulatory inquiry;
- an index that "had" or "experienced" its worst fall moves (a firm's "loss" or "drop in sales" does not);
- the learned role reader's parties stay near their trigger: a speaker several clauses above an
  election is no party to it;
- who buys a business sold "to" them ("sold its unit to Z", "sold his assets to Y and his son Z")
  invests;
- "Estland's index fell 6% and Varnia's 10%": the place whose index is left out moves;
- "pay fines totaling $9 million to X", "pay $2 million in penalties to X": the authority X acts;
- "a complaint filed by Y on behalf of X": the authority X acts, it is no target;
- "an investigation of violations of Estland sanctions": whose law is broken is no target;
- a meeting cancelled, postponed or ordered ended ("to end all talks with X") is no meeting;
- an election named as a time ("until after the election", "to run in the election") has no parties.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2024, 5, 8)
_G, _C, _P, _PL, _M, _O = "GovernmentBody", "Company", "Person", "Place", "MediaOutlet", "Organization"
ENTITIES = [("Market Authority", _G), ("Trade Office", _G), ("Corvane Ltd", _C), ("Talvik Mining", _C),
            ("Brask Foods", _C), ("Nella Grant", _P), ("Ivo Petrak", _P), ("Estland", _PL), ("Varnia", _PL),
            ("Port Tarn", _PL), ("Kestrel News", _M), ("Halden Index", "MarketIndex"), ("Novapress", _M),
            ("Harrier", _M), ("Delmar Group", _O)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(e.type, p.entity.split("/")[1], p.role) for e in evs for p in e.participants}


def parties(found, key):
    return {(t, r) for t, k, r in found if k == key}


# --- a place that only describes the party -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Port Tarn director and a film company have been indicted on fraud charges, the Market Authority said.",
    "The Market Authority charged a Port Tarn lawyer with insider trading on Monday.",
    "The Market Authority accused a Port Tarn investor of hiding losses from clients.",
])
def test_a_place_describing_a_person_is_not_the_party(nlp, text):
    found = triples(nlp, text)
    assert not parties(found, "port-tarn"), found
    assert ("market-authority" in {k for _, k, _ in found}), found


@pytest.mark.parametrize("text", [
    "Port Tarn, Estland-based brokerage firm Corvane Ltd will pay fines of $3 million to the Market Authority.",
    "Port Tarn, Estland-based lender Corvane Ltd was fined $2 million by the Market Authority on Friday.",
    "Port Tarn, Estland-based trading house Corvane Ltd agreed to pay a penalty of $4 million.",
])
def test_a_town_and_region_based_describe_the_firm_named_after_them(nlp, text):
    found = triples(nlp, text)
    assert not parties(found, "port-tarn") and not parties(found, "estland"), found
    assert ("RegulatoryAction", "corvane-ltd", "target") in found


@pytest.mark.parametrize("text, place", [
    ("The Trade Office imposed sanctions on Estland on Monday.", "estland"),
    ("The Market Authority fined Corvane Ltd, a Port Tarn-based lender, on Monday.", "corvane-ltd"),
    ("Estland authorities fined Corvane Ltd $3 million on Tuesday.", "estland"),
])
def test_a_place_acted_on_or_acting_stays(nlp, text, place):
    assert parties(triples(nlp, text), place)


# --- the agency of a wire dateline ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "KORVEN, Nov 5 (Harrier) – Thousands of protesters marched in the capital on Sunday, calling for the "
    "resignation of Governor Nella Grant.",
    "MELDA, Nov 5 (Novapress) – Thousands of protesters marched in the capital on Friday, urging the "
    "resignation of President Nella Grant.",
    "KORVEN, Nov 5 (Novapress) – Thousands of farmers marched in the capital on Sunday, calling for the "
    "resignation of Prime Minister Nella Grant over fuel prices.",
])
def test_a_wire_agency_in_the_dateline_takes_no_part(nlp, text):
    found = triples(nlp, text)
    assert not parties(found, "novapress") and not parties(found, "harrier"), found
    assert ("Criticism", "nella-grant", "target") in found


@pytest.mark.parametrize("text", [
    "KORVEN, Nov 5 (Harrier) – Novapress called for the resignation of Governor Nella Grant on Monday.",
    "Novapress called for the resignation of Governor Nella Grant on Monday.",
])
def test_an_outlet_in_the_story_may_still_act(nlp, text):
    assert ("Criticism", "novapress", "actor") in triples(nlp, text)


# --- firms looking into a deal themselves ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Both companies are investigating a possible tie-up between Corvane Ltd and Talvik Mining since June.",
    "The two firms are investigating a combination of Corvane Ltd and Brask Foods, they said on Monday.",
    "Corvane Ltd has been probing a merger with Talvik Mining for the past month.",
    "The banks had spent weeks investigating a potential merger of Corvane Ltd and Brask Foods.",
])
def test_firms_weighing_a_deal_are_no_regulatory_inquiry(nlp, text):
    found = triples(nlp, text)
    assert not {f for f in found if f[0] == "RegulatoryAction"}, found


@pytest.mark.parametrize("text", [
    "The Market Authority is investigating the merger between Corvane Ltd and Talvik Mining.",
    "Estland said it will investigate Corvane Ltd over its accounts.",
    "Corvane Ltd said the Market Authority had begun to investigate Talvik Mining.",
])
def test_an_authority_inquiring_stays_a_regulatory_action(nlp, text):
    found = triples(nlp, text)
    assert {f for f in found if f[0] == "RegulatoryAction" and f[2] == "target"}, found


# --- a market move told as what an index "had" or "experienced" --------------------------------

@pytest.mark.parametrize("text", [
    "Traders said the country's main stock exchange (Halden Index) had its worst one-day fall ever.",
    "The Halden Index had its biggest drop in a decade on Monday.",
    "The Halden Index experienced its sharpest decline in years on Thursday.",
    "The Halden Index had a strong rally on Tuesday after the vote.",
])
def test_an_index_having_a_fall_moves(nlp, text):
    assert ("MarketMove", "halden-index", "subject") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvane Ltd had a loss of $3 million last year.",
    "Corvane Ltd had a drop in sales of 5% last year.",
    "Corvane Ltd suffered a fall in profits last quarter.",
    "Nella Grant had a fall at her home on Monday.",
])
def test_a_result_or_a_stumble_is_no_market_move(nlp, text):
    assert not {f for f in triples(nlp, text) if f[0] == "MarketMove"}


# --- a party far from the trigger, through a chain of clauses -----------------------------------

@pytest.mark.parametrize("text", [
    "Former finance minister Ivo Petrak told a court on Thursday that he could give details of a bribery "
    "scheme, which could hurt Nella Grant's chances of winning a seat in the next election.",
    "Former trade minister Nella Grant told a panel on Monday that she could give details of a secret fund, "
    "which could hurt Ivo Petrak's chances of standing in the spring election.",
    "Former central banker Ivo Petrak told a court on Friday that he could name officials in a kickback ring, "
    "which could end Nella Grant's chances of competing in the presidential election.",
])
def test_the_speaker_far_from_an_election_is_no_party_to_it(nlp, text):
    found = triples(nlp, text)
    assert not {f for f in found if f[0] == "Other"}, found


@pytest.mark.parametrize("text, party", [
    ("Nella Grant won the presidential election on Sunday.", "nella-grant"),
    ("Ivo Petrak lost the election to Nella Grant in May.", "ivo-petrak"),
])
def test_the_candidates_of_an_election_stay(nlp, text, party):
    assert ("Other", party, "subject") in triples(nlp, text)


# --- the buyers of a business sold "to" them ------------------------------------------------------

@pytest.mark.parametrize("text, buyers", [
    ("In 2019, Ivo Petrak sold his brokerage assets, including his client list, to Delmar Group and his "
     "daughter, Nella Grant, before the audit.", {"delmar-group", "nella-grant"}),
    ("Corvane Ltd sold its cement unit to Talvik Mining for $2 billion.", {"talvik-mining"}),
    ("Corvane Ltd agreed to sell its European operations to Talvik Mining.", {"talvik-mining"}),
    ("Corvane Ltd sold its stake in Brask Foods to Talvik Mining.", {"talvik-mining"}),
])
def test_who_buys_a_business_invests(nlp, text, buyers):
    found = triples(nlp, text)
    assert {k for t, k, r in found if t == "Investment" and r == "actor"} == buyers, found


@pytest.mark.parametrize("text", [
    "Corvane Ltd sold cars to Talvik Mining last year.",
    "Corvane Ltd sold the idea to Talvik Mining in a meeting.",
    "Corvane Ltd sold shares to investors on Monday.",
])
def test_goods_or_ideas_sold_are_no_investment(nlp, text):
    assert not {f for f in triples(nlp, text) if f[0] == "Investment"}


# --- a place's market with its index left out after "'s" -----------------------------------------

@pytest.mark.parametrize("text", [
    "The Port Tarn stock index was off nine percent, while Estland's index fell four percent and Varnia's "
    "seven percent.",
    "Estland's main index fell six percent and Varnia's eight percent.",
    "Estland's benchmark rose 2 percent on Monday, and Varnia's 3 percent.",
])
def test_a_place_after_another_places_index_moves_by_its_own_figure(nlp, text):
    assert ("MarketMove", "varnia", "subject") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Estland's index fell five percent and Varnia's exports rose 3 percent.",
    "Nella Grant's company grew 6 percent and Varnia's 4 percent.",
    "Estland's economy shrank 2 percent and Varnia's 1 percent.",
])
def test_a_place_after_a_figure_of_another_kind_does_not_move(nlp, text):
    assert ("MarketMove", "varnia", "subject") not in triples(nlp, text)


# --- the authority a penalty is paid to -----------------------------------------------------------

@pytest.mark.parametrize("text, bodies", [
    ("Corvane Ltd will pay fines totaling $18.4 million to the Market Authority and the Trade Office.",
     {"market-authority", "trade-office"}),
    ("Corvane Ltd will pay fines and restitution totaling $9 million to the Trade Office.", {"trade-office"}),
    ("Corvane Ltd will pay $2 million in penalties to the Trade Office to resolve the charges.", {"trade-office"}),
])
def test_the_body_paid_a_penalty_imposed_it(nlp, text, bodies):
    found = triples(nlp, text)
    assert {k for t, k, r in found if t == "RegulatoryAction" and r == "actor"} == bodies, found
    assert ("RegulatoryAction", "corvane-ltd", "target") in found


@pytest.mark.parametrize("text", [
    "Corvane Ltd paid $5 million in fees to Talvik Mining for the land.",
    "Corvane Ltd will pay fines totaling $3 million to Talvik Mining.",
])
def test_a_firm_paid_is_no_authority(nlp, text):
    assert not {f for f in triples(nlp, text) if f[0] == "RegulatoryAction" and f[2] == "actor"}


# --- an authority a case is brought "on behalf of" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Under a complaint the Trade Office filed on behalf of the Market Authority, Corvane Ltd is said to have "
    "misled its customers.",
    "A complaint filed on behalf of the Market Authority accuses Corvane Ltd of fraud.",
    "The Trade Office filed a lawsuit on behalf of the Market Authority against Corvane Ltd on Monday.",
    "The Trade Office sued Corvane Ltd on behalf of the Market Authority in May.",
])
def test_the_authority_acted_for_acts_too(nlp, text):
    found = triples(nlp, text)
    assert ("RegulatoryAction", "market-authority", "actor") in found, found
    assert ("RegulatoryAction", "market-authority", "target") not in found


def test_a_firm_acted_for_is_no_authority(nlp):
    found = triples(nlp, "Nella Grant sued Corvane Ltd on behalf of Talvik Mining.")
    assert not {f for f in found if f[1] == "talvik-mining"}


# --- whose law is broken is not who broke it ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvane Ltd was charged with obstruction in connection with the inquiry into alleged violations of "
    "Estland sanctions.",
    "The Market Authority opened an investigation into violations of Estland export laws on Monday.",
    "The Market Authority is probing breaches of Estland rules on payments.",
])
def test_the_owner_of_a_broken_law_is_no_target(nlp, text):
    assert ("RegulatoryAction", "estland", "target") not in triples(nlp, text)


@pytest.mark.parametrize("text, target", [
    ("The Trade Office imposed sanctions on Estland for violations of the ceasefire.", "estland"),
    ("The Market Authority is investigating violations of Corvane Ltd's license.", "corvane-ltd"),
])
def test_a_party_named_elsewhere_stays_the_target(nlp, text, target):
    assert ("RegulatoryAction", target, "target") in triples(nlp, text)


# --- a meeting called off -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Shares fell on Tuesday after Nella Grant ordered her cabinet to end all talks with Ivo Petrak until spring.",
    "Nella Grant cancelled her meeting with Ivo Petrak on Monday.",
    "Nella Grant postponed her meeting with Ivo Petrak until June.",
    "Nella Grant told her envoys to end all talks with Ivo Petrak.",
])
def test_a_meeting_called_off_is_no_meeting(nlp, text):
    assert not {f for f in triples(nlp, text) if f[0] == "Meeting"}


@pytest.mark.parametrize("text", [
    "Nella Grant ended two days of talks with Ivo Petrak on Friday.",
    "Nella Grant held talks with Ivo Petrak on Monday.",
])
def test_a_meeting_held_and_ended_stays(nlp, text):
    assert ("Meeting", "ivo-petrak", "attendee") in triples(nlp, text)


# --- an election that only says when -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Markets fell on Tuesday after Nella Grant ordered her cabinet to stop all contacts with Ivo Petrak until "
    "after the election.",
    "Nella Grant told reporters on Friday that she could reveal a payment scheme, which would threaten Ivo "
    "Petrak's bid to run in the coming election.",
    "Nella Grant told her aides to cut off all dealings with Ivo Petrak until after the vote.",
    "Ivo Petrak urged his staff to halt all work with Nella Grant until after the election.",
])
def test_an_election_named_as_a_time_has_no_parties(nlp, text):
    assert not {f for f in triples(nlp, text) if f[0] == "Other"}
