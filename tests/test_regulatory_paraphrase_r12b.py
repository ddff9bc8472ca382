"""Regulatory actions in paraphrase, round 12 (second half): a settlement or payment told from the
firm's side, and an act the text leaves undone. Phrasings written for these tests (fictional names;
no sentence comes from an article), with near-misses that must not give the action.

- a firm's payment to, or settlement with, a government body, with no penalty noun: "X agreed to
  pay $3 million to the Authority", "X will pay the Authority $3 million", "the Authority said X had
  agreed to pay $3 million", "X has agreed to pay $3 million, the Authority said", "under an
  agreement with the Authority, X will pay $3 million", "X settled with the Authority for $12
  million", "the Authority settled with X", "X reached a settlement with the Authority": the body
  is the actor, the firm the target. Not: a payment for something bought ("paid $2 billion to the
  ministry for a stake"), a payment nobody in authority is told with, one not made ("did not pay"),
  a settlement with a firm by a firm.
- an export ban names the firm cut off: "banned exports to X", "restricted sales of chips to X",
  "barred American firms from selling parts to X", "prohibited companies from doing business with
  X", "blocked shipments to X". Not: a ban on exports to a country (a trade measure), a ban not
  made ("did not ban"), a firm's own rule ("X prohibited its staff from ...").
- an authority's allegation names whom it acts against: "the Authority alleged that X misled
  investors", "in its complaint, the Authority alleged that X ...", "according to the Authority's
  complaint (order, indictment), X ...". Not: a firm's allegation, an
  allegation denied ("did not allege"), "according to the Authority" with no filing.
- a penalty landing on someone in the passive: "X was hit with a $5 million fine by the Authority",
  "has been hit with $9 million in penalties by ...", "was slapped with a fine", "was handed a
  penalty", "was served with a subpoena", "was hit with a fine, the Authority said": the one hit is
  the target, the agent (or the reporting authority) the actor. Not: "was not hit with a fine",
  "was hit with a wave of selling".
- proceedings against someone: "opened formal proceedings against X", "launched legal proceedings
  against X", "brought criminal proceedings against X", "X faces disciplinary proceedings by the
  Authority". Not: "the proceedings of the summit", "filed for bankruptcy proceedings".
- a passive with a "from" phrase before the agent: "X was barred from the industry by the
  Authority", "was banned from public office for five years by ...", "was extradited from Estland
  by ...": the agent acts ("from the industry" names nobody; the place left is no agent).
- an authority's act negated or left to a modal ("did not charge X", "may fine X", "could sanction
  X") is no act; one announced with "will" still is ("said it will investigate X").
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_G, _C, _P = "GovernmentBody", "Company", "Person"
ENTITIES = [("Market Authority", _G), ("Trade Ministry", _G), ("Varnia", "Place"), ("Estland", "Place"), ("Corvane Ltd", _C), ("Talvik Mining", _C),
            ("Brisco Bank", _C), ("Ivo Petrak", _P)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "Corvane Ltd agreed to pay $3 million to the Market Authority.",
    "Corvane Ltd will pay the Market Authority $3 million over its labels.",
    "The Market Authority said Corvane Ltd had agreed to pay $3 million.",
    "Corvane Ltd has agreed to pay $3 million, the Market Authority said on Monday.",
    "Under an agreement with the Market Authority, Corvane Ltd will pay $3 million.",
    "Corvane Ltd settled with the Market Authority for $12 million.",
    "The Market Authority settled with Corvane Ltd last week.",
    "Corvane Ltd reached a $12 million settlement with the Market Authority.",
    "Corvane Ltd paid $4 million for violations of reporting rules, the Market Authority said.",
])
def test_payment_to_or_settlement_with_an_authority(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Market Authority", "actor") in got
    assert ("RegulatoryAction", "Corvane Ltd", "target") in got


@pytest.mark.parametrize("text", [
    "Corvane Ltd paid $2 billion to the Trade Ministry for a stake in Talvik Mining.",
    "Corvane Ltd agreed to pay $3 million to Talvik Mining.",
    "Corvane Ltd did not pay $3 million to the Market Authority.",
    "Corvane Ltd settled with Talvik Mining for $12 million.",
    "Corvane Ltd will pay $3 million in dividends, the Market Authority said.",
])
def test_no_action_in_other_payments(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Corvane Ltd", "target") not in got
    assert ("RegulatoryAction", "Market Authority", "actor") not in got or "did not" in text


@pytest.mark.parametrize("text", [
    "The Market Authority did not charge Brisco Bank.",
    "The Market Authority may fine Brisco Bank next year.",
    "The Market Authority could sanction Brisco Bank over the loans.",
    "The Market Authority has not sued Brisco Bank.",
])
def test_no_action_negated_or_undecided(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Brisco Bank", "target") not in got


@pytest.mark.parametrize("text", [
    "The Market Authority said it will investigate Brisco Bank.",
    "The Market Authority fined Brisco Bank on Monday.",
    "The Market Authority charged Brisco Bank and Ivo Petrak with fraud.",
])
def test_action_done_or_announced_stays(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Brisco Bank", "target") in got


@pytest.mark.parametrize("text", [
    "The Trade Ministry banned exports to Talvik Mining on Friday.",
    "The Trade Ministry restricted sales of drilling parts to Talvik Mining.",
    "The Trade Ministry barred local firms from selling parts to Talvik Mining.",
    "The Trade Ministry prohibited local companies from doing business with Talvik Mining.",
    "The Trade Ministry blocked shipments to Talvik Mining, citing security.",
])
def test_export_ban_names_the_firm_cut_off(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Trade Ministry", "actor") in got
    assert ("RegulatoryAction", "Talvik Mining", "target") in got


@pytest.mark.parametrize("text", [
    "The Trade Ministry banned exports of rice to Varnia on Friday.",
    "The Trade Ministry did not ban sales to Talvik Mining.",
    "Corvane Ltd prohibited its staff from doing business with Talvik Mining.",
])
def test_no_export_ban_on_a_firm(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Talvik Mining", "target") not in got
    assert ("RegulatoryAction", "Varnia", "target") not in got


@pytest.mark.parametrize("text", [
    "The Market Authority alleged that Corvane Ltd misled investors about its reserves.",
    "In its complaint, the Market Authority alleged that Corvane Ltd misled investors.",
    "According to the Market Authority's complaint, Corvane Ltd concealed losses from its clients.",
    "According to the Market Authority's order, Corvane Ltd placed thousands of fake orders.",
])
def test_authority_allegation_names_its_target(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Market Authority", "actor") in got
    assert ("RegulatoryAction", "Corvane Ltd", "target") in got


@pytest.mark.parametrize("text", [
    "Talvik Mining alleged that Corvane Ltd copied its designs.",
    "The Market Authority did not allege that Corvane Ltd misled investors.",
    "According to the Market Authority, Corvane Ltd placed thousands of orders last year.",
])
def test_no_allegation_by_a_firm_or_without_a_filing(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Corvane Ltd", "target") not in got


@pytest.mark.parametrize("text", [
    "Brisco Bank was hit with a $5 million fine by the Market Authority.",
    "Brisco Bank has been hit with $9 million in civil penalties by the Market Authority.",
    "Brisco Bank was slapped with a fine by the Market Authority last week.",
    "Brisco Bank was handed a $5 million penalty by the Market Authority.",
    "Brisco Bank was served with a subpoena by the Market Authority.",
    "Brisco Bank was hit with a $5 million fine, the Market Authority said on Monday.",
])
def test_penalty_landing_on_someone_in_the_passive(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Market Authority", "actor") in got
    assert ("RegulatoryAction", "Brisco Bank", "target") in got


@pytest.mark.parametrize("text", [
    "Brisco Bank was not hit with a fine by the Market Authority.",
    "Brisco Bank was hit with a wave of selling on Monday.",
])
def test_no_penalty_landing(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Brisco Bank", "target") not in got


@pytest.mark.parametrize("text", [
    "The Market Authority has opened formal proceedings against Brisco Bank.",
    "The Market Authority launched legal proceedings against Brisco Bank on Monday.",
    "The Market Authority brought criminal proceedings against Brisco Bank last year.",
    "Brisco Bank faces disciplinary proceedings by the Market Authority.",
])
def test_proceedings_against_someone(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Market Authority", "actor") in got
    assert ("RegulatoryAction", "Brisco Bank", "target") in got


@pytest.mark.parametrize("text", [
    "Ivo Petrak opened the proceedings of the Market Authority on Monday.",
    "Brisco Bank filed for bankruptcy proceedings on Monday.",
])
def test_no_proceedings_against_anyone(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Brisco Bank", "target") not in got
    assert ("RegulatoryAction", "Market Authority", "target") not in got


@pytest.mark.parametrize("text", [
    "Ivo Petrak has been banned from the industry by the Market Authority.",
    "Ivo Petrak was barred from the securities business by the Market Authority.",
    "Ivo Petrak was banned from public office for five years by the Market Authority.",
    "Ivo Petrak was extradited from Estland by the Market Authority on Friday.",
])
def test_agent_after_a_from_phrase(nlp, text):
    got = triples(nlp, text)
    assert ("RegulatoryAction", "Market Authority", "actor") in got
    assert ("RegulatoryAction", "Ivo Petrak", "target") in got
    assert ("RegulatoryAction", "Estland", "actor") not in got
