"""A firm described by its place before its name is in that place, whatever words of its trade
stand between ("the Oslo investment firm X", "the Danish merchant bank X": a trade word that
is also a title's modifier no longer breaks the description), and a firm its state owns or runs
is in that state's country ("the Chilean state-owned copper miner X", "the Malaysian state-run oil firm X")
(kg.extract.relations._locations, STATE_HELD_PARTICIPLES)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, firm, place", [
    ("The banker is a partner at the Oslo investment firm Fjell Capital.", "Fjell Capital", "Oslo"),
    ("Denmark is small. She advised the Danish investment bank Kobbel Partners on the deal.", "Kobbel Partners", "Denmark"),
    ("Chile mines copper. The Chilean state-owned copper miner Codelco raised output.", "Codelco", "Chile"),
    ("Malaysia pumps oil. The Malaysian state-run oil firm Petronas signed the contract.", "Petronas", "Malaysia"),
])
def test_a_firm_described_by_its_place_is_there(tmp_path, text, firm, place):
    assert (firm, place) in relation_pairs(tmp_path, text, "locatedIn")

