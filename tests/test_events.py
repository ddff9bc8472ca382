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


def keys_in_role(evs, etype, role):
    """Entity keys that take `role` in any event of `etype`."""
    return {k for e in of_type(evs, etype) for k, r in roles(e) if r == role}


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
    # (the fourth sentence: the opening sentences of a story that names no day tell the publication day)
    text = ("Oslo shares were mixed. Traders were cautious. Bond yields rose. Meanwhile, Pellucid Air closed 4.1% "
            "lower in Oslo.")
    evs = events(nlp, text, [("Pellucid Air", "Company"), ("Oslo", "Place")])
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


@pytest.mark.parametrize("text", [
    "The agency is widening its inquiry into several retailers. Those retailers include Ambry and Coldstone Market.",
    "Officials have opened probes into a handful of lenders. They include Ambry and Coldstone Market.",
    "The watchdog said it was investigating three grocers. The grocers under review include Ambry and "
    "Coldstone Market.",
])
def test_list_of_targets_in_next_sentence(nlp, text):
    evs = events(nlp, text, [("Ambry", "Company"), ("Coldstone Market", "Company")])
    pairs = {pair for e in of_type(evs, "RegulatoryAction") for pair in roles(e)}
    assert {("ambry", "target"), ("coldstone-market", "target")} <= pairs


def test_country_crackdown_without_named_target_is_skipped(nlp):
    evs = events(nlp, "For a decade Ruvania has clamped down on online lenders of every size.", [("Ruvania", "Place")])
    assert of_type(evs, "RegulatoryAction") == []


def test_crackdown_on_his_empire_targets_him(nlp):
    text = "Leo Brant was quiet for years after the Ruvanian government cracked down on his empire."
    evs = events(nlp, text, [("Leo Brant", "Person"), ("Ruvanian government", "GovernmentBody")])
    (ra,) = of_type(evs, "RegulatoryAction")
    assert roles(ra) == {("ruvanian-government", "actor"), ("leo-brant", "target")}


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


@pytest.mark.parametrize("text", [
    "Ostrava Bank dropped its bid to acquire Velmar Energy for $2 billion.",
    "Ostrava Bank bought Velmar Energy last spring.",
    "Ostrava Bank's takeover of Velmar Energy closed without a hitch.",
])
def test_acquisition_investment(nlp, text):
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
    text = "Dara Quill, an investor since 2015, said she would bar Corvid laptops from her offices."
    evs = events(nlp, text, [("Dara Quill", "Person"), ("Lumen", "Company"), ("Corvid", "Company")])
    assert of_type(evs, "RegulatoryAction") == []


def test_date_in_relative_clause_is_not_the_events(nlp):
    text = "Ostrava Bank, which was founded in 1990, acquired Velmar Energy."
    evs = events(nlp, text, [("Ostrava Bank", "Company"), ("Velmar Energy", "Company")])
    (inv,) = of_type(evs, "Investment")
    assert inv.date != "1990" and "1990" not in (inv.date_text or "")


@pytest.mark.parametrize("text", [
    "Corvid Exchange pleaded guilty today, ending the Justice Ministry's investigation.",
    "Corvid Exchange has agreed to plead guilty to fraud charges brought by the Justice Ministry.",
    "The Justice Ministry said Corvid Exchange pleaded guilty to wire fraud.",
])
def test_guilty_plea_targets_the_subject(nlp, text):
    evs = events(nlp, text, [("Corvid Exchange", "Company"), ("Justice Ministry", "GovernmentBody")])
    pairs = {p for e in of_type(evs, "RegulatoryAction") for p in roles(e)}
    assert ("corvid-exchange", "target") in pairs


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
    assert roles(m) == {("nordic-council", "chair"), ("oslo", "location")}  # a body meeting alone chairs


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
    "Its chairwoman Ada Brenn and two deputies, Ben Haas and Iris Lode, were summoned by the Trade Board.",
    "The Trade Board summoned Ada Brenn, Ben Haas and Iris Lode to explain the losses.",
    "Ada Brenn, Ben Haas and Iris Lode were summoned on Friday by the Trade Board for questioning.",
])
def test_people_summoned_by_a_regulator_attend_a_meeting_it_chairs(nlp, text):
    evs = events(nlp, text, [("Ada Brenn", "Person"), ("Ben Haas", "Person"), ("Iris Lode", "Person"),
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
    assert reg.date == "2024-05-06"  # "a day after": counted back from the main clause's day, not its day


@pytest.mark.parametrize("text", [
    "Kestrel Foods planned an IPO in Lisbon. Critics doubted its figures ahead of its June 3 debut.",
    "Kestrel Foods will list its shares in Lisbon, the firm said. Kestrel Foods's debut is set for June 3.",
    "The initial public offering is Lisbon's largest this year. Bankers priced Kestrel Foods's debut at the top "
    "of the range.",
])
def test_a_firms_debut_in_an_article_about_its_listing_is_its_ipo(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Lisbon", "Place")])
    (ipo,) = of_type(evs, "IPO")
    # "an IPO in Lisbon" also places it there
    assert {r for r in roles(ipo) if r[1] != "location"} == {("kestrel-foods", "subject")}


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
    "The Trade Board wrote to both firms saying it had serious concerns about the merger of Palo Widgets "
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


@pytest.mark.parametrize("text", [
    "Stocks in Lisbon rallied on Monday. The Kestrel 40 index rose 2%.",
    "Trading was heavy on Monday as bank shares recovered. By the close the Kestrel 40 index had gained 2%.",
    "Markets in Lisbon were mixed in Monday's trading. Kestrel 40 index futures aside, the Kestrel 40 index "
    "advanced 2%.",
])
def test_an_undated_move_takes_the_day_the_report_is_on(nlp, text):
    (mv,) = of_type(events(nlp, text, [("Kestrel 40", "MarketIndex")]), "MarketMove")
    assert mv.date == "2024-05-06"


@pytest.mark.parametrize("text", [
    "The Trade Board has fined Palo Widgets for hiding defects, its first penalty against a carmaker.",
    "The Trade Board has fined Palo Widgets for hiding defects. The firm plans to appeal.",
    "LISBON - The Trade Board fined Palo Widgets for hiding defects, the board said in a statement.",
])
def test_the_lead_event_without_a_cue_takes_the_publication_date(nlp, text):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert reg.date == WEDNESDAY.isoformat()


@pytest.mark.parametrize("text", [
    "Stocks rallied on Monday. Analysts said Palo Widgets shares could rise 5%.",
    "Stocks rallied on Monday. Palo Widgets shares will rise 5% once the deal closes.",
    # (beyond the sentences a lead's day holds for, events._STORY_DAY_UNITS)
    "Palo Widgets unveiled a van on Monday. Many firms are in trouble. Traders wrote long notes. Nobody slept. "
    "Rain fell. Roads closed. Schools shut. Buses stopped. Palo Widgets shares rose 5%.",
])
def test_no_date_for_moves_in_future_or_modal_clauses_or_far_from_any_cue(nlp, text):
    evs = events(nlp, text, [("Palo Widgets", "Company")])
    moves = [e for e in of_type(evs, "MarketMove") if ("palo-widgets", "subject") in roles(e)]
    assert moves and all(e.date is None for e in moves)


@pytest.mark.parametrize("text, day", [
    ("Stocks fell on Tuesday. A day earlier, the Trade Board fined Palo Widgets.", "2024-05-06"),
    ("Stocks fell on Tuesday. The Trade Board had fined Palo Widgets the previous day.", "2024-05-06"),
    ("The Trade Board met on Monday. Two days later it fined Palo Widgets.", "2024-05-08"),
])
def test_a_day_earlier_counts_from_the_day_the_narrative_is_on(nlp, text, day):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company")])
    (reg,) = [e for e in of_type(evs, "RegulatoryAction") if ("palo-widgets", "target") in roles(e)]
    assert reg.date == day


def test_a_shift_without_a_day_to_count_from_gives_no_date(nlp):
    text = "Markets were calm. Traders were away. A week later, the Trade Board fined Palo Widgets."
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company")])
    (reg,) = of_type(evs, "RegulatoryAction")
    assert reg.date is None


@pytest.mark.parametrize("text", [
    "The heads of the Kestrel Fund and the Northland Bank were in Lisbon on Monday for talks with Ana Sousa.",
    "Ana Sousa held talks with the chiefs of the Kestrel Fund and the Northland Bank.",
    "Ana Sousa met the leaders of the Kestrel Fund and the Northland Bank in Lisbon.",
])
def test_the_heads_of_several_bodies_stand_for_each_body(nlp, text):
    evs = events(nlp, text, [("Kestrel Fund", "Organization"), ("Northland Bank", "GovernmentBody"),
                             ("Ana Sousa", "Person"), ("Lisbon", "Place")])
    (m,) = of_type(evs, "Meeting")
    assert {"kestrel-fund", "northland-bank", "ana-sousa"} <= {k for k, _ in roles(m)}


@pytest.mark.parametrize("text, day", [
    ("Negotiators from Estland and Ruvania concluded two days of talks on Tuesday.", "2024-05-07"),
    ("Officials from Estland and Ruvania began talks in Lisbon on Monday.", "2024-05-06"),
    ("Delegations from Estland and Ruvania opened a new round of negotiations on Monday.", "2024-05-06"),
])
def test_envoys_from_countries_in_talks_make_the_countries_attend(nlp, text, day):
    evs = events(nlp, text, [("Estland", "Place"), ("Ruvania", "Place"), ("Lisbon", "Place")])
    (m,) = of_type(evs, "Meeting")
    venue = {("lisbon", "location")} if "Lisbon" in text else set()
    assert roles(m) == {("estland", "attendee"), ("ruvania", "attendee")} | venue and m.date == day


def test_a_place_where_talks_happen_does_not_attend(nlp):
    evs = events(nlp, "Ana Sousa held talks with Tor Vik in Lisbon.",
                 [("Ana Sousa", "Person"), ("Tor Vik", "Person"), ("Lisbon", "Place")])
    (m,) = of_type(evs, "Meeting")
    assert "lisbon" not in {k for k, r in roles(m) if r != "location"}


@pytest.mark.parametrize("text", [
    "Ivo Sand will resign next month.",
    "Ivo Sand could lose the election.",
    "Ana Sousa will try to cut spending once she takes office on June 1.",
    "Kestrel Foods may file for bankruptcy.",
])
def test_offices_and_elections_that_did_not_happen_give_no_event(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Ana Sousa", "Person"), ("Kestrel Foods", "Company")])
    assert of_type(evs, "Other") == []


def test_a_plea_dates_the_plea_not_the_prosecution(nlp):
    evs = events(nlp, "Ivo Sand pleaded guilty to fraud on Monday.", [("Ivo Sand", "Person")])
    (plea,) = of_type(evs, "Other")
    (case,) = of_type(evs, "RegulatoryAction")
    assert plea.date == "2024-05-06" and case.date is None


@pytest.mark.parametrize("text", [
    "The housing market in Lisbon fell 3 percent.",
    "Oil prices in Lisbon rose 2 percent.",
    "Stocks fell 2 percent in early trading.",
])
def test_other_markets_of_a_place_are_no_stock_market_move(nlp, text):
    evs = events(nlp, text, [("Lisbon", "Place")])
    assert of_type(evs, "MarketMove") == []


def test_a_day_earlier_in_a_phrase_about_another_event_does_not_date_the_move(nlp):
    text = ("Stocks in Lisbon slid on Monday. Despite a rate cut taken by the Northland Bank a day earlier, "
            "the Tagus Index fell 2 percent.")
    evs = events(nlp, text, [("Lisbon", "Place"), ("Northland Bank", "GovernmentBody"), ("Tagus Index", "MarketIndex")])
    (move,) = [e for e in of_type(evs, "MarketMove") if ("tagus-index", "subject") in roles(e)]
    assert move.date == "2024-05-06"


@pytest.mark.parametrize("text", [
    "Ana Sousa became the country's second prime minister this year on Tuesday.",
    "On Tuesday Ana Sousa took office, her first this year.",
])
def test_the_most_precise_cue_of_the_clause_dates_the_event(nlp, text):
    evs = events(nlp, text, [("Ana Sousa", "Person")])
    (e,) = of_type(evs, "Other")
    assert e.date == "2024-05-07"


@pytest.mark.parametrize("text", [
    "Palo Widgets signed a deal with Kestrel Foods on Monday.",
    "Estland may sign the treaty next year.",
])
def test_firms_deals_and_unsigned_treaties_are_no_agreement_event(nlp, text):
    evs = events(nlp, text, [("Palo Widgets", "Company"), ("Kestrel Foods", "Company"), ("Estland", "Place")])
    assert of_type(evs, "Other") == []


@pytest.mark.parametrize("text", [
    "Ivo Sand promised to double sales.",
    "The former Northland Bank chief promised to write a book.",
])
def test_a_private_pledge_is_no_policy(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Northland Bank", "GovernmentBody")])
    assert of_type(evs, "PolicyAnnouncement") == []


def test_a_lead_event_does_not_take_a_date_still_to_come(nlp):
    text = ("Estland and Nordland have agreed to a provisional trade agreement. "
            "Some points remain to be settled at a summit next month.")
    evs = events(nlp, text, [("Estland", "Place"), ("Nordland", "Place")])
    (deal,) = of_type(evs, "Other")
    assert deal.date == "2024-05-08"


def test_a_market_report_keeps_its_trading_day_for_every_closing_figure(nlp):
    text = ("Stocks in Lisbon were mixed in Monday's trading. The Tagus Index rose 1 percent. "
            "Dealers blamed the weather. Bond yields barely moved. The Minho Index lost 0.5 percent. "
            "In Porto, the Douro Index fell 2 percent.")
    evs = events(nlp, text, [("Lisbon", "Place"), ("Tagus Index", "MarketIndex"), ("Minho Index", "MarketIndex"),
                             ("Douro Index", "MarketIndex")])
    moves = {k: e.date for e in of_type(evs, "MarketMove") for k, _ in roles(e)}
    assert moves["minho-index"] == moves["douro-index"] == "2024-05-06"


@pytest.mark.parametrize("text", [
    "Ivo Sand ruled out a sale of Palo Widgets.",
    "Palo Widgets ordered 20 aircraft from Kestrel Foods.",
    "The Trade Board ordered a review of the market.",
])
def test_ruling_out_and_ordering_goods_are_no_regulatory_action(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Palo Widgets", "Company"), ("Kestrel Foods", "Company"),
                             ("Trade Board", "GovernmentBody")])
    assert not any(k in ("palo-widgets", "kestrel-foods") for e in of_type(evs, "RegulatoryAction") for k, _ in roles(e))


def test_hosting_an_event_is_no_meeting_with_it(nlp):
    evs = events(nlp, "Ana Sousa hosted the Lisbon Marathon.", [("Ana Sousa", "Person"), ("Lisbon Marathon", "Organization")])
    assert of_type(evs, "Meeting") == []


def test_supplies_that_fell_are_no_cut_off(nlp):
    evs = events(nlp, "Gas supplies to Nordland fell 40 percent.", [("Nordland", "Place")])
    assert of_type(evs, "TradeConflict") == []


def test_two_firms_announcing_a_merger_are_both_parties(nlp):
    evs = events(nlp, "Palo Widgets and Kestrel Foods announced a merger on Monday.",
                 [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    (deal,) = of_type(evs, "Investment")
    assert roles(deal) == {("palo-widgets", "target"), ("kestrel-foods", "target")}
    assert deal.date == "2024-05-06"


def test_a_cue_in_the_complement_of_the_trigger_dates_it(nlp):
    evs = events(nlp, "Shares of Kestrel Foods began trading in Lisbon on Thursday.",
                 [("Kestrel Foods", "Company"), ("Lisbon", "Place")])
    (ipo,) = of_type(evs, "IPO")
    assert ipo.date == "2024-05-02"


def test_a_country_announces_a_policy_through_its_government(nlp):
    evs = events(nlp, "Estland unveiled a stimulus package on Tuesday.", [("Estland", "Place")])
    (pol,) = of_type(evs, "PolicyAnnouncement")
    assert roles(pol) == {("estland", "actor")} and pol.date == "2024-05-07"


@pytest.mark.parametrize("text", [
    "The Trade Board fined Palo Widgets and Kestrel Foods $9 million.",
    "The Trade Board charged Palo Widgets and Kestrel Foods with fraud.",
])
def test_both_firms_of_a_coordination_are_targets(nlp, text):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    targets = {k for e in of_type(evs, "RegulatoryAction") for k, r in roles(e) if r == "target"}
    assert targets == {"palo-widgets", "kestrel-foods"}


@pytest.mark.parametrize("text", [
    "Palo Widgets denied the allegations.",
    "Ivo Sand rejected the offer from Palo Widgets.",
    "The Trade Board may reject the request from Palo Widgets.",
])
def test_a_denial_by_a_firm_or_a_possible_rejection_is_no_action(nlp, text):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Palo Widgets", "Company"), ("Ivo Sand", "Person")])
    assert of_type(evs, "RegulatoryAction") == []


def test_a_place_market_that_could_fall_has_not_moved(nlp):
    evs = events(nlp, "The Trade Board warned that markets in Lisbon could fall further.",
                 [("Trade Board", "GovernmentBody"), ("Lisbon", "Place")])
    assert of_type(evs, "MarketMove") == []


def test_closing_infinitive_shares_the_moves_date(nlp):
    evs = events(nlp, "The Tagus Index fell 5 percent to close at 9,000 on Tuesday.", [("Tagus Index", "MarketIndex")])
    (move,) = of_type(evs, "MarketMove")
    assert move.date == "2024-05-07" and move.value == "-5%"


def test_a_with_phrase_without_a_figure_or_an_index_is_no_move(nlp):
    evs = events(nlp, "Stocks fell, with investors down on the outlook and the Tagus Index flat.",
                 [("Tagus Index", "MarketIndex")])
    assert of_type(evs, "MarketMove") == []


@pytest.mark.parametrize("text", [
    "Stocks slumped across the region on Monday. Many firms are in trouble. Traders wrote long notes. "
    "Nobody slept. Palo Widgets shares fell 5%.",
    "Investors dumped shares on Monday after weak factory data. The data covered three months. Economists were "
    "gloomy. Retail sales were flat. The Tagus Index lost 5 percent.",
    "MARKETS SLIDE\nShare prices tumbled Monday in Lisbon. Dealers said orders were thin. Nobody expected a rebound. "
    "Oil was calm. In the end the Tagus Index was down 5 percent.",
])
def test_later_moves_in_a_market_report_keep_the_day_its_lead_names(nlp, text):
    evs = events(nlp, text, [("Palo Widgets", "Company"), ("Tagus Index", "MarketIndex"), ("Lisbon", "Place")])
    moves = [e for e in of_type(evs, "MarketMove") if {("palo-widgets", "subject"), ("tagus-index", "subject")} & roles(e)]
    assert moves and all(e.date == "2024-05-06" for e in moves)


def test_a_market_report_lead_day_stops_where_the_narrative_names_another_day(nlp):
    text = ("Stocks slumped across the region on Monday. Analysts recalled a rally last Thursday. On Thursday "
            "traders were cheerful. Dealers slept well. Nobody worried. Palo Widgets shares fell 5%.")
    evs = events(nlp, text, [("Palo Widgets", "Company")])
    moves = [e for e in of_type(evs, "MarketMove") if ("palo-widgets", "subject") in roles(e)]
    assert moves and all(e.date != "2024-05-06" for e in moves)


@pytest.mark.parametrize("text, firms", [
    ("Palo Widgets and Kestrel Foods fell 4 percent on Monday.", {"palo-widgets", "kestrel-foods"}),
    ("The two big grocers, Palo Widgets and Kestrel Foods, both dropped 4 percent.", {"palo-widgets", "kestrel-foods"}),
    ("Palo Widgets, Kestrel Foods and Minho Steel all slid 4 percent.", {"palo-widgets", "kestrel-foods",
                                                                          "minho-steel"}),
])
def test_every_firm_coordinated_in_a_move_subject_moved(nlp, text, firms):
    evs = events(nlp, text, [("Palo Widgets", "Company"), ("Kestrel Foods", "Company"), ("Minho Steel", "Company")])
    moved = keys_in_role(evs, "MarketMove", "subject")
    assert moved == firms


@pytest.mark.parametrize("text", [
    "Shares in grocers, such as Palo Widgets and Kestrel Foods, saw steep declines on Monday.",
    "Shares of grocers such as Palo Widgets and Kestrel Foods suffered heavy losses.",
    "Shares of Palo Widgets and Kestrel Foods saw sharp declines after the report.",
])
def test_a_large_move_noun_without_a_figure_is_a_move_of_the_firms_named(nlp, text):
    evs = events(nlp, text, [("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    moved = keys_in_role(evs, "MarketMove", "subject")
    assert moved == {"palo-widgets", "kestrel-foods"}


@pytest.mark.parametrize("text, place", [
    ("Portugal's main stock index plunged 6 percent on Monday.", "portugal"),
    ("Lisbon's benchmark index closed 2 percent lower.", "lisbon"),
    ("Portugal's weighted index fell 3 percent to a two-year low.", "portugal"),
    ("In Porto, where share prices fell 2 percent, dealers were calm.", "porto"),
    ("Prices on the stock exchanges in Porto and Lisbon fell sharply on Monday.", "porto"),
])
def test_a_market_named_by_its_place_moves_as_that_place(nlp, text, place):
    evs = events(nlp, text, [("Portugal", "Place"), ("Lisbon", "Place"), ("Porto", "Place")])
    moved = keys_in_role(evs, "MarketMove", "subject")
    assert place in moved


@pytest.mark.parametrize("text", [
    "Oil prices on the commodity exchanges in Porto fell sharply on Monday.",
    "Portugal's consumer price index rose 2 percent in April.",
    "In Porto, where house prices fell 2 percent, builders were gloomy.",
])
def test_other_prices_and_indexes_of_a_place_are_no_stock_market_move(nlp, text):
    evs = events(nlp, text, [("Portugal", "Place"), ("Porto", "Place")])
    assert of_type(evs, "MarketMove") == []


@pytest.mark.parametrize("text", [
    "Ivo Sand, the deputy minister in charge of the Trade Board, said prices would fall.",
    "The figures were released by Lena Ortiz, Special Agent in Charge of the Trade Board's Lisbon office.",
    "Ivo Sand, who is in charge of the Trade Board, spoke to reporters on Monday.",
])
def test_in_charge_of_is_an_office_not_a_charge(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Trade Board", "GovernmentBody"), ("Lena Ortiz", "Person")])
    assert of_type(evs, "RegulatoryAction") == []


@pytest.mark.parametrize("text", [
    "Kestrel Foods will list on the Lisbon Stock Exchange next month.",
    "Kestrel Foods plans to float on the Lisbon Stock Exchange in June.",
    "Kestrel Foods is expected to make its initial public offering, known as an IPO, in June on the Lisbon "
    "Stock Exchange.",
])
def test_a_listing_takes_the_named_exchange_as_its_location(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Lisbon Stock Exchange", "Organization")])
    (ipo,) = of_type(evs, "IPO")
    assert roles(ipo) == {("kestrel-foods", "subject"), ("lisbon-stock-exchange", "location")}


@pytest.mark.parametrize("text", [
    "The report will list on its website the firms that failed, Kestrel Foods among them.",
    "Kestrel Foods listed three risks in its annual report.",
])
def test_listing_things_is_no_ipo(nlp, text):
    assert of_type(events(nlp, text, [("Kestrel Foods", "Company")]), "IPO") == []


@pytest.mark.parametrize("text", [
    "The board of Kestrel Foods accepted a buyout offer led by Palo Widgets and Norvex Corp.",
    "Kestrel Foods rejected a takeover bid by Palo Widgets and Norvex Corp on Monday.",
    "Shareholders cheered an offer from Palo Widgets and Norvex Corp for Kestrel Foods.",
])
def test_who_makes_a_deal_offer_is_the_investor(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Palo Widgets", "Company"), ("Norvex Corp", "Company")])
    actors = keys_in_role(evs, "Investment", "actor")
    assert actors == {"palo-widgets", "norvex-corp"}


@pytest.mark.parametrize("text", [
    "The Northland Bank and the Trade Board promised emergency funding on Sunday.",
    "The Trade Board pledged fresh aid for exporters on Sunday.",
    "On Sunday the Northland Bank announced a lifeline for small lenders.",
])
def test_government_funding_and_aid_are_policy(nlp, text):
    evs = events(nlp, text, [("Northland Bank", "GovernmentBody"), ("Trade Board", "GovernmentBody")])
    (pa,) = of_type(evs, "PolicyAnnouncement")
    assert {r for _, r in roles(pa)} == {"actor"} and pa.date == "2024-05-05"


@pytest.mark.parametrize("text", [
    "Kestrel Foods agreed to a record fine of $2 billion on Monday.",
    "Kestrel Foods has accepted a penalty of 40 million euros.",
    "On Monday Kestrel Foods agreed to a settlement with the Trade Board over the recall.",
])
def test_a_firm_agreeing_to_a_fine_is_its_target(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Trade Board", "GovernmentBody")])
    assert "kestrel-foods" in keys_in_role(evs, "RegulatoryAction", "target")


@pytest.mark.parametrize("text, targets", [
    ("Ivo Sand criticized the deal between Palo Widgets and Kestrel Foods.", {"palo-widgets", "kestrel-foods"}),
    ("Ivo Sand condemned the merger of Palo Widgets and Kestrel Foods on Monday.", {"palo-widgets", "kestrel-foods"}),
    ("The minister, Ivo Sand, slammed the Trade Board's plan.", {"trade-board"}),
])
def test_criticising_a_deal_or_plan_targets_its_parties_or_owner(nlp, text, targets):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Palo Widgets", "Company"), ("Kestrel Foods", "Company"),
                             ("Trade Board", "GovernmentBody")])
    assert keys_in_role(evs, "Criticism", "actor") == {"ivo-sand"}
    assert keys_in_role(evs, "Criticism", "target") == targets


@pytest.mark.parametrize("text", [
    "Ivo Sand condemned the merger of Palo Widgets and Kestrel Foods.",
    "Ivo Sand is studying the takeover of Kestrel Foods.",
    "Ivo Sand opposed the purchase of a stake in Kestrel Foods.",
])
def test_who_criticises_or_studies_a_deal_is_no_investor(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Palo Widgets", "Company"), ("Kestrel Foods", "Company")])
    assert "ivo-sand" not in keys_in_role(evs, "Investment", "actor")


@pytest.mark.parametrize("text", [
    "The lobby's members often meet with Ivo Sand and other officials.",
    "The Trade Board usually fines Kestrel Foods for late filings.",
    "Palo Widgets regularly criticizes the Trade Board in its reports.",
])
def test_what_happens_as_a_rule_is_no_event(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Palo Widgets", "Company"), ("Ivo Sand", "Person"),
                             ("Trade Board", "GovernmentBody")])
    assert evs == []


@pytest.mark.parametrize("text, chair", [
    ("The Trade Board conducted a training seminar in Estland from May 2 to 4.", "trade-board"),
    ("The Water Office held a workshop in Estland on Monday.", "water-office"),
    ("On Monday the Trade Board hosted a forum in Estland.", "trade-board"),
])
def test_a_body_holding_its_own_meeting_somewhere_is_a_meeting_there(nlp, text, chair):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Water Office", "GovernmentBody"), ("Estland", "Place")])
    (m,) = of_type(evs, "Meeting")
    assert roles(m) == {(chair, "chair"), ("estland", "location")}


def test_a_body_holding_a_meeting_nowhere_named_is_no_event(nlp):
    evs = events(nlp, "The Trade Board held a meeting on Monday.", [("Trade Board", "GovernmentBody")])
    assert of_type(evs, "Meeting") == []


@pytest.mark.parametrize("text", [
    "Ivo Sand met Ana Sousa in Oslo on Monday.",
    "Ivo Sand hosted Ana Sousa in Oslo on Monday.",
    "In Oslo on Monday, Ivo Sand met with Ana Sousa.",
])
def test_a_meeting_takes_the_place_it_is_held_in(nlp, text):
    evs = events(nlp, text, [("Ivo Sand", "Person"), ("Ana Sousa", "Person"), ("Oslo", "Place")])
    (m,) = of_type(evs, "Meeting")
    assert ("oslo", "location") in roles(m) and ("ana-sousa", "attendee") in roles(m)


@pytest.mark.parametrize("text", [
    "The Trade Board is prosecuting several Ponzi-type pyramid frauds.",
    "The Trade Board warned savers about Ponzi-style funds on Monday.",
    "The Trade Board has banned Ponzi-like schemes.",
])
def test_a_name_qualifying_a_kind_is_no_participant(nlp, text):
    evs = events(nlp, text, [("Trade Board", "GovernmentBody"), ("Charles Ponzi", "Person")])
    assert not any(k == "charles-ponzi" for e in evs for k, _ in roles(e))


@pytest.mark.parametrize("text", [
    "Officials from the parent company of Palo Widgets are meeting in Oslo to discuss delays.",
    "Shares of a rival of Kestrel Foods fell 3 percent.",
    "The Trade Board fined two suppliers of Kestrel Foods on Monday.",
])
def test_a_party_related_to_a_firm_is_not_the_firm(nlp, text):
    evs = events(nlp, text, [("Palo Widgets", "Company"), ("Kestrel Foods", "Company"), ("Trade Board", "GovernmentBody"),
                             ("Oslo", "Place")])
    assert not any(k in ("palo-widgets", "kestrel-foods") for e in evs for k, _ in roles(e))


@pytest.mark.parametrize("text, target", [
    ("A federal grand jury in the Lisbon District Court returned an indictment charging six traders.", None),
    ("A judge of the Lisbon District Court fined Kestrel Foods on Monday.", "kestrel-foods"),
    ("A jury in the Lisbon District Court convicted Ivo Sand of fraud on Monday.", "ivo-sand"),
])
def test_an_unnamed_jury_or_judge_acts_as_its_court(nlp, text, target):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Lisbon District Court", "GovernmentBody"),
                             ("Ivo Sand", "Person")])
    assert keys_in_role(evs, "RegulatoryAction", "actor") == {"lisbon-district-court"}
    assert keys_in_role(evs, "RegulatoryAction", "target") == ({target} if target else set())


@pytest.mark.parametrize("text, target", [
    ("The Northland Bank unveiled a plan to rescue Kestrel Foods.", "kestrel-foods"),
    ("Efforts by the Northland Bank to support Palo Widgets have failed.", "palo-widgets"),
    ("Markets cheered the Northland Bank's package to help Kestrel Foods.", "kestrel-foods"),
])
def test_a_policy_to_help_a_firm_targets_it(nlp, text, target):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Palo Widgets", "Company"),
                             ("Northland Bank", "GovernmentBody")])
    assert keys_in_role(evs, "PolicyAnnouncement", "actor") == {"northland-bank"}
    assert keys_in_role(evs, "PolicyAnnouncement", "target") == {target}


@pytest.mark.parametrize("text", [
    "Lark Bank broke the lending rules. Estland said it would fine Lark Bank.",
    "Lark Bank hid its losses for years. Estland announced on Monday that it had opened an inquiry into Lark Bank.",
    "Lark Bank missed the deadline. Estland also says it will investigate Lark Bank over its accounts.",
])
def test_it_reported_by_a_place_is_that_government_not_the_firm_before(nlp, text):
    evs = events(nlp, text, [("Lark Bank", "Company"), ("Estland", "Place")])
    assert keys_in_role(evs, "RegulatoryAction", "actor") == {"estland"}
    assert "lark-bank" in keys_in_role(evs, "RegulatoryAction", "target")


@pytest.mark.parametrize("text", [
    "Lark Bank broke the lending rules. Tor Vik said it would pay a fine to Estland.",
    "Lark Bank broke the lending rules, and officials in Estland said it would be fined.",
    "Estland said the regulator had fined Lark Bank.",
])
def test_it_or_subject_not_reported_by_the_place_takes_no_place_actor(nlp, text):
    evs = events(nlp, text, [("Lark Bank", "Company"), ("Estland", "Place"), ("Tor Vik", "Person")])
    assert "estland" not in keys_in_role(evs, "RegulatoryAction", "actor")


@pytest.mark.parametrize("text", [
    "The settlement closed a Nordland criminal investigation into Kestrel Foods.",
    "A lengthy Nordland antitrust probe of Kestrel Foods ended in March.",
    "Kestrel Foods agreed to end a Nordland federal inquiry into its pricing.",
])
def test_place_before_a_qualified_probe_noun_acts(nlp, text):
    evs = events(nlp, text, [("Kestrel Foods", "Company"), ("Nordland", "Place")])
    assert "nordland" in keys_in_role(evs, "RegulatoryAction", "actor")
    assert "kestrel-foods" in keys_in_role(evs, "RegulatoryAction", "target")


def test_firm_before_a_probe_noun_does_not_act(nlp):
    evs = events(nlp, "Regulators closed a Kestrel Foods pricing investigation in Nordland.",
                 [("Kestrel Foods", "Company"), ("Nordland", "Place")])
    assert not keys_in_role(evs, "RegulatoryAction", "actor") & {"kestrel-foods", "nordland"}


@pytest.mark.parametrize("text, entities, day", [
    ("Chancellor Ilse Brandt announced a plan to cut taxes on Monday.", [("Ilse Brandt", "Person")], "2024-05-06"),
    ("The Trade Ministry unveiled plans to raise tariffs on Tuesday.", [("Trade Ministry", "GovernmentBody")],
     "2024-05-07"),
    ("The Bank of Estland outlined a plan to buy more bonds on Monday.", [("Bank of Estland", "GovernmentBody")],
     "2024-05-06"),
    # what is still to come keeps the day ahead
    ("The Trade Ministry will raise tariffs on Friday.", [("Trade Ministry", "GovernmentBody")], "2024-05-10"),
    ("The Trade Ministry plans to raise tariffs on Friday.", [("Trade Ministry", "GovernmentBody")], "2024-05-10"),
])
def test_the_day_of_a_plan_announced_in_the_past_is_the_announcement(nlp, text, entities, day):
    evs = events(nlp, text, entities)
    (policy,) = of_type(evs, "PolicyAnnouncement")
    assert policy.date == day
