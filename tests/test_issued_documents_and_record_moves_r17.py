"""Two constructions found missing on a new held-out-style set, round 17. Sentences written for
these tests; every firm, index and body is invented unless it is a country or a well-known body.

- A document that criticises speaks for whoever issued it: "X passed a resolution that condemned Y",
  "X issued a statement that criticized Y's plan". The document's words act when it is issued, so
  the Criticism takes the issuing clause's day.
- An index's record move told without a figure: "the steepest one-day fall in the X index" (its
  figure is often in the sentence before). A firm's "biggest loss" is its accounts, not a move.
"""

from __future__ import annotations

import pytest

from helpers import article_facts


def events(tmp_path, text):
    """(type, date, {(name, role)}) of each event kg finds in a one-article file published on
    Tuesday 11 March 2025."""
    f, names = article_facts(tmp_path, text, published="2025-03-11")
    return [(e["type"], e.get("date"), {(names[p["entity"]], p["role"]) for p in e["participants"]})
            for e in f["events"]]


@pytest.mark.parametrize("text, critic, target", [
    ("The European Parliament on Monday passed a resolution that condemned Hungary's new media law.",
     "European Parliament", "Hungary"),
    ("On Monday the Varnian Senate adopted a motion that denounced Norland's missile tests.",
     "Varnian Senate", "Norland"),
    ("The Brask Workers Union on Monday issued a statement that criticized Halvard Shipping's plan to close two yards.",
     "Brask Workers Union", "Halvard Shipping"),
])
def test_a_document_that_criticises_speaks_for_who_issued_it_on_that_day(tmp_path, text, critic, target):
    found = [(date, parts) for kind, date, parts in events(tmp_path, text) if kind == "Criticism"]
    assert any((critic, "actor") in parts and (target, "target") in parts for _, parts in found), found
    assert all(date == "2025-03-10" for date, _ in found), found


def test_a_document_that_praises_is_no_criticism(tmp_path):
    found = events(tmp_path, "The European Parliament on Monday passed a resolution that praised Hungary's judges.")
    assert not any(kind == "Criticism" for kind, _, _ in found), found


@pytest.mark.parametrize("text, index", [
    ("Stocks tumbled across Asia on Monday. It was the steepest one-day fall in the Halvik Composite Index "
     "since 2020.", "Halvik Composite Index"),
    ("Monday brought the sharpest gain in the Ostmark 40 index in five years.", "Ostmark 40 index"),
    ("Traders said the selloff was the largest drop in the Tarsen 50 index this decade.", "Tarsen 50 index"),
])
def test_an_indexs_record_move_without_a_figure_is_a_market_move(tmp_path, text, index):
    found = [parts for kind, _, parts in events(tmp_path, text) if kind == "MarketMove"]
    assert any((index, "subject") in parts for parts in found), found


def test_a_firms_biggest_loss_is_its_accounts_not_a_market_move(tmp_path):
    found = events(tmp_path, "Brask Motors on Monday reported its biggest loss in a decade.")
    assert not any(kind == "MarketMove" for kind, _, _ in found), found
