"""Market moves of firms named in lists and relative clauses, as market reports write them.

- A relative clause tells its antecedent's move: "dragged down by X, which lost 4%".
- A kind of firm with its members listed ("lenders including X and Y", "exporters such as X and
  Y", "the big three lenders - X, Y and Z -") moves as each member.
- Named firms "were higher" or "lower" with no figure moved all the same; a firm's costs, prices
  or taxes "higher", and a firm "down" for another reason, are no move.
- Two firms' names joined by "and" are two firms ("Halden Motors and Corvo Electronics").
- A move set off by commas after a firm's name ("X, down 6%, led the losers") is the firm's; a
  rank or a firm's sales set off so are not.

Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, firm", [
    ("The benchmark Norvex 50 index fell 1.2%, dragged down by Ostara Bank, which lost 4%.", "Ostara Bank"),
    ("Bank shares rallied, led by Kelvix Bank, which rose 5%.", "Kelvix Bank"),
    ("Gains were led by Pellam Steel, which added 7% after the merger news.", "Pellam Steel"),
    ("Traders dumped Orrin Capital, which tumbled 8% on Thursday.", "Orrin Capital"),
])
def test_a_relative_clause_moves_its_antecedent(read_events, text, firm):
    assert ("MarketMove", firm, "subject") in read_events(text)


@pytest.mark.parametrize("text, firms", [
    ("Lenders including Ostara Bank and Kelvix Bank fell more than 2%.", ["Ostara Bank", "Kelvix Bank"]),
    ("Exporters such as Halden Motors and Corvo Electronics climbed as much as 3%.",
     ["Halden Motors", "Corvo Electronics"]),
    ("Producers of the metal like Tarvo Mining and Pellam Steel rose up to 2% on Friday.",
     ["Tarvo Mining", "Pellam Steel"]),
    ("The big three lenders - Ostara Bank, Kelvix Bank and Brantor Bank - were all higher.",
     ["Ostara Bank", "Kelvix Bank", "Brantor Bank"]),
])
def test_the_listed_members_of_a_kind_move(read_events, text, firms):
    found = read_events(text)
    assert all(("MarketMove", firm, "subject") in found for firm in firms), found


@pytest.mark.parametrize("text, firms", [
    ("Ostara Bank, Kelvix Bank and Brantor Bank were all higher on Monday.",
     ["Ostara Bank", "Kelvix Bank", "Brantor Bank"]),
    ("Kelvix Bank was higher after the results.", ["Kelvix Bank"]),
    ("Halden Motors and Corvo Electronics were lower in early trade.", ["Halden Motors", "Corvo Electronics"]),
])
def test_named_firms_higher_or_lower_moved(read_events, text, firms):
    found = read_events(text)
    assert all(("MarketMove", firm, "subject") in found for firm in firms), found


@pytest.mark.parametrize("text", [
    "Ostara Bank costs were higher this year.",
    "Halden Motors was down because of a power cut at its plant.",
    "Prices at Halden Motors were higher than at rivals.",
    "Taxes on Kelvix Bank were lower last year.",
])
def test_what_is_no_move(read_events, text):
    assert not any(kind == "MarketMove" for kind, _, _ in read_events(text))


@pytest.mark.parametrize("text, firms", [
    ("Among the biggest losers were Halden Motors, down 6%, and Corvo Electronics, off 5%.",
     ["Halden Motors", "Corvo Electronics"]),
    ("Gains in Kelvix Bank, up 3%, and Brantor Bank, up 2%, lifted the index.", ["Kelvix Bank", "Brantor Bank"]),
    ("Halden Motors, down 6%, led the losers.", ["Halden Motors"]),
    ("Kelvix Bank, up 3 percent, was the top gainer on Monday.", ["Kelvix Bank"]),
])
def test_a_move_set_off_by_commas_after_the_name(read_events, text, firms):
    found = read_events(text)
    assert all(("MarketMove", firm, "subject") in found for firm in firms), found


@pytest.mark.parametrize("text", [
    "Halden Motors, up from 12th place last year, now ranks fifth.",
    "Sales at Halden Motors, down 6% in May, weighed on the firm.",
])
def test_a_set_off_phrase_that_tells_no_price(read_events, text):
    assert not any(kind == "MarketMove" for kind, _, _ in read_events(text))
