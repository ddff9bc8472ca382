"""Market moves told by a verb of the session's course and a comparative, with no figure, and by stock
indexes named by their places (round 14).

"The X index closed lower", "stocks in Y ended sharply higher", "the X index finished the session
lower", "the X index moved higher", "shares of Z were lower", "Z shares were down", "markets in Y were
lower": the comparative (or "up"/"down" for shares or markets) on the verb is the move, as a figure
would be.
Not: a move only possible, expected or denied ("could close lower", "expected to end higher",
"did not close lower", "will open higher"), a level compared ("shares of Z were lower than the
offer price"), a firm's own figures ("Z's profits were higher"), a firm itself "closed lower"
(its offices, not its shares), nor something else moved ("Z moved its offices higher up the hill").

Sentences and names are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("The Norvex 50 index closed lower on Thursday as traders sold bank stocks.", "Norvex 50"),
    ("Stocks in Kelvania ended sharply higher on Tuesday.", "Kelvania"),
    ("The Norvex 50 index finished the session lower after a choppy day.", "Norvex 50"),
    ("The Norvex 50 index moved higher in afternoon dealings.", "Norvex 50"),
    ("Shares of Halden Motors were lower on Wednesday after the recall.", "Halden Motors"),
    ("Halden Motors shares opened higher on Monday.", "Halden Motors"),
    ("Shares of Ostara Bank were down in early trade.", "Ostara Bank"),
    ("Markets in Kelvania were lower on Friday.", "Kelvania"),
    ("Markets in Kelvania and Ostria were mostly higher on Tuesday.", "Ostria"),
    ("Bourses in Kelvania were down on Friday.", "Kelvania"),
])
def test_a_comparative_on_the_course_verb_is_a_move(read_events, text, subject):
    found = read_events(text)
    assert any(t == "MarketMove" and n and n.startswith(subject) and r == "subject" for t, n, r in found), found


@pytest.mark.parametrize("text", [
    "The Norvex 50 index could close lower on Thursday, traders warned.",
    "Brokers expect the Norvex 50 index to end higher this week.",
    "The Norvex 50 index did not close lower on Thursday.",
    "The Norvex 50 index will open higher, dealers predicted.",
    "Shares of Halden Motors were lower than the offer price set last spring.",
    "Halden Motors profits were higher this year.",
    "Halden Motors closed lower floors of its plant on Thursday.",
    "Halden Motors moved its offices higher up the valley.",
    "Markets in Kelvania were lower than a year ago.",
    "Markets in Kelvania may be lower on Friday.",
    "Food prices in Kelvania were higher on Friday.",
])
def test_what_is_no_such_move(read_events, text):
    found = read_events(text)
    assert not any(t == "MarketMove" for t, _, _ in found), found


# Stock indexes named by their places, in the plural: "stock indexes in X, Y and Z fell", "major
# indices in X and Y closed lower" move as each place (as "stocks in X" and "markets in X" do). Not
# price or output indexes, nor an index's revision.

@pytest.mark.parametrize("text, places", [
    ("Stock indexes in Kelvania, Ostria and Belmora fell sharply on Thursday.", ["Kelvania", "Ostria", "Belmora"]),
    ("Stock indices in Kelvania and Ostria rose 2 percent after the rate cut.", ["Kelvania", "Ostria"]),
    ("Major indexes in Kelvania and Ostria closed lower on Friday.", ["Kelvania", "Ostria"]),
    ("Stock indexes in Kelvania and Ostria were in negative territory after the vote.", ["Kelvania", "Ostria"]),
])
def test_indexes_in_places_move_as_the_places(read_events, text, places):
    found = read_events(text)
    assert all(("MarketMove", place, "subject") in found for place in places), found


@pytest.mark.parametrize("text", [
    "Consumer price indexes in Kelvania and Ostria rose 2 percent last month.",
    "Indexes of factory output in Kelvania rose 2 percent in March.",
    "The indexes in Kelvania will be revised next year.",
    "Major banks in Kelvania fell out of favour with savers.",
])
def test_other_indexes_are_no_market(read_events, text):
    found = read_events(text)
    assert not any(t == "MarketMove" for t, _, _ in found), found


# A kind with its members set off by dashes moves as each member read, even when the first member's
# name is not read as a firm ("the big four banks - W, X, Y and Z - were higher" with W unread); not
# when they are only compared ("were lower than their rivals on fees").

@pytest.mark.parametrize("text, firms", [
    ("The big four banks - National Canada Bank, Ostara Bank, Kelvix Bank and Brantor Bank - were higher.",
     ["Ostara Bank", "Kelvix Bank", "Brantor Bank"]),
    ("The two big lenders - Royal Canada Bank and Kelvix Bank - were lower on Friday.", ["Kelvix Bank"]),
    ("The big three insurers - United Mexico Assurance, Orrin Capital and Ostara Life - were all higher after the ruling.",
     ["Orrin Capital", "Ostara Life"]),
])
def test_members_after_an_unread_first_name_move(read_events, text, firms):
    found = read_events(text)
    assert all(("MarketMove", firm, "subject") in found for firm in firms), found


@pytest.mark.parametrize("text", [
    "The big four banks - National Canada Bank, Ostara Bank, Kelvix Bank and Brantor Bank - were closed for the holiday.",
    "The two big lenders - Royal Canada Bank and Kelvix Bank - were lower than their rivals on fees.",
])
def test_members_not_moving(read_events, text):
    found = read_events(text)
    assert not any(t == "MarketMove" for t, _, _ in found), found


# A round level passed: "the X index hit the 12,500 mark", "crossed the 3,000 level", "topped
# 20,000", "closed above 10,000" rise; "ended below the 5,000 barrier" falls. Not: a list topped,
# units or prices crossed by a firm's sales, a level only possible or expected.

@pytest.mark.parametrize("text", [
    "The Norvex 50 index hit the 12,500 mark on Monday, a level last seen in 2019.",
    "The Norvex 50 index crossed the 3,000 level in morning trade.",
    "The Norvex 50 index topped 20,000 for the first time on Monday.",
    "The Norvex 50 index closed above 10,000 for the first time.",
    "The Norvex 50 index ended below the 5,000 barrier on Friday.",
])
def test_a_round_level_passed_is_a_move(read_events, text):
    assert ("MarketMove", "Norvex 50 index", "subject") in read_events(text)


@pytest.mark.parametrize("text", [
    "Halden Motors topped the list of exporters last year.",
    "Halden Motors sales crossed 30,000 units in March.",
    "Inflation in Kelvania topped 37 percent in September.",
    "The Norvex 50 index could hit the 12,500 mark this year, brokers said.",
    "The Norvex 50 index is expected to top 20,000 by June.",
    "Halden Motors hit the 1,000 mark in dealer numbers.",
])
def test_no_level_passed(read_events, text):
    found = read_events(text)
    assert not any(t == "MarketMove" for t, _, _ in found), found
