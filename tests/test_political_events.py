"""Criticism, meetings and offices (Other) in the constructions political news uses, on sentences
written for these tests: each construction in several phrasings, with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.relations import extract_relations
from kg.extract.table import EntityTable
from kg.models import Article

THURSDAY = date(2025, 3, 13)
PEOPLE = [("Lena Varga", "Person"), ("Odo Brandt", "Person"), ("Pia Kross", "Person"), ("Valdoria", "Place"),
          ("Ostmark", "Place"), ("Harbor Party", "PoliticalParty"), ("Quarry Mining", "Company"),
          ("Grain Council", "GovernmentBody")]


def _facts(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in PEOPLE if e[0] in text])
    article = Article(id="t", text=text, published=THURSDAY)
    return extract_events(doc, table, article), extract_relations(doc, table, article)


def triples(nlp, text, etype):
    evs, _ = _facts(nlp, text)
    return {(etype, p.entity.split("/")[1], p.role) for e in evs if e.type == etype for p in e.participants}


def criticized(nlp, text):
    _, rels = _facts(nlp, text)
    return {(r.subject.split("/")[1], r.object.split("/")[1]) for r in rels if r.predicate == "criticized"}


# --- criticism --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lena Varga blamed Odo Brandt for the collapse of the coalition.",
    "Lena Varga has blamed the fuel shortages on Odo Brandt.",
    "Odo Brandt was blamed by Lena Varga for the delays at the border.",
])
def test_blame_is_criticism(nlp, text):
    assert {("Criticism", "lena-varga", "actor"), ("Criticism", "odo-brandt", "target")} <= triples(
        nlp, text, "Criticism")
    assert ("lena-varga", "odo-brandt") in criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Lena Varga lashed out at Odo Brandt during a televised debate.",
    "On Tuesday Lena Varga hit out at Ostmark over its fishing quotas.",
    "Lena Varga took aim at Odo Brandt in her closing speech.",
    "Lena Varga railed against the Grain Council at a rally in the capital.",
    "Lena Varga spoke out against Odo Brandt after the vote.",
])
def test_phrasal_verbs_of_criticism(nlp, text):
    got = triples(nlp, text, "Criticism")
    assert ("Criticism", "lena-varga", "actor") in got
    assert {t for _, t, r in got if r == "target"} & {"odo-brandt", "ostmark", "grain-council"}


@pytest.mark.parametrize("text", [
    "Lena Varga hit Odo Brandt's car while parking.",
    "Lena Varga spoke out at the rally with Odo Brandt beside her.",
    "Lena Varga took aim with a rifle beside Odo Brandt.",
    "Lena Varga blamed the weather for the cancelled visit.",
])
def test_no_criticism_without_the_phrase_or_a_named_target(nlp, text):
    assert not triples(nlp, text, "Criticism")
    assert not criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Accusations against Ostmark from Valdoria multiplied this week.",
    "Criticism of Ostmark by Valdoria grew sharper after the vote.",
    "Valdoria has leveled fresh accusations against Ostmark.",
    "Valdoria's accusations against Ostmark were rejected in the assembly.",
])
def test_criticism_noun_with_its_critic(nlp, text):
    assert {("Criticism", "valdoria", "actor"), ("Criticism", "ostmark", "target")} <= triples(nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Odo Brandt faced fierce criticism from Lena Varga on Monday.",
    "Odo Brandt rejected the accusations by Lena Varga as baseless.",
    "Odo Brandt drew a sharp rebuke from Lena Varga.",
])
def test_who_faces_criticism_from_a_critic_is_its_target(nlp, text):
    assert {("Criticism", "lena-varga", "actor"), ("Criticism", "odo-brandt", "target")} <= triples(
        nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Odo Brandt faced fierce criticism over the budget.",
    "Odo Brandt rejected the accusations on Monday.",
    "Lena Varga faced questions from Odo Brandt about the budget.",
])
def test_criticism_faced_with_no_named_critic_has_no_actor(nlp, text):
    assert not {r for _, _, r in triples(nlp, text, "Criticism")} & {"actor"}
    assert not criticized(nlp, text)


@pytest.mark.parametrize("text", [
    "Lena Varga called Odo Brandt a liar.",
    "Lena Varga described Odo Brandt as a dictator in the making.",
    "Lena Varga branded Odo Brandt a traitor on Friday.",
])
def test_calling_someone_a_name_is_criticism(nlp, text):
    assert ("lena-varga", "odo-brandt") in criticized(nlp, text)


def test_calling_someone_a_title_is_no_criticism(nlp):
    assert not criticized(nlp, "Lena Varga called Odo Brandt a friend and a partner.")


# --- offices given and taken away (Other) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lena Varga appointed Odo Brandt as finance minister on Monday.",
    "Odo Brandt was appointed interior minister by Lena Varga last week.",
    "Lena Varga named Odo Brandt prime minister on Tuesday.",
    "Lena Varga reinstated Odo Brandt as head of the army.",
    "Odo Brandt's appointment by Lena Varga was announced on Monday.",
])
def test_appointment_by_someone(nlp, text):
    assert {("Other", "lena-varga", "actor"), ("Other", "odo-brandt", "target")} <= triples(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Lena Varga sacked Odo Brandt on Monday.",
    "Lena Varga dismissed Odo Brandt as defense minister after the scandal.",
    "Odo Brandt was removed from office by Lena Varga in March.",
    "Odo Brandt was ousted by Lena Varga after a week of protests.",
    "The dismissal of Odo Brandt by Lena Varga shocked the party.",
])
def test_removal_from_office(nlp, text):
    assert {("Other", "lena-varga", "actor"), ("Other", "odo-brandt", "target")} <= triples(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Odo Brandt was named chief executive of Quarry Mining on Monday.",
    "Quarry Mining named Odo Brandt its new chairman on Tuesday.",
    "Odo Brandt was ousted as leader of the Harbor Party.",
])
def test_the_body_of_the_office_is_a_target(nlp, text):
    got = triples(nlp, text, "Other")
    assert ("Other", "odo-brandt", "target") in got
    assert {k for _, k, _ in got} & {"quarry-mining", "harbor-party"}


@pytest.mark.parametrize("text", [
    "A man named Odo Brandt was arrested in the port.",
    "The report named Odo Brandt as a witness to the fraud.",
    "Lena Varga dismissed Odo Brandt's claims as nonsense.",
    "Lena Varga removed Odo Brandt's name from the guest list.",
    "Lena Varga will appoint Odo Brandt next week.",
    "Lena Varga could fire Odo Brandt.",
    "Lena Varga did not sack Odo Brandt.",
    "Lena Varga is expected to name Odo Brandt as finance minister.",
    "Lena Varga succeeded in cutting taxes.",
])
def test_no_office_change_when_none_happened(nlp, text):
    assert not triples(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Lena Varga succeeded Odo Brandt as prime minister in 2019.",
    "Lena Varga replaced Odo Brandt as chairman of Quarry Mining.",
    "In May, Lena Varga succeeded Odo Brandt as leader of the Harbor Party.",
])
def test_successor_and_predecessor(nlp, text):
    got = triples(nlp, text, "Other")
    assert {k for _, k, _ in got} >= {"lena-varga", "odo-brandt"}


# --- elections won, lost and conceded; offices taken ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Lena Varga was re-elected on Sunday.",
    "Lena Varga was reelected president on Sunday.",
    "The Harbor Party was re-elected with a larger majority.",
])
def test_re_election(nlp, text):
    got = triples(nlp, text, "Other")
    assert {k for _, k, _ in got} & {"lena-varga", "harbor-party"}


def test_hoping_to_be_re_elected_is_no_event(nlp):
    assert not triples(nlp, "Lena Varga hopes to be re-elected next year.", "Other")


@pytest.mark.parametrize("text", [
    "Odo Brandt conceded defeat to Lena Varga on Sunday.",
    "Odo Brandt has conceded the election to Lena Varga.",
    "Late on Sunday Odo Brandt conceded the race to Lena Varga.",
])
def test_conceding_names_both_candidates(nlp, text):
    assert {("Other", "lena-varga", "subject"), ("Other", "odo-brandt", "subject")} <= triples(nlp, text, "Other")


def test_conceding_a_point_is_no_election(nlp):
    assert not triples(nlp, "Odo Brandt conceded that Lena Varga had a point about taxes.", "Other")


@pytest.mark.parametrize("text", [
    "The Harbor Party won 41 seats in the new parliament.",
    "The Harbor Party won a majority in the assembly on Sunday.",
    "Lena Varga won a second term on Sunday.",
    "Lena Varga was inaugurated as president on Monday.",
])
def test_seats_majorities_terms_and_inaugurations(nlp, text):
    got = triples(nlp, text, "Other")
    assert {k for _, k, _ in got} & {"lena-varga", "harbor-party"}


# --- meetings: guests received, calls -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Odo Brandt was received by Lena Varga on Monday.",
    "Odo Brandt was hosted by Lena Varga at her residence.",
    "Odo Brandt was welcomed by Lena Varga at the airport on Monday.",
])
def test_guest_received_by_a_host(nlp, text):
    assert {("Meeting", "lena-varga", "chair"), ("Meeting", "odo-brandt", "attendee")} <= triples(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Lena Varga spoke with Odo Brandt by phone on Monday.",
    "Lena Varga talked to Odo Brandt over the telephone on Friday.",
    "Lena Varga spoke by phone with Odo Brandt about the border.",
])
def test_phone_call_is_a_meeting(nlp, text):
    assert {("Meeting", "lena-varga", "chair"), ("Meeting", "odo-brandt", "attendee")} <= triples(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "The proposal was received by Lena Varga on Monday.",
    "Odo Brandt was well received by investors.",
    "Lena Varga spoke with Odo Brandt about the border.",
    "Lena Varga spoke to reporters by phone.",
    "Lena Varga will speak with Odo Brandt by phone next week.",
])
def test_no_meeting_without_a_guest_or_a_call(nlp, text):
    assert not triples(nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Lena Varga chaired a meeting of the Grain Council on Monday.",
    "Lena Varga convened an emergency meeting of the Grain Council.",
    "Lena Varga presided over a session of the Grain Council in March.",
])
def test_who_chairs_a_meeting_of_a_body_is_its_chair(nlp, text):
    assert {("Meeting", "lena-varga", "chair"), ("Meeting", "grain-council", "attendee")} <= triples(
        nlp, text, "Meeting")


@pytest.mark.parametrize("text", [
    "Lena Varga and Odo Brandt signed the accord after talks in the capital.",
    "Lena Varga and Odo Brandt issued a joint statement after talks on Monday.",
    "Lena Varga and Odo Brandt spoke to reporters after their meeting.",
])
def test_acting_after_talks_is_taking_part(nlp, text):
    got = triples(nlp, text, "Meeting")
    assert {k for _, k, _ in got} >= {"lena-varga", "odo-brandt"}


@pytest.mark.parametrize("text", [
    "Odo Brandt met Lena Varga, the prime minister of Valdoria, on Monday.",
    "Odo Brandt held talks with Lena Varga, the president of Valdoria.",
    "Odo Brandt hosted Lena Varga, the foreign minister of Valdoria, on Friday.",
])
def test_a_place_in_a_title_is_no_venue(nlp, text):
    got = triples(nlp, text, "Meeting")
    assert {("Meeting", "odo-brandt", "chair"), ("Meeting", "lena-varga", "attendee")} <= got
    assert ("Meeting", "valdoria", "location") not in got


@pytest.mark.parametrize("text, role", [
    # taking power
    ("Lena Varga came to power in 2019.", "subject"),
    ("Lena Varga took power after the coup in 2019.", "subject"),
    ("Lena Varga assumed office on Monday.", "subject"),
    ("Lena Varga assumed the presidency in January.", "subject"),
    ("Lena Varga took over as prime minister on Monday.", "subject"),
    # leaving an office
    ("Lena Varga left office in 2020.", "actor"),
    ("Lena Varga quit as chief executive of Quarry Mining on Monday.", "actor"),
    ("Lena Varga left the presidency after two terms.", "actor"),
    # an election won, named by a noun
    ("Lena Varga's victory in the presidential election surprised analysts.", "subject"),
    ("Following Lena Varga's win over Odo Brandt, the currency rallied.", "subject"),
    ("The election of Lena Varga as president was confirmed on Monday.", "subject"),
    ("Lena Varga's landslide election victory ended a decade of coalition rule.", "subject"),
])
def test_offices_taken_and_left_and_elections_won(nlp, text, role):
    assert ("Other", "lena-varga", role) in triples(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Lena Varga will leave office in June.",
    "Lena Varga left the capital on Monday.",
    "Lena Varga hopes to come to power next year.",
    "Lena Varga's victory in court ended the dispute.",
    "Lena Varga hopes for a win at the tennis final.",
    "Lena Varga celebrated her team's win on Sunday.",
])
def test_no_office_or_election_when_none_happened(nlp, text):
    assert not triples(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Lena Varga condemned the attack by Ostmark on Monday.",
    "Lena Varga denounced the arrest of Pia Kross by the Grain Council.",
    "Lena Varga condemned Ostmark's annexation of the islands.",
])
def test_condemning_a_deed_targets_its_doer(nlp, text):
    got = triples(nlp, text, "Criticism")
    assert ("Criticism", "lena-varga", "actor") in got
    assert {k for _, k, r in got if r == "target"} & {"ostmark", "grain-council"}
    assert ("Criticism", "pia-kross", "target") not in got  # whom it was done to is not criticised


@pytest.mark.parametrize("text", [
    "Lena Varga, a fierce critic of Odo Brandt, spoke first.",
    "Lena Varga has long been a vocal critic of Odo Brandt.",
    "Odo Brandt's critics, including Lena Varga, say the plan will fail.",
])
def test_named_a_critic(nlp, text):
    evs, _ = _facts(nlp, text)
    (c,) = [e for e in evs if e.type == "Criticism"]
    assert {(p.entity.split("/")[1], p.role) for p in c.participants} == {("lena-varga", "actor"),
                                                                        ("odo-brandt", "target")}
    assert c.date is None  # being a critic is a state, not a dated act


@pytest.mark.parametrize("text", [
    "Lena Varga urged Odo Brandt to resign over the scandal.",
    "Lena Varga called on Odo Brandt to step down on Monday.",
    "Lena Varga demanded that Odo Brandt resign.",
])
def test_calling_for_a_resignation_is_criticism(nlp, text):
    assert {("Criticism", "lena-varga", "actor"), ("Criticism", "odo-brandt", "target")} <= triples(
        nlp, text, "Criticism")


@pytest.mark.parametrize("text", [
    "Lena Varga urged Odo Brandt to visit the port.",
    "Lena Varga asked Odo Brandt to stay for dinner.",
    "Lena Varga, a former colleague of Odo Brandt, spoke first.",
])
def test_no_criticism_in_other_requests_or_appositions(nlp, text):
    assert not triples(nlp, text, "Criticism")


@pytest.mark.parametrize("text, etype", [
    ("President Lena Varga and President Odo Brandt held talks on Monday.", "Meeting"),
    ("Premier Lena Varga held a summit with Chancellor Odo Brandt in March.", "Meeting"),
    ("President Lena Varga held a meeting with Premier Odo Brandt on Friday.", "Meeting"),
    ("Chancellor Lena Varga and Premier Odo Brandt signed the accord on Monday.", "Other"),
])
def test_talks_held_or_an_accord_signed_is_no_policy(nlp, text, etype):
    evs, _ = _facts(nlp, text)
    assert {e.type for e in evs} == {etype}  # the learned reader's "held" or "signed" policy is dropped
