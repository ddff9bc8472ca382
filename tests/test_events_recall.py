"""Event constructions common in market, trade, deal and enforcement news, each on several
phrasings written for these tests (no sentence comes from an article), with negatives."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2024, 5, 8)
_G, _C, _P, _PL = "GovernmentBody", "Company", "Person", "Place"
ENTITIES = [("Reserve Bank of Estland", _G), ("Market Authority", _G), ("Trade Office", _G), ("Harbor Fund", _C),
            ("Corvane Ltd", _C), ("Talvik Mining", _C), ("Brask Foods", _C), ("Nella Grant", _P), ("Ivo Petrak", _P),
            ("Estland", _PL), ("Nordland", _PL), ("China", _PL), ("Canada", _PL), ("Sydney", _PL), ("Washington", _PL)]


def triples(nlp, text, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    return {(e.type, p.entity.split("/")[1], p.role) for e in evs for p in e.participants}


@pytest.mark.parametrize("text", [
    "Estland raised tariffs on $50 billion of Nordland goods.",
    "Estland slapped levies on cars made in Nordland.",
    "Estland set anti-dumping duties of 30 percent on Nordland steel.",
    "Estland imposed new duties on Nordland's aluminium last week.",
])
def test_goods_named_by_their_origin_make_it_the_target(nlp, text):
    found = triples(nlp, text)
    assert {("TradeConflict", "estland", "actor"), ("TradeConflict", "nordland", "target")} <= found


@pytest.mark.parametrize("text", [
    "Tariffs imposed by Estland on Nordland steel took effect on Monday.",
    "Duties were imposed on Nordland cheese by Estland last week.",
    "The levies, set by Estland on wine from Nordland, doubled prices.",
])
def test_trade_measure_in_the_passive_names_its_author(nlp, text):
    found = triples(nlp, text)
    assert {("TradeConflict", "estland", "actor"), ("TradeConflict", "nordland", "target")} <= found
    assert ("TradeConflict", "nordland", "actor") not in found


@pytest.mark.parametrize("text", [
    "Estland's new tariffs on Nordland's cars angered exporters.",
    "Chinese tariffs on canola from Canada hit farmers hard.",
    "The Estland tariffs on Nordland steel took effect on Monday.",
])
def test_owner_of_a_trade_measure_acts(nlp, text):
    found = triples(nlp, text)
    actor = "china" if "Chinese" in text else "estland"
    target = "canada" if "Canada" in text else "nordland"
    assert {("TradeConflict", actor, "actor"), ("TradeConflict", target, "target")} <= found


@pytest.mark.parametrize("text", [
    "Imports of wine from Nordland face the highest duties.",
    "Nordland goods will face tariffs of 25 percent, officials said.",
    "Steel from Nordland now incurs duties of 40 percent.",
])
def test_goods_that_face_a_measure_are_its_target(nlp, text):
    assert ("TradeConflict", "nordland", "target") in triples(nlp, text)


def test_tariff_talk_without_goods_or_parties_gives_nothing(nlp):
    assert not any(t[0] == "TradeConflict" for t in triples(nlp, "Economists say tariffs rarely work."))


@pytest.mark.parametrize("text, dateline", [
    ("Estland confirms duties on steel from Nordland\nWASHINGTON, May 7 (Reuters) - Estland on Tuesday confirmed "
     "duties on steel from Nordland.", "washington"),
    ("Talvik Mining shares soar on debut\nSYDNEY: Shares of Talvik Mining rose 8 percent on Tuesday.", "sydney"),
    ("Estland slaps duties on Nordland cheese\nWASHINGTON — Estland imposed duties on cheese from Nordland.",
     "washington"),
])
def test_a_dateline_place_is_no_party(nlp, text, dateline):
    found = triples(nlp, text)
    assert found and not any(k == dateline for _, k, _ in found)


@pytest.mark.parametrize("text", [
    "Talvik Mining raised $50 million from Harbor Fund.",
    "Talvik Mining secured new funding from Harbor Fund on Monday.",
    "Talvik Mining received a $20 million investment from Harbor Fund.",
    "Harbor Fund led a $40 million funding round in Talvik Mining.",
])
def test_funding_from_an_investor(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "harbor-fund", "actor"), ("Investment", "talvik-mining", "target")} <= found


@pytest.mark.parametrize("text", [
    "Talvik Mining raised prices by 5 percent.",
    "Talvik Mining raised $2 million in its stock market debut.",
    "Talvik Mining raised its forecast for the year.",
])
def test_raised_prices_or_listing_money_is_no_investment(nlp, text):
    assert not any(t[0] == "Investment" for t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Corvane Ltd bid $3 billion for Talvik Mining.",
    "Corvane Ltd offered $40 a share for Talvik Mining.",
    "Corvane Ltd has bid for Talvik Mining again.",
])
def test_bid_for_a_firm(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "corvane-ltd", "actor"), ("Investment", "talvik-mining", "target")} <= found


@pytest.mark.parametrize("text", [
    "Corvane Ltd sold its 45% stake in Talvik Mining to Brask Foods.",
    "Corvane Ltd agreed to sell Talvik Mining to Brask Foods for $1 billion.",
    "Corvane Ltd will divest its holding in Talvik Mining to Brask Foods.",
])
def test_the_buyer_of_what_is_sold_invests(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "brask-foods", "actor"), ("Investment", "talvik-mining", "target")} <= found
    assert ("Investment", "corvane-ltd", "actor") not in found


def test_selling_goods_to_a_firm_is_no_investment(nlp):
    assert not any(t[0] == "Investment" for t in triples(nlp, "Talvik Mining sold copper to Brask Foods."))


@pytest.mark.parametrize("text", [
    "Nella Grant, who was charged by the Market Authority in March, denied wrongdoing.",
    "Corvane Ltd, fined by the Market Authority last year, has appealed.",
    "Talvik Mining, which was sued by the Market Authority, settled.",
])
def test_relative_clause_passive_targets_the_noun_it_describes(nlp, text):
    target = {"Nella": "nella-grant", "Corva": "corvane-ltd", "Talvi": "talvik-mining"}[text[:5]]
    found = triples(nlp, text)
    assert {("RegulatoryAction", "market-authority", "actor"), ("RegulatoryAction", target, "target")} <= found


@pytest.mark.parametrize("text", [
    "The Market Authority charged Corvane Ltd, its chief executive Nella Grant and Ivo Petrak with fraud.",
    "The Market Authority sued Corvane Ltd and its founder, Nella Grant, on Monday.",
    "The Market Authority fined Corvane Ltd, its former chairman Nella Grant and Ivo Petrak.",
])
def test_defendants_listed_past_a_title_are_targets(nlp, text):
    found = triples(nlp, text)
    assert {("RegulatoryAction", "corvane-ltd", "target"), ("RegulatoryAction", "nella-grant", "target")} <= found


@pytest.mark.parametrize("text", [
    "Corvane Ltd will pay $5 million to resolve the Market Authority's allegations.",
    "Corvane Ltd agreed to settle allegations brought by the Market Authority.",
    "Corvane Ltd paid a fine to end the Market Authority's accusations of fraud.",
])
def test_resolving_an_authoritys_allegations(nlp, text):
    found = triples(nlp, text)
    assert {("RegulatoryAction", "market-authority", "actor"), ("RegulatoryAction", "corvane-ltd", "target")} <= found


def test_allegations_by_a_private_party_are_no_regulatory_action(nlp):
    found = triples(nlp, "Corvane Ltd denied allegations made by Nella Grant, a former employee.")
    assert not any(t[0] == "RegulatoryAction" for t in found)


MARKETS = ENTITIES + [("Kemet Index", "MarketIndex"), ("Lune Composite", "MarketIndex")]


@pytest.mark.parametrize("text", [
    "The Kemet Index ended near 8,200, having lost 120 points.",
    "The Kemet Index closed at 4,100, having gained 1.5 percent.",
    "The Kemet Index opened flat but fell 2 percent by midday.",
])
def test_a_move_verb_shares_the_subject_of_its_clause(nlp, text):
    assert ("MarketMove", "kemet-index", "subject") in triples(nlp, text, MARKETS)


def test_a_move_in_a_clause_of_its_own_keeps_its_own_subject(nlp):
    found = triples(nlp, "The Kemet Index rose 1 percent, while the Lune Composite slipped 2 percent.", MARKETS)
    assert ("MarketMove", "lune-composite", "subject") in found
    lune = [t for t in found if t[1] == "lune-composite"]
    assert len(lune) == 1


@pytest.mark.parametrize("text", [
    "Corvane Ltd's shares hit a record high on Monday.",
    "The Kemet Index touched a two-year low on Tuesday.",
    "Shares of Talvik Mining reached an all-time high last week.",
])
def test_a_record_level_is_a_move(nlp, text):
    key = next(k for k in ("corvane-ltd", "kemet-index", "talvik-mining") if k.replace("-", " ") in text.lower())
    assert ("MarketMove", key, "subject") in triples(nlp, text, MARKETS)


@pytest.mark.parametrize("text", [
    "Corvane Ltd hit its sales target on Monday.",
    "Corvane Ltd set a high bar for rivals.",
    "Nella Grant reached a high office in Estland.",
])
def test_reaching_a_target_or_an_office_is_no_move(nlp, text):
    assert not any(t[0] == "MarketMove" for t in triples(nlp, text, MARKETS))


def dated(nlp, text, etype, entities=ENTITIES):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return sorted((e.date or "") for e in extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
                  if e.type == etype)


@pytest.mark.parametrize("text, when", [
    ("The new rules follow sanctions imposed by the Trade Office last November on Corvane Ltd.", "2023-11"),
    ("Talvik Mining is still fighting a lawsuit filed by the Market Authority in March.", "2024-03"),
    ("The fine follows a probe that the Market Authority opened on Monday into Corvane Ltd.", "2024-05-06"),
])
def test_a_clause_on_the_action_noun_dates_it(nlp, text, when):
    assert when in dated(nlp, text, "RegulatoryAction")


@pytest.mark.parametrize("text", [
    "According to the Market Authority's complaint, Corvane Ltd sold the shares from May 2019 to June 2020.",
    "According to the indictment, Nella Grant paid bribes in 2018.",
    "Per the Market Authority's order, Corvane Ltd misled buyers in 2017.",
])
def test_an_action_cited_as_a_source_takes_no_date_from_the_statement(nlp, text):
    assert not any(d[:4] in ("2017", "2018", "2019") for d in dated(nlp, text, "RegulatoryAction"))


@pytest.mark.parametrize("text", [
    "The Market Authority settled charges on Wednesday against Corvane Ltd.",
    "The Market Authority resolved its case with Corvane Ltd last week.",
    "The Market Authority settled fraud charges against Corvane Ltd and Talvik Mining.",
])
def test_an_authority_that_settles_acts(nlp, text):
    found = triples(nlp, text)
    assert {("RegulatoryAction", "market-authority", "actor"), ("RegulatoryAction", "corvane-ltd", "target")} <= found
    assert ("RegulatoryAction", "market-authority", "target") not in found


def test_a_firm_that_settles_is_the_target(nlp):
    found = triples(nlp, "Corvane Ltd has settled charges brought by the Market Authority.")
    assert {("RegulatoryAction", "market-authority", "actor"), ("RegulatoryAction", "corvane-ltd", "target")} <= found


PRODUCTS = ENTITIES + [("Velo X2", "Product")]


@pytest.mark.parametrize("text", [
    "The Velo X2, launched by Corvane Ltd last month, sold out.",
    "The Velo X2 was unveiled by Corvane Ltd in Estland.",
    "Corvane Ltd began selling the Velo X2 in Estland.",
    "Corvane Ltd started shipping the Velo X2 on Monday.",
])
def test_product_release_in_the_passive_and_first_sales(nlp, text):
    found = triples(nlp, text, PRODUCTS)
    assert {("ProductRelease", "corvane-ltd", "actor"), ("ProductRelease", "velo-x2", "subject")} <= found


def test_selling_shares_is_no_product_release(nlp):
    found = triples(nlp, "Corvane Ltd began selling shares of Talvik Mining.", PRODUCTS)
    assert not any(t[0] == "ProductRelease" for t in found)


@pytest.mark.parametrize("text", [
    "Talvik Mining posted a loss. Bond yields rose to 3.3 percent from 3.2 percent late Friday. "
    "Shares of Corvane Ltd fell 2 percent.",
    "Inflation eased to 5 percent from nearly 7 percent in March. Shares of Corvane Ltd fell 2 percent.",
    "Revenue reached $5 billion, compared with $4 billion on Friday a year ago. Shares of Corvane Ltd fell 2 percent.",
])
def test_a_figures_point_of_comparison_sets_no_day(nlp, text):
    assert not any(d.startswith(("2024-05-03", "2024-03")) for d in dated(nlp, text, "MarketMove"))


def test_a_day_after_a_figure_still_dates_the_move(nlp):
    assert "2024-05-06" in dated(nlp, "Shares of Corvane Ltd fell 2 percent to $40 on Monday.", "MarketMove")


@pytest.mark.parametrize("text", [
    "A rate hike by the Reserve Bank of Estland lifted the crown.",
    "The Reserve Bank of Estland announced a quarter-point cut on Tuesday.",
    "The Reserve Bank of Estland delivered a cut in interest rates.",
    "Markets cheered the Reserve Bank of Estland's interest rate increase.",
])
def test_a_rate_change_named_by_its_noun(nlp, text):
    assert ("PolicyAnnouncement", "reserve-bank-of-estland", "actor") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "A rate hike would hurt Corvane Ltd, analysts said.",
    "Corvane Ltd announced a price cut on Tuesday.",
    "Talvik Mining's wage increase angered shareholders.",
])
def test_a_rate_change_without_a_government_decider_is_no_policy(nlp, text):
    assert not any(t[0] == "PolicyAnnouncement" for t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Corvane Ltd was ordered to pay $3 million by the Market Authority.",
    "Corvane Ltd was ordered by the Market Authority to refund its customers.",
    "Nella Grant was ordered by the Justice Ministry to repay the funds.",
])
def test_ordered_in_the_passive(nlp, text):
    ents = ENTITIES + [("Justice Ministry", _G)]
    actor = "justice-ministry" if "Justice" in text else "market-authority"
    target = "nella-grant" if "Nella" in text else "corvane-ltd"
    found = triples(nlp, text, ents)
    assert {("RegulatoryAction", actor, "actor"), ("RegulatoryAction", target, "target")} <= found


def test_ordered_by_a_private_party_is_no_action(nlp):
    found = triples(nlp, "Corvane Ltd was ordered by Talvik Mining to deliver more copper.")
    assert not any(t[0] == "RegulatoryAction" for t in found)


@pytest.mark.parametrize("text", [
    "The Market Authority is looking into Corvane Ltd's accounts.",
    "The Market Authority looked into Corvane Ltd last year.",
    "The Market Authority took Corvane Ltd to court on Monday.",
    "The Market Authority hauled Corvane Ltd into court over the leak.",
])
def test_phrasal_probe_and_suit(nlp, text):
    found = triples(nlp, text)
    assert {("RegulatoryAction", "market-authority", "actor"), ("RegulatoryAction", "corvane-ltd", "target")} <= found


@pytest.mark.parametrize("text", [
    "Nella Grant is looking into Corvane Ltd's offer.",
    "The Market Authority took Corvane Ltd's advice on Monday.",
    "The Market Authority looked into the sky.",
])
def test_phrasal_verbs_otherwise_give_no_action(nlp, text):
    assert not any(t[0] == "RegulatoryAction" for t in triples(nlp, text))


@pytest.mark.parametrize("text, when", [
    ("The Reserve Bank of Estland made an announcement on Monday to cut its key rate. "
     "The Reserve Bank of Estland had cut its key rate on March 4.", "2024-05-06"),
    ("The Reserve Bank of Estland took a decision on Tuesday to raise interest rates. "
     "The Reserve Bank of Estland had raised interest rates in February.", "2024-05-07"),
    ("The Reserve Bank of Estland issued a statement on Monday to lower its key rate. "
     "The Reserve Bank of Estland had lowered its key rate in 2022.", "2024-05-06"),
])
def test_the_noun_an_infinitive_completes_dates_the_act(nlp, text, when):
    assert when in dated(nlp, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "The Market Authority sued Corvane Ltd, according to a complaint filed Monday in federal court.",
    "The Market Authority charged Corvane Ltd, according to an indictment unsealed on Monday.",
    "According to a complaint filed on Monday, Corvane Ltd sold the shares in 2019.",
])
def test_a_cited_filing_keeps_its_own_day(nlp, text):
    dates = dated(nlp, text, "RegulatoryAction")
    assert "2024-05-06" in dates and not any(d.startswith("2019") for d in dates)


@pytest.mark.parametrize("text", [
    "The Reserve Bank of Estland cut its key rate on Monday. Earlier in the day, Estland unveiled a stimulus plan.",
    "The Reserve Bank of Estland cut its key rate on Monday. Later that day, Estland unveiled a stimulus plan.",
    "The Reserve Bank of Estland cut its key rate on Monday. The same day, Estland unveiled a stimulus plan.",
])
def test_the_same_day_as_the_narrative(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, ENTITIES)
    evs = extract_events(doc, table, Article(id="t", text=text, published=WEDNESDAY))
    assert any(e.type == "PolicyAnnouncement" and e.date == "2024-05-06"
               and any(p.entity.endswith("/estland") for p in e.participants) for e in evs)


@pytest.mark.parametrize("text", [
    "The Trade Office sanctioned three miners on Friday, including Corvane Ltd and Talvik Mining.",
    "The Market Authority fined several grocers last week, including Corvane Ltd and Talvik Mining.",
    "The Market Authority is investigating four firms in Estland, including Corvane Ltd and Talvik Mining.",
])
def test_members_listed_after_the_verbs_phrases_are_targets(nlp, text):
    found = triples(nlp, text)
    assert {("RegulatoryAction", "corvane-ltd", "target"), ("RegulatoryAction", "talvik-mining", "target")} <= found


def test_a_named_object_keeps_the_list_to_itself(nlp):
    found = triples(nlp, "The Market Authority fined Brask Foods on Friday, including its units Corvane Ltd and Talvik Mining.")
    assert ("RegulatoryAction", "brask-foods", "target") in found
    assert ("RegulatoryAction", "corvane-ltd", "target") not in found


@pytest.mark.parametrize("text", [
    "The Kemet Index posted its biggest one-day gain since 2008.",
    "The Kemet Index suffered its worst drop in a decade.",
    "The Kemet Index recorded its sharpest rise of the year.",
])
def test_a_superlative_move_needs_no_figure(nlp, text):
    assert ("MarketMove", "kemet-index", "subject") in triples(nlp, text, MARKETS)


@pytest.mark.parametrize("text", [
    "Talvik Mining agreed to be acquired by Corvane Ltd for $3 billion.",
    "Talvik Mining expects to be bought by Corvane Ltd next year.",
    "Talvik Mining hopes to be taken over by Corvane Ltd.",
])
def test_agreeing_to_be_acquired(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "corvane-ltd", "actor"), ("Investment", "talvik-mining", "target")} <= found
    assert ("Investment", "talvik-mining", "actor") not in found


@pytest.mark.parametrize("text", [
    "Under the deal, Corvane Ltd will pay $40 a share for Talvik Mining.",
    "Corvane Ltd paid $2 billion for Talvik Mining in 2019.",
    "Corvane Ltd is paying about $900 million in cash for Talvik Mining.",
])
def test_paying_a_sum_for_a_firm(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "corvane-ltd", "actor"), ("Investment", "talvik-mining", "target")} <= found


def test_paying_for_services_is_no_investment(nlp):
    found = triples(nlp, "Corvane Ltd paid for Talvik Mining's legal fees.")
    assert not any(t[0] == "Investment" for t in found)


@pytest.mark.parametrize("text", [
    "Estland and Nordland have been locked in a trade war since 2018.",
    "Estland waged a trade war against Nordland for two years.",
    "Estland and Nordland are embroiled in a bitter trade dispute.",
])
def test_the_sides_of_a_trade_war(nlp, text):
    found = triples(nlp, text)
    assert ("TradeConflict", "estland", "actor") in found
    assert any(t[:2] == ("TradeConflict", "nordland") for t in found)


def test_avoiding_a_trade_war_names_no_sides(nlp):
    found = triples(nlp, "Estland hopes to avoid a trade war.")
    assert ("TradeConflict", "estland", "actor") not in found


@pytest.mark.parametrize("text", [
    "Corvane Ltd took over Talvik Mining in 2019.",
    "Talvik Mining was taken over by Corvane Ltd last year.",
    "Corvane Ltd is taking over Talvik Mining.",
])
def test_taking_over_a_firm(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "corvane-ltd", "actor"), ("Investment", "talvik-mining", "target")} <= found


def test_taking_over_a_role_is_no_investment(nlp):
    assert not any(t[0] == "Investment" for t in triples(nlp, "Nella Grant took over the job in May."))


@pytest.mark.parametrize("text", [
    "Corvane Ltd agreed to pay a $5 million criminal fine for its role in the scheme.",
    "Corvane Ltd will pay $2 million in penalties for Talvik Mining's violations.",
    "Corvane Ltd paid a $40 million settlement for its part in the cartel.",
])
def test_paying_a_fine_is_no_investment(nlp, text):
    assert not any(t[0] == "Investment" for t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "The Reserve Bank of Estland injected $20 billion into the banking system on Monday.",
    "The Reserve Bank of Estland intervened in the currency market on Monday.",
    "Estland devalued its currency by 10 percent on Monday.",
    "The Reserve Bank of Estland said on Monday it would buy $600 billion in bonds.",
    "The Reserve Bank of Estland will sell gold to support the crown.",
])
def test_a_central_bank_or_government_acting_in_the_markets(nlp, text):
    actor = next(k for k in ("reserve-bank-of-estland", "estland")
                 if k.replace("-", " ") in text.lower())
    assert ("PolicyAnnouncement", actor, "actor") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Corvane Ltd bought $2 billion in bonds last year.",
    "The Market Authority intervened in the dispute between two miners.",
    "The Reserve Bank of Estland bought a new building downtown.",
])
def test_firms_buying_bonds_or_other_interventions_are_no_policy(nlp, text):
    assert not any(t[0] == "PolicyAnnouncement" for t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "The Reserve Bank of Estland's intervention lifted the crown.",
    "Estland's devaluation of the crown shocked markets.",
    "A cash injection by the Reserve Bank of Estland calmed lenders.",
])
def test_a_market_operation_named_by_its_noun(nlp, text):
    actor = "reserve-bank-of-estland" if "Reserve" in text else "estland"
    assert ("PolicyAnnouncement", actor, "actor") in triples(nlp, text)


LISTINGS = ENTITIES + [("Lune Exchange", "Organization")]


@pytest.mark.parametrize("text", [
    "Talvik Mining made its trading debut on Friday.",
    "Talvik Mining priced its shares at $12 each on Tuesday.",
    "Talvik Mining staged a strong stock market debut on the Lune Exchange.",
])
def test_debuts_and_pricing_are_listings(nlp, text):
    assert ("IPO", "talvik-mining", "subject") in triples(nlp, text, LISTINGS)


@pytest.mark.parametrize("text", [
    "Talvik Mining priced its copper at a discount.",
    "Nella Grant made her debut as chief executive on Friday.",
    "Talvik Mining raised the price of its shares in the buyback.",
])
def test_other_prices_and_debuts_are_no_listing(nlp, text):
    assert not any(t[0] == "IPO" for t in triples(nlp, text, LISTINGS))


@pytest.mark.parametrize("text", [
    "The Reserve Bank of Estland eased monetary policy on Monday.",
    "The Reserve Bank of Estland tightened lending rules for banks.",
    "The Reserve Bank of Estland relaxed its capital controls last week.",
])
def test_easing_or_tightening_a_policy(nlp, text):
    assert ("PolicyAnnouncement", "reserve-bank-of-estland", "actor") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Talvik Mining eased its hiring rules.",
    "The Reserve Bank of Estland eased 2 percent in early trading.",
    "Tensions between the two miners eased on Monday.",
])
def test_other_easing_is_no_policy(nlp, text):
    assert not any(t[0] == "PolicyAnnouncement" for t in triples(nlp, text))


@pytest.mark.parametrize("text", [
    "Lawmakers in Estland passed a budget on Friday.",
    "Officials in Nordland unveiled a stimulus package.",
    "The government of Estland approved a rescue plan for its banks.",
])
def test_unnamed_deciders_act_for_their_place(nlp, text):
    actor = "nordland" if "Nordland" in text else "estland"
    assert ("PolicyAnnouncement", actor, "actor") in triples(nlp, text)


def test_a_firms_people_do_not_make_policy(nlp):
    found = triples(nlp, "Officials at Corvane Ltd unveiled a spending plan.")
    assert ("PolicyAnnouncement", "corvane-ltd", "actor") not in found


@pytest.mark.parametrize("text", [
    "Regulators in Estland fined Corvane Ltd on Monday.",
    "Chinese regulators fined Corvane Ltd last year.",
    "Estland's prosecutors charged Nella Grant with fraud.",
    "Authorities in Estland arrested Ivo Petrak.",
])
def test_an_unnamed_authority_acts_for_its_country(nlp, text):
    actor = "china" if "Chinese" in text else "estland"
    found = triples(nlp, text)
    assert ("RegulatoryAction", actor, "actor") in found


def test_chinese_authorities_impose_tariffs(nlp):
    found = triples(nlp, "Chinese authorities imposed tariffs on Nordland steel.")
    assert {("TradeConflict", "china", "actor"), ("TradeConflict", "nordland", "target")} <= found


@pytest.mark.parametrize("text", [
    "Analysts in Estland criticized Corvane Ltd.",
    "Chinese investors bought Corvane Ltd last year.",
    "Shoppers in Estland sued Corvane Ltd.",
])
def test_other_groups_do_not_act_for_their_country(nlp, text):
    found = triples(nlp, text)
    assert not any(k in ("estland", "china") and r == "actor" and t in ("RegulatoryAction", "Investment")
                   for t, k, r in found)


@pytest.mark.parametrize("text", [
    "Gains in Corvane Ltd and Talvik Mining lifted the Kemet Index 2 percent.",
    "Investors sent Corvane Ltd shares down 6 percent on Monday.",
    "Weak results dragged the Kemet Index 1.5 percent lower.",
])
def test_a_move_caused_by_something_else(nlp, text):
    key = "kemet-index" if "Kemet" in text else "corvane-ltd"
    assert ("MarketMove", key, "subject") in triples(nlp, text, MARKETS)


@pytest.mark.parametrize("text", [
    "Corvane Ltd pushed Talvik Mining to cut costs.",
    "Nella Grant sent Corvane Ltd a letter.",
    "The storm dragged Corvane Ltd into a lawsuit.",
])
def test_pushing_or_sending_without_a_move_is_nothing(nlp, text):
    assert not any(t[0] == "MarketMove" for t in triples(nlp, text, MARKETS))


@pytest.mark.parametrize("text", [
    "Corvane Ltd's market value fell by $20 billion.",
    "The value of Corvane Ltd shares fell by a third.",
    "The market capitalisation of Corvane Ltd dropped 8 percent.",
])
def test_what_the_market_says_a_firm_is_worth_moves(nlp, text):
    assert ("MarketMove", "corvane-ltd", "subject") in triples(nlp, text, MARKETS)


def test_a_firms_sales_value_is_no_move(nlp):
    assert not any(t[0] == "MarketMove" for t in triples(nlp, "Corvane Ltd's export value rose 5 percent.", MARKETS))


@pytest.mark.parametrize("text", [
    "Corvane Ltd's bid to buy Talvik Mining failed.",
    "Corvane Ltd's plan to acquire Talvik Mining angered Nordland.",
    "An attempt by Corvane Ltd to take over Talvik Mining collapsed.",
    "Corvane Ltd's push to take over Talvik Mining for $69 billion stalled.",
])
def test_the_owner_of_an_attempt_to_buy_is_the_buyer(nlp, text):
    found = triples(nlp, text)
    assert {("Investment", "corvane-ltd", "actor"), ("Investment", "talvik-mining", "target")} <= found


def test_a_reason_to_buy_names_no_buyer(nlp):
    found = triples(nlp, "Nordland's decision gave investors a reason to buy Talvik Mining.")
    assert ("Investment", "nordland", "actor") not in found
