"""Round 20; sentences written for these tests.

"The United States imposed tariffs on Canadian steel. Canada retaliated against the tariffs": a
retaliation aimed at an act named by its noun alone aims at whoever the article said did it, and
"the duties" may name what was told as "tariffs".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, retaliator, author", [
    ("The United States imposed tariffs on steel from Canada on Thursday. Canada retaliated against the "
     "tariffs on Friday.", "Canada", "United States"),
    ("Japan raised duties on chips from South Korea last month. South Korea vowed to retaliate against the "
     "tariffs.", "South Korea", "Japan"),
    ("India imposed tariffs on almonds from Australia in May. Australia retaliated against the duties in June.",
     "Australia", "India"),
])
def test_a_retaliation_against_an_act_told_aims_at_its_author(read_events, text, retaliator, author):
    found = read_events(text)
    assert ("TradeConflict", retaliator, "actor") in found, found
    assert ("TradeConflict", author, "target") in found, found


@pytest.mark.parametrize("text, bystander", [
    ("Canada retaliated against the tariffs on Friday. Mexico praised Brazil.", "Brazil"),
    ("The European Union fined Google on Monday. Russia retaliated against the tariffs on Tuesday.", "European Union"),
    ("The United States imposed tariffs on steel from Canada on Thursday. Mexico retaliated against the "
     "sanctions.", "United States"),
])
def test_no_target_where_no_act_of_that_kind_was_told(read_events, text, bystander):
    found = read_events(text)
    assert ("TradeConflict", bystander, "target") not in found, found
