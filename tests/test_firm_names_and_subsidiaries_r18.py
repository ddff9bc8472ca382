"""Firms' names and their parents, round 18. Found by annotating fresh press releases; sentences
written for these tests, every firm invented.

- "Brenna USA LLC": a country inside a firm's name, before its legal form, is part of the name;
  the model tags "USA" alone. The same words later ("Brenna USA is ...") name the firm again.
- "Kesk Energy USA LLC, a Perth-based miner": a legal form the model left outside the name is part
  of it, so what is said of the firm right after it is not lost.
- "a wholly-owned subsidiary of X": a hyphenated modifier does not hide the subsidiary.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _read(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    rels = {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in facts["relations"]}
    return {e["name"]: e["type"] for e in facts["entities"]}, rels


@pytest.mark.parametrize("text, child, parent", [
    ("Prosecutors charged two men with fraud at Brenna USA LLC. Brenna USA is a wholly owned subsidiary of "
     "Brenna Limited, an Australian company.", "Brenna USA LLC", "Brenna Limited"),
    ("Tolvane Japan Inc. said on Monday it would cut jobs. Tolvane Japan is a unit of Tolvane Group, based in Oslo.",
     "Tolvane Japan Inc.", "Tolvane Group"),
    ("Regulators fined Corvel Canada Ltd. on Tuesday. Corvel Canada is a subsidiary of Corvel Holdings.",
     "Corvel Canada Ltd.", "Corvel Holdings"),
])
def test_a_country_inside_a_firms_name_stays_in_it(tmp_path, text, child, parent):
    types, rels = _read(tmp_path, text)
    assert types.get(child) == "Company", types
    assert (parent, "owns", child) in rels, rels


@pytest.mark.parametrize("text, firm, place", [
    ("A grand jury indicted two men at Kesk Energy USA LLC, a Mobile-based shipbuilder, on Monday.",
     "Kesk Energy USA LLC", "Mobile"),
    ("The agency fined Norvex Foods USA Inc., a Dayton-based grocer, on Monday.", "Norvex Foods USA Inc.", "Dayton"),
    ("Prosecutors charged Halvard Brazil LLC, a Houston-based shipper, with fraud.", "Halvard Brazil LLC", "Houston"),
])
def test_what_is_said_of_a_firm_right_after_its_legal_form_is_kept(tmp_path, text, firm, place):
    types, rels = _read(tmp_path, text)
    assert (firm, "locatedIn", place) in rels, rels


@pytest.mark.parametrize("text, child, parent", [
    ("Kesk Energy is a wholly-owned subsidiary of Kesk Holdings Limited.", "Kesk Energy", "Kesk Holdings Limited"),
    ("Velo Bank, a wholly-owned unit of Sanford Group, reported a loss.", "Velo Bank", "Sanford Group"),
    ("Tarn Foods Inc., which is a majority-owned subsidiary of Melrose Holdings Ltd., said on Monday it would close "
     "two plants.", "Tarn Foods Inc.", "Melrose Holdings Ltd."),
])
def test_a_hyphenated_modifier_does_not_hide_a_subsidiary(tmp_path, text, child, parent):
    _, rels = _read(tmp_path, text)
    assert (parent, "owns", child) in rels, rels
