"""Doing something "in protest over|at|against" a party's act criticises the party ("resigned in
protest over X's accounting practices", "recalled its ambassador in protest over Y's tariffs"),
wherever the parser hangs the phrase (kg.extract.events._in_protest_over)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, party", [
    ("Board member Ruth Dalby resigned in protest over Norvex Corp.'s accounting practices.", "Ruth Dalby",
     "Norvex Corp."),
    ("Senator Amy Holt walked out of the hearing in protest at Talvo Energy's testimony.", "Amy Holt", "Talvo Energy"),
    ("Brazil recalled its ambassador in protest over Argentina's new tariffs.", "Brazil", "Argentina"),
])
def test_acting_in_protest_over_an_act_criticises_its_doer(tmp_path, text, critic, party):
    assert any({(critic, "actor"), (party, "target")} <= p for p in event_parts(tmp_path, text, "Criticism"))


def test_resigning_for_another_reason_is_no_criticism(tmp_path):
    text = "Board member Ruth Dalby resigned in March over health problems at Norvex Corp.'s request."
    assert event_parts(tmp_path, text, "Criticism") == []
