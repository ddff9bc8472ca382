"""Relations that are not there, and sides of a tariff, round 18. Found by judging kg on fresh
articles; sentences written for these tests, every person invented.

- "Norway, a non-OPEC member": outside the body, no membership.
- "Chief Economist Ada Lind of Brazil": a nationality after a name is not where a non-state post
  is held (but "Foreign Minister X of Brazil" is Brazil's).
- "the recent tariffs against Mexico": the country a tariff is against is its target, not a side
  that imposes it.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _relations(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in facts["relations"]}


@pytest.mark.parametrize("text, country, body", [
    ("Norway, a non-OPEC member, said on Monday it would not cut output.", "Norway", "OPEC"),
    ("Turkey, a non-EU member, signed the deal with Brussels on Friday.", "Turkey", "European Union"),
    ("Mexico, a non-NATO member, sent observers to the talks.", "Mexico", "NATO"),
])
def test_a_non_member_is_no_member(tmp_path, text, country, body):
    rels = _relations(tmp_path, text)
    assert not any(s == country and p == "memberOf" for s, p, _ in rels), rels


def test_a_member_stays_a_member(tmp_path):
    rels = _relations(tmp_path, "Norway, a NATO member, said on Monday it would send troops.")
    assert ("Norway", "memberOf", "NATO") in rels, rels


@pytest.mark.parametrize("text, person, country", [
    ("Director General Ada Lind of Brazil opened the talks on Monday.", "Ada Lind", "Brazil"),
    ("Chief Economist Tom Reed of Canada spoke at the forum.", "Tom Reed", "Canada"),
    ("Managing Director Ian Cole of Kenya led the fund's mission.", "Ian Cole", "Kenya"),
])
def test_a_nationality_after_a_name_is_not_where_a_post_is_held(tmp_path, text, person, country):
    rels = _relations(tmp_path, text)
    assert (person, "holdsPosition", country) not in rels, rels


def test_a_state_office_of_a_country_is_the_countrys(tmp_path):
    rels = _relations(tmp_path, "Foreign Minister Ada Lind of Brazil opened the talks on Monday.")
    assert ("Ada Lind", "holdsPosition", "Brazil") in rels, rels


@pytest.mark.parametrize("text, imposer, country", [
    ("The case is not related to President Tom Vance's recent tariffs against Mexico.", "Tom Vance", "Mexico"),
    ("Canada's new duties against China took effect on Monday.", "Canada", "China"),
    ("The ruling covers the tariffs against India that Brazil imposed in May.", "Brazil", "India"),
])
def test_the_country_a_tariff_is_against_is_its_target(read_events, text, imposer, country):
    found = read_events(text)
    assert ("TradeConflict", country, "actor") not in found, found
    assert ("TradeConflict", country, "target") in found, found
