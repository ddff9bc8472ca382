"""Market indexes and benchmarks under the names market reports give them: the S&P 500 written
out ("Standard and Poor's 500-stock index", "the S & P"), Australia's "S&P/ASX", Taiwan's
"TSEC", Russia's "RTS", and crude benchmarks that are no places ("West Texas Intermediate").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return {form: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))
            for form in (e.name, *e.aliases)}


@pytest.mark.parametrize("text, index", [
    ("The wider Standard and Poor's 500-stock index slid two percent on Friday.",
     "Standard and Poor's 500-stock index"),
    ("It was the weakest close for the S & P in three years.", "S & P"),
    ("In Sydney the S&P/ASX gained 0.4% by the close.", "S&P/ASX"),
    ("Taiwan's TSEC ended 0.6% lower on Monday.", "TSEC"),
    ("Moscow's RTS sank 9 percent as the rouble fell.", "RTS"),
])
def test_an_index_under_the_name_a_market_report_gives_it(nlp, text, index):
    found = entities(nlp, text)
    assert found.get(index) == "MarketIndex", found
    assert "Standard" not in found and "Poor's index" not in found, found


def test_a_crude_benchmark_is_no_place(nlp):
    found = entities(nlp, "Oil rose as West Texas Intermediate crude traded at $71 a barrel.")
    assert "West Texas" not in found and found.get("West Texas Intermediate crude") == "Product", found
