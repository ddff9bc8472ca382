"""A buyer named as the subject of a raising word over the infinitive of buying ("X is poised to
take over Y", "X is set to buy Y", "X is expected to acquire Y") is the deal's actor, as the
subject of "X will buy Y" is (kg.extract.events._investment, _raised_subjects)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, buyer, bought", [
    ("Halden Rail is poised to take over its smaller rival Ostro Lines.", "Halden Rail", "Ostro Lines"),
    ("Verma Capital is set to buy Brenna Steel for $2 billion.", "Verma Capital", "Brenna Steel"),
    ("Kerrow Group is expected to acquire Talvis Foods before the end of the year.", "Kerrow Group", "Talvis Foods"),
])
def test_the_raised_subject_of_a_purchase_buys(tmp_path, text, buyer, bought):
    assert any({(buyer, "actor"), (bought, "target")} <= e for e in event_parts(tmp_path, text, "Investment"))
