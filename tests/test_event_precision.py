"""Who is NOT a party to an event, and which words are not triggers in the sense read: each
construction on several phrasings written for these tests (no sentence comes from an article),
with the reading that must stay."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import _ipo_sense, _policy_sense, _regulatory_sense, _unreal, extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2024, 5, 8)
_G, _C, _P, _PL = "GovernmentBody", "Company", "Person", "Place"
ENTITIES = [("Market Authority", _G), ("Trade Office", _G), ("Corvane Ltd", _C), ("Talvik Mining", _C),
            ("Brask Foods", _C), ("Nella Grant", _P), ("Ivo Petrak", _P), ("Estland", _PL)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(e.type, p.entity.split("/")[1], p.role) for e in evs for p in e.participants}


def word(nlp, text, form):
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text", [
    "Corvane Ltd said its rival bought a stake in the company last year.",
    "Analysts at Corvane Ltd expect that its competitor will acquire Talvik Mining.",
    "Corvane Ltd's biggest rival agreed to buy Talvik Mining in March.",
])
def test_a_rival_is_not_the_firm_it_rivals(nlp, text):
    found = triples(nlp, text)
    assert ("Investment", "corvane-ltd", "actor") not in found


def test_a_firm_owning_its_own_deal_still_acts(nlp):
    found = triples(nlp, "Corvane Ltd's purchase of Talvik Mining closed on Monday.")
    assert ("Investment", "talvik-mining", "target") in found


@pytest.mark.parametrize("text", [
    "The former finance chief of Corvane Ltd has agreed to pay $3 million to settle fraud charges, the Market "
    "Authority said on Tuesday.",
    "A former director of Corvane Ltd agreed to pay a $400,000 penalty to resolve the charges.",
    "The ex-chairman of Corvane Ltd will pay $1 million to settle the charges, the Market Authority said.",
])
def test_the_body_named_in_a_title_is_not_the_one_penalised(nlp, text):
    found = triples(nlp, text)
    assert ("RegulatoryAction", "corvane-ltd", "target") not in found


@pytest.mark.parametrize("text, person", [
    ("The head of Corvane Ltd, Nella Grant, resigned on Monday.", "nella-grant"),
    ("The chief executive of Talvik Mining, Ivo Petrak, stepped down on Tuesday.", "ivo-petrak"),
])
def test_the_holder_named_beside_the_body_of_a_title_still_acts(nlp, text, person):
    found = triples(nlp, text)
    assert ("Other", person, "actor") in found


@pytest.mark.parametrize("text", [
    "Nella Grant, the officer in charge of the port, met Ivo Petrak on Monday.",
    "Ivo Petrak served as the in-charge of Nella Grant's security for a decade.",
    "The engineer in charge of Corvane Ltd's mine spoke to reporters on Tuesday.",
])
def test_in_charge_of_holds_an_office_and_charges_nobody(nlp, text):
    doc = nlp(text)
    charge = next(t for t in doc if t.lower_ == "charge")
    assert not _regulatory_sense(charge)
    assert not any(t == "RegulatoryAction" for t, _, _ in triples(nlp, text))


@pytest.mark.parametrize("text, form, regulatory", [
    ("Nella Grant apologised for his actions at the shareholder meeting.", "actions", False),
    ("The jury sided with Ivo Petrak in the civil case on Tuesday.", "case", False),
    ("Corvane Ltd regretted its actions during the strike.", "actions", False),
    ("The Market Authority took enforcement action against Corvane Ltd.", "action", True),
    ("The Market Authority brought a case against Corvane Ltd.", "case", True),
    ("The fine followed actions by the Trade Office.", "actions", True),
    ("Nella Grant was charged with fraud.", "charged", True),
])
def test_regulatory_nouns_in_their_regulatory_sense(nlp, text, form, regulatory):
    tok = word(nlp, text, form)
    assert _regulatory_sense(tok) is regulatory or tok.pos_ == "VERB"


@pytest.mark.parametrize("text, form, policy", [
    ("Her first term was cut short by a court ruling in 2011.", "cut", False),
    ("Elections were held for the national parliament last year.", "held", False),
    ("The banks hold large amounts of Corvane Ltd bonds.", "hold", False),
    ("The firm kept quiet about the talks.", "kept", False),
    ("The central bank cut its key rate to 3 percent.", "cut", True),
    ("The Market Authority held interest rates steady on Thursday.", "held", True),
    ("Estland kept its export tax unchanged.", "kept", True),
    ("The parliament approved the budget on Monday.", "approved", True),
])
def test_policy_verbs_of_amount_need_a_policy_to_act_on(nlp, text, form, policy):
    assert _policy_sense(word(nlp, text, form)) is policy


@pytest.mark.parametrize("text, form, unreal", [
    ("The central bank could be ready to raise interest rates in June.", "raise", True),
    ("The regulator may seek to block the merger.", "block", True),
    ("Corvane Ltd might be forced to sell its stake.", "sell", True),
    ("The regulator moved to block the merger on Friday.", "block", False),
    ("Corvane Ltd agreed to sell its stake last week.", "sell", False),
])
def test_a_modal_above_the_trigger_makes_it_unreal(nlp, text, form, unreal):
    assert _unreal(word(nlp, text, form)) is unreal


# constructions the learned reader alone found, now read by the patterns (its threshold rose to 0.95)
@pytest.mark.parametrize("text, actor, target", [
    ("Brask Foods, sanctioned by the Trade Office in 2021, has since closed.", "trade-office", "brask-foods"),
    ("Talvik Mining, sued by the Market Authority over its accounts, lost the case.", "market-authority",
     "talvik-mining"),
    ("The lawsuit the Trade Office filed against Brask Foods in March is still pending.", "trade-office",
     "brask-foods"),
    ("The charges the Market Authority brought against Nella Grant last year were dropped.", "market-authority",
     "nella-grant"),
])
def test_a_participle_or_relative_clause_names_the_authority_and_its_target(nlp, text, actor, target):
    found = triples(nlp, text)
    assert {("RegulatoryAction", actor, "actor"), ("RegulatoryAction", target, "target")} <= found


@pytest.mark.parametrize("text, targets", [
    ("The Market Authority's complaint, filed in federal court, alleges that Nella Grant misled investors.",
     {"nella-grant"}),
    ("The indictment charges that Ivo Petrak and Corvane Ltd paid bribes to officials.", {"ivo-petrak", "corvane-ltd"}),
    ("The Trade Office's lawsuit claims that Brask Foods hid losses from buyers.", {"brask-foods"}),
])
def test_who_a_complaint_alleges_did_wrong_is_its_target(nlp, text, targets):
    found = triples(nlp, text)
    assert {("RegulatoryAction", t, "target") for t in targets} <= found


def test_a_report_that_says_something_is_no_complaint(nlp):
    assert not triples(nlp, "The annual report says that Brask Foods hid losses from buyers.")


@pytest.mark.parametrize("text, body, person", [
    ("Corvane Ltd Chairman Ivo Petrak on Monday announced his resignation after six years.", "corvane-ltd",
     "ivo-petrak"),
    ("Nella Grant, the Trade Office spokeswoman, tendered her resignation on Friday.", "trade-office",
     "nella-grant"),
    ("Talvik Mining finance chief Ivo Petrak submitted his resignation last week.", "talvik-mining", "ivo-petrak"),
])
def test_the_body_in_the_leavers_title_is_the_one_left(nlp, text, body, person):
    found = triples(nlp, text)
    assert {("Other", person, "actor"), ("Other", body, "target")} <= found


def test_a_resignation_without_a_body_names_none(nlp):
    assert triples(nlp, "Ivo Petrak announced his resignation on Monday.") == {("Other", "ivo-petrak", "actor")}


@pytest.mark.parametrize("text, recipient", [
    ("Ivo Petrak said he had sent a letter of resignation to President Nella Grant.", "nella-grant"),
    ("Nella Grant submitted her resignation to Governor Ivo Petrak at his residence on Monday.", "ivo-petrak"),
    ("Ivo Petrak handed his resignation to the chairman, Nella Grant, on Friday.", "nella-grant"),
])
def test_whom_a_resignation_is_handed_to_is_no_party(nlp, text, recipient):
    found = triples(nlp, text)
    assert not any(k == recipient for t, k, _ in found if t == "Other")


@pytest.mark.parametrize("text, ipo", [
    ("Consider its latest offering in this field, a guide to the new rules.", False),
    ("The bank's newest offering is a savings account for children.", False),
    ("Corvane Ltd raised $40 million in its initial public offering.", True),
    ("Talvik Mining priced its share offering at $12.", True),
])
def test_an_offering_is_a_listing_when_public_or_of_shares(nlp, text, ipo):
    assert _ipo_sense(word(nlp, text, "offering")) is ipo


@pytest.mark.parametrize("text", [
    "An aircraft leasing company is suing the Trade Office over a blocked payment.",
    "Two importers sued the Market Authority in March over the new fees.",
    "A shipping firm has filed a lawsuit against the Trade Office.",
])
def test_a_case_brought_against_the_state_is_not_its_regulatory_act(nlp, text):
    assert not any(t == "RegulatoryAction" for t, _, _ in triples(nlp, text))


def test_an_authority_suing_an_authority_still_acts(nlp):
    found = triples(nlp, "The Market Authority sued the Trade Office over its fees.")
    assert ("RegulatoryAction", "market-authority", "actor") in found


@pytest.mark.parametrize("text", [
    "The Trade Office fined an Estland telecommunications company $900,000 for exporting radios.",
    "The Market Authority charged two Estland businessmen with fraud.",
    "The Trade Office sanctioned an Estland shipping firm on Monday.",
])
def test_a_place_describing_an_unnamed_party_is_not_the_target(nlp, text):
    found = triples(nlp, text)
    assert ("RegulatoryAction", "estland", "target") not in found
    assert ("RegulatoryAction", "market-authority", "actor") in found or (
        "RegulatoryAction", "trade-office", "actor") in found


def test_sanctions_on_a_country_still_target_it(nlp):
    found = triples(nlp, "The Trade Office imposed sanctions on Estland and its banks.")
    assert ("RegulatoryAction", "estland", "target") in found


@pytest.mark.parametrize("text, target", [
    ("Corvane Ltd has agreed to pay $4 million to settle fraud charges, the Market Authority said on Tuesday.",
     "corvane-ltd"),
    ("The Market Authority said Thursday that Ivo Petrak agreed to pay a $2 million fine to settle the charges.",
     "ivo-petrak"),
    ("The Trade Office said Brask Foods will pay a $600,000 penalty.", "brask-foods"),
])
def test_the_authority_reporting_a_penalty_paid_imposed_it(nlp, text, target):
    found = triples(nlp, text)
    authority = "market-authority" if "Market" in text else "trade-office"
    assert {("RegulatoryAction", authority, "actor"), ("RegulatoryAction", target, "target")} <= found


def test_a_firm_reporting_its_own_penalty_is_not_the_authority(nlp):
    found = triples(nlp, "Talvik Mining said Brask Foods will pay a $600,000 penalty.")
    assert ("RegulatoryAction", "talvik-mining", "actor") not in found


@pytest.mark.parametrize("text, buyer", [
    ("The biggest deal of the week was the $3 billion purchase of Talvik Mining by Corvane Ltd.", "corvane-ltd"),
    ("Another large deal was the $2 billion acquisition of Brask Foods by Talvik Mining.", "talvik-mining"),
    ("Its biggest deal so far remains the 2019 acquisition of Talvik Mining by Corvane Ltd.", "corvane-ltd"),
    ("The takeover of Brask Foods by Corvane Ltd closed on Monday.", "corvane-ltd"),
])
def test_the_by_phrase_of_a_deal_is_never_what_is_bought(nlp, text, buyer):
    found = triples(nlp, text)
    assert ("Investment", buyer, "target") not in found
    assert any(t == "Investment" and r == "target" for t, _, r in found)
