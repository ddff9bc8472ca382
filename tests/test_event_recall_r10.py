"""Whole events the engine missed on unseen articles (round 10), each a construction with its
verbal and nominal forms:

- governments bound by an agreement when the text signed is named rather than called an
  agreement ("X and Y signed the Coral Sea Partnership", "X ratified the Halvik Convention"),
  when one signs for a government ("the trade envoy signed for Corvania", "X signed the deal on
  behalf of Y": both act), and when the signing is a noun ("the signing of the accord by X and
  Y", "X's ratification of the treaty"); envoys "of" a country stand for it as envoys "from" it
  do ("the trade ministers of X and Y signed the accord"); signers listed after "including" in a
  subject that names none ("several countries, including X and Y, signed the accord") and named
  by a participle's agent ("the accord, signed by X and Y, takes effect in May"); an agreement
  between governments announced or concluded ("Monday's announcement of a trade agreement between
  X and Y", "the conclusion of the treaty between X and Y");
- testimony before a legislature, a Meeting the body chairs and the witness attends ("X
  testified before the Senate Banking Committee", "X appeared before Congress", "X told Congress
  that ...", "X's testimony to ...", "X said in testimony to ...");
- a firm investing in a facility of its own, an Investment the firm makes ("X will build a plant
  in Y", "X announced plans to build a production center", "X plans to invest $1 billion in a new
  factory", "X announced plans for a factory");
- a meeting its host or chair holds alone ("the summit, hosted by X, opened", "talks hosted by X",
  "X chaired the summit in Y", "X chaired an emergency meeting"): X chairs;
- leaving an office, with the body or place left: "X quit as chairman of Y" (the small model
  tags "quit" as a bare participle), "X was forced to resign as CEO of Y", "X stepped down as
  governor of Y", "Y's finance minister, X, resigned", "X, the mayor of Y, resigned", "X's
  departure from Y" (not a trip: "his departure for Z");
- detention and release: "police detained X" (a synonym of arrest), "X was released on bail",
  "X was freed from jail", "X was granted bail" (Other; the detainee is its subject);
- an official telling what the government will do, or warning ("President X said he would cut
  spending", "X announced that the government would raise the minimum wage", "the central bank
  governor warned that rates could rise", "a warning issued by X, the central bank's chairman,
  that ..."): a PolicyAnnouncement the official makes; not a firm's or an economist's warning,
  not the speaker's own plans ("said he would attend", "would not resign"), not a forecast;
- a maker bringing its own goods to market ("X brought its electric cars to market", "X began selling
  its phones in Y") and releases of common goods named by their noun ("X introduced a new tablet",
  "X unveiled two electric trucks"): a ProductRelease X makes;
- a government leaving an agreement ("X withdrew from the accord", "X pulled out of the Y
  Partnership", "President X took Y, its largest market, out of the Z Partnership", "Y's
  withdrawal from the treaty"): a PolicyAnnouncement the leavers make;
- a government privatising or nationalising ("Corvania will privatize X", "X and Y will be
  privatized, the finance minister said", "a move by Z's government to nationalize the pension
  funds", "Z announced the privatization of X"): a PolicyAnnouncement, the firms its targets.

Phrasings written for these tests (invented names), with near misses that must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2025, 3, 12)
NAMES = [("Corvania", "Place"), ("Estrava", "Place"), ("Halvik", "Place"), ("Port Alden", "Place"),
         ("Coral Sea Partnership", "Organization"), ("Halvik Convention", "Organization"),
         ("Mara Quell", "Person"), ("Tobias Renk", "Person"), ("Tomas Lind", "Person"),
         ("Northwind Avionics", "Company"), ("Brennick Rovers", "Organization"), ("Palo Widgets", "Company"),
         ("Sorrel League", "Organization"), ("Petra Vasko", "Person"), ("Kestrel Foods", "Company"), ("Unity Party", "PoliticalParty"),
         ("Senate Banking Committee", "GovernmentBody"), ("Congress", "GovernmentBody")]


def events(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    return extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))


def roles(nlp, text, kind):
    return {(p.entity.split("/")[1], p.role) for e in events(nlp, text) if e.type == kind for p in e.participants}


# --- signing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade ministers from Corvania and Estrava signed the Coral Sea Partnership in Port Alden on Thursday.",
    "The signing of the accord by Corvania and Estrava took place in Port Alden.",
    "Corvania and Estrava's ratification of the treaty took four months.",
    "The trade ministers of Corvania and Estrava signed the accord on Monday.",
    "Several countries, including Corvania and Estrava, signed the accord on Monday.",
    "Some of the region's richest economies, including Corvania and Estrava, signed the deal.",
    "The customs agreement, signed by Corvania and Estrava, takes effect in May.",
    "Monday's announcement of a farm trade agreement between Corvania and Estrava lifted bank shares.",
    "The conclusion of the fisheries treaty between Corvania and Estrava took ten years.",
])
def test_both_governments_sign(nlp, text):
    assert {("corvania", "actor"), ("estrava", "actor")} <= roles(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Trade envoy Mara Quell signed for Corvania.",
    "Mara Quell signed the trade deal for Corvania on Monday.",
    "Mara Quell signed on behalf of Corvania at the ceremony.",
])
def test_one_signs_for_a_government(nlp, text):
    assert {("mara-quell", "actor"), ("corvania", "actor")} <= roles(nlp, text, "Other")


def test_named_convention_ratified(nlp):
    assert ("corvania", "actor") in roles(nlp, "Corvania ratified the Halvik Convention last year.", "Other")


@pytest.mark.parametrize("text", [
    "The young forward signed for Brennick Rovers on Monday.",
    "Mara Quell signed for the parcel at the front desk.",
    "The signing of the contract by Northwind Avionics was delayed.",
    "Corvania praised the signing of the accord.",
    "The announcement of a merger between Palo Widgets and Kestrel Foods surprised analysts.",
])
def test_no_signing_by_a_government(nlp, text):
    assert not roles(nlp, text, "Other")


# --- testimony -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Central bank chief Tomas Lind testified before Congress on Wednesday.",
    "Tomas Lind appeared before Congress for a second day of hearings.",
    "Tomas Lind told Congress that the economy was growing at a moderate pace.",
    "In testimony to Congress, Tomas Lind said rates would stay low.",
    "Tomas Lind's testimony before the Senate Banking Committee calmed the bond market.",
])
def test_testimony_before_a_legislature(nlp, text):
    found = roles(nlp, text, "Meeting")
    assert ("tomas-lind", "attendee") in found
    assert {("congress", "chair"), ("senate-banking-committee", "chair")} & found


@pytest.mark.parametrize("text", [
    "Mara Quell testified at the trial of Tomas Lind.",
    "Tomas Lind told reporters that Congress would act soon.",
    "Tomas Lind appeared before a judge in Port Alden.",
    "Tomas Lind told Palo Widgets that its bid would be blocked.",
])
def test_no_testimony(nlp, text):
    assert not roles(nlp, text, "Meeting")


# --- a firm's own facility -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Last week Palo Widgets unveiled its plan to build a $3 billion production center in Estrava.",
    "Palo Widgets plans to invest $2 billion in a new factory near Port Alden.",
    "Palo Widgets will build a battery plant in Estrava.",
    "Palo Widgets has revealed plans for a second factory in Estrava.",
    "Palo Widgets announced a $700 million factory in Halvik late last year.",
    "A new assembly plant will be built by Palo Widgets outside Port Alden.",
])
def test_firm_builds_a_facility(nlp, text):
    assert ("palo-widgets", "actor") in roles(nlp, text, "Investment")


@pytest.mark.parametrize("text", [
    "Palo Widgets said its factory in Estrava was running at full capacity.",
    "Palo Widgets will not build a plant in Estrava.",
    "Workers at the Palo Widgets plant in Halvik went on strike.",
    "The agreement calls for Palo Widgets to build a factory in Estrava.",
])
def test_no_facility_investment(nlp, text):
    assert ("palo-widgets", "actor") not in roles(nlp, text, "Investment")


# --- a meeting's host or chair ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The summit, hosted by President Tomas Lind, opened on Monday.",
    "Talks hosted by Tomas Lind ended without a deal.",
    "Tomas Lind chaired the summit in Port Alden.",
    "Tomas Lind chaired an emergency meeting on Sunday.",
])
def test_meeting_host_chairs(nlp, text):
    assert ("tomas-lind", "chair") in roles(nlp, text, "Meeting")


def test_meeting_hosted_by_a_bloc(nlp):
    found = roles(nlp, "The conference, hosted by the Sorrel League, drew forty delegations.", "Meeting")
    assert ("sorrel-league", "chair") in found


@pytest.mark.parametrize("text", [
    "Tomas Lind chaired the bank's board for a decade.",
    "The show hosted by Tomas Lind drew record viewers.",
    "Tomas Lind chaired the committee until 2019.",
])
def test_no_hosted_meeting(nlp, text):
    assert not roles(nlp, text, "Meeting")


# --- leaving an office -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Petra Vasko quit as chairman of Palo Widgets.",
    "Petra Vasko was forced to resign as chief executive of Palo Widgets.",
    "Petra Vasko's departure from Palo Widgets was announced on Monday.",
])
def test_leaves_a_firm(nlp, text):
    assert {("petra-vasko", "actor"), ("palo-widgets", "target")} <= roles(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Petra Vasko stepped down as governor of Corvania on Friday.",
    "Corvania's finance minister, Petra Vasko, resigned on Tuesday.",
    "Petra Vasko, the mayor of Port Alden, resigned after a week of protests.",
])
def test_leaves_a_place_office(nlp, text):
    found = roles(nlp, text, "Other")
    assert ("petra-vasko", "actor") in found
    assert {("corvania", "target"), ("port-alden", "target")} & found


@pytest.mark.parametrize("text", [
    "Petra Vasko's departure for Port Alden was delayed by a storm.",
    "Petra Vasko quit smoking last year.",
    "Petra Vasko was asked to resign as chairman of Palo Widgets.",
])
def test_no_office_left(nlp, text):
    assert ("petra-vasko", "actor") not in roles(nlp, text, "Other")


# --- detention and release -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Corvania detained Petra Vasko on Thursday.",
    "Petra Vasko was detained by Corvania's police at the airport.",
])
def test_detained(nlp, text):
    assert ("petra-vasko", "target") in roles(nlp, text, "RegulatoryAction")


@pytest.mark.parametrize("text", [
    "Petra Vasko was released on bail on Friday.",
    "Petra Vasko was freed from jail after paying $9 million.",
    "Petra Vasko was granted bail on Monday.",
])
def test_released_from_custody(nlp, text):
    assert ("petra-vasko", "subject") in roles(nlp, text, "Other")


@pytest.mark.parametrize("text", [
    "Petra Vasko was released from her contract with the club.",
    "Petra Vasko could be released on bail next week.",
    "Palo Widgets released its new phone on Monday.",
])
def test_no_release_from_custody(nlp, text):
    assert ("petra-vasko", "subject") not in roles(nlp, text, "Other")


# --- an official's announced intent or warning -----------------------------------------------

@pytest.mark.parametrize("text", [
    "President Tomas Lind said he would build ten new hospitals by 2030.",
    "President Tomas Lind said he will soon form a coalition to carry out the budget reforms.",
    "Prime Minister Tomas Lind announced that the government would raise the minimum wage.",
    "Tomas Lind, the central bank governor, warned on Wednesday that rates could rise again.",
    "Bond traders were rattled by a warning issued on Monday by Tomas Lind, the finance minister, "
    "that the slump will drag on.",
])
def test_official_states_intent(nlp, text):
    assert ("tomas-lind", "actor") in roles(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "President Tomas Lind said he would attend the summit.",
    "President Tomas Lind said he would not resign.",
    "President Tomas Lind said the economy would grow by 3 percent.",
    "Economist Mara Quell warned that the downturn would last.",
    "Palo Widgets warned that its profits would fall.",
    "Opposition leader Tomas Lind warned that prices would keep rising.",
])
def test_no_official_intent(nlp, text):
    found = roles(nlp, text, "PolicyAnnouncement")
    assert not {("tomas-lind", "actor"), ("mara-quell", "actor"), ("palo-widgets", "actor")} & found


# --- a maker's goods brought to market -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Palo Widgets brought its electric cars to market in Halvik in 2021.",
    "Palo Widgets began selling its phones in Corvania last year.",
    "Palo Widgets introduced a new tablet on Tuesday.",
    "Palo Widgets unveiled two electric trucks at the fair.",
])
def test_goods_brought_to_market(nlp, text):
    assert ("palo-widgets", "actor") in roles(nlp, text, "ProductRelease")


@pytest.mark.parametrize("text", [
    "Palo Widgets brought the case to court.",
    "Palo Widgets began selling its stake in the bank.",
    "Palo Widgets brought its workers to the market square.",
    "Palo Widgets began selling cars made by other firms.",
])
def test_no_goods_brought_to_market(nlp, text):
    assert not roles(nlp, text, "ProductRelease")


# --- leaving an agreement --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Tomas Lind took Corvania, the region's biggest economy, out of the Coral Sea Partnership.",
    "Corvania withdrew from the fisheries accord on Monday.",
    "Corvania pulled out of the Coral Sea Partnership last year.",
    "Corvania's withdrawal from the treaty angered its neighbours.",
])
def test_government_leaves_an_agreement(nlp, text):
    found = roles(nlp, text, "PolicyAnnouncement")
    assert ("corvania", "actor") in found
    if "President" in text:
        assert ("tomas-lind", "actor") in found


@pytest.mark.parametrize("text", [
    "Palo Widgets withdrew from the deal to buy Northwind Avionics.",
    "Corvania withdrew its ambassador from Estrava.",
    "Corvania will not withdraw from the accord.",
    "Tomas Lind took the signed pact out of the drawer.",
])
def test_no_agreement_left(nlp, text):
    assert not roles(nlp, text, "PolicyAnnouncement")


# --- privatising and nationalising -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvania will privatize Palo Widgets next year.",
    "Palo Widgets and Kestrel Foods will be privatized, Finance Minister Tomas Lind said.",
    "Corvania announced the privatization of Palo Widgets on Monday.",
    "President Tomas Lind moved to nationalize Palo Widgets.",
])
def test_state_takes_or_sells_a_firm(nlp, text):
    found = roles(nlp, text, "PolicyAnnouncement")
    assert ("palo-widgets", "target") in found
    assert {("corvania", "actor"), ("tomas-lind", "actor")} & found


def test_nationalized_funds(nlp):
    text = "Bond prices slid after a move by Corvania's government to nationalize the private pension funds."
    assert ("corvania", "actor") in roles(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "Palo Widgets was privatized in 1995.",
    "Analysts said Palo Widgets should not be privatized.",
    "A Corvania spokesman said nationalization was one option for Palo Widgets.",
])
def test_no_state_ownership_act(nlp, text):
    assert not roles(nlp, text, "PolicyAnnouncement")
