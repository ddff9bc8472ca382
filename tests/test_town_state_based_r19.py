"""Round 19, from a studied probe article; sentences written for these tests.

"Tampa, Fla.-based Corvel Foods", "the Dayton, Ohio-based lender Hollin Bank": a firm described
by its town and state.
- The town is a place (not a person, nor a firm "shares of" are bought in), the firm is in the
  town, and the town in the state. The tokenizer kept an abbreviated state and its "-based" as one
  word ("Fla.-based"), so the state was read as neither.
- The town says only where the firm is: it does not act for it ("... Corvel Foods announced its
  plan to buy X": Corvel plans, not Tampa).
"""

from __future__ import annotations

import pytest
from helpers import entity_types, relation_pairs


@pytest.mark.parametrize("text, town, firm", [
    ("The deal came after Ridgeport, Ill.-based Corvel Foods Inc. said it would sell its dairy unit.",
     "Ridgeport", "Corvel Foods Inc."),
    ("Shares of Dayton, Ohio-based Marlow Systems Inc. rose 4 percent on Monday.", "Dayton", "Marlow Systems Inc."),
    ("Investors sold Tampa, Fla.-headquartered Brenmoor Holdings after the report.", "Tampa", "Brenmoor Holdings"),
    ("The buyer, Glen Falls, N.Y.-based Ostrand Paper Co., paid $40 million.", "Glen Falls", "Ostrand Paper Co."),
])
def test_the_town_of_a_town_and_state_based_firm_is_a_place_the_firm_is_in(tmp_path, nlp, text, town, firm):
    types = entity_types(nlp, text)
    assert types.get(town) == "Place", types
    located = relation_pairs(tmp_path, text, "locatedIn")
    assert (firm, town) in located, located


@pytest.mark.parametrize("text, firm, town", [
    ("Two weeks ago Cedar Rapids, Iowa-based Hollin Grain Co. announced a plan to purchase Wexley Mills Inc.",
     "Hollin Grain Co.", "Cedar Rapids"),
    ("Last month Palo Verde, Ariz.-based Tannis Solar Inc. announced a plan to buy Brask Parts Co.",
     "Tannis Solar Inc.", "Palo Verde"),
    ("Earlier, Mount Holly, N.J.-based Ostrand Labs Inc. announced a plan to purchase Feld Tools Ltd.",
     "Ostrand Labs Inc.", "Mount Holly"),
])
def test_the_town_does_not_act_for_the_firm_it_places(read_events, text, firm, town):
    found = read_events(text)
    assert ("Investment", firm, "actor") in found, found
    assert not any(name == town for _, name, _ in found), found
