"""Money put into a party is an investment in it: "X injected $5 billion into Y", "X pumped fresh
capital into Y", "X agreed to provide $2 billion to aid Y", "banks led by X put up funds to rescue
Y" (the giver acts, the party funded is the target; kg.extract.events._money_put_into). Money
put into the economy or the banking system names no party, and money withheld is none."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, giver, funded", [
    ("The Belgian government will inject six billion euros into Fortland Bank.", "Belgian government", "Fortland Bank"),
    ("Kessler Holdings pumped two billion dollars into its struggling unit Arvo Steel.", "Kessler Holdings", "Arvo Steel"),
    ("Verra Capital put up $300 million to save the regional airline Skyjet.", "Verra Capital", "Skyjet"),
    ("Germany offered 500 million euros to help Greece last year.", "Germany", "Greece"),
    ("Several Austrian lenders, led by the state-owned Kontrollbank, agreed to provide four billion euros "
     "to aid Hypo Tirol Bank.", "Kontrollbank", "Hypo Tirol Bank"),
])
def test_money_put_into_a_party_is_an_investment(tmp_path, text, giver, funded):
    events = event_parts(tmp_path, text, "Investment")
    assert any({(giver, "actor"), (funded, "target")} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "The central bank pumped more money into the economy.",
    "Lindqvist Motors said it will not pump any more funds into Arvo Steel.",
    "Verra Capital put the plan to a vote to save time.",
])
def test_money_into_no_party_or_withheld_is_none(tmp_path, text):
    assert event_parts(tmp_path, text, "Investment") == []
