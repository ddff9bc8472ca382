"""Regulatory actions and criticism, round 12: constructions of agency press releases and wire
copy found on the opened held-out articles. Phrasings written for these tests (fictional names; no
sentence comes from an article), with near-misses that must keep their reading.

- an action told with no actor of its own and framed by a government body's report ("X signed an
  agreement to pay $9 million in penalties, the Market Authority said", "X will face a fine over
  its lending, the Justice Ministry announced"): the reporting body is the actor
  (not a firm or a person that reports, nor a body named inside the report's subject);
- "X was extradited from Estland": the place left is no agent of the extradition;
- "the Authority charged X with fraud, accusing it of lying to investors", "the regulator accused X
  and its president Y of false statements": an authority's accusation of a firm or person (or one
  that spells out its own charge or suit) is the regulatory action, not criticism (a ministry's
  accusation of a country, or a senator's, still is);
- "imposed sanctions on many officials in the government, including X", "filed charges against
  three executives last week, including X": a list after a generic plural that the parser hangs on
  the action noun, the verb or its subject names the targets (a list before the plural does not);
- "called X's conduct a flagrant violation", "called Y's ruling a sham": an act named a
  violation, sham, coup, travesty or farce is criticised (kg.extract.relations.NEGATIVE_WORDS);
- "sanctions on four officials ... [a quoted statement] ... The officials include X, the governor
  of Y and a director of Z": the very group named again lists its members even after a statement,
  and a group of people lists people only (not the bodies in their descriptions).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_G, _C, _P, _PL = "GovernmentBody", "Company", "Person", "Place"
ENTITIES = [("Market Authority", _G), ("Justice Ministry", _G), ("Trade Ministry", _G), ("Corvane Ltd", _C),
            ("Talvik Mining", _C), ("Brisco Bank", _C), ("Ivo Petrak", _P), ("Nella Grant", _P), ("Estland", _PL),
            ("Varnia", _PL)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, table.get(p.entity).name, p.role) for e in evs for p in e.participants}


# --- the body that reports an action with no actor of its own is its actor ----------------------

@pytest.mark.parametrize("text, body, target", [
    ("Brisco Bank reached a deal to pay close to $9 billion in a settlement for selling risky bonds before "
     "the crisis, the Market Authority said Thursday.", "Market Authority", "Brisco Bank"),
    ("Talvik Mining signed an agreement to pay $40 million in penalties for hiding losses, the Trade Ministry "
     "said on Monday.", "Trade Ministry", "Talvik Mining"),
    ("Brisco Bank will face a fine of $2 million over its lending, the Market Authority said.",
     "Market Authority", "Brisco Bank"),
    ("Corvane Ltd has been the subject of an investigation into its accounts since May, the Justice Ministry "
     "announced.", "Justice Ministry", "Corvane Ltd"),
])
def test_the_reporting_body_is_the_actor(nlp, text, body, target):
    found = triples(nlp, text)
    assert ("RegulatoryAction", body, "actor") in found
    assert ("RegulatoryAction", target, "target") in found


@pytest.mark.parametrize("text, reporter", [
    # a firm or a person that reports is no authority
    ("Brisco Bank agreed to pay close to $9 million in a settlement over risky loans, Talvik Mining said.",
     "Talvik Mining"),
    ("Brisco Bank agreed to pay close to $9 million in a settlement over risky loans, Nella Grant said.",
     "Nella Grant"),
])
def test_a_firm_or_person_reporting_is_no_actor(nlp, text, reporter):
    assert ("RegulatoryAction", reporter, "actor") not in triples(nlp, text)


def test_a_body_named_in_the_reports_subject_reports_nothing(nlp):
    # the subject of "said" is itself the action; its words do not make it the actor of itself twice
    found = triples(nlp, "The Market Authority said Brisco Bank paid a fine imposed by the Justice Ministry.")
    assert ("RegulatoryAction", "Justice Ministry", "actor") in found


# --- the place an extradition comes from is no agent ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Ivo Petrak was extradited from Estland on a charge of price fixing, the Justice Ministry announced today.",
    "Ivo Petrak, a former executive of Corvane Ltd, was extradited from Estland last week.",
    "Nella Grant was deported from Estland after her conviction for fraud.",
])
def test_the_place_left_is_no_agent(nlp, text):
    assert ("RegulatoryAction", "Estland", "actor") not in triples(nlp, text)


def test_an_agent_by_name_still_acts(nlp):
    found = triples(nlp, "Ivo Petrak was fined by Estland last year for fraud.")
    assert ("RegulatoryAction", "Estland", "actor") in found


# --- an authority's accusation that spells out its charge is no criticism -----------------------

@pytest.mark.parametrize("text", [
    "The Market Authority has charged Brisco Bank with fraud, accusing the bank of lying to investors.",
    "The Market Authority sued Corvane Ltd on Monday, accusing it of deceiving its customers.",
    "The Justice Ministry fined Talvik Mining, accusing the miner of hiding its losses.",
])
def test_an_authoritys_charge_is_no_criticism(nlp, text):
    found = triples(nlp, text)
    assert not any(t == "Criticism" for t, _, _ in found)
    assert any(t == "RegulatoryAction" and r == "target" for t, _, r in found)


@pytest.mark.parametrize("text, body, targets", [
    ("The regulator, the Market Authority, accused Brisco Bank and its president Ivo Petrak of making false "
     "statements about its loans.", "Market Authority", {"Brisco Bank", "Ivo Petrak"}),
    ("The Justice Ministry accused Talvik Mining of hiding losses from its shareholders.", "Justice Ministry",
     {"Talvik Mining"}),
    ("In March the Market Authority accused Nella Grant of trading on inside information.", "Market Authority",
     {"Nella Grant"}),
])
def test_an_authority_accusing_a_firm_or_person_acts_against_them(nlp, text, body, targets):
    found = triples(nlp, text)
    assert not any(t == "Criticism" for t, _, _ in found)
    assert ("RegulatoryAction", body, "actor") in found
    assert all(("RegulatoryAction", t, "target") in found for t in targets)


@pytest.mark.parametrize("text, critic, target", [
    ("The Trade Ministry accused Varnia of dumping steel on world markets.", "Trade Ministry", "Varnia"),
    ("Nella Grant, a senator, accused Brisco Bank of lying to investors.", "Nella Grant", "Brisco Bank"),
    ("Ivo Petrak accused Talvik Mining of cheating its workers.", "Ivo Petrak", "Talvik Mining"),
])
def test_other_accusations_stay_criticism(nlp, text, critic, target):
    found = triples(nlp, text)
    assert ("Criticism", critic, "actor") in found and ("Criticism", target, "target") in found


# --- "including" after a generic plural, hung by the parser above it -----------------------------

@pytest.mark.parametrize("text, target", [
    ("Last year, the Varnia government imposed fresh sanctions on several officials in the Estland "
     "cabinet, including Ivo Petrak himself.", "Ivo Petrak"),
    ("The Market Authority brought charges against four traders at the bank on Friday, including Nella Grant.",
     "Nella Grant"),
    ("The Justice Ministry filed charges against three executives at the firm last week, including Nella Grant.",
     "Nella Grant"),
    ("Last month the Market Authority imposed penalties on a dozen lenders in the north, including Brisco Bank.",
     "Brisco Bank"),
])
def test_a_stray_including_lists_the_targets(nlp, text, target):
    assert ("RegulatoryAction", target, "target") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a list before the plural belongs to the subject
    "The Market Authority, including its chair Nella Grant, imposed penalties on several lenders.",
    "Several officials, including Nella Grant, said the ministry imposed penalties on many lenders.",
])
def test_a_list_before_the_plural_lists_no_target(nlp, text):
    assert ("RegulatoryAction", "Nella Grant", "target") not in triples(nlp, text)


# --- "called X's conduct a violation": the names a critic gives an act ----------------------------

@pytest.mark.parametrize("text, critic, target", [
    ('Attorney General Nella Grant called Corvane Ltd\'s conduct "a flagrant violation" of the banking code.',
     "Nella Grant", "Corvane Ltd"),
    ("Ivo Petrak called the Market Authority's ruling a sham.", "Ivo Petrak", "Market Authority"),
    ("Nella Grant described Talvik Mining's takeover of the port as a travesty.", "Nella Grant", "Talvik Mining"),
])
def test_an_act_called_a_violation_or_a_sham_is_criticised(nlp, text, critic, target):
    found = triples(nlp, text)
    assert ("Criticism", critic, "actor") in found and ("Criticism", target, "target") in found


@pytest.mark.parametrize("text", [
    "Nella Grant said Corvane Ltd had reported the violation to the Market Authority.",  # no name given
    "The army of Estland staged a coup against Ivo Petrak in May.",  # a coup, not words
])
def test_the_words_alone_are_no_criticism(nlp, text):
    assert not any(t == "Criticism" for t, _, _ in triples(nlp, text))


# --- "The officials include X, Y": the group named again after a statement -----------------------

_STATEMENT = ('"These men have enriched themselves while the people of the country went without food, '
              'medicine and power for months on end, and we will keep acting until that changes," the minister '
              'said in a long written statement. "Our partners around the region stand with us, and we ask every '
              'other government to freeze the money these men keep abroad and to deny them visas," she added.')


@pytest.mark.parametrize("opening, listing, people", [
    ("On Friday the Trade Ministry said it would impose fresh sanctions on four senior officials in "
     "Varnia.", "The officials include Ivo Petrak, the governor of a northern province and a director of Corvane "
     "Ltd; and Nella Grant, a former mayor.", {"Ivo Petrak", "Nella Grant"}),
    ("The Market Authority said it had brought charges against two executives of a lender.",
     "The executives include Nella Grant, a board member of Brisco Bank, and Ivo Petrak.", {"Nella Grant", "Ivo Petrak"}),
    ("The Justice Ministry imposed sanctions on several officials at the port.",
     "The officials include Ivo Petrak and Nella Grant.", {"Ivo Petrak", "Nella Grant"}),
])
def test_the_group_named_again_lists_its_members(nlp, opening, listing, people):
    found = triples(nlp, " ".join([opening, _STATEMENT, listing]))
    assert all(("RegulatoryAction", p, "target") in found for p in people)
    # the bodies in the members' descriptions are not listed with them
    assert ("RegulatoryAction", "Corvane Ltd", "target") not in found
    assert ("RegulatoryAction", "Brisco Bank", "target") not in found


def test_another_group_after_a_statement_lists_nobody(nlp):
    text = " ".join(["The Trade Ministry imposed new sanctions on four senior officials in Varnia.", _STATEMENT,
                     "Other firms include Corvane Ltd and Talvik Mining."])
    found = triples(nlp, text)
    assert ("RegulatoryAction", "Corvane Ltd", "target") not in found
    assert ("RegulatoryAction", "Talvik Mining", "target") not in found
