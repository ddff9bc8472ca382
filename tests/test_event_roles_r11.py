"""Event roles, round 11: general readings found wrong on the newly opened held-out articles.
Each construction on several phrasings written for these tests (fictional names; no sentence
comes from an article), with near-misses that must keep their reading.

- coordinated names share a role the learned reader gives one of them ("President X and the
  Senate signaled a package": both announce it);
- "pleaded not guilty" is no guilty plea (the charges still make the pleader a target);
- a "policy review" or "quarterly review" is a central bank's scheduled meeting, no probe;
- "the attacks on X" with no attacker (or only a market index beside it) is a blow, not words:
  no criticism;
- "the resignation of X, a protégé of Y": the "of" phrase names X, never a name inside its
  description;
- an election noun that only dates another noun ("since the election victory of X") is a time;
- an election's other candidates: the opponent a winner's clause names ("against opponent Y's 44
  percent", "over her rival, Y"), a candidate given a share of the vote ("Y got 41 percent", "the Z
  party was second with 22 percent"), a candidate declared the winner;
- "decreased" is a move verb as "increased" is ("the index decreased 12 points");
- "A's index, the B in X and the C were all down 5 percent": a list the parser hangs as two
  subjects moves as a whole;
- "X says Y is siphoning oil", "X said Y had misled savers": a wrong said of someone is criticism
  (not denied, not a possibility, not an agency's allegation, which is its case);
- "X offered to resign", "X agreed to step down", "signaled his intention to resign": a departure the
  leaver puts forward is the resignation (not one refused, denied, possible or asked for);
- "X made a cut of a quarter of a point": a rate cut told in points, by a bank or a country;
- the learned reader gives no criticism without a critic ("he is accused of fraud"), nor an election
  where votes are wronged ("accused of rigging elections").
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import _Draft, _as_a_time, _with_conjuncts, extract_events
from kg.extract.events import ArticleContext
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 3, 11)
_G, _C, _P, _PL = "GovernmentBody", "Company", "Person", "Place"
ENTITIES = [("Market Authority", _G), ("Senate", _G), ("Central Bank of Estland", _G), ("Corvane Ltd", _C),
            ("Talvik Mining", _C), ("Nella Grant", _P), ("Ivo Petrak", _P), ("Ana Sousa", _P), ("Estland", _PL), ("Varnia", _PL),
            ("Port Tarn", _PL), ("Halden Index", "MarketIndex"), ("Toma Vell", _C)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return {(e.type, p.entity.split("/")[1], p.role) for e in evs for p in e.participants}


def parties(found, key):
    return {(t, r) for t, k, r in found if k == key}


# --- coordinated names share a learned role -------------------------------------------------------

@pytest.mark.parametrize("text, named, joined", [
    ("President Ana Sousa and the Senate signaled that a stimulus package is being prepared.", "Senate", "Ana Sousa"),
    ("The Senate and President Ana Sousa agreed on the new budget plan.", "Senate", "Ana Sousa"),
    ("Corvane Ltd, Talvik Mining and the Market Authority backed the proposal.", "Market Authority", "Corvane Ltd"),
])
def test_a_learned_role_goes_to_each_coordinated_name(nlp, text, named, joined):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    ctx = ArticleContext.build(doc, table, Article(id="t", text=text, published=TUESDAY))
    sent = next(iter(doc.sents))
    mention = next(t for t in sent if ctx.key(t) and table.get(ctx.key(t)).name == named and t.head.i == t.i
                   or ctx.key(t) and table.get(ctx.key(t)).name == named and ctx.key(t.head) != ctx.key(t))
    trigger = next(t for t in sent if t.pos_ in ("NOUN", "VERB") and ctx.key(t) is None)
    d = _Draft("PolicyAnnouncement", [(ctx.key(mention), "actor")], sent, trigger, 0.5, ctx=ctx)
    _with_conjuncts(d, [(mention, "actor")])
    names = {table.get(k).name: r for k, r in d.parts}
    assert names.get(joined) == "actor", names


def test_a_place_joined_to_a_body_does_not_share_its_role(nlp):
    text = "The Senate and Estland signaled that a stimulus package is being prepared."
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    ctx = ArticleContext.build(doc, table, Article(id="t", text=text, published=TUESDAY))
    sent = next(iter(doc.sents))
    mention = next(t for t in sent if t.text == "Senate")
    d = _Draft("PolicyAnnouncement", [(ctx.key(mention), "actor")], sent, doc[-2], 0.5, ctx=ctx)
    _with_conjuncts(d, [(mention, "actor")])
    assert [k for k, _ in d.parts] == [ctx.key(mention)]


# --- a plea of not guilty ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ivo Petrak pleaded not guilty on Monday to fraud charges brought by the Market Authority.",
    "Ivo Petrak has pleaded not guilty to the new set of bribery charges.",
    "Former mining boss Ivo Petrak pleads not guilty to charges of hiding losses at Talvik Mining.",
])
def test_a_plea_of_not_guilty_is_no_guilty_plea(nlp, text):
    assert ("Other", "subject") not in parties(triples(nlp, text), "ivo-petrak")


@pytest.mark.parametrize("text", [
    "Ivo Petrak pleaded guilty on Monday to fraud charges brought by the Market Authority.",
    "Ivo Petrak has pleaded guilty to the new set of bribery charges.",
])
def test_a_guilty_plea_still_counts(nlp, text):
    assert ("Other", "subject") in parties(triples(nlp, text), "ivo-petrak")


# --- a scheduled policy review ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "While announcing its second quarterly review, the Central Bank of Estland also cut its growth forecast.",
    "The Central Bank of Estland kept its key rate at 4 percent at its bimonthly policy review on Tuesday.",
    "The Market Authority lowered the lending rate at its annual monetary policy review.",
])
def test_a_policy_review_is_no_regulatory_action(nlp, text):
    assert not any(t == "RegulatoryAction" for t, _, _ in triples(nlp, text))


def test_a_review_of_a_firm_is_still_one(nlp):
    found = triples(nlp, "The Market Authority opened a review of Corvane Ltd's accounts on Tuesday.")
    assert ("RegulatoryAction", "actor") in parties(found, "market-authority")


# --- attacks with no attacker ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Halden Index, near 7,300 until the attacks on the Market Authority, slid to 6,950.",
    "Shares have recovered since the attacks on Port Tarn and the Senate last month.",
    "The Halden Index fell sharply after the attacks on the Senate.",
])
def test_attacks_with_no_attacker_are_no_criticism(nlp, text):
    assert not any(t == "Criticism" for t, _, _ in triples(nlp, text))


def test_attacks_by_a_critic_stay_criticism(nlp):
    found = triples(nlp, "Nella Grant's attacks on the Market Authority grew sharper on Monday.")
    assert ("Criticism", "actor") in parties(found, "nella-grant")


# --- the resignation of X, a protégé of Y -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The resignation of Toma Vell, a protégé of former Corvane Ltd chairman Ivo Petrak, would mark another upheaval.",
    "The resignation of Toma Vell, an ally of Ivo Petrak, was announced on Monday.",
    "The resignation of Toma Vell, the son of Ivo Petrak, surprised investors.",
])
def test_a_name_inside_the_leavers_description_does_not_leave(nlp, text):
    assert ("Other", "actor") not in parties(triples(nlp, text), "ivo-petrak")


@pytest.mark.parametrize("text, who", [
    ("The resignation of Ivo Petrak, a protégé of Nella Grant, would mark another upheaval.", "ivo-petrak"),
    ("The resignation of the chairman, Ivo Petrak, was announced on Monday.", "ivo-petrak"),
])
def test_the_leaver_named_by_the_phrase_still_leaves(nlp, text, who):
    found = triples(nlp, text)
    assert ("Other", "actor") in parties(found, who)
    assert ("Other", "actor") not in parties(found, "nella-grant")


# --- an election noun that dates another noun --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two leaders have not met since the election victory of Nella Grant.",
    "Talks resumed after the election result in Estland.",
    "Prices had climbed before the vote count in Port Tarn.",
])
def test_an_election_noun_that_dates_another_is_a_time(nlp, text):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("election", "vote"))
    assert _as_a_time(noun)


def test_an_election_won_is_no_time(nlp):
    doc = nlp("Nella Grant won the election victory she had sought in Estland.")
    noun = next(t for t in doc if t.lower_ == "election")
    assert not _as_a_time(noun)


# --- the other candidate of a contest won ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Sousa won the runoff on Sunday with about 55 percent against opponent Ivo Petrak's 45 percent.",
    "Ana Sousa won the presidential runoff with 61.2% of the ballots, against 38.8% for her opponent, Ivo Petrak.",
    "Ana Sousa won the presidential vote with 52 percent over her rival, Ivo Petrak.",
])
def test_the_opponent_of_a_winner_is_a_party_to_the_election(nlp, text):
    found = triples(nlp, text)
    assert ("Other", "subject") in parties(found, "ana-sousa")
    assert ("Other", "subject") in parties(found, "ivo-petrak")


@pytest.mark.parametrize("text", [
    "Ana Sousa won the presidential election with 58 percent, her aide Ivo Petrak said.",
    "Ana Sousa won the presidential election after a campaign run by Ivo Petrak.",
])
def test_a_name_beside_a_won_election_that_is_no_opponent_stays_out(nlp, text):
    assert ("Other", "subject") not in parties(triples(nlp, text), "ivo-petrak")


# --- a candidate's share of the count, a winner declared ---------------------------------------------

VOTERS = ENTITIES + [("Unity Front", "PoliticalParty")]


@pytest.mark.parametrize("text, who", [
    ("Ana Sousa won the vote. Ivo Petrak, who leads the Unity Front, got 41 percent, the election board said.",
     "ivo-petrak"),
    ("With most ballots counted, the Unity Front was second with 22.5 percent of the vote.", "unity-front"),
    ("In the runoff held on Sunday, Ivo Petrak took 47 percent of the vote.", "ivo-petrak"),
])
def test_a_candidate_with_a_share_of_the_vote_is_a_party_to_the_election(nlp, text, who):
    assert ("Other", "subject") in parties(triples(nlp, text, VOTERS), who)


@pytest.mark.parametrize("text, who", [
    ("Corvane Ltd got 30 percent of the market last year.", "corvane-ltd"),
    ("Ivo Petrak got 30 percent of the shares in the deal with Talvik Mining.", "ivo-petrak"),
    ("The Unity Front was second in a survey of donors with 12 percent.", "unity-front"),
])
def test_a_share_outside_a_vote_is_no_election(nlp, text, who):
    assert ("Other", "subject") not in parties(triples(nlp, text, VOTERS), who)


@pytest.mark.parametrize("text", [
    "Ana Sousa was declared winner of the presidential runoff late on Sunday.",
    "The election board declared Ana Sousa the winner of the runoff on Monday.",
    "Officials on Monday declared Ana Sousa as the winner, despite protests.",
])
def test_a_candidate_declared_winner_is_a_party_to_the_election(nlp, text):
    assert ("Other", "subject") in parties(triples(nlp, text), "ana-sousa")


@pytest.mark.parametrize("text", [
    "Ana Sousa declared a state of emergency in Port Tarn on Monday.",
    "Ana Sousa declared that the winner of the contest would be named soon.",
])
def test_a_declaration_that_names_no_winner_is_no_election(nlp, text):
    assert ("Other", "subject") not in parties(triples(nlp, text), "ana-sousa")


# --- "decreased" moves an index as "increased" does ------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("The Halden Index decreased 12.41 points, or 0.52 percent, to 2,380.12.", "halden-index"),
    ("Shares of Talvik Mining decreased 3.2 percent to 41.50 dollars on Tuesday.", "talvik-mining"),
    ("On Tuesday the Halden Index decreased by 1.4 percent to close at 7,020.", "halden-index"),
])
def test_an_index_or_share_that_decreased_moves(nlp, text, who):
    assert ("MarketMove", "subject") in parties(triples(nlp, text), who)


@pytest.mark.parametrize("text, who", [
    ("Talvik Mining said its output decreased last year as two pits closed.", "talvik-mining"),
    ("The Market Authority decreased the number of licences it grants.", "market-authority"),
])
def test_a_firms_figures_that_decreased_are_no_market_move(nlp, text, who):
    assert ("MarketMove", "subject") not in parties(triples(nlp, text), who)


# --- a list of markets hung as two subjects ---------------------------------------------------------

MARKETS = ENTITIES + [("Varno 50", "MarketIndex"), ("Kessel Composite", "MarketIndex")]


@pytest.mark.parametrize("text", [
    "Port Tarn's Halden Index, the Varno 50 in Estland and the Kessel Composite in Varnia were all down more "
    "than four percent in late trading.",
    "Estland's Halden Index, the Varno 50 and the Kessel Composite were each up about 2 percent on Tuesday.",
    "The Halden Index in Port Tarn, the Varno 50 in Estland and the Kessel Composite were down 3 percent at midday.",
])
def test_every_market_of_a_list_hung_as_two_subjects_moves(nlp, text):
    found = triples(nlp, text, MARKETS)
    for who in ("halden-index", "varno-50", "kessel-composite"):
        assert ("MarketMove", "subject") in parties(found, who), (who, found)


def test_a_market_named_outside_the_subject_does_not_move(nlp):
    found = triples(nlp, "The Halden Index was down 3 percent, while traders watched the Varno 50.", MARKETS)
    assert ("MarketMove", "subject") in parties(found, "halden-index")
    assert ("MarketMove", "subject") not in parties(found, "varno-50")


# --- a wrong said of someone is an accusation --------------------------------------------------------

@pytest.mark.parametrize("text, critic, target", [
    ("Estland says neighbouring Varnia is siphoning oil from the shared pipeline.", "estland", "varnia"),
    ("Nella Grant said Corvane Ltd had misled thousands of small savers for years.", "nella-grant", "corvane-ltd"),
    ("Ivo Petrak told reporters that Talvik Mining cheated its suppliers out of millions.", "ivo-petrak", "talvik-mining"),
])
def test_a_wrong_said_of_someone_is_criticism(nlp, text, critic, target):
    found = triples(nlp, text)
    assert ("Criticism", "actor") in parties(found, critic), found
    assert ("Criticism", "target") in parties(found, target), found


@pytest.mark.parametrize("text, critic", [
    ("Nella Grant said Corvane Ltd had not misled its savers.", "nella-grant"),
    ("Nella Grant said Corvane Ltd could harm small savers if the rules changed.", "nella-grant"),
    ("The Market Authority said Corvane Ltd had misled its savers for years.", "market-authority"),
    ("Nella Grant said Corvane Ltd had hired thousands of new workers.", "nella-grant"),
])
def test_no_accusation_where_the_wrong_is_denied_hypothetical_an_agencys_or_no_wrong(nlp, text, critic):
    assert ("Criticism", "actor") not in parties(triples(nlp, text), critic)


# --- a departure the leaver puts forward ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Talvik Mining's CEO, Ivo Petrak, also offered to resign after the scandal broke.",
    "Ivo Petrak agreed to step down as chairman of Corvane Ltd on Monday.",
    "Ivo Petrak has made clear his intention to resign, two people close to him said.",
])
def test_a_departure_put_forward_is_a_resignation(nlp, text):
    assert ("Other", "actor") in parties(triples(nlp, text), "ivo-petrak")


@pytest.mark.parametrize("text", [
    "Ivo Petrak refused to resign despite the scandal at Corvane Ltd.",
    "Ivo Petrak may offer to resign if the board asks him.",
    "Ivo Petrak denied any intention to resign from Corvane Ltd.",
    "Shareholders urged Ivo Petrak to resign on Monday.",
])
def test_a_departure_refused_possible_denied_or_asked_for_is_none(nlp, text):
    assert ("Other", "actor") not in parties(triples(nlp, text), "ivo-petrak")


# --- a rate cut told in points ----------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Estland on Tuesday made a cut of roughly one quarter of a point.", "estland"),
    ("The Central Bank of Estland made a cut of half a point late on Tuesday.", "central-bank-of-estland"),
    ("Varnia delivered a cut of three quarters of a point to support its exporters.", "varnia"),
])
def test_a_cut_of_points_made_by_a_bank_or_country_is_a_policy(nlp, text, who):
    assert ("PolicyAnnouncement", "actor") in parties(triples(nlp, text), who)


@pytest.mark.parametrize("text, who", [
    ("Corvane Ltd made a cut of 2 points in its prices.", "corvane-ltd"),
    ("Ana Sousa made a cut of three points into her rival's lead in the polls.", "ana-sousa"),
])
def test_a_cut_of_points_by_a_firm_or_candidate_is_no_policy(nlp, text, who):
    assert ("PolicyAnnouncement", "actor") not in parties(triples(nlp, text), who)


# --- the learned reader's guesses with no critic, and elections rigged ---------------------------------

@pytest.mark.parametrize("text, who", [
    ("Ivo Petrak has been criticized for the plan.", "ivo-petrak"),
    ("Nella Grant was sharply criticized for the merger.", "nella-grant"),
    ("Ana Sousa has been criticized over the budget.", "ana-sousa"),
])
def test_a_learned_criticism_needs_a_critic(nlp, text, who):
    assert ("Criticism", "target") not in parties(triples(nlp, text), who)


def test_a_criticism_with_its_critic_named_stays(nlp):
    found = triples(nlp, "Nella Grant criticized Ivo Petrak for the plan.")
    assert ("Criticism", "target") in parties(found, "ivo-petrak")


@pytest.mark.parametrize("text", [
    "Ivo Petrak was long accused of rigging elections in Estland.",
    "Nella Grant has been accused of rigging elections for years.",
    "Opponents say Ana Sousa rigged elections in Port Tarn.",
])
def test_a_wrong_done_to_votes_is_no_election(nlp, text):
    found = triples(nlp, text)
    assert not any(t == "Other" for t, _, _ in found), found
