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


def test_lawsuit_against_and_probe_into(nlp):
    text = ("On Tuesday the Justice Ministry filed suit against Norrsken Search. "
            "Separately, the regulator launched an inquiry into Calder Ads.")
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


def test_country_crackdown_without_named_target_is_skipped(nlp):
    evs = events(nlp, "For a decade Ruvania has clamped down on online lenders of every size.", [("Ruvania", "Place")])
    assert of_type(evs, "RegulatoryAction") == []


def test_ipo_with_year(nlp):
    evs = events(nlp, "Back in 2021, the market watchdog froze Quill Pay's initial public offering.",
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
    text = ("Northland Bank Governor Aino Laks told lawmakers that the Northland Bank would hold its policy rate "
            "where it is.")
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


def test_private_person_is_not_a_regulatory_actor(nlp):
    text = "Dara Quill, an investor since 2015, said she would bar Corvid laptops from her offices."
    evs = events(nlp, text, [("Dara Quill", "Person"), ("Lumen", "Company"), ("Corvid", "Company")])
    assert of_type(evs, "RegulatoryAction") == []


def test_date_in_relative_clause_is_not_the_events(nlp):
    text = "Ostrava Bank, which was founded in 1990, acquired Velmar Energy."
    evs = events(nlp, text, [("Ostrava Bank", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert inv.date is None


def test_title_case_headline_is_parsed_as_a_sentence(nlp):
    text = ("Harlow Motors Drops Its Offer For Velmar Energy\n"
            "Harlow Motors said that it would walk away.")
    evs = events(nlp, text, [("Harlow Motors", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert roles(inv) == {("harlow-motors", "actor"), ("velmar-energy", "target")}
    assert inv.evidence.sentence == "Harlow Motors Drops Its Offer For Velmar Energy"


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


@pytest.mark.parametrize("text", [
    "Kestrel Foods planned an IPO in Lisbon. Critics doubted its figures ahead of its June 3 debut.",
    "Kestrel Foods will list its shares in Lisbon, the firm said. Kestrel Foods's debut is set for June 3.",
    "The initial public offering is Lisbon's largest this year. Bankers priced Kestrel Foods's debut at the top "
    "of the range.",
])
def test_a_firms_debut_in_an_article_about_its_listing_is_its_ipo(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Lisbon", "Place")])
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



@pytest.mark.parametrize("text, location", [
    ("The agreement also calls for Harlow Motors to open a plant in Estland.", "estland"),
    ("Under the deal, Harlow Motors will build two ships in Estland.", "estland"),
    ("The contract requires Harlow Motors to set up a factory in Estland.", "estland"),
    ("The pact between the two governments envisages Harlow Motors investing in a new mill.", None),
])
def test_an_agreement_that_provides_for_a_firm_to_invest_is_an_investment(nlp, text, location):
    evs = events(nlp, text, [("Harlow Motors", "Company"), ("Estland", "Place")])
    (inv,) = of_type(evs, "Investment")
    expected = {("harlow-motors", "target")} | ({(location, "location")} if location else set())
    assert roles(inv) == expected


def test_an_agreement_about_something_else_is_no_investment(nlp):
    evs = events(nlp, "The deal calls for Harlow Motors to cut its prices.", [("Harlow Motors", "Company")])
    assert of_type(evs, "Investment") == []


@pytest.mark.parametrize("text", [
    "The Trade Board told Palo Widgets and Kestrel Foods that the merger would hurt shoppers.",
    "The Trade Board warned Palo Widgets and Kestrel Foods that combining would break competition law.",
    "The Trade Board raised objections to the merger of Palo Widgets and Kestrel Foods.",
    "The Trade Board informed the companies that it had serious concerns about the merger of Palo Widgets "
    "and Kestrel Foods.",
])
def test_a_regulator_telling_firms_it_objects_acts_against_them(nlp, text):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company"),
                             ("Kestrel Foods", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert roles(reg) == {("trade-board", "actor"), ("palo-widgets", "target"), ("kestrel-foods", "target")}


def test_a_regulator_telling_firms_good_news_is_no_action(nlp):
    evs = events(nlp, "The Trade Board told Palo Widgets that its new plant could open in May.",
                 [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company")])
    assert of_type(evs, "RegulatoryAction") == []


@pytest.mark.parametrize("text", [
    "Pavel Novak had a long meeting with Ana Sousa on Monday.",
    "Pavel Novak held talks with Ana Sousa on Monday.",
    "On Monday Pavel Novak hosted a working lunch for Ana Sousa.",
])
def test_light_verbs_with_a_meeting_noun(nlp, text):
    evs = events(nlp, text, [("Pavel Novak", "Person"), ("Ana Sousa", "Person")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {("pavel-novak", "chair"), ("ana-sousa", "attendee")}
    assert m.date == "2024-05-06"


def test_a_news_conference_is_no_meeting(nlp):
    evs = events(nlp, "Pavel Novak hosted a news conference on Monday.", [("Pavel Novak", "Person")])
    assert of_type(evs, "Meeting") == []
