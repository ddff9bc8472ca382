"""A minister for oil (or gas) holds a post in the country the article is about, as a finance
minister does: "the oil minister, X,", "X, the oil minister,", "according to oil minister X".

Sentences written for these tests."""

from __future__ import annotations

import pytest

import kg


def positions(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text("title: t\npublished: 2025-03-11\n---\n" + text + "\n")
    out = set()
    for f in kg.extract([str(path)]).facts():
        names = {e["id"]: e["name"] for e in f["entities"]}
        out |= {(names[r["subject"]], names[r["object"]]) for r in f["relations"] if r["predicate"] == "holdsPosition"}
    return out


@pytest.mark.parametrize("text", [
    "Norway sold fewer barrels. Tarek Haddad, oil minister since 2019, blamed the weather.",
    "Norway sold fewer barrels, according to oil minister Tarek Haddad.",
    "Norway pumped more crude in May. The oil minister, Tarek Haddad, said exports would climb.",
    "Norway pumped more crude in May. Tarek Haddad, the oil minister, said exports would climb.",
])
def test_an_oil_minister_holds_a_post_in_the_country(tmp_path, text):
    assert ("Tarek Haddad", "Norway") in positions(tmp_path, text)


def test_an_oil_firm_s_head_is_no_minister(tmp_path):
    found = positions(tmp_path, "Norway pumped more crude in May. Tarek Haddad, head of Corvo Oil, said exports would climb.")
    assert ("Tarek Haddad", "Norway") not in found
