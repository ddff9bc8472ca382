"""Policies made public in the passive, bids answered by the firm bid for, and support verbs that
tell what someone is blamed for: constructions found wrong or missing on fresh news text, each in
several phrasings written for these tests, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Irma Soltau", "Person"), ("Bram Okafor", "Person"), ("Welland Treasury", "GovernmentBody"),
         ("Pension Ministry", "GovernmentBody"), ("Quarry Board", "GovernmentBody"), ("Corvina Mills", "Company"),
         ("Halden Freight", "Company"), ("Ostra Lumber", "Company"), ("Nebrin Mutual", "Company"),
         ("Welland", "Place")]


def events(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e for e in evs if e.type == etype]


def merged(nlp, text, etype):
    return {(p.entity.split("/")[1], p.role) for e in events(nlp, text, etype) for p in e.participants}


# --- a policy made public in the passive: its maker is the agent -----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The farm subsidy plan unveiled on Tuesday by Finance Minister Irma Soltau drew cheers from growers.", "irma-soltau"),
    ("A pension reform was proposed on Wednesday by the Pension Ministry after months of delay.", "pension-ministry"),
    ("The fuel tax cuts announced Thursday by Prime Minister Bram Okafor will take effect in July.", "bram-okafor"),
    ("Growers welcomed the export package outlined on Monday by the Welland Treasury.", "welland-treasury"),
])
def test_policy_announced_by_agent(nlp, text, actor):
    assert (actor, "actor") in merged(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "The annual report released on Tuesday by Irma Soltau ran to ninety pages.",
    "The new logo unveiled by Corvina Mills on Monday was widely mocked.",
    "A sales plan was presented on Wednesday by Halden Freight to its dealers.",
])
def test_no_policy_without_a_policy_or_a_government_maker(nlp, text):
    assert not events(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text, day", [
    ("The farm subsidy plan unveiled on Tuesday by Finance Minister Irma Soltau would cost four billion crowns.", "2025-06-10"),
    ("The fuel tax cuts announced Wednesday by Prime Minister Bram Okafor will take effect next year.", "2025-06-11"),
    ("A housing package presented on Monday by the Welland Treasury could lift building.", "2025-06-09"),
])
def test_a_done_participle_is_dated_in_the_past(nlp, text, day):
    evs = events(nlp, text, "PolicyAnnouncement")
    assert evs and all(e.date == day for e in evs)


# --- a bid answered by the firm bid for --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The board of Corvina Mills rejected an unsolicited acquisition proposal from Halden Freight on Monday.",
    "Corvina Mills said it had received a buyout offer from Halden Freight.",
    "Corvina Mills's shareholders accepted a cash offer from Halden Freight last week.",
    "Corvina Mills spurned a takeover approach by Halden Freight.",
])
def test_bid_answered_by_the_firm_bid_for(nlp, text):
    assert {("halden-freight", "actor"), ("corvina-mills", "target")} <= merged(nlp, text, "Investment")


@pytest.mark.parametrize("text", [
    "Corvina Mills rejected a job offer from Halden Freight for its finance chief.",
    "Corvina Mills received a supply proposal from Halden Freight on Monday.",
    "Corvina Mills welcomed a settlement offer from Halden Freight over the unpaid invoices.",
])
def test_offers_of_other_things_are_no_investment(nlp, text):
    assert not events(nlp, text, "Investment")


# --- a support verb telling what one is blamed for ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Welland Treasury sanctioned Ostra Lumber on Monday for supporting Nebrin Mutual.",
    "The Quarry Board fined Ostra Lumber over helping Nebrin Mutual hide its losses.",
    "The Welland Treasury accused Ostra Lumber of propping up Nebrin Mutual.",
])
def test_blamed_support_is_no_policy(nlp, text):
    assert not events(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "The Welland Treasury agreed on Monday to bail out Nebrin Mutual.",
    "The Welland Treasury stepped in to rescue Nebrin Mutual last week.",
    "The Welland Treasury moved to support Nebrin Mutual with fresh capital.",
])
def test_support_by_a_government_is_still_policy(nlp, text):
    assert ("nebrin-mutual", "target") in merged(nlp, text, "PolicyAnnouncement")


# --- a firm under an authority's action, or handed one ------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Ostra Lumber is under investigation by the Quarry Board.", "quarry-board"),
    ("Ostra Lumber has come under scrutiny from the Welland Treasury over its accounts.", "welland-treasury"),
    ("Ostra Lumber said on Monday it had received a subpoena from the Quarry Board.", "quarry-board"),
    ("Ostra Lumber received a 2 million dollar fine from the Welland Treasury last week.", "welland-treasury"),
])
def test_firm_under_or_handed_an_action(nlp, text, actor):
    assert {(actor, "actor"), ("ostra-lumber", "target")} <= merged(nlp, text, "RegulatoryAction")


@pytest.mark.parametrize("text", [
    "Ostra Lumber received a 2 million dollar fine from the Welland Treasury last week.",
    "Ostra Lumber got a penalty from the Quarry Board for late filings.",
])
def test_a_penalty_received_is_no_funding(nlp, text):
    assert not events(nlp, text, "Investment")


def test_money_received_from_an_investor_is_still_funding(nlp):
    text = "Ostra Lumber received 2 million dollars from Halden Freight on Monday."
    assert {("halden-freight", "actor"), ("ostra-lumber", "target")} <= merged(nlp, text, "Investment")


# --- the one kept from buying would be the buyer -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Quarry Board sued on Monday seeking to stop Halden Freight from buying Corvina Mills.",
    "The Welland Treasury barred Halden Freight from acquiring Corvina Mills.",
    "A court order prevents Halden Freight from taking over Corvina Mills.",
])
def test_kept_from_buying(nlp, text):
    got = merged(nlp, text, "Investment")
    assert ("halden-freight", "actor") in got and ("corvina-mills", "target") in got
    assert not {("quarry-board", "actor"), ("welland-treasury", "actor")} & got


def test_gaining_from_a_purchase_keeps_the_subject_as_buyer(nlp):
    got = merged(nlp, "Halden Freight profited from buying Corvina Mills.", "Investment")
    assert ("halden-freight", "actor") in got


# --- market moves said with an idiom ---------------------------------------------------------------------

MARKETS = NAMES + [("Marrow Composite", "MarketIndex"), ("Ostra 40", "MarketIndex")]


def moves(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in MARKETS if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return [e for e in evs if e.type == "MarketMove"]


@pytest.mark.parametrize("text, key", [
    ("The Marrow Composite extended its losses in afternoon trade.", "marrow-composite"),
    ("The Ostra 40 snapped a six-session losing streak on Thursday.", "ostra-40"),
    ("The Marrow Composite gave up early gains to close flat.", "marrow-composite"),
    ("The Ostra 40 finished in negative territory for a second day.", "ostra-40"),
    ("Shares of Corvina Mills closed in the red on Thursday.", "corvina-mills"),
    ("Corvina Mills stock has lost a third of its value since March.", "corvina-mills"),
    ("The Marrow Composite lost ground again on Thursday.", "marrow-composite"),
])
def test_market_moves_said_with_an_idiom(nlp, text, key):
    assert any(p.entity.split("/")[1] == key for e in moves(nlp, text) for p in e.participants)


@pytest.mark.parametrize("text", [
    "Corvina Mills lost ground to its rivals in the bread market.",
    "Corvina Mills extended its losses for a third quarter.",
    "The Marrow Composite was rebalanced in the red-brick hall.",
])
def test_idioms_about_firms_or_other_things_are_no_move(nlp, text):
    assert not moves(nlp, text)


# --- a firm giving up a business: an Other event it acts in (the annotators keep policy for governments) ---

@pytest.mark.parametrize("text, firms", [
    ("Corvina Mills has decided to stop milling flour in Welland.", {"corvina-mills"}),
    ("Corvina Mills and Halden Freight announced plans to halt truck assembly in the region.",
     {"corvina-mills", "halden-freight"}),
    ("Ostra Lumber said it had suspended production at its coastal sawmill.", {"ostra-lumber"}),
    ("Ostra Lumber will close its last factory in Welland next year.", {"ostra-lumber"}),
])
def test_firm_giving_up_a_business(nlp, text, firms):
    assert {(f, "actor") for f in firms} <= merged(nlp, text, "Other")
    assert not events(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "Workers at Ostra Lumber stopped production on Monday in protest.",
    "Production at Ostra Lumber was halted by the flood.",
    "Ostra Lumber stopped talking to the union.",
    "The Quarry Board fined Ostra Lumber for closing its plant without notice.",
])
def test_no_firm_policy_without_the_firm_deciding_to_stop_a_business(nlp, text):
    assert not any(p.entity.endswith("ostra-lumber") and p.role == "actor"
                   for kind in ("PolicyAnnouncement", "Other") for e in events(nlp, text, kind) for p in e.participants)


def test_a_firm_is_no_actor_of_a_government_policy(nlp):
    # the type rule for policy actors stays: no firm is the actor of a PolicyAnnouncement
    text = "Corvina Mills announced a new pricing policy on Monday."
    assert not events(nlp, text, "PolicyAnnouncement")


# --- indexes listed after a move with the verb left out ----------------------------------------------------

INDEXES = [("Marrow Composite", "MarketIndex"), ("Ostra 40", "MarketIndex"), ("Pelling 100", "MarketIndex"),
           ("Sarnian", "MarketIndex")]


def index_moves(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in INDEXES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {p.entity.split("/")[1]: e.value for e in evs if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("The Marrow Composite rose 1.4 percent, the Ostra 40 0.6 percent and the Pelling 100 0.2 percent.",
     {"marrow-composite": "+1.4%", "ostra-40": "+0.6%", "pelling-100": "+0.2%"}),
    ("In late trade the Ostra 40 slid 2 percent and the Pelling 100 1.1 percent.",
     {"ostra-40": "-2%", "pelling-100": "-1.1%"}),
    ("The Marrow Composite index was up 0.3 percent, the Ostra 40 up 0.9 percent and the Pelling 100 down 0.4 percent.",
     {"marrow-composite": "+0.3%", "ostra-40": "+0.9%", "pelling-100": "-0.4%"}),
])
def test_gapped_index_moves(nlp, text, expected):
    got = index_moves(nlp, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "The Marrow Composite rose 1.4 percent, outpacing the Ostra 40.",
    "The Marrow Composite rose 1.4 percent, its best day since the Ostra 40 was launched.",
    "The Marrow Composite, which tracks the Ostra 40 closely, was unchanged.",
])
def test_an_index_named_beside_a_move_without_a_figure_did_not_move(nlp, text):
    assert "ostra-40" not in index_moves(nlp, text)


# --- the official who announces an action done to someone acts in it -----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("U.S. Attorney Bram Okafor announced today that Irma Soltau was sentenced to six years in prison.", "bram-okafor"),
    ("Attorney General Bram Okafor said Irma Soltau had been indicted on bribery counts.", "bram-okafor"),
    ("Irma Soltau was charged with embezzlement, U.S. Attorney Bram Okafor announced on Monday.", "bram-okafor"),
    ("Ostra Lumber was fined 2 million dollars, the Quarry Board said on Monday.", "quarry-board"),
])
def test_announcing_official_is_the_actor(nlp, text, actor):
    assert (actor, "actor") in merged(nlp, text, "RegulatoryAction")


@pytest.mark.parametrize("text", [
    "Irma Soltau was charged with embezzlement, a former colleague said.",
    "Irma Soltau was charged with embezzlement, Corvina Mills said in a statement.",
    "Ostra Lumber was fined by the Welland Treasury, the Quarry Board said.",
])
def test_no_announcer_actor_without_an_authority_announcing(nlp, text):
    got = merged(nlp, text, "RegulatoryAction")
    assert not {("corvina-mills", "actor"), ("quarry-board", "actor")} & got


# --- a union of states announces policies as a government does ------------------------------------------

def bloc_policies(nlp, text, intergovernmental=True):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [("Coastal States Union", "Organization"), ("Welland", "Place")])
    if intergovernmental:
        table.get("organization/coastal-states-union").ontology_class = "InternationalOrganization"
    evs = extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))
    return {(p.entity.split("/")[1], p.role) for e in evs if e.type == "PolicyAnnouncement" for p in e.participants}


@pytest.mark.parametrize("text", [
    "The Coastal States Union adopted new rules on fishing quotas on Monday.",
    "The Coastal States Union unveiled a stimulus package for its poorer members.",
    "The Coastal States Union on Tuesday approved a plan to cut farm subsidies.",
])
def test_union_of_states_announces_policy(nlp, text):
    assert ("coastal-states-union", "actor") in bloc_policies(nlp, text)


@pytest.mark.parametrize("text", [
    "The Coastal States Union adopted new rules on fishing quotas on Monday.",
    "The Coastal States Union unveiled a stimulus package for its poorer members.",
])
def test_other_organisations_announce_no_policy(nlp, text):
    assert ("coastal-states-union", "actor") not in bloc_policies(nlp, text, intergovernmental=False)
