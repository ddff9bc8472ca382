"""A press release's dateline in title case with no date ("Washington, DC – The agency today ...")
says where the release was filed, round 17: the town is no party to what the release tells (it was
read as the U.S. government acting beside the agency). Sentences written for these tests; the
firms are invented."""

from __future__ import annotations

import pytest

from kg.extract.candidates import dateline_spans


@pytest.mark.parametrize("line, place", [
    ("Washington, DC – The Securities and Exchange Commission today charged Brask Capital with fraud.",
     "Washington, DC"),
    ("Washington, D.C. — The Federal Trade Commission today sued Corvel Foods.", "Washington, D.C."),
    ("New York, NY - Prosecutors today charged two Halvard Shipping managers.", "New York, NY"),
    ("Chicago, Illinois – The Commodity Futures Trading Commission today fined Tarn Grain.", "Chicago, Illinois"),
])
def test_a_title_case_dateline_without_a_date_is_a_dateline(line, place):
    spans = dateline_spans("Agency acts\n" + line)
    assert [("Agency acts\n" + line)[a:b] for a, b in spans] == [place]


@pytest.mark.parametrize("line", [
    "Prices rose – The index gained 2 percent on Monday.",
    "The Securities and Exchange Commission, in Washington, DC – a city of lawyers – charged Brask Capital.",
])
def test_a_line_that_does_not_open_with_a_place_and_a_dash_has_no_dateline(line):
    assert dateline_spans(line) == []


@pytest.mark.parametrize("text, agency, firm", [
    ("Washington, DC – The Securities and Exchange Commission today charged Brask Capital LLC with fraud.",
     "Securities and Exchange Commission", "Brask Capital LLC"),
    ("Washington, D.C. — The Federal Trade Commission today sued Corvel Foods Inc. over false ads.",
     "Federal Trade Commission", "Corvel Foods Inc."),
    ("Washington, DC - The Commodity Futures Trading Commission (CFTC) today issued an order settling "
     "charges against Tarn Grain SA.", "Commodity Futures Trading Commission", "Tarn Grain SA"),
])
def test_the_town_of_the_dateline_does_not_act(read_events, text, agency, firm):
    found = read_events("Agency acts\n" + text)
    assert ("RegulatoryAction", agency, "actor") in found, found
    assert not any(who == "U.S. government" for _, who, _ in found), found
