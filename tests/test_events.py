"""Events with roles, dates and values, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

WEDNESDAY = date(2024, 5, 8)


def events(nlp, text, entities, published=WEDNESDAY):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    return extract_events(doc, table, Article(id="t", text=text, published=published))


def roles(event):
    return {(p.entity.split("/")[1], p.role) for p in event.participants}


def of_type(evs, etype):
    return [e for e in evs if e.type == etype]


def test_meeting_chair_attendees_and_weekday_date(nlp):
    evs = events(nlp, "On Monday, Sela Okafor presided over a meeting with Ben Haas and Iris Lode.",
                 [("Sela Okafor", "Person"), ("Ben Haas", "Person"), ("Iris Lode", "Person")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("sela-okafor", "chair"), ("ben-haas", "attendee"), ("iris-lode", "attendee")}
    assert m.date == "2024-05-06" and m.date_text == "On Monday"
    assert 0 < m.confidence <= 1


def test_met_with_monarch_makes_monarch_chair(nlp):
    evs = events(nlp, "Pavel Novak met with King Henrik IV at the palace.",
                 [("Pavel Novak", "Person"), ("King Henrik IV", "Person")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("king-henrik-iv", "chair"), ("pavel-novak", "attendee")}


def test_meeting_merged_across_sentences_and_audience_list(nlp):
    text = ("Premier Ana Sousa met the country’s top bankers on Tuesday. "
            "Her audience included Lark Bank CEO Tim Oyelaran and Dov Pearl. "
            "At the meeting, Ana Sousa urged the bankers to lend more.")
    evs = events(nlp, text, [("Ana Sousa", "Person"), ("Lark Bank", "Company"), ("Tim Oyelaran", "Person"),
                             ("Dov Pearl", "Person")])
    meetings = of_type(evs, "Meeting")
    assert len(meetings) == 1
    keys = {k for k, _ in roles(meetings[0])}
    assert {"ana-sousa", "tim-oyelaran", "dov-pearl"} <= keys
    assert "lark-bank" not in keys  # the bank only says where the CEO works
    assert meetings[0].date == "2024-05-07"


def test_met_expectations_is_not_a_meeting(nlp):
    evs = events(nlp, "Tarsus Foods met expectations for the quarter.", [("Tarsus Foods", "Company")])
    assert of_type(evs, "Meeting") == []


@pytest.mark.parametrize("text, value", [
    ("The Kestrel 40 index rose 2.5% on Tuesday.", "+2.5%"),
    ("The Kestrel 40 index closed 1.2 percent higher on Tuesday.", "+1.2%"),
    ("The Kestrel 40 index fell 3 percent on Tuesday.", "-3%"),
    ("The Kestrel 40 index lost three percent on Tuesday.", "-3%"),
    ("The Kestrel 40 index was up 1 percent on Tuesday.", "+1%"),
    ("The Kestrel 40 index was down 0.4% on Tuesday.", "-0.4%"),
])
def test_market_move_value_is_signed(nlp, text, value):
    (mv,) = of_type(events(nlp, text, [("Kestrel 40", "MarketIndex")]), "MarketMove")
    assert mv.value == value
    assert roles(mv) == {("kestrel-40", "subject")}
    assert mv.date == "2024-05-07"


def test_company_stock_move(nlp):
    evs = events(nlp, "Meanwhile, Pellucid Air closed 4.1% lower in Oslo.", [("Pellucid Air", "Company"), ("Oslo", "Place")])
    (mv,) = of_type(evs, "MarketMove")
    assert mv.value == "-4.1%" and roles(mv) == {("pellucid-air", "subject")}
    assert mv.date is None  # no date cue in the sentence: no guess


def test_company_without_figure_is_not_a_market_move(nlp):
    evs = events(nlp, "Pellucid Air grew quickly after the merger.", [("Pellucid Air", "Company")])
    assert of_type(evs, "MarketMove") == []


def test_regulator_fine_actor_and_target(nlp):
    evs = events(nlp, "The Competition Office fined Belltower Telecom 40 million euros yesterday.",
                 [("Competition Office", "GovernmentBody"), ("Belltower Telecom", "Company")])
    (ra,) = of_type(evs, "RegulatoryAction")
    assert roles(ra) == {("competition-office", "actor"), ("belltower-telecom", "target")}
    assert ra.date == "2024-05-07"


def test_lawsuit_against_and_probe_into(nlp):
    text = ("The Justice Ministry on Tuesday brought legal action against Norrsken Search. "
            "The regulator also opened an investigation into Calder Ads.")
    evs = events(nlp, text, [("Justice Ministry", "GovernmentBody"), ("Norrsken Search", "Company"),
                             ("Calder Ads", "Company")])
    ras = of_type(evs, "RegulatoryAction")
    pairs = {pair for e in ras for pair in roles(e)}
    assert ("justice-ministry", "actor") in pairs
    assert ("norrsken-search", "target") in pairs and ("calder-ads", "target") in pairs


def test_passive_regulatory_action(nlp):
    evs = events(nlp, "Grell Mining was charged by the Securities Board last week.",
                 [("Grell Mining", "Company"), ("Securities Board", "GovernmentBody")])
    (ra,) = of_type(evs, "RegulatoryAction")
    assert roles(ra) == {("securities-board", "actor"), ("grell-mining", "target")}
    assert ra.date == "2024-05"  # last week (29 April - 5 May) is mostly May


def test_entity_list_and_sanctions(nlp):
    text = ("The Export Bureau added Tovar Systems to its Entity List. "
            "The Finance Ministry imposed sanctions on Ruvania.")
    evs = events(nlp, text, [("Export Bureau", "GovernmentBody"), ("Tovar Systems", "Company"),
                             ("Finance Ministry", "GovernmentBody"), ("Ruvania", "Place")])
    pairs = {pair for e in of_type(evs, "RegulatoryAction") for pair in roles(e)}
    assert {("export-bureau", "actor"), ("tovar-systems", "target"), ("finance-ministry", "actor"),
            ("ruvania", "target")} <= pairs


def test_list_of_targets_in_next_sentence(nlp):
    text = ("The agency is continuing its investigations into several retailers. "
            "Those retailers include Ambry and Coldstone Market.")
    evs = events(nlp, text, [("Ambry", "Company"), ("Coldstone Market", "Company")])
    pairs = {pair for e in of_type(evs, "RegulatoryAction") for pair in roles(e)}
    assert pairs == {("ambry", "target"), ("coldstone-market", "target")}


def test_country_crackdown_without_named_target_is_skipped(nlp):
    evs = events(nlp, "Ruvania has cracked down on big tech over the past few years.", [("Ruvania", "Place")])
    assert of_type(evs, "RegulatoryAction") == []


def test_crackdown_on_his_empire_targets_him(nlp):
    text = "Leo Brant was quiet for years after the Ruvanian government cracked down on his empire."
    evs = events(nlp, text, [("Leo Brant", "Person"), ("Ruvanian government", "GovernmentBody")])
    (ra,) = of_type(evs, "RegulatoryAction")
    assert roles(ra) == {("ruvanian-government", "actor"), ("leo-brant", "target")}


def test_ipo_with_year(nlp):
    evs = events(nlp, "In 2021, regulators halted the initial public offering of Quill Pay.",
                 [("Quill Pay", "Company")])
    (ipo,) = of_type(evs, "IPO")
    assert roles(ipo) == {("quill-pay", "subject")} and ipo.date == "2021"


def test_criticism_event(nlp):
    evs = events(nlp, "Senator Ina Rolf sharply criticized Fennick Bank on Friday.",
                 [("Ina Rolf", "Person"), ("Fennick Bank", "Company")])
    (c,) = of_type(evs, "Criticism")
    assert roles(c) == {("ina-rolf", "actor"), ("fennick-bank", "target")}
    assert c.date == "2024-05-03"


def test_policy_announcement_by_central_bank_and_speaker(nlp):
    text = "Northland Bank Governor Aino Laks said the Northland Bank will keep interest rates unchanged."
    evs = events(nlp, text, [("Aino Laks", "Person"), ("Northland Bank", "GovernmentBody")])
    (p,) = of_type(evs, "PolicyAnnouncement")
    assert {k for k, _ in roles(p)} == {"aino-laks", "northland-bank"}


def test_policy_promise_to_cut_spending(nlp):
    text = "Estland's Prime Minister Mira Tamm said she would look for ways to cut public spending."
    evs = events(nlp, text, [("Mira Tamm", "Person"), ("Estland", "Place")])
    (p,) = of_type(evs, "PolicyAnnouncement")
    assert roles(p) == {("mira-tamm", "actor")}


def test_private_person_spending_cut_is_not_policy(nlp):
    evs = events(nlp, "Mira Tamm said she would cut spending on her farm.", [("Mira Tamm", "Person")])
    assert of_type(evs, "PolicyAnnouncement") == []


def test_acquisition_investment(nlp):
    text = "Ostrava Bank abandoned its plans to acquire Velmar Energy for $2 billion."
    evs = events(nlp, text, [("Ostrava Bank", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert roles(inv) == {("ostrava-bank", "actor"), ("velmar-energy", "target")}


def test_product_release(nlp):
    evs = events(nlp, "Quanta Labs launched Helio-3 on Thursday.", [("Quanta Labs", "Company"), ("Helio-3", "Product")])
    (pr,) = of_type(evs, "ProductRelease")
    assert roles(pr) == {("quanta-labs", "actor"), ("helio-3", "subject")}
    assert pr.date == "2024-05-02"


def test_future_weekday_points_forward(nlp):
    evs = events(nlp, "Rhea Moss will meet Tor Lind on Friday.", [("Rhea Moss", "Person"), ("Tor Lind", "Person")])
    (m,) = of_type(evs, "Meeting")
    assert m.date == "2024-05-10"


def test_trade_conflict(nlp):
    evs = events(nlp, "Ruvania imposed tariffs on Delmar steel.", [("Ruvania", "Place"), ("Delmar", "Place")])
    (t,) = of_type(evs, "TradeConflict")
    assert ("ruvania", "actor") in roles(t)


def test_events_inside_quotes_are_ignored(nlp):
    text = "“We will fine Belltower Telecom,” said Ida Krol of the Competition Office."
    evs = events(nlp, text, [("Belltower Telecom", "Company"), ("Ida Krol", "Person"),
                             ("Competition Office", "GovernmentBody")])
    assert of_type(evs, "RegulatoryAction") == []


def test_private_person_is_not_a_regulatory_actor(nlp):
    text = "Dara Quill, who founded Lumen in 2015, threatened to ban Corvid phones at her companies."
    evs = events(nlp, text, [("Dara Quill", "Person"), ("Lumen", "Company"), ("Corvid", "Company")])
    assert of_type(evs, "RegulatoryAction") == []


def test_date_in_relative_clause_is_not_the_events(nlp):
    text = "Ostrava Bank, which was founded in 1990, acquired Velmar Energy."
    evs = events(nlp, text, [("Ostrava Bank", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert inv.date is None


def test_guilty_plea_targets_the_subject(nlp):
    text = "Corvid Exchange pleaded guilty today to resolve the Justice Ministry's investigation."
    evs = events(nlp, text, [("Corvid Exchange", "Company"), ("Justice Ministry", "GovernmentBody")])
    pairs = {p for e in of_type(evs, "RegulatoryAction") for p in roles(e)}
    assert ("corvid-exchange", "target") in pairs and ("justice-ministry", "actor") in pairs


def test_two_actions_with_different_dates_stay_apart(nlp):
    text = ("The Trade Commission on Monday opened an investigation into Corvid. "
            "Last month, the Trade Commission fined Corvid 2 million euros.")
    evs = events(nlp, text, [("Trade Commission", "GovernmentBody"), ("Corvid", "Company")])
    ras = of_type(evs, "RegulatoryAction")
    assert sorted(e.date for e in ras) == ["2024-04", "2024-05-06"]


def test_summit_attended_by_and_one_chair(nlp):
    text = ("Premier Aiko Sato hosted the summit, which was attended by Rolf Lind and Mara Vee. "
            "On Saturday, Mara Vee met with Aiko Sato.")
    evs = events(nlp, text, [("Aiko Sato", "Person"), ("Rolf Lind", "Person"), ("Mara Vee", "Person")])
    meetings = of_type(evs, "Meeting")
    assert len(meetings) == 1
    assert roles(meetings[0]) == {("aiko-sato", "chair"), ("rolf-lind", "attendee"), ("mara-vee", "attendee")}


def test_plural_subject_meets(nlp):
    evs = events(nlp, "Leaders of the Nordic Council met in Oslo on Friday.",
                 [("Nordic Council", "Organization"), ("Oslo", "Place")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("nordic-council", "attendee")}


@pytest.mark.parametrize("text", [
    "The Northland Bank held rates steady on Thursday.",
    "President Ivo Sand of Estland signed an executive order on Thursday.",
])
def test_policy_forms(nlp, text):
    evs = events(nlp, text, [("Northland Bank", "GovernmentBody"), ("Ivo Sand", "Person"), ("Estland", "Place")])
    (p,) = of_type(evs, "PolicyAnnouncement")
    assert p.date == "2024-05-02"


def test_ipo_filing_and_phone_call(nlp):
    text = ("Quill Pay filed for an IPO in March. "
            "Premier Ana Sousa held a phone call with Tor Lind on Monday.")
    evs = events(nlp, text, [("Quill Pay", "Company"), ("Ana Sousa", "Person"), ("Tor Lind", "Person")])
    assert roles(of_type(evs, "IPO")[0]) == {("quill-pay", "subject")}
    assert {k for k, _ in roles(of_type(evs, "Meeting")[0])} == {"ana-sousa", "tor-lind"}


def test_points_and_percent_prefers_percent_and_comparison_is_not_the_date(nlp):
    text = "The Kestrel 40 index fell 1,033 points, or 2.6%, to its lowest level since 2019 on Monday."
    (mv,) = of_type(events(nlp, text, [("Kestrel 40", "MarketIndex")]), "MarketMove")
    assert mv.value == "-2.6%"
    assert mv.date == "2024-05-06"


def test_title_case_headline_is_parsed_as_a_sentence(nlp):
    text = ("Harlow Motors Abandons Proposed Acquisition Of Velmar Energy\n"
            "Harlow Motors said that it would stop the talks.")
    evs = events(nlp, text, [("Harlow Motors", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert roles(inv) == {("harlow-motors", "actor"), ("velmar-energy", "target")}
    assert inv.evidence.sentence == "Harlow Motors Abandons Proposed Acquisition Of Velmar Energy"


def test_titled_people_in_a_conjoined_subject(nlp):
    text = "Senate Majority Leader Rolf Lind and Treasury Chief Ana Sousa met with Premier Tor Vik on Tuesday."
    evs = events(nlp, text, [("Senate", "GovernmentBody"), ("Rolf Lind", "Person"), ("Treasury", "GovernmentBody"),
                             ("Ana Sousa", "Person"), ("Tor Vik", "Person")])
    (m,) = of_type(evs, "Meeting")
    keys = {k for k, _ in roles(m)}
    assert {"rolf-lind", "ana-sousa", "tor-vik"} <= keys
    assert "senate" not in keys and "treasury" not in keys


def test_company_figures_are_not_market_moves(nlp):
    evs = events(nlp, "Pellucid Air's revenue rose 5% in the quarter. Pellucid Air shares rose 2%.",
                 [("Pellucid Air", "Company")])
    (mv,) = of_type(evs, "MarketMove")
    assert mv.value == "+2%"


def test_dateline_outlet_is_not_a_meeting_participant(nlp):
    text = "OSLO, May 7 (Nordwire) -- Premier Tor Vik held talks with Ana Sousa on Tuesday."
    evs = events(nlp, text, [("Nordwire", "MediaOutlet"), ("Tor Vik", "Person"), ("Ana Sousa", "Person")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("tor-vik", "chair"), ("ana-sousa", "attendee")}


def test_promised_support_is_policy(nlp):
    text = "Estland's Finance Minister Mira Tamm promised billions of euros in support for farms."
    evs = events(nlp, text, [("Mira Tamm", "Person"), ("Estland", "Place")])
    (p,) = of_type(evs, "PolicyAnnouncement")
    assert roles(p) == {("mira-tamm", "actor")}


def test_verbless_lines_finish(nlp):
    text = "Corvid probe, Trade Commission, last week; Kestrel 40 index 2% higher on Monday."
    evs = events(nlp, text, [("Corvid", "Company"), ("Trade Commission", "GovernmentBody"),
                             ("Kestrel 40", "MarketIndex")])
    assert all(e.type in ("RegulatoryAction", "MarketMove") for e in evs)


def test_blocking_a_merger_targets_both_firms(nlp):
    evs = events(nlp, "The Trade Board sued to block the merger of Palo Widgets and Kestrel Foods.",
                 [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("trade-board", "actor"), ("palo-widgets", "target"), ("kestrel-foods", "target")}


def test_export_curbs_on_a_firm_are_a_regulatory_action(nlp):
    evs = events(nlp, "The Trade Board imposed export curbs on Palo Widgets.",
                 [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("trade-board", "actor"), ("palo-widgets", "target")}


def test_curbs_without_a_target_give_nothing(nlp):
    evs = events(nlp, "Palo Widgets warned that curbs could hurt sales.", [("Palo Widgets", "Company")])
    assert of_type(evs, "RegulatoryAction") == []


def test_a_veto_of_a_takeover_targets_the_firm(nlp):
    evs = events(nlp, "The Trade Board vetoed the takeover of Kestrel Foods.",
                 [("Trade Board", "GovernmentBody"), ("Kestrel Foods", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("trade-board", "actor"), ("kestrel-foods", "target")}


def test_a_bid_for_a_firm_is_an_investment(nlp):
    evs = events(nlp, "Palo Widgets made a cash bid for Kestrel Foods.",
                 [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert roles(inv) == {("palo-widgets", "actor"), ("kestrel-foods", "target")}


def test_two_firms_agreeing_to_merge_are_both_parties(nlp):
    evs = events(nlp, "Palo Widgets and Kestrel Foods agreed to merge.",
                 [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert {k for k, _ in roles(inv)} == {"palo-widgets", "kestrel-foods"}


def test_a_bid_to_win_something_is_not_an_investment(nlp):
    evs = events(nlp, "Palo Widgets lost its bid to win the contract.", [("Palo Widgets", "Company")])
    assert of_type(evs, "Investment") == []


def test_a_move_noun_after_a_light_verb_is_a_market_move(nlp):
    evs = events(nlp, "Palo Widgets shares took a steep dive of 7% on Monday.", [("Palo Widgets", "Company")])
    (mm,) = of_type(evs, "MarketMove")
    assert roles(mm) == {("palo-widgets", "subject")} and mm.value == "-7%"


def test_a_light_verb_without_a_figure_is_no_market_move(nlp):
    evs = events(nlp, "Palo Widgets shares took a dive.", [("Palo Widgets", "Company")])
    assert of_type(evs, "MarketMove") == []


def test_ipo_as_a_modifier_finds_the_firm_of_its_noun(nlp):
    evs = events(nlp, "The exchange halted the IPO process of Palo Widgets.", [("Palo Widgets", "Company")])
    (ipo,) = of_type(evs, "IPO")
    assert roles(ipo) == {("palo-widgets", "subject")}


def test_shares_belong_to_the_firm_written_right_before_them(nlp):
    evs = events(nlp, "Kestrel Foods's parent company Palo Holdings's shares fell 4%.",
                 [("Kestrel Foods", "Company"), ("Palo Holdings", "Company")])
    (mm,) = of_type(evs, "MarketMove")
    assert roles(mm) == {("palo-holdings", "subject")} and mm.value == "-4%"


def test_people_summoned_by_a_regulator_attend_a_meeting_it_chairs(nlp):
    evs = events(nlp, "Its founder Ada Brenn and two executives Ben Haas and Iris Lode were summoned by the Trade Board.",
                 [("Ada Brenn", "Person"), ("Ben Haas", "Person"), ("Iris Lode", "Person"),
                  ("Trade Board", "GovernmentBody")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("trade-board", "chair"), ("ada-brenn", "attendee"), ("ben-haas", "attendee"),
                        ("iris-lode", "attendee")}


def test_summoning_courage_is_no_meeting(nlp):
    evs = events(nlp, "Ada Brenn summoned the courage to speak.", [("Ada Brenn", "Person")])
    assert of_type(evs, "Meeting") == []


def test_shares_of_several_firms_moving_together_give_each_firm(nlp):
    evs = events(nlp, "Shares of Kestrel Foods, Palo Widgets and Norvex Corp fell 3% on Monday.",
                 [("Kestrel Foods", "Company"), ("Palo Widgets", "Company"), ("Norvex Corp", "Company")])
    subjects = {k for e in of_type(evs, "MarketMove") for k, _ in roles(e)}
    assert subjects == {"kestrel-foods", "palo-widgets", "norvex-corp"}


def test_a_subsidiary_named_beside_its_parent_is_the_target(nlp):
    evs = events(nlp, "A Kestrel Foods subsidiary, Kestrel Dairy Ltd, pleaded guilty to bribery.",
                 [("Kestrel Foods", "Company"), ("Kestrel Dairy Ltd", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("kestrel-dairy-ltd", "target")}


def test_an_event_in_an_adverbial_clause_does_not_take_the_main_clause_date(nlp):
    evs = events(nlp, "Palo Widgets shares rose 4% on Tuesday, a day after the Trade Board fined Kestrel Foods.",
                 [("Palo Widgets", "Company"), ("Trade Board", "GovernmentBody"), ("Kestrel Foods", "Company")])
    (mm,) = of_type(evs, "MarketMove")
    (reg,) = of_type(evs, "RegulatoryAction")
    assert mm.date == "2024-05-07"
    assert reg.date is None


def test_a_firms_debut_in_an_article_about_its_listing_is_its_ipo(nlp):
    evs = events(nlp, "Kestrel Foods planned an IPO in Lisbon. Critics doubted its figures ahead of its June 3 debut.",
                 [("Kestrel Foods", "Company"), ("Lisbon", "Place")])
    (ipo,) = of_type(evs, "IPO")
    assert roles(ipo) == {("kestrel-foods", "subject")}


def test_a_debut_with_no_listing_in_the_article_is_no_ipo(nlp):
    evs = events(nlp, "Critics praised Kestrel Foods ahead of its June 3 debut.", [("Kestrel Foods", "Company")])
    assert of_type(evs, "IPO") == []


def test_shares_losing_market_value_is_a_market_move(nlp):
    evs = events(nlp, "Kestrel Foods's shares have lost $3 billion in market value.", [("Kestrel Foods", "Company")])
    (mm,) = of_type(evs, "MarketMove")
    assert roles(mm) == {("kestrel-foods", "subject")}
    assert of_type(events(nlp, "Kestrel Foods lost $3 billion last year.", [("Kestrel Foods", "Company")]),
                   "MarketMove") == []


def test_a_weekday_of_the_saying_points_back_even_when_the_plan_is_future(nlp):
    evs = events(nlp, "Palo Widgets said on Monday it would acquire Kestrel Foods.",
                 [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert inv.date == "2024-05-06"
    (later,) = of_type(events(nlp, "Palo Widgets will acquire Kestrel Foods on Monday.",
                              [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")]), "Investment")
    assert later.date == "2024-05-13"


def test_firms_listed_after_such_as_are_the_targets(nlp):
    evs = events(nlp, "The Trade Board cracked down on tutoring firms such as Kestrel Foods and Palo Widgets.",
                 [("Trade Board", "GovernmentBody"), ("Kestrel Foods", "Company"), ("Palo Widgets", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("trade-board", "actor"), ("kestrel-foods", "target"), ("palo-widgets", "target")}


def test_firms_listed_after_including_are_the_targets_of_a_probe_noun(nlp):
    evs = events(nlp, "The Trade Board announced a probe into lenders such as Kestrel Bank.",
                 [("Trade Board", "GovernmentBody"), ("Kestrel Bank", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert ("kestrel-bank", "target") in roles(reg)


def test_a_while_clause_shares_the_main_clause_date(nlp):
    evs = events(nlp, "Shares of Palo Widgets fell 2% on Tuesday, while the Lumen 30 index rose 0.5%.",
                 [("Palo Widgets", "Company"), ("Lumen 30 index", "MarketIndex")])
    moves = {next(iter(roles(e)))[0]: e.date for e in of_type(evs, "MarketMove")}
    assert moves == {"palo-widgets": "2024-05-07", "lumen-30-index": "2024-05-07"}
