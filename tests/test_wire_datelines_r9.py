"""A wire dateline that names the city's country or state before the agency ("NAIROBI, Kenya
(AP) -") says where the story was filed: neither place is an actor, and the agency in
parentheses is the agency, not a short form of the country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return {e.name: (e.type, set(e.aliases)) for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, places", [
    ("Ministers agree on tariffs\nACCRA, Ghana (AP) - Trade ministers of the region agreed on Friday to cut "
     "tariffs on farm goods.", {"Ghana"}),
    ("Miners strike\nLUSAKA, Zambia (Reuters) - Copper miners at the Tembo Consolidated pit walked out on "
     "Monday over unpaid wages.", {"Zambia"}),
    ("Refinery sold\nSANTA CRUZ, Bolivia (AP) — The state oil firm sold a refinery to Quimbaya Energy on "
     "Thursday.", {"Bolivia"}),
])
def test_the_country_in_a_wire_dateline_is_no_entity_and_keeps_no_short_form(nlp, text, places):
    found = entities(nlp, text)
    assert not places & set(found), found
    assert not any(aliases & {"AP", "Reuters"} for name, (kind, aliases) in found.items() if kind == "Place"), found


def test_a_country_named_in_the_story_itself_stays(nlp):
    text = ("Ministers agree on tariffs\nACCRA, Ghana (AP) - Ghana and Togo agreed on Friday to cut tariffs on "
            "farm goods.")
    found = entities(nlp, text)
    assert found.get("Ghana", ("", ""))[0] == "Place", found
    assert "AP" not in found["Ghana"][1]


@pytest.mark.parametrize("text, outlet", [
    ("Plant to close\nDALTON, Georgia (WKRV) - The Carrow Mills plant will close in May, the company said.", "WKRV"),
    ("Port reopens\nMOMBASA, Kenya (Coastline Radio) - The port reopened on Sunday after a two-day strike.",
     "Coastline Radio"),
    ("Budget passed\nSALEM, Oregon (KXLB) - Lawmakers passed the state budget late on Friday.", "KXLB"),
])
def test_the_outlet_in_a_wire_dateline_is_a_media_outlet(nlp, text, outlet):
    found = entities(nlp, text)
    assert found.get(outlet, ("",))[0] == "MediaOutlet", found
