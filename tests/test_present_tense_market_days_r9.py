"""A market report written while markets trade tells the day's moves in the present tense ("the
Hang Seng is up 0.9%"): such a move with its figure takes the day the report's lead named,
as its closing figures do; a lead may say how markets trade ("are trading lower Thursday").
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import extract
from kg.models import Article


def dated_moves(nlp, text, published=datetime.date(2024, 5, 9)):
    facts = extract(nlp(text), Article(id="t", text=text, published=published))
    names = {e.key: e.name for e in facts.entities}
    return {names[p.entity]: e.date for e in facts.events if e.type == "MarketMove" for p in e.participants}


@pytest.mark.parametrize("text, index", [
    ("Asian markets closed mostly higher Wednesday.\nTokyo's Nikkei gained 0.4%. In afternoon dealings, "
     "Seoul's KOSPI is up 1.3%.", "KOSPI"),
    ("Asian markets closed mostly higher Wednesday.\nLate in the session, Singapore's Straits Times Index "
     "is 0.6% higher.", "Straits Times Index"),
    ("Stock markets in Europe are trading higher Wednesday.\nFrankfurt's DAX is up 1.1% at midday.", "DAX"),
])
def test_a_present_tense_move_with_a_figure_takes_the_reports_day(nlp, text, index):
    assert dated_moves(nlp, text).get(index) == "2024-05-08", dated_moves(nlp, text)


def test_a_present_tense_move_in_a_story_without_a_market_lead_stays_undated(nlp):
    text = "The central bank met on Tuesday to discuss rates.\nThe Hang Seng is up 12% this year."
    assert dated_moves(nlp, text).get("Hang Seng Index") in (None, "2024")
